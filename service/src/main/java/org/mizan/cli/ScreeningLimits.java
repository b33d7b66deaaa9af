package org.mizan.cli;

import org.mizan.screening.Screening;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The alert threshold and the matches shown, shared by the screening commands. */
final class ScreeningLimits {
  @Option(
      names = "--threshold",
      paramLabel = "0..1",
      converter = Decimal.class,
      description =
          "Alert threshold: matches scoring at least this are hits (default: ${DEFAULT-VALUE}).")
  double threshold = Screening.ALERT_THRESHOLD;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "At most N matches per subject, and every hit beyond them (default:"
              + " ${DEFAULT-VALUE}).")
  int limit = Screening.DEFAULT_LIMIT;

  @Option(
      names = "--hits-only",
      description =
          "Report the hits alone (each subject's or traveller's): no match below the threshold is"
              + " looked for, much less work on a large list.")
  boolean hitsOnly;

  /**
   * A decimal number as people write one ({@code 0.85}, {@code .9}, {@code 1}): not Java's other
   * forms of a double ({@code 0x1p-1}, {@code 0.85f}, {@code NaN}), which a mistyped value could
   * turn into a threshold.
   */
  static final class Decimal implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return org.mizan.screening.Decimals.decimal(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "not a decimal number such as 0.85: '" + value + "'"));
    }
  }

  /** Refuses values that can never be right, before any work is done. */
  void check(CommandLine.Model.CommandSpec spec) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threshold must be between 0 and 1, not " + threshold);
    }
    if (limit < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
  }
}
