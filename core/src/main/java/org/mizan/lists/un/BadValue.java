package org.mizan.lists.un;

import org.mizan.lists.xml.Field;

/**
 * A field whose text is not what the list format allows; turned into a {@link
 * org.mizan.lists.ListFormatException} with the file name by {@link EntryReader}, never thrown out
 * of this package.
 */
final class BadValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Field field;

  BadValue(Field field, String problem) {
    super(problem);
    this.field = field;
  }

  Field field() {
    return field;
  }
}
