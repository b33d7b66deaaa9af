package org.mizan.lists.un;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.Gender;

/**
 * The gender of a UN individual: from the {@code GENDER} element, which only 54 of the 730
 * individuals of the 2026-02-27 list carry, else from the statement older records make in {@code
 * COMMENTS1}.
 *
 * <p>Forms found in {@code COMMENTS1}: "Gender: Male", "Gender: male", "Gender:&nbsp;&nbsp;male",
 * "Gender [Male]", "Gender: female", "Sex: female", "sex: male". Comments that state both genders
 * (none do today) give {@link Gender#UNKNOWN} rather than a guess.
 */
final class Genders {
  private static final Pattern STATEMENT =
      Pattern.compile("\\b(?:gender|sex)\\s*[:\\[]\\s*(male|female)\\b", Pattern.CASE_INSENSITIVE);

  private Genders() {}

  /**
   * The gender stated.
   *
   * @param element the text of {@code GENDER}, empty when absent
   * @param comments the text of {@code COMMENTS1}, empty when absent
   */
  static Gender of(String element, String comments) {
    Gender stated = word(element);
    if (stated != Gender.UNKNOWN) {
      return stated;
    }
    Set<Gender> found = EnumSet.noneOf(Gender.class);
    Matcher m = STATEMENT.matcher(comments);
    while (m.find()) {
      found.add(word(m.group(1)));
    }
    return found.size() == 1 ? found.iterator().next() : Gender.UNKNOWN;
  }

  private static Gender word(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "male":
        return Gender.MALE;
      case "female":
        return Gender.FEMALE;
      default:
        return Gender.UNKNOWN;
    }
  }
}
