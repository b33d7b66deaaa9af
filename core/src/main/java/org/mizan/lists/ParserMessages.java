package org.mizan.lists;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Jackson's error messages as the list readers may show them: without the input they may quote,
 * which in a list is personal data (a name), and in words where Jackson's name a limit.
 */
public final class ParserMessages {
  // JSON's literals, which Jackson quotes as what it expected (kept, group 1), or a quoted piece of
  // input of two characters or more but a field's name (Duplicate field 'id'), which the format
  // defines.
  private static final Pattern QUOTED =
      Pattern.compile("('(?:null|true|false)')|(?<!field )'[^']{2,}'");

  private ParserMessages() {}

  /**
   * What one of Jackson's limits ({@link StreamReadConstraints}) refused, from the message of its
   * {@code StreamConstraintsException}: a value longer than {@link
   * StreamReadConstraints#getMaxStringLength()} characters (a quote that is never closed makes the
   * rest of a file one value), nesting deeper than allowed, or another limit.
   */
  public static String beyondLimit(String message) {
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    String m = String.valueOf(message).toLowerCase(Locale.ROOT);
    if (m.contains("string value length") || m.contains("string length")) {
      return "a value longer than "
          + limits.getMaxStringLength()
          + " characters starts here (no name or field is that long: is a quote never closed?)";
    }
    if (m.contains("nesting depth")) {
      return "nested deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    return "a value beyond the reader's limits";
  }

  /**
   * {@code message} with each piece of input it quotes in single quotes, of two characters or more
   * ({@code Unrecognized token 'Osama'}), written {@code '…'}; JSON's literals {@code 'null'},
   * {@code 'true'} and {@code 'false'}, which Jackson quotes as what it expected, and a field's
   * name ({@code Duplicate field 'id'}) are kept.
   */
  public static String withoutInput(String message) {
    return QUOTED
        .matcher(String.valueOf(message))
        .replaceAll(m -> m.group(1) != null ? m.group(1) : "'…'");
  }
}
