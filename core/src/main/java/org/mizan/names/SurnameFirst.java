package org.mizan.names;

/**
 * Step 4b: a name written surname first, put in the order given names, surname: the primary and
 * secondary identifiers of a machine-readable zone ({@code ALTIKRITI<<SADDAM<HUSSEIN}, ICAO Doc
 * 9303 Part 3 §4.6: {@code <<} after the primary identifier) and the "SURNAME, Given names" of
 * lists and registers ({@code AL-TIKRITI, Saddam Hussein}, the form of the OFAC SDN list), so that
 * the first part of every name is a given name, as the given-name rule of matching expects.
 *
 * <p>The text is reordered when it holds exactly one comma (or Arabic comma {@code ،}), or the MRZ
 * separator {@code <<} followed by more letters, with letters on both sides; anything else is left
 * as it is ({@code Doe, John, Jr.} has two commas). Only the order of the parts changes.
 */
final class SurnameFirst implements TextStep {
  static final String ID = "surname-first";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String apply(String text) {
    int mrz = text.indexOf("<<");
    if (mrz > 0) {
      String primary = text.substring(0, mrz);
      String secondary = text.substring(mrz + 2);
      if (hasLetter(primary) && hasLetter(secondary)) {
        return secondary + "<" + primary;
      }
      return text;
    }
    int comma = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        if (comma >= 0) {
          return text;
        }
        comma = i;
      }
    }
    if (comma < 0) {
      return text;
    }
    String surname = text.substring(0, comma);
    String given = text.substring(comma + 1);
    if (!hasLetter(surname) || !hasLetter(given)) {
      return text;
    }
    return given + " " + surname;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
