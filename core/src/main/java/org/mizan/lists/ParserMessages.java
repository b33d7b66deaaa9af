package org.mizan.lists;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Jackson's error messages as the list readers may show them: without the input they may quote,
 * which in a list is personal data (a name), and in words where Jackson's name a limit.
 */
public final class ParserMessages {
  // The word Jackson could not read: "Unrecognized token 'Osama': was expecting (...)".
  private static final Pattern UNRECOGNIZED = Pattern.compile("(Unrecognized token) '.*?'(: |$)");
  // A key given twice: "Duplicate field 'name'".
  private static final Pattern DUPLICATE = Pattern.compile("(Duplicate field) '(.*)'");
  // A key a format defines: a word of ASCII letters, digits and underscores beginning with a small
  // letter (FollowTheMoney's properties are written so, birthDate; a name is capitalised, and a
  // re-breaker's find showed Zawahiri).
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_]{0,63}");
  // Where Jackson says the input is: "(for Array starting at [Source: ...])" and the like.
  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\([^()]*\\[Source:.*$", Pattern.DOTALL);

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
    if (m.contains("name length")) {
      return "a key longer than "
          + limits.getMaxNameLength()
          + " characters starts here (no format has such a key: is a quote never closed?)";
    }
    if (m.contains("nesting depth")) {
      return "nested deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    return "a value beyond the reader's limits";
  }

  /**
   * {@code message} without the input it quotes: the word Jackson could not read ({@code
   * Unrecognized token 'Osama'}) written {@code '…'}, and a key given twice too unless it is a word
   * a format defines ({@code Duplicate field 'id'} is kept). One character it quotes ({@code
   * Unexpected character ('x' (code 120))}) is kept: it says which, and names no one.
   */
  public static String withoutInput(String message) {
    String m = SOURCE.matcher(String.valueOf(message)).replaceAll("");
    m = UNRECOGNIZED.matcher(m).replaceAll("$1 '…'$2");
    java.util.regex.Matcher duplicate = DUPLICATE.matcher(m);
    if (duplicate.find() && !isFormatKey(duplicate.group(2))) {
      m =
          m.substring(0, duplicate.start())
              + duplicate.group(1)
              + " '…'"
              + m.substring(duplicate.end());
    }
    return m;
  }

  /**
   * Whether {@code key} is a word a format defines ({@link #KEY}: ASCII letters, digits and
   * underscores, a small letter first, as FollowTheMoney writes {@code birthDate}), which a message
   * may show; any other key a file or a client wrote may be a name.
   */
  public static boolean isFormatKey(String key) {
    return KEY.matcher(key).matches();
  }

  /**
   * A JSON path ({@code properties/name/0}) with each key that is not a word a format defines
   * ({@link #KEY}: a small letter first) written {@code …}: a key may be anything a file holds, a
   * name too.
   */
  public static String withoutInputKeys(String path) {
    StringBuilder b = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(
          segment.isEmpty() || isFormatKey(segment) || segment.chars().allMatch(Character::isDigit)
              ? segment
              : "…");
    }
    return b.toString();
  }
}
