package org.mizan.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retrieval keys of a name: for every part that is not a particle, its consonant skeleton and, for
 * skeletons of three or more letters, each skeleton with one letter deleted, so that two parts
 * whose skeletons differ by one edit (insertion, deletion or substitution) share a key. A part with
 * an empty skeleton contributes its Latin key prefixed with {@code =}.
 */
final class Keys {
  private Keys() {}

  static Set<String> of(NameForm name) {
    Set<String> keys = new HashSet<>();
    for (List<Token> variant : name.variants()) {
      for (Token t : variant) {
        if (t.particle()) {
          continue;
        }
        String s = t.skeleton();
        if (s.isEmpty()) {
          if (!t.latin().isEmpty()) {
            keys.add("=" + t.latin());
          }
          continue;
        }
        keys.add(s);
        if (s.length() >= 3) {
          for (int i = 0; i < s.length(); i++) {
            keys.add(s.substring(0, i) + s.substring(i + 1));
          }
        }
      }
    }
    return keys;
  }
}
