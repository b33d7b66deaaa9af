package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mizan.app.Mizan;
import org.mizan.eval.EvalData;
import org.mizan.eval.EvalSettings;
import org.mizan.eval.Evaluation;
import org.mizan.eval.Report;
import org.mizan.eval.ReportFiles;
import org.mizan.eval.Split;
import org.mizan.eval.Suite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan eval}: runs evaluation suites and writes {@code report.json} and {@code .html}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Measures matching quality: runs evaluation suites through Mizan and a brute-force"
          + " Jaro-Winkler baseline, and writes DIR/report.json and DIR/report.html (figures with"
          + " bootstrap 95%% intervals, score histograms, recall against alerts per 1,000 clean"
          + " names).",
      "Suites: cross-script, cross-script-eu, latin-variants, perturbed-positives,"
          + " hard-negatives, cross-script-pairs, clean-names (the slow one). Default: all."
    },
    sortOptions = false)
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--suite",
      paramLabel = "NAME",
      description = "A suite to run (repeatable; default: all).")
  List<String> suites = new ArrayList<>();

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The evaluation data folder (default: the nearest "
              + EvalData.DEFAULT_FOLDER
              + " folder from the working directory upwards).")
  Path data;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder for report.json and report.html (made when needed).")
  Path out;

  @Option(
      names = "--split",
      paramLabel = "dev|test|all",
      description =
          "Which entities to measure: dev (default, for tuning), test (held out: for the figures"
              + " reported), all.")
  String split = "dev";

  @Override
  public void run() {
    Split chosenSplit =
        Split.parse(split).orElseThrow(() -> usage("--split must be dev, test or all"));
    Set<Suite> chosen = EnumSet.noneOf(Suite.class);
    for (String name : suites) {
      chosen.add(
          Suite.parse(name)
              .orElseThrow(
                  () ->
                      usage(
                          "unknown suite '"
                              + name
                              + "'; the suites are "
                              + String.join(", ", Suite.ids()))));
    }
    if (out.toString().isBlank()) {
      throw usage("--out is empty (an unset variable?)");
    }
    // Before the suites run, which take minutes: --out, or the nearest of its folders that exists,
    // must be a folder that can be written, and --out must be one that can be made (not under
    // /proc, say): it is made and written to, then what was made is taken away again, so that
    // nothing is left when the run fails.
    Path existing = out.toAbsolutePath();
    while (!Files.exists(existing) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    if (Files.exists(existing) && !Files.isDirectory(existing)) {
      throw usage("--out must be a folder: " + existing + " is a file");
    }
    if (!Files.isWritable(existing)) {
      throw usage(
          "--out: cannot write the report into " + out + ": " + existing + " is not writable");
    }
    try {
      Path made = Files.createDirectories(out).toAbsolutePath();
      Files.delete(Files.createTempFile(made, "report", ".tmp"));
      for (Path p = made; p != null && !p.equals(existing); p = p.getParent()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw usage(
          "--out: cannot write the report into "
              + out
              + ": "
              + (e instanceof FileSystemException f && f.getReason() != null
                  ? f.getReason()
                  : "no folder can be made and written there"));
    }
    Path folder = data;
    if (folder == null) {
      folder =
          EvalData.find(Path.of(""))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "no "
                              + EvalData.DEFAULT_FOLDER
                              + " folder in the working directory or above it; name the"
                              + " evaluation data folder with --data DIR"));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (data == null) {
      // Found by looking upwards: say which, so that nobody measures on data they did not mean.
      err.println("mizan eval: data from " + folder.toAbsolutePath().normalize());
      err.flush();
    }
    Evaluation evaluation =
        new Evaluation(
            Mizan.matcher(),
            EvalSettings.of(chosenSplit),
            line -> {
              err.println("mizan eval: " + line);
              err.flush();
            });
    Report report = evaluation.run(EvalData.at(folder), chosen);
    try {
      ReportFiles.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + out, e);
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        Locale.ROOT,
        "wrote %s and %s (%s split, %.0f s)%n",
        out.resolve(ReportFiles.JSON),
        out.resolve(ReportFiles.HTML),
        chosenSplit.id(),
        report.seconds());
    w.flush();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
