package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/** A folder holding an OFAC sdn.csv is read with the alt.csv and add.csv beside it. */
class ListFilesOfacTest {
  private static final String SDN =
      "19809,\"AL-MUTAYRI, Abd al-Muhsin Zabin Mutib Naif\",\"individual\",\"SDGT\",-0- ,-0- ,-0-"
          + " ,-0- ,-0- ,-0- ,-0- ,\"DOB 01 Jul 1973; POB Kuwait; nationality Kuwait.\"\r\n\u001a";
  private static final String ALT =
      "19809,31270,\"aka\",\"AL-MUTAIRI, 'Abd al-Muhsin\",-0- \r\n\u001a";
  private static final String ADD = "19809,30157,-0- ,-0- ,\"Kuwait\",-0- \r\n\u001a";

  @Test
  void folderWithAltAndAdd(@TempDir Path folder) throws IOException {
    write(folder, "sdn.csv", SDN);
    write(folder, "ALT.CSV", ALT);
    write(folder, "add.csv", ADD);
    Watchlist list = ListFiles.read(folder);
    ListEntry e = list.entries().get(0);
    assertThat(e.names())
        .extracting(n -> n.type())
        .containsExactly(NameType.PRIMARY, NameType.ALIAS_GOOD);
    assertThat(e.addresses()).containsExactly("Kuwait");
  }

  @Test
  void folderWithSdnCsvAlone(@TempDir Path folder) throws IOException {
    write(folder, "sdn.csv", SDN);
    ListEntry e = ListFiles.read(folder).entries().get(0);
    assertThat(e.names()).hasSize(1);
    assertThat(e.birthDates()).hasSize(1);
  }

  @Test
  void sdnCsvAsAFile(@TempDir Path folder) throws IOException {
    Path sdn = write(folder, "sdn.csv", SDN);
    assertThat(ListFiles.read(sdn).entries()).hasSize(1);
  }

  private static Path write(Path folder, String name, String text) throws IOException {
    return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.US_ASCII));
  }
}
