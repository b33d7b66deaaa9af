package org.mizan.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mizan.names.EuropeanLetters;
import org.mizan.names.NameNormalizer;
import org.mizan.names.NamePart;
import org.mizan.names.NormalizedName;
import org.mizan.names.Particle;

/**
 * A name ready for comparison: its parts as tokens, written as given and with articles, "abd" and a
 * kunya's abu joined to the part they precede ({@code al tikriti} also as {@code altikriti}; {@code
 * abd al rahman} also as {@code abdalrahman}), since lists and passports write both forms.
 */
final class NameForm {
  /** Most skeletons of one joined part (its readings multiply). */
  static final int MAX_READINGS = 8;

  private final List<List<Token>> variants;
  private final int[][] ids;
  private final double[][] weights;
  // At k, the largest share of a variant's weight held by its k heaviest parts; past its end, 1.
  private final double[] heaviest;
  private final int mostParts;
  private final int[] firstPart;
  private final int[] patronymic;
  private final int[][] namePartIndex;
  private final int[][] wholePartIndex;
  private final PartTable table;
  private final int[] distinctIds;
  private final int[][] distinctIndex;
  private final boolean particlesAloneVariant;
  // By variant: the words it leaves out (explanations), whether initials or suffixes, its factor;
  // the last two read in every bound (NameSimilarity#upper), so kept as arrays.
  private final List<List<String>> leftOut;
  private final int firstShortened;
  private final boolean[] initialsLeftOut;
  private final boolean[] muhammadLeftOut;
  private final double[] factors;
  private final boolean[] compounds;
  private final boolean[] articleApart;
  private final Reading[] readings;
  // By variant: the index of its part that is two parts read as one (Token#partsJoined), or -1.
  private final int[] joinedPart;
  private final boolean personal;
  private final double soleShare;
  private final double particleShare;

  private NameForm(
      List<List<Token>> variants,
      int[][] ids,
      PartTable table,
      List<Written> written,
      boolean personal) {
    this.variants = List.copyOf(variants);
    // Not the Written records themselves: their tokens are not the table's shared ones.
    List<List<String>> words = new ArrayList<>(written.size());
    int first = written.size();
    this.initialsLeftOut = new boolean[written.size()];
    this.muhammadLeftOut = new boolean[written.size()];
    this.factors = new double[written.size()];
    this.compounds = new boolean[written.size()];
    this.articleApart = new boolean[written.size()];
    this.readings = new Reading[written.size()];
    for (int v = 0; v < written.size(); v++) {
      Written w = written.get(v);
      words.add(w.leftOut());
      if (!w.leftOut().isEmpty()) {
        first = Math.min(first, v);
      }
      initialsLeftOut[v] = w.initialsLeftOut();
      muhammadLeftOut[v] = w.muhammadLeftOut();
      factors[v] = w.factor();
      compounds[v] = w.compounds();
      articleApart[v] = w.articleApart();
      readings[v] = w.reading();
    }
    this.leftOut = List.copyOf(words);
    this.firstShortened = first;
    this.personal = personal;
    this.ids = ids;
    this.table = table;
    this.weights = new double[variants.size()][];
    int most = 0;
    for (List<Token> variant : variants) {
      most = Math.max(most, variant.size());
    }
    this.mostParts = most;
    this.heaviest = new double[most];
    this.firstPart = new int[variants.size()];
    this.patronymic = new int[variants.size()];
    this.namePartIndex = new int[variants.size()][];
    this.wholePartIndex = new int[variants.size()][];
    this.distinctIndex = new int[variants.size()][];
    List<Integer> distinct = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) {
      patronymic[v] = patronymicOf(variants.get(v));
      weights[v] = weightsOf(variants.get(v), patronymic[v]);
      double[] shares = heaviestShares(weights[v]);
      for (int k = 0; k < most; k++) {
        heaviest[k] = Math.max(heaviest[k], k == 0 ? 0 : k > shares.length ? 1 : shares[k - 1]);
      }
      firstPart[v] = firstPartOf(variants.get(v));
      distinctIndex[v] = new int[ids[v].length];
      for (int i = 0; i < ids[v].length; i++) {
        int at = distinct.indexOf(ids[v][i]);
        if (at < 0) {
          at = distinct.size();
          distinct.add(ids[v][i]);
        }
        distinctIndex[v][i] = at;
      }
      int[] named = new int[ids[v].length];
      int n = 0;
      for (int i = 0; i < ids[v].length; i++) {
        if (!variants.get(v).get(i).particle()) {
          named[n++] = distinctIndex[v][i];
        }
      }
      namePartIndex[v] = Arrays.copyOf(named, n);
      int whole = 0;
      for (int i = 0; i < ids[v].length; i++) {
        if (!variants.get(v).get(i).particle() && !isApartElement(variants.get(v), i)) {
          named[whole++] = distinctIndex[v][i];
        }
      }
      wholePartIndex[v] = Arrays.copyOf(named, whole);
    }
    this.distinctIds = distinct.stream().mapToInt(Integer::intValue).toArray();
    this.joinedPart = new int[variants.size()];
    for (int v = 0; v < variants.size(); v++) {
      joinedPart[v] = -1;
      for (int i = 0; i < variants.get(v).size() && joinedPart[v] < 0; i++) {
        if (variants.get(v).get(i).partsJoined()) {
          joinedPart[v] = i;
        }
      }
    }
    boolean particlesAlone = false;
    for (int[] named : namePartIndex) {
      particlesAlone |= named.length == 0;
    }
    this.particlesAloneVariant = particlesAlone;
    double[] shares = sharesOf(this.variants, this.weights, ids);
    this.soleShare = shares[0];
    this.particleShare = shares[1];
  }

  /**
   * The largest share of the name's weight that one of its name parts and all its particles hold
   * ({@link #weights}), over its variants, in [0, 1]: 1 for a variant with no name part, or whose
   * parts all weigh 0 (articles alone); {@link Double#POSITIVE_INFINITY} when a name part comes
   * twice in a variant, which then bounds nothing: one part of the other name may pair with each
   * ({@code Ali Aly} against {@code Ali Ali}: two pairs through one distinct part). Used by {@link
   * CandidateIndex#withOneSecondPart}.
   */
  double soleShare() {
    return soleShare;
  }

  /**
   * The largest share of the name's weight that its particles hold, over its variants, in [0, 1]: 1
   * for a variant with no name part or whose parts all weigh 0. What {@link #soleShare} is for a
   * name none of whose name parts is alike with another name's ({@link PartMemo#belowWithOnePair}).
   */
  double particleShare() {
    return particleShare;
  }

  /**
   * {@link #soleShare} ({@code [0]}) and {@link #particleShare} ({@code [1]}) of the variants, the
   * largest over them whatever their order.
   */
  static double[] sharesOf(List<List<Token>> variants, double[][] weights, int[][] ids) {
    double sole = 0;
    double particlesAlone = 0;
    for (int v = 0; v < variants.size(); v++) {
      List<Token> tokens = variants.get(v);
      double total = 0;
      double particles = 0;
      double heaviest = -1;
      boolean repeated = false;
      for (int i = 0; i < tokens.size(); i++) {
        total += weights[v][i];
        if (tokens.get(i).particle()) {
          particles += weights[v][i];
        } else {
          heaviest = Math.max(heaviest, weights[v][i]);
          for (int j = 0; j < i; j++) {
            repeated |= ids[v][j] == ids[v][i] && !tokens.get(j).particle();
          }
        }
      }
      if (heaviest < 0 || total <= 0) {
        // No name part, or none that weighs: its particles are all of it. Not a return: a name
        // part twice in another variant still bounds nothing.
        sole = Math.max(sole, 1);
        particlesAlone = 1;
        continue;
      }
      sole =
          Math.max(
              sole,
              repeated ? Double.POSITIVE_INFINITY : Math.min(1, (heaviest + particles) / total));
      particlesAlone = Math.max(particlesAlone, Math.min(1, particles / total));
    }
    return new double[] {sole, particlesAlone};
  }

  /**
   * The index in variant {@code v} of its part that is two parts read as one ({@link
   * Token#partsJoined}), or -1 when it has none. Such a variant counts only where that part meets a
   * part of the other name at {@link NameSimilarity#GOOD_PART} or more: read as one, two parts that
   * meet nothing would only make the name shorter, and its unmatched share smaller.
   */
  int joinedPart(int v) {
    return joinedPart[v];
  }

  /**
   * {@link #joinedPart} of variant {@code v} as an index into {@link #distinctIds}, or -1 when it
   * has none.
   */
  int joinedDistinct(int v) {
    return joinedPart[v] < 0 ? -1 : distinctIndex[v][joinedPart[v]];
  }

  /** Whether some variant is of particles alone ({@code Al Abu} as written; joined, it is not). */
  boolean hasVariantOfParticlesAlone() {
    return particlesAloneVariant;
  }

  /** The ids of the parts of every variant, each once; not to be modified. */
  int[] distinctIds() {
    return distinctIds;
  }

  /**
   * For each part of variant {@code v}, the index of its id in {@link #distinctIds}; not to be
   * modified.
   */
  int[] distinctIndex(int v) {
    return distinctIndex[v];
  }

  /**
   * Share of one name that the second element of a compound written apart weighs, the part before
   * it the rest: {@code قدرت الله}, {@code نور الدين}, {@code Nasir Uddin} weigh as one name part,
   * as {@code قدرتالله} and {@code Nasiruddin} do ({@link #isApartElement}).
   */
  static final double APART_ELEMENT_WEIGHT = 0.3;

  /**
   * The weight of each part ({@link Token#weight}); a compound's second element written apart
   * ({@link #isApartElement}) weighs {@value #APART_ELEMENT_WEIGHT} and the part it follows the
   * rest of 1, so that the compound is one name part whether written apart or joined; a patronymic
   * ({@link #patronymicOf}) weighs {@value #PATRONYMIC_WEIGHT}. Every other name part still weighs
   * at least {@code 1 - }{@value #APART_ELEMENT_WEIGHT} with its elements, and a name with a name
   * part at least 1 in all (its first name part is no patronymic).
   */
  static double[] weightsOf(List<Token> tokens) {
    return weightsOf(tokens, patronymicOf(tokens));
  }

  /** {@link #weightsOf(List)} when the index of the patronymic ({@link #patronymicOf}) is known. */
  private static double[] weightsOf(List<Token> tokens, int patronymic) {
    double[] weights = new double[tokens.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = tokens.get(i).weight();
    }
    for (int i = 0; i < weights.length; i++) {
      if (isApartElement(tokens, i)) {
        weights[i] = APART_ELEMENT_WEIGHT;
        int head = tokens.get(i - 1).particle() ? i - 2 : i - 1;
        if (!isApartElement(tokens, head)) {
          weights[head] = 1 - APART_ELEMENT_WEIGHT;
        }
      }
    }
    if (patronymic >= 0) {
      weights[patronymic] = PATRONYMIC_WEIGHT;
    }
    return weights;
  }

  /**
   * What an East Slavic patronymic weighs ({@link #patronymicOf}): passports and travel documents
   * of Russia, Ukraine and Belarus carry the given and family names alone (ICAO Doc 9303's name
   * field; the patronymic is not written there), where sanctions lists give the full name, {@code
   * SAVCHENKO, Petr Aleksandrovich}; a patronymic missing on one side is evidence of little.
   */
  static final double PATRONYMIC_WEIGHT = 0.3;

  /**
   * Endings of East Slavic male patronymics in Latin keys: Russian, Ukrainian and Belarusian as
   * English (-ovich, -ovych, -avich), French (-ovitch) and German (-owitsch) spellings write them.
   * Family names end so too (Popovich, Abramovich, Markovich), so a part of a name written in Latin
   * script is read as a male patronymic only before the last name part ({@link #patronymicOf}).
   */
  private static final List<String> MALE_PATRONYMIC_ENDINGS =
      List.of(
          "ovich", "evich", "ovych", "evych", "avich", "ovitch", "evitch", "owitsch", "ewitsch");

  /**
   * Endings of East Slavic female patronymics in Latin keys (Russian -ovna, Ukrainian -ivna,
   * Belarusian -auna, German -owna), which end no family name.
   */
  private static final List<String> FEMALE_PATRONYMIC_ENDINGS =
      List.of("ovna", "evna", "ivna", "avna", "ichna", "owna", "ewna", "auna", "euna");

  /**
   * Endings of patronymics in Cyrillic text: Russian, Ukrainian and Belarusian {@code -вич}, {@code
   * -віч}, {@code -вна}, {@code -ўна}, {@code -ична}. Serbian family names end in {@code -вић},
   * which ICU keys as {@code -vic} as it keys {@code -вич}: the text tells them apart.
   */
  private static final List<String> CYRILLIC_PATRONYMIC_ENDINGS =
      List.of(
          "\u0432\u0438\u0447",
          "\u0432\u0456\u0447",
          "\u0432\u043D\u0430",
          "\u045E\u043D\u0430",
          "\u0438\u0447\u043D\u0430");

  /** The same endings in ICU's keys of Cyrillic (ISO 9, {@code ч} as c), for their stems. */
  private static final List<String> CYRILLIC_KEY_ENDINGS =
      List.of("ovic", "evic", "avic", "ovna", "evna", "ivna", "avna", "icna", "una");

  /**
   * The index of a name's patronymic, or -1: in a name of three name parts or more (particles
   * aside), the first part after the first name part that ends as an East Slavic patronymic does,
   * with two letters or more before the ending: a female patronymic ({@link
   * #FEMALE_PATRONYMIC_ENDINGS}) or one in Cyrillic ({@link #CYRILLIC_PATRONYMIC_ENDINGS}) anywhere
   * after it, a male one in Latin script ({@link #MALE_PATRONYMIC_ENDINGS}) only before the last
   * name part. It is the middle part of {@code Petr Aleksandrovich Savchenko} (and of {@code
   * SAVCHENKO, Petr Aleksandrovich}, read given names first) and the last of {@code Савченко Петр
   * Александрович}, the Russian order; {@code Roman Arkadyevich Abramovich} and {@code Gregg
   * Charles Popovich} keep their family names. Not read: Turkic patronymics written as two words
   * ({@code Heydar oglu}, {@code Abdulla ugli}); a Cyrillic name in the given-names-first order
   * whose family name ends in {@code -вич} with no patronymic before it ({@code Анна Мария
   * Карпович}).
   */
  static int patronymicOf(List<Token> tokens) {
    int first = firstPartOf(tokens);
    if (first < 0 || countParts(tokens) < 3) {
      return -1;
    }
    int last = familyPartOf(tokens);
    for (int i = first + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.particle()) {
        continue;
      }
      if (t.latinScript()) {
        if (endingOf(t.latin(), FEMALE_PATRONYMIC_ENDINGS) > 0
            || (i < last && endingOf(t.latin(), MALE_PATRONYMIC_ENDINGS) > 0)) {
          return i;
        }
      } else if (t.vowelsWritten() && endingOf(t.text(), CYRILLIC_PATRONYMIC_ENDINGS) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** The parts of {@code tokens} that are not particles. */
  static int countParts(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) {
      n += t.particle() ? 0 : 1;
    }
    return n;
  }

  /** The length of the patronymic ending of a part's Latin key ({@link #patronymicOf}). */
  private static int patronymicEnding(Token t) {
    String key = t.latin();
    if (t.latinScript()) {
      return Math.max(
          endingOf(key, MALE_PATRONYMIC_ENDINGS), endingOf(key, FEMALE_PATRONYMIC_ENDINGS));
    }
    return endingOf(key, CYRILLIC_KEY_ENDINGS);
  }

  private static int endingOf(String key, List<String> endings) {
    for (String ending : endings) {
      if (key.length() >= ending.length() + 2 && key.endsWith(ending)) {
        return ending.length();
      }
    }
    return 0;
  }

  /**
   * How alike two patronymics' given names must be, their endings left out (Jaro-Winkler of the
   * Latin keys), to be one father's: Ukrainian and Russian spellings of one name (oleksandr and
   * aleksandr 0.93, volodymyr and vladimir 0.75) pass, other names (ivan and serge, petr and pavl
   * 0.5) do not. The endings themselves are alike in every patronymic (Petrovich and Pavlovich
   * 0.87).
   */
  static final double PATRONYMIC_NAME_AGREEMENT = 0.75;

  /**
   * Whether two patronymics ({@link #patronymicOf}) are made from other given names: the Latin keys
   * without their endings less alike than {@value #PATRONYMIC_NAME_AGREEMENT} (Ivanovich and
   * Sergeevich; not Oleksandrovych and Aleksandrovich).
   */
  static boolean patronymicsDiffer(Token a, Token b) {
    String sa = a.latin().substring(0, a.latin().length() - patronymicEnding(a));
    String sb = b.latin().substring(0, b.latin().length() - patronymicEnding(b));
    return JaroWinkler.similarity(JaroWinkler.ascii(sa), JaroWinkler.ascii(sb))
        < PATRONYMIC_NAME_AGREEMENT;
  }

  /**
   * Whether part {@code i} of {@code tokens} is the second element of a compound written apart from
   * the name part before it: {@code الله} or a Latin one-word spelling of either element ({@code
   * Allah}, {@code Ullah}, {@code Uddin}, {@code Eddine}, ...) right after a name part ({@code قدرت
   * الله}, {@code Nasir Uddin}; not after {@code abd}: {@code عبد الله} is the name), or {@code
   * دين} ({@code Din}, {@code Deen}) after an article after a name part ({@code نور الدين}, {@code
   * Nur al-Din}). Such an element is no name of its own: it neither weighs as one ({@link
   * #weightsOf}) nor counts as one for a name within the other ({@link
   * NameSimilarity#MIN_CONTAINED_PARTS}). Source: the compound names of Arabic (theophoric and
   * {@code al-Din} names), Schimmel, <i>Islamic Names</i> (1989).
   */
  static boolean isApartElement(List<Token> tokens, int i) {
    if (i <= 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    if (t.particle()) {
      return false;
    }
    if (COMPOUND_ENDS.contains(t.text())) {
      return !tokens.get(i - 1).particle();
    }
    return APART_DIN.contains(t.text())
        && i >= 2
        && tokens.get(i - 1).kind() == Particle.ARTICLE
        && !tokens.get(i - 2).particle();
  }

  /** {@code دين} and its Latin spellings, the second element of {@code الدين} after its article. */
  private static final Set<String> APART_DIN =
      Set.of("\u062F\u064A\u0646", "din", "deen", "dine", "dien");

  /**
   * The index of the last part that is neither a particle, an initial nor a generational suffix
   * ({@code Samir Kassab Jr}: kassab), or -1 when none: a person's family name, once a name written
   * family name first is read given names first ({@link org.mizan.names.NameOrder}).
   */
  static int familyPartOf(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (!t.particle() && !isInitial(t) && !SUFFIXES.contains(t.text())) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first part that is not a particle, or -1 when none. */
  static int firstPartOf(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).particle()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@link #of(NormalizedName)} with each part replaced by its shared instance in {@code table},
   * and its id there: equal parts of many names are one object with one id ({@link PartMemo}).
   */
  static NameForm of(NormalizedName name, PartTable table) {
    return of(name, table, true);
  }

  /**
   * {@link #of(NormalizedName, PartTable)}; initials and titles are left out in further variants
   * ({@link #shortened}) only of a person's name ({@code personal}): in an organisation's name they
   * are words of the name ({@code J P Morgan}, {@code General Bureau}).
   */
  static NameForm of(NormalizedName name, PartTable table, boolean personal) {
    return of(name, List.of(), table, personal, null, false);
  }

  /**
   * A list's name: {@link #of(NormalizedName, PartTable, boolean)}, a part in Latin script that
   * begins with the article written joined also written with the article apart ({@link
   * NameNormalizer#articleApart} of {@code articles}, at {@link #ARTICLE_APART_FACTOR}), as a list
   * writes it hyphenated: a list's {@code ALHASSAN} meets a query's {@code Hassan} as its {@code
   * AL-HASSAN} does; and the article assimilated to a sun letter also written al ({@link
   * NameNormalizer#assimilatedArticle}, at the same factor): {@code Abd ar-Rahman} meets {@code Abd
   * al-Rahman} and {@code عبد الرحمن}. With the ways of writing of its {@code others} readings too
   * (with its invisible characters as spaces, {@link NameNormalizer#invisibleApart}, at a factor of
   * 1): a list exported from another system may hold a zero-width space or a control character
   * where a space was, as a screened name may.
   */
  static NameForm ofList(
      NormalizedName name,
      List<OtherReading> others,
      PartTable table,
      boolean personal,
      NameNormalizer articles) {
    return of(name, others, table, personal, articles, false);
  }

  /**
   * A subject's name ({@link #of(NormalizedName, PartTable, boolean)} in a table of its own), also
   * written with its compound parts apart ({@code compounds}: the normaliser whose {@link
   * NameNormalizer#compoundParts} gives the parts one part writes as one, or none; Arabic compound
   * given names and Latin ones, {@code Mohammadreza}), and so with each Persian family-name ending
   * joined to the part before it ({@link #endingsJoined}); a part that begins with the article
   * written joined is also written with the article apart, as a list's is ({@link #ofList}).
   * Compound parts only of a subject's name: a list's names, written every way, would multiply the
   * parts every query is compared with. With the ways of writing of the name's {@code others}
   * readings too: with its invisible characters as spaces ({@link NameNormalizer#invisibleApart}: a
   * zero-width space or a direction mark standing where a space was joins two words), with the
   * spaces Arabic script does not show closed ({@link NameNormalizer#unseenSpacesClosed}); the name
   * as given is read every way.
   */
  static NameForm ofQuery(
      NormalizedName name, List<OtherReading> others, boolean personal, NameNormalizer compounds) {
    return of(name, others, new PartTable(), personal, compounds, compounds != null);
  }

  /** How a way of writing a query's name read it ({@link #ofQuery}). */
  enum Reading {
    /** As given. */
    AS_GIVEN("", "", 1),
    /** With its invisible characters as spaces ({@link NameNormalizer#invisibleApart}). */
    INVISIBLE_APART("with its invisible characters as spaces", "", 1),
    /**
     * With the spaces Arabic script does not show closed ({@link
     * NameNormalizer#unseenSpacesClosed}), at {@link #SPACES_CLOSED_FACTOR}.
     */
    UNSEEN_SPACES_CLOSED(
        "with its unseen spaces closed (spaces Arabic script does not show)",
        "for the unseen spaces closed",
        SPACES_CLOSED_FACTOR),
    /**
     * With two of its name parts side by side written as one ({@link NameNormalizer#partsJoined}),
     * at {@link #PARTS_JOINED_FACTOR}.
     */
    PARTS_JOINED(
        "with two of its parts written as one word",
        "for two parts read as one word",
        PARTS_JOINED_FACTOR);

    private final String phrase;
    private final String factorPhrase;
    private final double factor;

    Reading(String phrase, String factorPhrase, double factor) {
      this.phrase = phrase;
      this.factorPhrase = factorPhrase;
      this.factor = factor;
    }

    /**
     * How an explanation says what its factor is for ({@code for ...}); empty for a factor of 1.
     */
    String factorPhrase() {
      return factorPhrase;
    }

    /** The factor of the scores of a way of writing the name so read, in (0, 1]. */
    double factor() {
      return factor;
    }

    /**
     * How an explanation says the name was read ({@code with ...}); empty for {@link #AS_GIVEN}.
     */
    String phrase() {
      return phrase;
    }
  }

  /**
   * The factor of a name score for the query read with the spaces Arabic script does not show
   * closed ({@link NameNormalizer#unseenSpacesClosed}): where a letter alone may end one word or
   * begin the next, the reading is a guess, and one joined the wrong way makes another name (a
   * helper's finds: {@code ز هر ا هو من}, Zahra Houman, read {@code زهر اهو من} met Al Zawahiri
   * Ayman at 0.855); a name so mended scores at most 0.95 × its score.
   */
  static final double SPACES_CLOSED_FACTOR = 0.95;

  /**
   * The factor of a name score for the query read with two of its parts as one word ({@link
   * NameNormalizer#partsJoined}): where the name writes them apart, the word may be two names.
   */
  static final double PARTS_JOINED_FACTOR = 0.95;

  /** Another reading of a query's name ({@link #ofQuery}), and how it reads the name. */
  record OtherReading(NormalizedName name, Reading how) {
    OtherReading {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(how, "how");
    }
  }

  private static NameForm of(
      NormalizedName name,
      List<OtherReading> others,
      PartTable table,
      boolean personal,
      NameNormalizer normalizer,
      boolean compounds) {
    List<List<Token>> variants = new ArrayList<>();
    List<Written> parsed = variants(name, others, personal, normalizer, compounds);
    int[][] ids = new int[parsed.size()][];
    for (int v = 0; v < parsed.size(); v++) {
      List<Token> variant = parsed.get(v).tokens();
      List<Token> shared = new ArrayList<>(variant.size());
      ids[v] = new int[variant.size()];
      for (int i = 0; i < variant.size(); i++) {
        int id = table.id(variant.get(i));
        ids[v][i] = id;
        shared.add(table.part(id));
      }
      variants.add(List.copyOf(shared));
    }
    return new NameForm(variants, ids, table, parsed, personal);
  }

  /** The name's parts in a table of their own. */
  static NameForm of(NormalizedName name) {
    return of(name, new PartTable());
  }

  /**
   * One way of writing a name: its parts, and, for a way that leaves out initials or titles ({@link
   * #shortened}), the words left out, the factor its score is multiplied by (1 when none is) and
   * whether an initial or a suffix is.
   */
  private record Written(
      List<Token> tokens,
      List<String> leftOut,
      double factor,
      boolean initialsLeftOut,
      boolean muhammadLeftOut,
      boolean compounds,
      boolean articleApart,
      Reading reading) {
    static Written asIs(List<Token> tokens) {
      return new Written(
          List.copyOf(tokens), List.of(), 1, false, false, false, false, Reading.AS_GIVEN);
    }

    /**
     * This way, of the name read as {@code how} reads it ({@link #ofQuery}), its factor times
     * {@code how}'s.
     */
    Written readAs(Reading how) {
      return new Written(
          tokens,
          leftOut,
          factor * how.factor(),
          initialsLeftOut,
          muhammadLeftOut,
          compounds,
          articleApart,
          how);
    }

    /** {@code tokens} written as is, read as this way reads the name, with its factor. */
    Written withTokens(List<Token> tokens) {
      return new Written(
          List.copyOf(tokens), List.of(), factor, false, false, false, false, reading);
    }

    /**
     * This way with the part that holds {@code joined}, two parts read as one, marked with its
     * pieces ({@link Token#pieces}): the particles before it or an ending after it may be joined to
     * it.
     */
    Written withJoined(Token joined) {
      List<Token> marked = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        marked.add(t.text().contains(joined.text()) ? withPieces(t, joined.pieces()) : t);
      }
      return new Written(
          marked,
          leftOut,
          factor,
          initialsLeftOut,
          muhammadLeftOut,
          compounds,
          articleApart,
          reading);
    }

    /**
     * A way that writes compound parts apart or Persian endings joined ({@link #ofQuery}), or, when
     * {@code articleApart}, an article written joined apart ({@link NameNormalizer#articleApart}),
     * its scores then multiplied by {@link #ARTICLE_APART_FACTOR}.
     */
    static Written compounds(List<Token> tokens, boolean articleApart) {
      return new Written(
          List.copyOf(tokens),
          List.of(),
          articleApart ? ARTICLE_APART_FACTOR : 1,
          false,
          false,
          true,
          articleApart,
          Reading.AS_GIVEN);
    }
  }

  /**
   * The part that {@code joined}, a reading of {@code name} with two of its parts side by side
   * written as one ({@link NameNormalizer#partsJoined}), writes as one, marked with the two parts
   * ({@link Token#pieces}).
   */
  private static Token joinedToken(NormalizedName name, NormalizedName joined) {
    int i = 0;
    while (name.parts().get(i).equals(joined.parts().get(i))) {
      i++;
    }
    return withPieces(
        token(joined.parts().get(i)),
        List.of(token(name.parts().get(i)), token(name.parts().get(i + 1))));
  }

  /** {@code t} with {@code pieces} ({@link Token#pieces}). */
  private static Token withPieces(Token t, List<Token> pieces) {
    return new Token(
        t.text(),
        t.latin(),
        t.skeleton(),
        t.latinScript(),
        t.arabicScript(),
        t.kind(),
        t.skeletons(),
        t.vowelsWritten(),
        t.shAcrossLetters(),
        t.syllablesJoined(),
        t.arabicWritings(),
        t.ending(),
        pieces);
  }

  private static List<Written> variants(
      NormalizedName name,
      List<OtherReading> others,
      boolean personal,
      NameNormalizer normalizer,
      boolean compounds) {
    List<Written> variants = written(name, personal, normalizer, compounds);
    // The name as given, and with its invisible characters as spaces, which are its words too
    // (their syllables joined as a space's are: a re-breaker's find, Kim\u3164Jong\u3164Un).
    List<Written> asWords = new ArrayList<>(List.of(variants.get(0)));
    // Before the shortened ways, which come last (#shortened).
    for (OtherReading other : others) {
      Token joined = other.how() == Reading.PARTS_JOINED ? joinedToken(name, other.name()) : null;
      // Two parts read as one are not then split elsewhere as a compound (فاضلي خان is not فاضل
      // يخان).
      boolean split = compounds && joined == null;
      List<Written> ways = written(other.name(), personal, normalizer, split);
      if (other.how() == Reading.INVISIBLE_APART) {
        asWords.add(ways.get(0).readAs(other.how()));
      }
      for (Written written : ways) {
        Written w = joined == null ? written : written.withJoined(joined);
        if (variants.stream().noneMatch(v -> v.tokens().equals(w.tokens()))) {
          variants.add(w.readAs(other.how()));
        }
      }
    }
    if (personal) {
      for (int v = 0, written = variants.size(); v < written; v++) {
        if (variants.get(v).reading() == Reading.PARTS_JOINED) {
          // Two parts read as one is a guess already: not shortened too (the ways of writing of
          // Arabic-script queries would grow by half again).
          continue;
        }
        List<Token> tokens = variants.get(v).tokens();
        boolean muhammad = !tokens.isEmpty() && isLeadingMuhammad(tokens.get(0).text());
        for (boolean withMuhammad :
            muhammad ? new boolean[] {false, true} : new boolean[] {false}) {
          for (boolean initials : new boolean[] {false, true}) {
            Written shorter = shortened(variants.get(v), initials, withMuhammad);
            if (shorter != null
                && variants.stream().noneMatch(w -> w.tokens().equals(shorter.tokens()))) {
              variants.add(shorter);
            }
          }
        }
      }
      for (Written words : asWords) {
        List<Token> w = words.tokens();
        if (hasSyllables(w)) {
          for (Written joinedSyllables :
              List.of(
                  words.withTokens(List.of(syllablesJoined(w.get(0), w.get(1)), w.get(2))),
                  words.withTokens(List.of(w.get(0), syllablesJoined(w.get(1), w.get(2)))))) {
            // The name as given's two, as ever; another reading's where they are new.
            if (words.reading() == Reading.AS_GIVEN
                || variants.stream().noneMatch(v -> v.tokens().equals(joinedSyllables.tokens()))) {
              variants.add(joinedSyllables);
            }
          }
        }
      }
    }
    return variants;
  }

  /**
   * The ways of writing a name as given: as is, its particles joined, compounds apart, its article
   * apart; not yet shortened.
   */
  private static List<Written> written(
      NormalizedName name, boolean personal, NameNormalizer normalizer, boolean compounds) {
    List<Token> plain = new ArrayList<>();
    for (NamePart part : name.parts()) {
      plain.add(token(part));
    }
    List<Token> joined = joined(name.parts(), false);
    List<Written> variants = new ArrayList<>();
    variants.add(Written.asIs(plain));
    if (joined.size() != plain.size()) {
      variants.add(Written.asIs(joined));
    }
    // Bin or ben joined too, a way of its own: a name whose nasab stays apart keeps the way above
    // (ابو بكر محمد بن زكريا الرازي against ABW<BKR<MXHMD<BN<ZKRYA<ALRAZY).
    List<Token> nasabJoined = joined(name.parts(), true);
    if (nasabJoined.size() != joined.size()) {
      variants.add(Written.asIs(nasabJoined));
    }
    // A list's name with a family-name ending written apart, joined (Sultan Khel: Sultankhel); a
    // subject's is joined below, with its compound parts.
    List<Token> endingJoined = endingsJoined(joined);
    if (!compounds && endingJoined.size() != joined.size()) {
      variants.add(Written.asIs(endingJoined));
    }
    if (normalizer != null) {
      List<NamePart> apartParts = new ArrayList<>();
      boolean articleApart = false;
      List<NamePart> parts = name.parts();
      for (int i = 0; i < parts.size(); i++) {
        NamePart part = parts.get(i);
        // A Latin compound is a person's given name: not the last part, a family name that may
        // end in a given name's letters (Aminabadi, Essaadi), nor a name of one part.
        boolean given = personal && i < parts.size() - 1;
        List<NamePart> written =
            compounds && (given || !isLatin(part.text()))
                ? normalizer.compoundParts(part)
                : List.of();
        if (written.isEmpty()) {
          written = normalizer.articleApart(part);
          articleApart |= !written.isEmpty();
        }
        if (written.isEmpty()) {
          written = normalizer.assimilatedArticle(parts, i, AbdNames::isName);
          articleApart |= !written.isEmpty();
        }
        apartParts.addAll(written.isEmpty() ? List.of(part) : written);
      }
      if (compounds || articleApart) {
        List<Token> apart = new ArrayList<>(apartParts.size());
        apartParts.forEach(p -> apart.add(token(p)));
        List<Token> joinedApart = joined(apartParts, false);
        List<Token> together = compounds ? endingsJoined(joinedApart) : joinedApart;
        // The endings joined with the compound given names as written, too (Mohammadreza Ahmadi
        // Nejad: Mohammadreza Ahmadinejad).
        List<Token> endings = compounds ? endingJoined : joined;
        for (List<Token> other : List.of(apart, together, endings)) {
          if (variants.stream().noneMatch(w -> w.tokens().equals(other))) {
            variants.add(Written.compounds(other, articleApart));
          }
        }
      }
    }
    return variants;
  }

  /**
   * The most letters of each part of a name whose short parts are also joined ({@link
   * #hasSyllables}).
   */
  static final int MAX_SYLLABLE_LETTERS = 5;

  /**
   * Whether a person's name is three short parts in Latin script, none a particle, of 2 to {@value
   * #MAX_SYLLABLE_LETTERS} letters each: the shape of Korean and Chinese names (a family name of
   * one syllable and a given name of two, Kim Jong Un, Su Gui Qin, Pang Su Nam), whose given name
   * lists and documents write apart, hyphenated or joined (Kim Jong-un, Kim Jongun, Su Guiqin).
   * Such a name is also written with its last two parts joined, and with its first two (the given
   * name first, Jong Un Kim); each joined part meets only the same key ({@link
   * Token#syllablesJoined}). In the UN list, 140 of the 2,869 names of individuals have this shape,
   * most of them Korean.
   */
  private static boolean hasSyllables(List<Token> plain) {
    if (plain.size() != 3) {
      return false;
    }
    for (Token t : plain) {
      String latin = t.latin();
      if (!t.latinScript()
          || t.particle()
          || latin.length() < 2
          || latin.length() > MAX_SYLLABLE_LETTERS
          || !latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** Two short parts of a name written as one ({@link #hasSyllables}). */
  private static Token syllablesJoined(Token a, Token b) {
    String latin = a.latin() + b.latin();
    String skeleton = NameNormalizer.skeletonOf(latin);
    return new Token(
        a.text() + b.text(),
        latin,
        skeleton,
        true,
        false,
        Particle.NONE,
        List.of(skeleton),
        true,
        false,
        true,
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * {@code tokens} without their titles and, when {@code initials}, their initials, and when {@code
   * muhammad}, a leading Muhammad ({@link #leftOutAt}), when something is left out and at least
   * {@value #PARTS_LEFT} name parts remain; else null. Neither tells who is meant: a middle initial
   * ({@code John H Smith}, {@code SADDAM<HUSSEIN<A}) or a title ({@code Mullah}, {@code Haji},
   * {@code Dr}) on one side only would otherwise count as a name part the other name lacks, and
   * lower a name written in full by a third. Passports carry no titles (ICAO Doc 9303 Part 3, on
   * the name in the MRZ: titles, professional and academic qualifications, honours and hereditary
   * status are left out of the name); lists and reports often do. Each part left out costs a little
   * ({@value #LEFT_OUT_FACTOR}, a vowel initial {@value #VOWEL_INITIAL_FACTOR}: alone it can be a
   * whole syllable of a romanised name, Korean {@code CHO IL U}; a leading sayyid {@value
   * #LEADING_TITLE_FACTOR}, also a given name; a leading Muhammad {@value
   * #LEADING_MUHAMMAD_FACTOR}, {@link #LEADING_MUHAMMAD}), so that a name written as the other is
   * ranks above one that matches only without a part.
   */
  private static Written shortened(Written from, boolean initials, boolean muhammad) {
    List<Token> tokens = from.tokens();
    boolean[] out = leftOutAt(tokens, initials, muhammad);
    List<Token> kept = new ArrayList<>(tokens.size());
    List<String> leftOut = new ArrayList<>();
    double factor = from.factor();
    boolean initialsLeftOut = false;
    boolean muhammadLeftOut = false;
    int nameParts = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!out[i]) {
        kept.add(t);
        // Abd and the name after it are a given name of two words (Abdul Karim, عبد الكريم):
        // written apart, both count, as they do joined into one (Abdulkarim) with another name.
        nameParts += t.particle() && t.kind() != Particle.ABD ? 0 : 1;
      } else if (!t.particle()) {
        leftOut.add(t.text());
        boolean vowel = isInitial(t) && VOWELS.indexOf(t.text().charAt(0)) >= 0;
        // Only a name's first word is left out as a Muhammad (leftOutAt).
        boolean leadingMuhammad = muhammad && i == 0 && isLeadingMuhammad(t.text());
        muhammadLeftOut |= leadingMuhammad;
        factor *=
            vowel
                ? VOWEL_INITIAL_FACTOR
                : leadingMuhammad
                    ? LEADING_MUHAMMAD_FACTOR
                    : LEADING_TITLES.contains(t.text()) ? LEADING_TITLE_FACTOR : LEFT_OUT_FACTOR;
        // Initials and suffixes tell people apart when both names have one (Jr / Sr).
        initialsLeftOut |= isInitial(t) || SUFFIXES.contains(t.text());
      }
    }
    return leftOut.isEmpty() || nameParts < PARTS_LEFT
        ? null
        : new Written(
            List.copyOf(kept),
            List.copyOf(leftOut),
            factor,
            initialsLeftOut,
            muhammadLeftOut,
            from.compounds(),
            from.articleApart(),
            from.reading());
  }

  /**
   * {@code tokens} with each Persian or Pashto family-name ending ({@link
   * NameNormalizer#isFamilyNameEnding}) joined to the name part in the same script before it
   * (Arabic or Latin): Persian names write these endings apart or after a zero-width non-joiner
   * ({@code زارع پور}, {@code کریم زاده}) and Latin spellings apart or hyphenated ({@code Ahmadi
   * Nejad}, {@code Hossein-Zadeh}) where others join them ({@code Zarepour}, {@code Karimzadeh},
   * {@code Ahmadinejad}). Only these endings: any two parts joined would let a part that differs
   * hide in a longer one that begins like a list part.
   */
  private static List<Token> endingsJoined(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (!out.isEmpty()
          && sameScript(last(out), t)
          && !last(out).particle()
          && NameNormalizer.isFamilyNameEnding(t.text())) {
        out.add(withEnding(concat(out.remove(out.size() - 1), t), t.text()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * {@code joined}, a part joined to the family-name ending {@code ending}, which meets only a part
   * that ends in a spelling of that ending ({@link Token#ending}): joined, an ending would lend its
   * part Jaro-Winkler's bonus for a common beginning against a name without it ({@code Reza Fard}
   * against {@code Reza}, {@code Ahmad Zai} against {@code Ahmad}: 0.90 and 0.925, where the name
   * written apart gives 0.75), and its last consonants would meet other names' ({@code Shah Zada}
   * against {@code Shahzad}, {@code Mir Zai} against {@code Mirza}).
   */
  private static Token withEnding(Token joined, String ending) {
    List<String> spellings = new ArrayList<>();
    spellings.add(ending);
    spellings.addAll(NameNormalizer.endingSpellings(ending));
    return new Token(
        joined.text(),
        joined.latin(),
        joined.skeleton(),
        joined.latinScript(),
        joined.arabicScript(),
        joined.kind(),
        joined.skeletons(),
        joined.vowelsWritten(),
        joined.shAcrossLetters(),
        joined.syllablesJoined(),
        joined.arabicWritings(),
        spellings,
        List.of());
  }

  /** Whether both parts are in Arabic script, or both in Latin script. */
  private static boolean sameScript(Token a, Token b) {
    return a.arabicScript() ? b.arabicScript() : a.latinScript() && b.latinScript();
  }

  /** The fewest name parts a name keeps when its initials and titles are left out. */
  static final int PARTS_LEFT = 2;

  /** The most initials a name may have for them to be left out: more are letters of a name. */
  static final int MAX_INITIALS = 2;

  /**
   * The factor of a name score for each title, suffix or consonant initial left out: a name written
   * as the other is ranks above one that matches only once a part is left out.
   */
  static final double LEFT_OUT_FACTOR = 0.99;

  /**
   * The factor of a name score for a query part read as the Arabic article joined to a name ({@link
   * NameNormalizer#articleApart}: {@code Alhassan} as {@code al hassan}) or assimilated to the sun
   * letter after it ({@link NameNormalizer#assimilatedArticle}: {@code Abd ar-Rahman} as {@code abd
   * al rahman}): written al with a hyphen the article costs nothing, but these letters may also be
   * a name's own ({@code Alfred}, a given name {@code Ad} or {@code Ash}), so the reading ranks
   * below a name written as the other.
   */
  static final double ARTICLE_APART_FACTOR = 0.97;

  /**
   * The factor of a name score for a leading title left out that is also a given name ({@link
   * #LEADING_TITLES}): it may be the name part that tells two people apart ({@code Sayed Mohammad
   * Azim Agha}, {@code Mohammad Yahya Aziz}).
   */
  static final double LEADING_TITLE_FACTOR = 0.95;

  /**
   * The factor of a name score for a leading Muhammad left out ({@link #LEADING_MUHAMMAD}): a given
   * name, if the one least used, so it costs more than a title; a name matched in full but for it
   * (0.95 a part) scores about 0.86, an alert, and one with a part that differs stays below the
   * reporting floor more often than above it. Set on the development split (docs/matching.md).
   */
  static final double LEADING_MUHAMMAD_FACTOR = 0.90;

  /** The factor of a name score for each vowel initial left out. */
  static final double VOWEL_INITIAL_FACTOR = 0.97;

  private static final String VOWELS = "aeiouy";

  /**
   * Which of {@code tokens} a shorter variant leaves out: initials (a name part of one Latin
   * letter), when {@code initials}, and only where a name has at most {@value #MAX_INITIALS};
   * titles ({@link #TITLES}) followed by a name part that is neither an initial nor a suffix (at
   * the end of a name a title word is a family name: {@code al-Sheikh}, {@code Haji Jr}); the words
   * of {@link #LEADING_TITLES}, and when {@code muhammad} those of {@link #LEADING_MUHAMMAD}, only
   * as a name's first word; generational suffixes ({@link #SUFFIXES}) anywhere; and the article
   * written before a title or suffix left out ({@code al hajj}).
   */
  static boolean[] leftOutAt(List<Token> tokens, boolean initials, boolean muhammad) {
    int n = tokens.size();
    boolean[] out = new boolean[n];
    int initialCount = 0;
    int lastNamePart = -1;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (isInitial(t)) {
        initialCount++;
      } else if (!t.particle() && !SUFFIXES.contains(t.text())) {
        lastNamePart = i;
      }
    }
    boolean initialsOut = initials && initialCount <= MAX_INITIALS;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String text = t.text();
      out[i] =
          isInitial(t)
              ? initialsOut
              : !t.particle()
                  && (SUFFIXES.contains(text)
                      || (TITLES.contains(text) && i < lastNamePart)
                      || (i == 0
                          && (LEADING_TITLES.contains(text)
                              || (muhammad && isLeadingMuhammad(text)))));
    }
    for (int i = 0; i + 1 < n; i++) {
      if (tokens.get(i).kind() == Particle.ARTICLE && out[i + 1] && !isInitial(tokens.get(i + 1))) {
        out[i] = true;
      }
    }
    return out;
  }

  /** Whether {@code t} is an initial: a name part of one Latin letter. */
  private static boolean isInitial(Token t) {
    String text = t.text();
    return !t.particle()
        && t.latinScript()
        && text.length() == 1
        && Character.isLetter(text.charAt(0));
  }

  /**
   * Generational suffixes, left out wherever they are written: junior and senior, their short
   * forms, the numerals II to IV and the ordinals 2nd to 4th (of a person's name only, as all parts
   * left out: a vessel's numeral tells sister ships apart).
   */
  static final Set<String> SUFFIXES =
      Set.of("jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "2nd", "3rd", "4th");

  /**
   * Roman numerals from II to IX and the ordinals 2nd to 4th: two different ones are different
   * generations, or sister ships, however alike their letters ({@link NameSimilarity#lowered}).
   * Only II to IV are left out as suffixes ({@link #SUFFIXES}): {@code Vi} is also a given name. I,
   * V and X are initials.
   */
  static final Set<String> NUMERALS =
      Set.of("ii", "iii", "iv", "vi", "vii", "viii", "ix", "2nd", "3rd", "4th");

  /**
   * Titles written before or within names, as normalised (lower case, folded; the Arabic article is
   * a part of its own, {@code الحاج} arrives as {@code ال} {@code حاج}): religious and honorific
   * (hajji, mullah, mawlawi, mufti, qari, sheikh, ustadh and their common spellings), academic,
   * professional and military ranks, civil forms of address. Words that are also given or family
   * names in the regions the lists cover ({@code hafiz}, {@code amir}, {@code imam}, {@code khan},
   * {@code major}, {@code don}) are not among them; sayyid is left out only as a name's first word
   * ({@link #LEADING_TITLES}).
   */
  static final Set<String> TITLES =
      Set.of(
          // Pilgrimage, religious learning and rank.
          "haji",
          "hajji",
          "hadji",
          "hajj",
          "haj",
          "hadj",
          "alhaj",
          "alhajj",
          "alhadj",
          "elhaj",
          "elhadj",
          "mullah",
          "mulla",
          "mollah",
          "molla",
          "maulavi",
          "maulvi",
          "mawlawi",
          "mawlavi",
          "moulavi",
          "molvi",
          "moulvi",
          "maulawi",
          "maulana",
          "mawlana",
          "mufti",
          "qari",
          "sheikh",
          "shaykh",
          "shaikh",
          "shiekh",
          "sheik",
          "cheikh",
          "ustadh",
          "ustaz",
          "ustad",
          "حاج",
          "حاجي",
          "ملا",
          "مولوي",
          "مولانا",
          "مفتي",
          "قاري",
          "شيخ",
          "استاذ",
          // Academic, professional, military.
          "dr",
          "doctor",
          "prof",
          "professor",
          "eng",
          "engineer",
          "general",
          "gen",
          "colonel",
          "col",
          "commander",
          "comandante",
          "captain",
          "capt",
          "lieutenant",
          "sergeant",
          "دكتور",
          "دكتر", // Persian
          "مهندس",
          "لواء",
          "عقيد",
          // Forms of address.
          "mr",
          "mrs",
          "ms",
          "mister",
          "madame",
          "mme");

  /**
   * Titles that are also given names ({@code Sayed Ali}), left out only as a name's first word,
   * only where two name parts remain ({@link #PARTS_LEFT}) and at a cost ({@link
   * #LEADING_TITLE_FACTOR}): sayyid, the honorific of the Prophet's descendants that Persian,
   * Afghan and South Asian names carry before the given name ({@code Seyed Mohammad Bagher
   * Mousavi}, {@code سید محمد عظیم}), written with it on one side and without it on the other.
   * Elsewhere in a name it stays a name part ({@code Ali Sayed}, {@code al-Sayyid}).
   */
  static final Set<String> LEADING_TITLES =
      Set.of(
          "sayyid", "sayid", "sayyed", "sayed", "saiyid", "seyyed", "seyed", "seyyid", "syed",
          "سيد");

  /**
   * Muhammad, as a name's first word (its common Latin spellings, the abbreviations {@code Mohd},
   * {@code Muhd} and {@code Md}, and {@code محمد}), left out only there, only where two name parts
   * remain ({@link #PARTS_LEFT}) and at a cost ({@link #LEADING_MUHAMMAD_FACTOR}). Across South
   * Asia, Afghanistan, Iran and much of the Arab world Muhammad is given before the name a person
   * is called by, and lists, documents and reports write it or leave it out ({@code Mohammad Hassan
   * QATANA} known as {@code Hassan Qatana}; {@code Md. Abdul Karim}); the UK Home Office's "A Guide
   * to Names and Naming Practices" (2006) gives this for Pakistani, Bangladeshi and Afghan names.
   * Elsewhere in a name it stays a name part ({@code Hussein Muhammad}), as does a Muhammad joined
   * to the next name ({@code محمدحسین}).
   */
  static final Set<String> LEADING_MUHAMMAD =
      Set.of(
          "muhammad",
          "muhammed",
          "mohammad",
          "mohammed",
          "mohamad",
          "mohamed",
          "muhamad",
          "muhamed",
          "mohd",
          "muhd",
          "md",
          "محمد");

  /**
   * Whether {@code text} is a leading Muhammad ({@link #LEADING_MUHAMMAD}) or sayyid ({@link
   * #LEADING_TITLES}): a first word so many names share that it tells little of who is meant.
   */
  static boolean commonLeadingWord(String text) {
    return LEADING_MUHAMMAD.contains(text) || LEADING_TITLES.contains(text);
  }

  /** Whether {@code text} is a leading Muhammad that a shorter form may leave out. */
  private static boolean isLeadingMuhammad(String text) {
    return LEADING_MUHAMMAD.contains(text);
  }

  /**
   * The initials, titles and suffixes that variant {@code variant} leaves out of the name ({@link
   * #shortened}), in order; empty when it leaves none out.
   */
  List<String> leftOut(List<Token> variant) {
    int v = variants.indexOf(variant);
    return v < 0 ? List.of() : leftOut.get(v);
  }

  /**
   * Whether {@code variant} writes compound parts apart or Persian endings joined ({@link
   * #ofQuery}), so that an explanation can say the name was so written.
   */
  boolean writesCompounds(List<Token> variant) {
    int v = variants.indexOf(variant);
    return v >= 0 && compounds[v];
  }

  /**
   * How {@code variant} read the name ({@link #ofQuery}), so that an explanation can say it; {@link
   * Reading#AS_GIVEN} for a variant not of this name.
   */
  Reading reading(List<Token> variant) {
    int v = variants.indexOf(variant);
    return v >= 0 ? readings[v] : Reading.AS_GIVEN;
  }

  /**
   * The factor of {@code variant}'s scores for an article written joined that it writes apart
   * ({@link NameNormalizer#articleApart}): {@link #ARTICLE_APART_FACTOR}, else 1 (also for a
   * variant not of this name). Part of {@link #factor}.
   */
  double articleFactor(List<Token> variant) {
    int v = variants.indexOf(variant);
    return v >= 0 && articleApart[v] ? ARTICLE_APART_FACTOR : 1;
  }

  /**
   * Whether variant {@code v} leaves out initials or a suffix ({@link #shortened}): two such
   * variants are not compared with each other ({@link NameSimilarity#best}), so that two different
   * initials ({@code John H Smith}, {@code John K Smith}) or suffixes ({@code Jr}, {@code Sr}) are
   * not both left out as if they agreed.
   */
  boolean initialsLeftOut(int v) {
    return initialsLeftOut[v];
  }

  /**
   * Whether variant {@code v} leaves out initials or titles: such a variant of a query is not
   * compared with an organisation's name ({@link #personal}).
   */
  boolean shortened(int v) {
    return v >= firstShortened;
  }

  /**
   * Whether this is a person's name, whose initials and titles may be left out; not an
   * organisation's, vessel's or aircraft's.
   */
  boolean personal() {
    return personal;
  }

  /**
   * The factor variant {@code v}'s scores are multiplied by: 1 unless it leaves out parts or reads
   * an article written joined apart ({@link #ARTICLE_APART_FACTOR}).
   */
  double factor(int v) {
    return factors[v];
  }

  /**
   * Whether variant {@code v} leaves out a leading Muhammad ({@link #LEADING_MUHAMMAD}); the words
   * it leaves out then begin with it ({@link #leftOut}).
   */
  boolean muhammadLeftOut(int v) {
    return muhammadLeftOut[v];
  }

  /** {@link #muhammadLeftOut(int)} of {@code variant}; false when it is none of this name's. */
  boolean muhammadLeftOut(List<Token> variant) {
    int v = variants.indexOf(variant);
    return v >= 0 && muhammadLeftOut[v];
  }

  /**
   * The factor a score of variant {@code qv} of {@code query} against variant {@code lv} of {@code
   * list} is multiplied by: the product of their {@link #factor}s, but where both leave out a
   * leading Muhammad, however spelt ({@code Md Hassan Akhund}, {@code Mohammad Hassan Akhund}),
   * both names have one: it is charged once, not on each side, so that the pair still ranks below
   * the names compared as written where those agree.
   */
  static double pairFactor(NameForm query, int qv, NameForm list, int lv) {
    double factor = query.factor(qv) * list.factor(lv);
    return query.muhammadLeftOut(qv) && list.muhammadLeftOut(lv)
        ? factor / LEADING_MUHAMMAD_FACTOR
        : factor;
  }

  /** The ways this name can be compared; the first is the name as written. */
  List<List<Token>> variants() {
    return variants;
  }

  /** The ids of variant {@code v}'s parts in {@link #table()}, in order; not to be modified. */
  int[] ids(int v) {
    return ids[v];
  }

  /** The weights ({@link Token#weight}) of variant {@code v}'s parts; not to be modified. */
  double[] weights(int v) {
    return weights[v];
  }

  /**
   * The largest share of a variant's weight ({@link #weights}) held by its {@code k} heaviest
   * parts, over the variants, in [0, 1]: 1 when {@code k} is at least a variant's number of parts,
   * or when that variant's parts all weigh 0 (articles alone, whose coverage is their plain mean).
   */
  double heaviestShare(int k) {
    return k >= heaviest.length ? 1 : k <= 0 ? 0 : heaviest[k];
  }

  /** The number of parts of the variant with the most. */
  int mostParts() {
    return mostParts;
  }

  /** At k - 1, the share of {@code weights}' sum held by the k largest. */
  private static double[] heaviestShares(double[] weights) {
    double[] sorted = weights.clone();
    Arrays.sort(sorted);
    double total = 0;
    for (double w : sorted) {
      total += w;
    }
    double[] shares = new double[sorted.length];
    double top = 0;
    for (int k = 0; k < sorted.length; k++) {
      top += sorted[sorted.length - 1 - k];
      shares[k] = total == 0 ? 1 : Math.min(1, top / total);
    }
    return shares;
  }

  /** The index of variant {@code v}'s first part that is not a particle, or -1 when none. */
  int firstPart(int v) {
    return firstPart[v];
  }

  /** The index of variant {@code v}'s patronymic ({@link #patronymicOf}), or -1. */
  int patronymic(int v) {
    return patronymic[v];
  }

  /**
   * For each part of variant {@code v} that is not a particle, in order, the index of its id in
   * {@link #distinctIds}; not to be modified.
   */
  int[] namePartIndex(int v) {
    return namePartIndex[v];
  }

  /**
   * {@link #namePartIndex} without the compounds' second elements written apart ({@link
   * #isApartElement}): the parts that count for a name within the other; not to be modified.
   */
  int[] wholePartIndex(int v) {
    return wholePartIndex[v];
  }

  /** The table the parts' ids refer to. */
  PartTable table() {
    return table;
  }

  boolean isEmpty() {
    return variants.get(0).isEmpty();
  }

  static Token token(NamePart part) {
    return token(
        part.text(),
        part.latin(),
        part.skeleton(),
        part.particle(),
        withFirst(part.skeleton(), part.readingSkeletons()),
        part.shAcrossLetters(),
        part.arabicWritings());
  }

  /** A part of {@code text}, its scripts worked out from the text. */
  private static Token token(
      String text,
      String latin,
      String skeleton,
      Particle kind,
      List<String> skeletons,
      boolean shAcrossLetters,
      List<EuropeanLetters.Writing> arabicWritings) {
    boolean latinScript = isLatin(text);
    boolean arabicScript = NameNormalizer.isArabicScript(text);
    return new Token(
        text,
        latin,
        skeleton,
        latinScript,
        arabicScript,
        kind,
        skeletons,
        Token.writesVowels(text, latinScript, arabicScript),
        shAcrossLetters,
        false,
        arabicWritings,
        List.of(),
        List.of());
  }

  /**
   * The parts with articles and "abd" joined to the part they precede, and the second element of a
   * compound joined to the part before it: Arabic {@code الله} and {@code الدين} ({@code قدرت الله}
   * as {@code qudratullah}, {@code شهاب الدين} as {@code shahabuddin}), and the Latin endings that
   * spell them as one word ({@code ullah}, {@code uddin}, ...), written apart in some lists.
   */
  private static List<Token> joined(List<NamePart> parts, boolean nasab) {
    List<Token> out = new ArrayList<>();
    List<NamePart> pending = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      NamePart part = parts.get(i);
      if (isJoining(parts, i, nasab)) {
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
    // Every reading of the joined part: each part's skeletons in turn, and an article before a sun
    // letter also dropped (assimilated: abd al-rahman read abdurrahman).
    Set<String> readings = new LinkedHashSet<>(List.of(""));
    for (int i = 0; i < parts.size(); i++) {
      NamePart p = parts.get(i);
      text.append(p.text());
      latin.append(p.latin());
      skeleton.append(p.skeleton());
      boolean assimilated =
          p.particle() == Particle.ARTICLE
              && i + 1 < parts.size()
              && startsWithSunLetter(parts.get(i + 1).text());
      List<String> options = withFirst(p.skeleton(), p.readingSkeletons());
      options = new ArrayList<>(i + 1 < parts.size() ? continued(p.latin(), options) : options);
      if (assimilated) {
        options.add("");
      }
      readings = grown(readings, options);
    }
    // The skeleton of the joined key, as one word has: a final h alone in its part is final in the
    // whole (عبد ال حی read abdulhai, bdl, as عبدالحی is); the parts' skeletons in turn stay a
    // reading.
    readings.add(skeleton.toString());
    String joined = NameNormalizer.skeletonOf(latin.toString());
    return token(
        text.toString(),
        latin.toString(),
        joined,
        Particle.NONE,
        withFirst(joined, collapsed(readings)),
        false,
        List.of());
  }

  /**
   * A part and the compound element after it as one part. The skeleton is that of the joined key (a
   * final h of the first part is no longer final: {@code salah} + {@code aldin}); the other
   * readings drop the article of the element before a sun letter ({@code salahuddin}) and join each
   * reading of the first part, its own skeleton too, with the element's, with and without a final h
   * the first part's skeleton drops ({@link #continued}: {@code ذبیح پور} as Zabihpour, {@code
   * فاطمه زاده} as Fatemezadeh).
   */
  private static Token concat(Token a, Token b) {
    String text = a.text() + b.text();
    String latin = a.latin() + b.latin();
    String skeleton = NameNormalizer.skeletonOf(latin);
    String element = b.latin();
    if (element.startsWith("al") && !b.latinScript() && element.length() > 2) {
      element = element.substring(2);
    }
    Set<String> readings = new LinkedHashSet<>();
    readings.add(NameNormalizer.skeletonOf(a.latin() + element));
    readings.addAll(grown(new LinkedHashSet<>(continued(a.latin(), a.skeletons())), b.skeletons()));
    return token(
        text,
        latin,
        skeleton,
        Particle.NONE,
        withFirst(skeleton, collapsed(readings)),
        false,
        List.of());
  }

  /**
   * The {@code readings} (skeletons) of a part whose key is {@code latin}, as they read with more
   * letters after them: a final h, which a skeleton drops ({@code ذبیح}, {@code dhbyh}: {@code db},
   * {@code zb}), is no longer final ({@code ذبیحپور}: {@code zbhbr}, as Zabihpour), so each reading
   * is kept and also given that h back; the readings as they are when there is none.
   */
  private static List<String> continued(String latin, List<String> readings) {
    if (!NameNormalizer.skeletonDropsFinalH(latin)) {
      return readings;
    }
    Set<String> out = new LinkedHashSet<>(readings);
    for (String reading : readings) {
      if (!reading.endsWith("h")) {
        out.add(reading + "h");
      }
    }
    return List.copyOf(out);
  }

  /**
   * Each of {@code prefixes} followed by each of {@code options}, at most {@value #MAX_READINGS}.
   */
  private static Set<String> grown(Set<String> prefixes, List<String> options) {
    Set<String> out = new LinkedHashSet<>();
    for (String prefix : prefixes) {
      for (String option : options) {
        if (out.size() < MAX_READINGS) {
          out.add(prefix + option);
        }
      }
    }
    return out;
  }

  private static List<String> collapsed(Set<String> readings) {
    List<String> out = new ArrayList<>(readings.size());
    readings.forEach(r -> out.add(collapseRuns(r)));
    return out;
  }

  /** {@code first}, then the distinct {@code others} that differ from it. */
  private static List<String> withFirst(String first, List<String> others) {
    if (others.isEmpty() || (others.size() == 1 && others.get(0).equals(first))) {
      // Most parts: one reading, the skeleton itself.
      return List.of(first);
    }
    Set<String> all = new LinkedHashSet<>();
    all.add(first);
    all.addAll(others);
    return List.copyOf(all);
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
    return NameNormalizer.startsWithArabicSunLetter(text) || "tdrzsn".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Whether part {@code i}, a particle, is written joined to the part after it in the joined form:
   * the article and abd ({@code altikriti}, {@code abdulrahman}); and abu or umm of a kunya before
   * a name part, with or without the article, which Nigerian, Persian and Arabic spellings write as
   * one word ({@code Abubakar}, {@code Abolfazl} for {@code ابو الفضل}, {@code ابوبكر}), not before
   * another particle ({@code Abu bin}, {@code Abu Abd al-Rahman}) nor last; and, when {@code
   * nasab}, so bin, ben or ibn of a nasab, which family names write as one word ({@code
   * Binalshibh}, {@code Benali}, {@code بنعلي}).
   */
  private static boolean isJoining(List<NamePart> parts, int i, boolean nasab) {
    Particle p = parts.get(i).particle();
    if (p == Particle.ARTICLE || p == Particle.ABD) {
      return true;
    }
    // A kunya's abu, and when asked a nasab's bin or ben, join the name after them as the
    // spellings that write them as one word do (Abubakar; Binalshibh, Benali).
    boolean joins =
        p == Particle.KUNYA
            || (nasab && p == Particle.NASAB && JOINED_NASAB.contains(parts.get(i).text()));
    if (!joins || i + 1 >= parts.size()) {
      return false;
    }
    int next = parts.get(i + 1).particle() == Particle.ARTICLE ? i + 2 : i + 1;
    return next < parts.size() && parts.get(next).particle() == Particle.NONE;
  }

  /**
   * The nasab particles family names write joined to the name after them: bin, ben, ibn and بن,
   * ابن, Hebrew בן and בין; not ould, weld or mint, which Mauritanian names write apart.
   */
  private static final Set<String> JOINED_NASAB =
      Set.of(
          "bin",
          "ben",
          "ibn",
          NameSimilarity.ARABIC_BIN,
          NameSimilarity.ARABIC_IBN,
          "\u05D1\u05DF",
          "\u05D1\u05D9\u05DF");

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
