package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code ./mizan} launcher at the repository root as a user would, after the application
 * jar is packaged, from a shell with an empty environment (no locale, no HOME, no PATH): Arabic
 * arguments and output must survive.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    return runWith(List.of(), args);
  }

  /** {@link #run} with {@code environment} ({@code NAME=value}) as the only variables. */
  private static Run runWith(List<String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/env", "-i"));
    command.addAll(environment);
    command.add(ROOT.resolve("mizan").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("mizan-out", ".txt");
    Path err = Files.createTempFile("mizan-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
    Run run =
        new Run(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  @Test
  void arabicNameSurvivesAnEmptyEnvironment() throws Exception {
    Run run = run("screen", "صدام حسين التكريتي", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"name\" : \"صدام حسين التكريتي\"");
    assertThat(run.out().indexOf("IQi.001")).isPositive();
    assertThat(run.err()).doesNotContain("building");
  }

  @Test
  void textOutputShowsTheHitAndItsExplanation() throws Exception {
    Run run = run("screen", "ALTIKRITI<<SADDAM<HUSSEIN");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("1. HIT").contains("IQi.001").contains("name parts matched");
  }

  @Test
  void versionIsTheProjectsVersionFromTheJar() throws Exception {
    Run run = run("--version");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).matches("mizan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  /**
   * The class archive the launcher made on first use; empty only for a JVM without a base archive
   * (none can be made: the launcher runs without), so that a launcher that stopped making it fails.
   */
  private static java.util.Optional<Path> archive() throws Exception {
    assertThat(run("--version").exit()).isZero();
    java.util.Optional<Path> archive;
    try (var files = Files.list(ROOT.resolve("service/target"))) {
      archive =
          files.filter(f -> f.getFileName().toString().matches("mizan-\\d+\\.jsa")).findFirst();
    }
    if (Files.exists(Path.of(System.getProperty("java.home"), "lib/server/classes.jsa"))) {
      assertThat(archive).as("class archive in service/target").isPresent();
    }
    return archive;
  }

  @Test
  void classesAreMappedFromTheArchiveMadeOnFirstUse(@TempDir Path tmp) throws Exception {
    if (archive().isEmpty()) {
      return;
    }
    Path log = tmp.resolve("classes.log");
    Run run =
        runWith(
            List.of("JAVA_OPTS=-Xlog:class+load=info:file=" + log),
            "screen",
            "Ali",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    // Standard output holds the result alone, no message of the JVM's.
    assertThat(run.out()).startsWith("{");
    assertThat(Files.readString(log)).contains("source: shared objects file (top)");
  }

  @Test
  void theJvmsWarningsStayOffStandardOutput() throws Exception {
    // Options that draw a warning from the JVM itself: it writes to standard output by default.
    Run run = runWith(List.of("JAVA_OPTS=-Xmn64m -Xmx64m"), "screen", "Ali", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{");
    assertThat(run.err()).contains("NewSize was set larger than initial heap size");
  }

  @Test
  void loggingSetInTheJvmsOwnVariableIsKept(@TempDir Path tmp) throws Exception {
    // JAVA_TOOL_OPTIONS is read by the JVM before the launcher's options, which must not undo it.
    Path log = tmp.resolve("gc.log");
    Run run =
        runWith(
            List.of("JAVA_TOOL_OPTIONS=-Xlog:gc:file=" + log), "screen", "Ali", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{");
    assertThat(Files.readString(log)).contains("Using Serial");
  }

  @Test
  void aDamagedArchiveIsMadeAgainNotMapped() throws Exception {
    java.util.Optional<Path> made = archive();
    if (made.isEmpty()) {
      return;
    }
    Path archive = made.get();
    long size = Files.size(archive);
    archive.toFile().setWritable(true);
    // Garbage in its middle, as a bad disk or a stray write would leave it: mapped, it crashes the
    // JVM (SIGSEGV), which does not check an archive's contents.
    try (var f = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
      f.seek(size / 3);
      f.write("GARBAGE GARBAGE GARBAGE".getBytes(StandardCharsets.US_ASCII));
    }
    Run run = run("screen", "Ali", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{");
    assertThat(Files.readString(archive.resolveSibling(archive.getFileName() + ".ok")).strip())
        .isEqualTo(Long.toString(Files.size(archive)));
    assertThat(run("--version").exit()).isZero();
  }

  @Test
  void missingListFileIsExitTwoWithOneLine() throws Exception {
    Run run = run("screen", "John Smith", "--list", "/nonexistent/list.xml");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("/nonexistent/list.xml").doesNotContain("Exception");
  }

  @Test
  void anEmptyDataDirectoryVariableIsExitTwoNotTheDefaultFolder() throws Exception {
    // Set but empty, as an unset shell variable leaves it: refused as an empty --data-dir is,
    // rather than falling back to ~/.mizan without a word (a new user's find).
    Run run = runWith(List.of("MIZAN_DATA_DIR="), "screen", "John Smith");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("MIZAN_DATA_DIR is set but empty").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDataDirectoryVariableNamingNoFolderIsExitTwoNotTheBundledList() throws Exception {
    // A mistyped folder screened against the bundled list without a word, where --data-dir with
    // the same path is refused (a new user's find).
    Run run = runWith(List.of("MIZAN_DATA_DIR=/nonexistent/mizan-data"), "screen", "John Smith");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("MIZAN_DATA_DIR names /nonexistent/mizan-data: no such folder")
        // How to make it, without the network (a new user's find).
        .contains("`mkdir -p` it")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serveStartsWithTheEmbeddedDatabaseAndTheBundledList(@TempDir Path data) throws Exception {
    Path err = Files.createTempFile("mizan-serve", ".txt");
    Process p =
        new ProcessBuilder(
                "/usr/bin/env",
                "-i",
                ROOT.resolve("mizan").toString(),
                "serve",
                "--port",
                "0",
                "--data-dir",
                data.toString())
            .directory(ROOT.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    try {
      java.util.regex.Matcher port = null;
      for (int i = 0; i < 120 && p.isAlive(); i++) {
        port =
            java.util.regex.Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)")
                .matcher(Files.readString(err, StandardCharsets.UTF_8));
        if (port.find()) {
          break;
        }
        port = null;
        Thread.sleep(500);
      }
      String printed = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(port).as(printed).isNotNull();
      assertThat(printed)
          .contains("created the API key 'admin'")
          .contains("1 list, embedded database");
      java.net.http.HttpResponse<String> health =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://127.0.0.1:" + port.group(1) + "/health"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"database\":\"up\"");
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
      Files.delete(err);
    }
  }
}
