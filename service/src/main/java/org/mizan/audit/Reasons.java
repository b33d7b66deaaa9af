package org.mizan.audit;

import java.util.Optional;

/**
 * The rule for a reason a person gives for an audited action (a disposition, a confirmation, the
 * end of a monitoring): it says something — a letter or a digit at least — in at most {@value
 * #MAX_LENGTH} characters, with no control character but line breaks and tabs (PostgreSQL refuses
 * NUL; the others hide text), no bidirectional embedding, override or isolate (they reorder how the
 * text is shown) and no lone surrogate (PostgreSQL would keep it as {@code ?}, and the audit trail
 * would differ from what the caller was told).
 */
public final class Reasons {
  /** The longest reason accepted, in characters. */
  public static final int MAX_LENGTH = 2_000;

  private Reasons() {}

  /** A reason that breaks the rule; the message names what is wrong, never quoting the reason. */
  public static final class InvalidReasonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidReasonException(String message) {
      super(message);
    }
  }

  /**
   * Refuses a reason that breaks the rule.
   *
   * @throws InvalidReasonException naming what is wrong ({@link #problem})
   */
  public static void require(String reason) {
    Optional<String> problem = problem(reason);
    if (problem.isPresent()) {
      throw new InvalidReasonException(problem.get());
    }
  }

  /**
   * What is wrong with {@code reason} (a message starting {@code reason: }); empty when nothing.
   */
  public static Optional<String> problem(String reason) {
    if (reason != null
        && reason
            .codePoints()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      return Optional.of("reason: no control characters but line breaks and tabs");
    }
    if (reason != null && reason.codePoints().anyMatch(Reasons::reordersText)) {
      return Optional.of(
          "reason: no bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to"
              + " U+2069): they reorder how the text is shown");
    }
    if (reason != null && reason.codePoints().anyMatch(Reasons::hidesText)) {
      return Optional.of(
          "reason: no invisible formatting characters (a zero-width space, a byte-order mark, tag"
              + " characters) but the marks and joiners Arabic-script text needs");
    }
    if (reason != null
        && reason
            .codePoints()
            .anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      return Optional.of("reason: well-formed Unicode (no lone surrogate)");
    }
    if (reason == null || reason.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.of("reason: required: say why, for whoever reviews this");
    }
    if (reason.length() > MAX_LENGTH) {
      return Optional.of("reason: at most " + MAX_LENGTH + " characters");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code c} is an explicit bidirectional embedding, override or isolate (Unicode UAX #9,
   * 2.1 and 2.4), with which a reason shown in the audit trail could read otherwise than it is
   * stored. The marks that Arabic-script text needs (the left-to-right and right-to-left marks, the
   * zero-width non-joiner of Persian) are not among them.
   */
  private static boolean reordersText(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * Whether {@code c} is an invisible formatting character (Unicode general category Cf), a
   * private-use character or a default-ignorable code point (the Hangul fillers, say), other than
   * those Arabic-script text needs: the zero-width non-joiner and joiner, the left-to-right,
   * right-to-left and Arabic letter marks. A zero-width space, a byte-order mark or tag characters
   * would hide text in the audit trail.
   */
  private static boolean hidesText(int c) {
    int type = Character.getType(c);
    return (type == Character.FORMAT
            || type == Character.PRIVATE_USE
            || com.ibm.icu.lang.UCharacter.hasBinaryProperty(
                c, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT))
        && c != 0x200C
        && c != 0x200D
        && c != 0x200E
        && c != 0x200F
        && c != 0x061C
        && !reordersText(c);
  }
}
