package org.mizan.screening;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers from 0 to 1 (thresholds, cut-offs, scores) as people write them, on the command line and
 * in the API's query parameters.
 */
public final class Decimals {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  /** What {@link #unit} takes, as the API's refusals say it. */
  public static final String UNIT = "a decimal number from 0 to 1, such as 0.85";

  private Decimals() {}

  /**
   * {@code text} (surrounding white space aside) read as a decimal number ({@code 0.85}, {@code
   * .9}, {@code 1}), or empty when it is none: not Java's other forms of a double ({@code 0x1p-1},
   * {@code 0.85d}, {@code NaN}, {@code 1e-1}), which a mistyped value could turn into a threshold.
   * Zero is {@code 0.0} however signed: a {@code -0} would be written {@code -0.0} in a screening's
   * record and {@code 0.0} by a database that stores it, so that the record would no longer match
   * its audit event.
   */
  public static OptionalDouble decimal(String text) {
    String v = text.strip();
    if (!DECIMAL.matcher(v).matches()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(v) + 0.0);
  }

  /** {@link #decimal} when it is from 0 to 1, else empty. */
  public static OptionalDouble unit(String text) {
    OptionalDouble d = decimal(text);
    return d.isPresent() && d.getAsDouble() >= 0 && d.getAsDouble() <= 1
        ? d
        : OptionalDouble.empty();
  }
}
