package org.mizan.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mizan.names.NameNormalizer;
import org.mizan.names.NamePart;

/**
 * The names that follow abd in a theophoric name, "Abd al-X" (the servant of X): the ninety-nine
 * names of God and the names Shia and Sunni names join to abd ({@code نبي}, {@code حسين}, {@code
 * امير}), read from {@link NameNormalizer#abdNames}. Each is a name of its own, however alike two
 * of them are spelt in Latin letters: Abd al-Rahman ({@code الرحمن}) and Abd al-Rahim ({@code
 * الرحيم}), Abd al-Hakim and Abd al-Halim, Abd al-Halim and Abd al-Alim. Arabic script tells them
 * apart by their letters; two Latin spellings, compared by Jaro-Winkler, met at 0.88 to 0.96
 * ({@link NameSimilarity}).
 */
final class AbdNames {
  private AbdNames() {}

  /** The most Latin spellings whose names are kept once worked out (one map for all threads). */
  private static final int MAX_KEPT = 100_000;

  private static final Map<String, long[]> NAMES_OF = new ConcurrentHashMap<>();

  /**
   * Whether {@code a} and {@code b}, two name parts each written after abd, are spellings of two
   * different names of {@code abd-names.txt}: each is like one of them or more (similarity {@value
   * NameSimilarity#GOOD_PART} or more, {@link NameSimilarity#parts}), as written or as other
   * regions spell it ({@link #otherSpellings}), and no name is like both, even read without a first
   * consonant that may be the article's ({@link #withoutArticle}). False when either is like none
   * (a name not among them, or a spelling too far from any).
   */
  static boolean different(Token a, Token b) {
    return known(a) && known(b) && !same(a, b);
  }

  /**
   * Whether {@code t}, a name part in Latin letters, is like a name of {@code abd-names.txt}, as
   * written or as other regions spell it ({@link #otherSpellings}).
   */
  static boolean known(Token t) {
    long[] x = namesOf(t);
    return (x[0] | x[1]) != 0;
  }

  /**
   * Whether {@code part}, a name part in Latin letters, is like a name of {@code abd-names.txt}, as
   * written or as other regions spell it ({@code Rehman}, {@code Haq}): a name of an Arabic name,
   * for {@link NameNormalizer#assimilatedArticle}.
   */
  static boolean isName(NamePart part) {
    return known(NameForm.token(part));
  }

  /**
   * Whether {@code a} and {@code b} are both like one name of {@code abd-names.txt} or more, in any
   * of the readings of {@link #different}.
   */
  static boolean same(Token a, Token b) {
    long[] x = namesOf(a);
    long[] y = namesOf(b);
    return ((x[0] | x[2]) & (y[0] | y[2])) != 0 || ((x[1] | x[3]) & (y[1] | y[3])) != 0;
  }

  /**
   * The names {@code t} is like, as bits of their line numbers (at most 128 names): in the first
   * two words, as written and as its other Latin spellings are ({@link #otherSpellings}), so that a
   * spelling is never told apart from another of its own name by the letters a region writes for
   * it; in the last two, read without a first consonant that may be the article's ({@link
   * #withoutArticle}).
   */
  private static long[] namesOf(Token t) {
    long[] bits = NAMES_OF.get(t.text());
    if (bits != null) {
      return bits;
    }
    bits = new long[4];
    like(t, bits, 0);
    for (String other : otherSpellings(t.latin())) {
      like(other, bits, 0);
    }
    String rest = withoutArticle(t.latin());
    if (rest != null) {
      like(rest, bits, 2);
      for (String other : otherSpellings(rest)) {
        like(other, bits, 2);
      }
    }
    if (NAMES_OF.size() < MAX_KEPT) {
      NAMES_OF.putIfAbsent(t.text(), bits);
    }
    return bits;
  }

  /**
   * Sets in {@code bits}, from word {@code from}, the names the Latin key {@code latin} is like.
   */
  private static void like(String latin, long[] bits, int from) {
    List<NamePart> parts = Names.NORMALIZER.analyze(latin).parts();
    if (parts.size() == 1) {
      like(NameForm.token(parts.get(0)), bits, from);
    }
  }

  /** Sets in {@code bits}, from word {@code from}, the names {@code t} is like. */
  private static void like(Token t, long[] bits, int from) {
    List<Token> names = Names.NAMES;
    for (int i = 0; i < names.size(); i++) {
      if (NameSimilarity.parts(t, names.get(i)) >= NameSimilarity.GOOD_PART) {
        bits[from + (i >> 6)] |= 1L << (i & 63);
      }
    }
  }

  /**
   * Other spellings of a Latin key ({@code latin}, lower-case ASCII letters): with kh, ch and x
   * written h and p written f, as Central Asian spellings write {@code ح} (Russian kh: {@code
   * Khafiz}, Uzbek x: {@code Xakim}), old Indonesian ones too (ch: {@code Chalim}, {@code Chamid})
   * and Uyghur and Kazakh ones {@code ف} ({@code Gapar}, {@code Pattah}); with v, the French ou and
   * a first u before a vowel written w, as Persian, Turkish and Maghrebi spellings write {@code و}
   * ({@code Vahid}, {@code Ouahid}); and without an article written joined ({@code elrahman}).
   * Empty when there is none.
   */
  private static List<String> otherSpellings(String latin) {
    List<String> bases = new ArrayList<>(2);
    bases.add(latin);
    if (latin.length() >= MIN_ARTICLE_JOINED
        && (latin.startsWith("al") || latin.startsWith("el"))) {
      bases.add(latin.substring(2));
    }
    List<String> out = new ArrayList<>(3);
    for (String base : bases) {
      if (!base.equals(latin)) {
        out.add(base);
      }
      String folded = folded(base);
      if (!folded.equals(base)) {
        out.add(folded);
      }
    }
    return out;
  }

  /**
   * A Latin key without its first letter when that is a sun letter's consonant before another
   * consonant, as the rest of abd and the article assimilated written joined begins ({@code
   * abdurwachid}: {@code rwachid}, {@code wachid}); null otherwise. Only ever evidence that two
   * spellings are one name ({@link #same}): {@code smith} read {@code mith} would be like others.
   */
  private static String withoutArticle(String latin) {
    return latin.length() >= MIN_ASSIMILATED_REST
            && SUN_CONSONANTS.indexOf(latin.charAt(0)) >= 0
            && "aeiouyh".indexOf(latin.charAt(1)) < 0
        ? latin.substring(1)
        : null;
  }

  /** {@code latin} with the letters {@link #otherSpellings} reads as others read as those. */
  private static String folded(String latin) {
    String folded =
        latin
            .replace("kh", "h")
            .replace("ch", "h")
            .replace('x', 'h')
            .replace('p', 'f')
            .replace('v', 'w')
            .replace("ou", "w");
    return folded.length() > 1 && folded.charAt(0) == 'u' && "aeio".indexOf(folded.charAt(1)) >= 0
        ? "w" + folded.substring(1)
        : folded;
  }

  /**
   * The fewest letters of a key read without an article written joined ({@link #otherSpellings}).
   */
  private static final int MIN_ARTICLE_JOINED = 5;

  /**
   * The fewest letters of a key read without an assimilated article's consonant ({@link
   * #withoutArticle}): the consonant and a name of three letters.
   */
  private static final int MIN_ASSIMILATED_REST = 4;

  /** The Latin consonants of the sun letters the article assimilates to, as the first letter. */
  private static final String SUN_CONSONANTS = "rdstzn";

  /** The most names the file may hold: two words of bits ({@link #namesOf}). */
  private static final int MAX_NAMES = 2 * Long.SIZE;

  /** Read on first use (the JVM initialises a class once). */
  private static final class Names {
    static final NameNormalizer NORMALIZER = NameNormalizer.create();
    static final List<Token> NAMES = tokens(NORMALIZER);
  }

  /** Each name of {@link NameNormalizer#abdNames} as a part. */
  private static List<Token> tokens(NameNormalizer normalizer) {
    List<Token> names = new ArrayList<>();
    for (String name : NameNormalizer.abdNames()) {
      List<NamePart> parts = normalizer.analyze(name).parts();
      if (parts.size() != 1) {
        throw new IllegalStateException("abd-names.txt: not one name part: " + name);
      }
      names.add(NameForm.token(parts.get(0)));
    }
    if (names.size() > MAX_NAMES) {
      throw new IllegalStateException("abd-names.txt: more than " + MAX_NAMES + " names");
    }
    return List.copyOf(names);
  }
}
