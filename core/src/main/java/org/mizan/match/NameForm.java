package org.mizan.match;

import java.util.ArrayList;
import java.util.List;
import org.mizan.names.NamePart;
import org.mizan.names.NormalizedName;
import org.mizan.names.Particle;

/**
 * A name ready for comparison: its parts as tokens, written as given and with articles and "abd"
 * joined to the part they precede ({@code al tikriti} also as {@code altikriti}; {@code abd al
 * rahman} also as {@code abdalrahman}), since lists and passports write both forms.
 */
final class NameForm {
  private final List<List<Token>> variants;

  private NameForm(List<List<Token>> variants) {
    this.variants = List.copyOf(variants);
  }

  static NameForm of(NormalizedName name) {
    List<Token> plain = new ArrayList<>();
    for (NamePart part : name.parts()) {
      plain.add(token(part));
    }
    List<Token> joined = joined(name.parts());
    List<List<Token>> variants = new ArrayList<>();
    variants.add(List.copyOf(plain));
    if (joined.size() != plain.size()) {
      variants.add(List.copyOf(joined));
    }
    return new NameForm(variants);
  }

  /** The ways this name can be compared; the first is the name as written. */
  List<List<Token>> variants() {
    return variants;
  }

  boolean isEmpty() {
    return variants.get(0).isEmpty();
  }

  private static Token token(NamePart part) {
    return new Token(
        part.text(), part.latin(), part.skeleton(), isLatin(part.text()), part.isParticle());
  }

  private static List<Token> joined(List<NamePart> parts) {
    List<Token> out = new ArrayList<>();
    List<NamePart> pending = new ArrayList<>();
    for (NamePart part : parts) {
      if (isJoining(part)) {
        pending.add(part);
      } else if (pending.isEmpty()) {
        out.add(token(part));
      } else {
        pending.add(part);
        StringBuilder text = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        StringBuilder skeleton = new StringBuilder();
        for (NamePart p : pending) {
          text.append(p.text());
          latin.append(p.latin());
          skeleton.append(p.skeleton());
        }
        out.add(
            new Token(
                text.toString(),
                latin.toString(),
                collapseRuns(skeleton),
                isLatin(text.toString()),
                false));
        pending.clear();
      }
    }
    for (NamePart p : pending) {
      out.add(token(p));
    }
    return out;
  }

  private static boolean isJoining(NamePart part) {
    return part.particle() == Particle.ARTICLE || part.particle() == Particle.ABD;
  }

  private static String collapseRuns(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      }
    }
    return true;
  }
}
