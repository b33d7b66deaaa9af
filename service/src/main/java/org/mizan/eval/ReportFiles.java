package org.mizan.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report as {@code report.json} and {@code report.html} into a folder. */
public final class ReportFiles {
  /** The JSON report's file name. */
  public static final String JSON = "report.json";

  /** The HTML report's file name. */
  public static final String HTML = "report.html";

  private ReportFiles() {}

  /**
   * Writes both files into {@code dir}, creating it when needed; each file is written to a
   * temporary file first and renamed over any earlier one, so a reader never sees half a report.
   *
   * @throws IOException when the folder cannot be made or a file written
   */
  public static void write(Report report, Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper mapper = new ObjectMapper();
    byte[] json =
        mapper
            .writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(new ReportJson(mapper).render(report));
    replace(dir.resolve(JSON), json);
    replace(dir.resolve(HTML), ReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
  }

  private static void replace(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
