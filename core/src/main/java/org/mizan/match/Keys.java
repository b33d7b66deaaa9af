package org.mizan.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retrieval keys of a name, such that two name parts one typing error apart share a key.
 *
 * <p>For every part that is not a particle:
 *
 * <ul>
 *   <li>its consonant skeleton and, for skeletons of {@value #MIN_DELETION_LENGTH} or more letters,
 *       each skeleton with one letter deleted, so that two skeletons one edit apart (insertion,
 *       deletion or substitution) share a key;
 *   <li>the same for the skeleton with every {@code h} removed: in Latin spellings {@code h} is as
 *       often the second letter of a digraph (kh, sh, th, dh, gh) as a consonant of its own, and
 *       one mistyped letter before it makes two edits of the skeleton ({@code nashuk} / {@code
 *       nalhuk}: {@code nsk} / {@code nlhk}) but one without the h ({@code nsk} / {@code nlk});
 *   <li>for parts whose skeleton has at most {@value #MAX_SHORT_SKELETON} letters, the Latin key
 *       prefixed with {@code =} and, for keys of {@value #MIN_DELETION_LENGTH} or more letters,
 *       each with one letter deleted: the deletions of a skeleton of one or two letters would be
 *       single letters that a great many names share, so short parts are also found by their
 *       spelling ({@code kony} / {@code kory} share {@code =koy}, {@code adf} / {@code adn} share
 *       {@code =ad}). The bound is one letter above the shortest skeleton with deletions because
 *       one typing error can lengthen or shorten a skeleton by one.
 * </ul>
 */
final class Keys {
  static final int MIN_DELETION_LENGTH = 3;
  static final int MAX_SHORT_SKELETON = MIN_DELETION_LENGTH;
  static final String LATIN_PREFIX = "=";

  private Keys() {}

  static Set<String> of(NameForm name) {
    Set<String> keys = new HashSet<>();
    for (List<Token> variant : name.variants()) {
      for (Token t : variant) {
        if (t.particle()) {
          continue;
        }
        String skeleton = t.skeleton();
        for (String s : t.skeletons()) {
          addWithDeletions(keys, "", s);
          String withoutH = withoutH(s);
          if (!withoutH.equals(s)) {
            addWithDeletions(keys, "", withoutH);
          }
        }
        if (skeleton.length() <= MAX_SHORT_SKELETON) {
          addWithDeletions(keys, LATIN_PREFIX, t.latin());
        }
      }
    }
    return keys;
  }

  /** {@code prefix + text} and, when long enough, each with one letter of text deleted. */
  private static void addWithDeletions(Set<String> keys, String prefix, String text) {
    if (text.isEmpty()) {
      return;
    }
    keys.add(prefix + text);
    if (text.length() >= MIN_DELETION_LENGTH) {
      for (int i = 0; i < text.length(); i++) {
        keys.add(prefix + text.substring(0, i) + text.substring(i + 1));
      }
    }
  }

  /** The skeleton without its h, runs of the same letter made one again. */
  private static String withoutH(String skeleton) {
    StringBuilder b = new StringBuilder(skeleton.length());
    for (int i = 0; i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      if (c != 'h' && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
