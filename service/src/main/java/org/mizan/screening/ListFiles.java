package org.mizan.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;
import org.mizan.lists.ofac.CsvInput;
import org.mizan.lists.ofac.OfacSdnCsvParser;
import org.mizan.lists.ofac.SdnFiles;
import org.mizan.model.Watchlist;

/**
 * Reads list files from disk: a file, or a folder that holds one list's files, in any format {@link
 * ListReader} detects.
 *
 * <p>A folder holding an OFAC {@code sdn.csv} is read as one OFAC SDN legacy CSV publication: the
 * {@code sdn.csv} with the {@code alt.csv} and {@code add.csv} beside it when present (names
 * matched without regard to case). Any other folder must hold exactly one list file (files whose
 * names start with '.' are not counted), or exactly one {@code .xml} file among others.
 */
public final class ListFiles {
  private ListFiles() {}

  /**
   * Reads the list at {@code path}.
   *
   * @throws ListFormatException when the path does not exist, holds no list file, or the content is
   *     not a valid list
   * @throws UncheckedIOException when reading fails
   */
  public static Watchlist read(Path path) {
    if (path.toString().isEmpty()) {
      throw new ListFormatException("(empty path)", 0, 0, "", "no file named");
    }
    if (Files.isDirectory(path)) {
      Optional<Path> sdn = named(path, SDN);
      if (sdn.isPresent()) {
        return readOfac(path, sdn.get());
      }
    }
    Path file = Files.isDirectory(path) ? singleFileIn(path) : path;
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new ListFormatException(file.toString(), 0, 0, "", "not a regular file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ListReader.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new ListFormatException(path.toString(), 0, 0, "", "no such file or folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static final String SDN = "sdn.csv";
  private static final String ALT = "alt.csv";
  private static final String ADD = "add.csv";

  private static Watchlist readOfac(Path folder, Path sdnFile) {
    Optional<Path> altFile = named(folder, ALT);
    Optional<Path> addFile = named(folder, ADD);
    List<InputStream> open = new ArrayList<>();
    try {
      SdnFiles files = SdnFiles.of(input(sdnFile, open));
      if (altFile.isPresent()) {
        files = files.withAlt(input(altFile.get(), open));
      }
      if (addFile.isPresent()) {
        files = files.withAdd(input(addFile.get(), open));
      }
      return OfacSdnCsvParser.parse(files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
    } finally {
      closeAll(open, folder);
    }
  }

  private static CsvInput input(Path file, List<InputStream> open) throws IOException {
    InputStream in = Files.newInputStream(file);
    open.add(in);
    return new CsvInput(in, file.toString());
  }

  private static void closeAll(List<InputStream> open, Path folder) {
    IOException failure = null;
    for (InputStream in : open) {
      try {
        in.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw new UncheckedIOException("cannot close the files of " + folder, failure);
    }
  }

  /**
   * The regular file in {@code folder} named {@code name}, ignoring case.
   *
   * @throws ListFormatException when several files have that name in different cases
   */
  private static Optional<Path> named(Path folder, String name) {
    List<Path> found;
    try (Stream<Path> s = Files.list(folder)) {
      found =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(name))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    if (found.size() > 1) {
      throw new ListFormatException(
          folder.toString(),
          0,
          0,
          "",
          "the folder holds "
              + found.size()
              + " files named "
              + name
              + " in different cases; keep one");
    }
    return found.stream().findFirst();
  }

  private static Path singleFileIn(Path folder) {
    List<Path> all;
    try (Stream<Path> s = Files.list(folder)) {
      all = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    // Hidden files (.DS_Store) are left out, unless the list file is one (.list.csv, stored so).
    List<Path> visible =
        all.stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    List<Path> files = visible.isEmpty() && all.size() == 1 ? all : visible;
    if (files.size() > 1) {
      List<Path> xml =
          files.stream()
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
              .toList();
      if (xml.size() == 1) {
        return xml.get(0);
      }
    }
    if (files.size() != 1) {
      throw new ListFormatException(
          folder.toString(),
          0,
          0,
          "",
          files.isEmpty()
              ? "the folder holds no list file (expected one list file or an OFAC sdn.csv)"
              : "the folder holds "
                  + files.size()
                  + " files and none is an OFAC sdn.csv; name the list file itself");
    }
    return files.get(0);
  }
}
