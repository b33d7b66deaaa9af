package org.mizan.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.names.NameNormalizer;
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
        part.text(),
        part.latin(),
        part.skeleton(),
        isLatin(part.text()),
        part.particle(),
        part.readingSkeleton());
  }

  /**
   * The parts with articles and "abd" joined to the part they precede, and the second element of a
   * compound joined to the part before it: Arabic {@code الله} and {@code الدين} ({@code قدرت الله}
   * as {@code qudratullah}, {@code شهاب الدين} as {@code shahabuddin}), and the Latin endings that
   * spell them as one word ({@code ullah}, {@code uddin}, ...), written apart in some lists.
   */
  private static List<Token> joined(List<NamePart> parts) {
    List<Token> out = new ArrayList<>();
    List<NamePart> pending = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      NamePart part = parts.get(i);
      if (isJoining(part)) {
        pending.add(part);
        continue;
      }
      pending.add(part);
      Token joinedToken = join(pending);
      pending.clear();
      boolean compound = isCompoundEnd(joinedToken) && !out.isEmpty() && !last(out).particle();
      if (compound) {
        Token before = out.remove(out.size() - 1);
        joinedToken = concat(before, joinedToken);
      }
      out.add(joinedToken);
    }
    for (NamePart p : pending) {
      out.add(token(p));
    }
    return out;
  }

  private static Token last(List<Token> tokens) {
    return tokens.get(tokens.size() - 1);
  }

  /** The Arabic and Latin forms of the compounds' second elements, after articles are joined. */
  private static final Set<String> COMPOUND_ENDS =
      Set.of(
          "\u0627\u0644\u0644\u0647", // الله
          "\u0627\u0644\u062F\u064A\u0646", // الدين
          "ullah",
          "ulla",
          "allah",
          "ollah",
          "uddin",
          "udin",
          "uddeen",
          "eddin",
          "eddine",
          "eldin",
          "eldine",
          "eldeen",
          "addin",
          "aldin",
          "aldeen");

  private static boolean isCompoundEnd(Token t) {
    return COMPOUND_ENDS.contains(t.text());
  }

  /** One token of {@code parts} written together (a single part stays as it is). */
  private static Token join(List<NamePart> parts) {
    if (parts.size() == 1) {
      return token(parts.get(0));
    }
    StringBuilder text = new StringBuilder();
    StringBuilder latin = new StringBuilder();
    StringBuilder skeleton = new StringBuilder();
    StringBuilder reading = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      NamePart p = parts.get(i);
      text.append(p.text());
      latin.append(p.latin());
      skeleton.append(p.skeleton());
      boolean assimilated =
          p.particle() == Particle.ARTICLE
              && i + 1 < parts.size()
              && startsWithSunLetter(parts.get(i + 1).text());
      if (!assimilated) {
        reading.append(p.readingSkeleton());
      }
    }
    return new Token(
        text.toString(),
        latin.toString(),
        collapseRuns(skeleton),
        isLatin(text.toString()),
        Particle.NONE,
        collapseRuns(reading));
  }

  /**
   * A part and the compound element after it as one part. The skeleton is that of the joined key (a
   * final h of the first part is no longer final: {@code salah} + {@code aldin}); the reading drops
   * the article of the element before a sun letter ({@code salahuddin}).
   */
  private static Token concat(Token a, Token b) {
    String text = a.text() + b.text();
    String latin = a.latin() + b.latin();
    String skeleton = NameNormalizer.skeletonOf(latin);
    String element = b.latin();
    if (element.startsWith("al") && !b.latinScript() && element.length() > 2) {
      element = element.substring(2);
    }
    String reading =
        !a.hasOtherReading()
            ? NameNormalizer.skeletonOf(a.latin() + element)
            : collapseRuns(a.reading() + b.reading());
    return new Token(text, latin, skeleton, isLatin(text), Particle.NONE, reading);
  }

  /**
   * Whether {@code text} starts with a sun letter, to which a preceding article assimilates in
   * speech and in many spellings ({@code al-rahman} as {@code ar-rahman}, {@code abdurrahman}):
   * Arabic {@code ت ث د ذ ر ز س ش ص ض ط ظ ل ن}, or their Latin initials {@code t d r z s n}.
   */
  private static boolean startsWithSunLetter(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return "\u062A\u062B\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0644\u0646tdrzsn"
            .indexOf(c)
        >= 0;
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
