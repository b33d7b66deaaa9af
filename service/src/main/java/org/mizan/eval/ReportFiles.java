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
   * Writes both files into {@code dir}, creating it when needed: both are written to temporary
   * files first, then renamed over any earlier ones, so a reader never sees half a report, and a
   * write that fails (a full disk) leaves the earlier pair as it was, and no temporary file.
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
    byte[] html = ReportHtml.render(report).getBytes(StandardCharsets.UTF_8);
    Path jsonTmp = dir.resolve(JSON + ".tmp");
    Path htmlTmp = dir.resolve(HTML + ".tmp");
    try {
      Files.write(jsonTmp, json);
      Files.write(htmlTmp, html);
      Files.move(
          jsonTmp,
          dir.resolve(JSON),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      Files.move(
          htmlTmp,
          dir.resolve(HTML),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(jsonTmp);
      Files.deleteIfExists(htmlTmp);
      throw e;
    }
  }
}
