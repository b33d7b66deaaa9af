package org.mizan.lists.un;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names held in one UN {@code ALIAS_NAME} value.
 *
 * <p>The UN list sometimes writes several names in one alias, with a trailing parenthesis: the same
 * name in another script ({@code عبدالله السندي (Abdullah Sindhi)}), a {@code ;}-separated list of
 * spellings ({@code حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)}), or an {@code original script:}
 * form ({@code Abubakar (original script: Абубакар)}). Other parentheses are notes ({@code (birth
 * name)}, {@code (third)}) or acronyms ({@code (AQAP)}) and are only stripped. Nested parentheses
 * are read the same way.
 */
final class AliasNames {
  private static final String ORIGINAL_SCRIPT = "original script";

  private AliasNames() {}

  /**
   * The alias as written, followed by the names it holds when they differ from it.
   *
   * @param alias a non-empty alias as written in the list
   * @return the alias first, then each further name, without repeats
   */
  static List<String> of(String alias) {
    Set<String> names = new LinkedHashSet<>();
    names.add(alias);
    collect(alias, names);
    return List.copyOf(names);
  }

  private static void collect(String text, Set<String> names) {
    String value = stripTrailingPunctuation(text.strip());
    int open = openingOfTrailingParenthesis(value);
    if (open <= 0) {
      if (!value.isEmpty()) {
        names.add(value);
      }
      return;
    }
    String head = value.substring(0, open).strip();
    String inside = value.substring(open + 1, value.length() - 1).strip();
    collect(head, names);
    List<String> items = splitTopLevel(inside);
    boolean listOfNames = items.size() > 1;
    for (String item : items) {
      String name = item.strip();
      boolean marked = false;
      if (name.toLowerCase(Locale.ROOT).startsWith(ORIGINAL_SCRIPT + ":")) {
        name = name.substring(ORIGINAL_SCRIPT.length() + 1).strip();
        marked = true;
      }
      if (name.toLowerCase(Locale.ROOT).endsWith("(" + ORIGINAL_SCRIPT + ")")) {
        name = name.substring(0, name.length() - ORIGINAL_SCRIPT.length() - 2).strip();
        marked = true;
      }
      if (name.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      if (listOfNames || marked || !script(name).equals(script(head))) {
        collect(name, names);
      }
    }
  }

  private static String stripTrailingPunctuation(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ',' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** The index of the {@code (} whose {@code )} ends {@code s}, or -1. */
  private static int openingOfTrailingParenthesis(String s) {
    if (!s.endsWith(")")) {
      return -1;
    }
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0) {
        items.add(s.substring(start, i));
        start = i + 1;
      }
    }
    items.add(s.substring(start));
    return items;
  }

  /** The script of the first letter, COMMON when there is none. */
  private static Character.UnicodeScript script(String s) {
    return s.codePoints()
        .filter(Character::isLetter)
        .mapToObj(Character.UnicodeScript::of)
        .findFirst()
        .orElse(Character.UnicodeScript.COMMON);
  }
}
