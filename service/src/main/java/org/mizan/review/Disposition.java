package org.mizan.review;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The answer a person gives to one hit. */
public enum Disposition {
  /** The subject is the listed person or organisation: takes effect only when confirmed. */
  TRUE_MATCH("true-match"),
  /** The subject is not the one listed: takes effect at once. */
  FALSE_POSITIVE("false-positive"),
  /**
   * Not decidable here: a case is opened for later work at once; the hit counts as settled for
   * closing the alert only when a supervisor confirms.
   */
  ESCALATED("escalated");

  private final String id;

  Disposition(String id) {
    this.id = id;
  }

  /** The name used in the API and the audit trail, e.g. {@code true-match}. */
  public String id() {
    return id;
  }

  /** The disposition named {@code id}, if any. */
  public static Optional<Disposition> parse(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }

  /** The names, comma-separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Disposition::id).collect(Collectors.joining(", "));
  }

  /** Whether a decision of this kind needs a supervisor's confirmation to settle its hit. */
  boolean needsConfirmation() {
    return this != FALSE_POSITIVE;
  }
}
