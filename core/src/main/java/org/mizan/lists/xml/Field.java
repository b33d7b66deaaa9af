package org.mizan.lists.xml;

import java.util.regex.Pattern;

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
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The element's own name, the last step of its path. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The text trimmed, with each run of white space (line breaks included) made one space: the list
   * pads values and wraps long ones.
   */
  public String text() {
    return SPACES.matcher(raw.strip()).replaceAll(" ");
  }
}
