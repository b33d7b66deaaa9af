package org.mizan.lists.xml;

/**
 * One text element of the list as read: its element path, its text and where it starts.
 *
 * @param path element path from the record (see {@link XmlCursor#path()}), e.g. {@code
 *     INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/DATE}
 * @param raw the text as written, entity references resolved, untrimmed
 * @param line 1-based line of the start tag
 * @param column 1-based column just after the start tag
 */
public record Field(String path, String raw, long line, long column) {
  /** Whether the element's own name, the last step of its path, is {@code name}. */
  public boolean named(String name) {
    int start = path.length() - name.length();
    return start >= 0
        && path.startsWith(name, start)
        && (start == 0 || path.charAt(start - 1) == '/');
  }

  /**
   * The text trimmed ({@link String#strip}), with each run of white space (space, tab, line feed,
   * vertical tab, form feed, carriage return: the list pads values and wraps long ones) made one
   * space. The text as written when it needs neither, which is most of a list's values.
   */
  public String text() {
    String text = raw.strip();
    int n = text.length();
    int k = 0;
    while (k < n && !rewrites(text, k)) {
      k++;
    }
    if (k == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, k);
    while (k < n) {
      char c = text.charAt(k++);
      if (isSpace(c)) {
        while (k < n && isSpace(text.charAt(k))) {
          k++;
        }
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether the white space at {@code k} of a stripped text is to be written otherwise: any but a
   * single space between two words (strip() left none at either end).
   */
  private static boolean rewrites(String text, int k) {
    char c = text.charAt(k);
    return isSpace(c) && (c != ' ' || isSpace(text.charAt(k + 1)));
  }

  /** White space as a regular expression's {@code \s} means it: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
