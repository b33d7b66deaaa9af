package org.mizan.cli;

import java.util.ArrayList;
import java.util.List;
import org.mizan.retention.RetentionPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --retention} option of {@code serve} and {@code retention run}. */
final class RetentionOptions {
  @Option(
      names = "--retention",
      paramLabel = "CATEGORY.OPERATION=PERIOD",
      description =
          "A retention period, ISO-8601 (P6M, P5Y, P30D) or never; repeatable. Categories and"
              + " operations: api.mask, api.delete, pnr.mask, pnr.delete (defaults P6M, P5Y: EU"
              + " PNR Directive, Art. 12), clean.reduce (P6M), clean.delete (P5Y), alerts.delete"
              + " (P5Y after closing), cases.delete (P5Y after closing) (docs/api.md,"
              + " \"Retention\").")
  List<String> settings = new ArrayList<>();

  /** The defaults with the settings given; a bad one is a usage error (exit 2). */
  RetentionPolicy policy(CommandLine.Model.CommandSpec spec) {
    try {
      return RetentionPolicy.defaults().with(settings);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
