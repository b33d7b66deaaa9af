package org.mizan.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The name pipeline's front door: raw name text in, normalised text and comparable name parts out
 * (see the package description for the order of the steps).
 *
 * <p>Immutable and thread-safe; create one and share it. Building one loads ICU4J's transliteration
 * rules, which takes a noticeable fraction of a second the first time in a JVM.
 */
public final class NameNormalizer {
  private final List<TextStep> steps;
  private final Transliteration transliteration;
  private final MrzXScheme xScheme;
  // Read on first use: only compound given names and abd run into one need them, and loading
  // costs start-up time.
  private final ReadOnce<Set<String>> givenNames =
      new ReadOnce<>(() -> readNames("arabic-given-names.txt", this::normalize));
  private final ReadOnce<Set<String>> abdNamesNormalized =
      new ReadOnce<>(
          () -> {
            Set<String> read = new HashSet<>(readNames("abd-names.txt", this::normalize));
            read.add(normalize(Particles.ALLAH));
            return Set.copyOf(read);
          });

  private NameNormalizer(List<TextStep> steps, Transliteration transliteration) {
    this.steps = List.copyOf(steps);
    this.transliteration = transliteration;
    this.xScheme = new MrzXScheme(this::normalize, transliteration);
  }

  /**
   * Starts building ICU4J's transliteration rules for the scripts of the UN list's original-script
   * names on a thread of its own, and returns at once: a command that reads a list first can call
   * this before, so that the rules are built while the list is read (a few tenths of a second of a
   * one-off screening's start-up). {@link #create} waits for them when they are still being built.
   */
  public static void prepareTransliteration() {
    Transliteration.prepare();
  }

  /** The standard pipeline. */
  public static NameNormalizer create() {
    return new NameNormalizer(
        List.of(
            new UnicodeCompatibility(),
            new InvisibleCharacters(),
            new MixedScriptConfusables(),
            new LatinFolding(),
            new ArabicOrthography(),
            new Separators(),
            new MixedScriptConfusables()),
        new Transliteration());
  }

  /**
   * Steps 1-5 of the pipeline on {@code raw}: the text in its own script, folded, parts separated
   * by single spaces, no leading or trailing space, no nonspacing marks; empty when {@code raw}
   * holds no letters or digits.
   *
   * <p>Never throws for any string (unpaired surrogates included); idempotent: {@code
   * normalize(normalize(s))} equals {@code normalize(s)}.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public String normalize(String raw) {
    String text = Objects.requireNonNull(raw, "raw");
    for (TextStep step : steps) {
      text = step.apply(text);
    }
    return text;
  }

  /**
   * The whole pipeline on {@code raw}: {@link #normalize} (steps 1-5), the split into parts with
   * particles recognised (step 6), and for each part its ASCII key and consonant skeleton (step 7).
   * Never throws for any string.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public NormalizedName analyze(String raw) {
    return analyze(raw, null);
  }

  /**
   * {@link #analyze} of a list's names, each distinct part analysed once and taken from {@code
   * known} after that: the names of a list share most of their parts, and a part's ASCII key and
   * readings (ICU4J transliteration) are most of what analysing a name costs. Same result as {@link
   * #analyze}.
   *
   * @param known the parts of this list's names analysed so far (thread-safe), or null for none; it
   *     keeps what it is given, so give it list names, never screened ones, unless it is {@link
   *     KnownParts#readOnly}, which keeps nothing
   */
  public NormalizedName analyze(String raw, KnownParts known) {
    String normalized = normalize(raw);
    return new NormalizedName(normalized, parts(normalized, known));
  }

  /**
   * {@code raw} in Unicode's compatibility forms folded as the name pipeline's first step folds
   * them (NFKC, and letters enclosed in symbols read as the letters: {@code ⒜}, {@code 🅐}), for
   * checks of a name given to screen, which must see the letters screening will read.
   */
  public static String compatibilityFolded(String raw) {
    return COMPATIBILITY.apply(raw);
  }

  private static final UnicodeCompatibility COMPATIBILITY = new UnicodeCompatibility();

  /**
   * {@code raw} analysed with each invisible character that may stand where a space was (a
   * zero-width space, a direction mark; not the joiners Persian and Arabic text need inside a word)
   * read as a space, when that gives other parts than {@link #analyze(String)} gives, else null.
   * {@link #analyze(String)} removes such characters, so that one inside a word does not split it
   * ({@code Sad​dam}); one between two words ({@code Saddam​Hussein}, as text copied from a web
   * page may have it) then joins them, and a query is read both ways.
   *
   * @param analysed {@link #analyze(String)} of {@code raw}
   */
  public NormalizedName invisibleApart(String raw, NormalizedName analysed) {
    String apart = InvisibleCharacters.mayStandForSpaceAsSpaces(raw);
    if (apart.equals(raw)) {
      return null;
    }
    NormalizedName read = analyze(apart);
    return read.parts().equals(analysed.parts()) ? null : read;
  }

  /**
   * {@code analysed} read with two of its name parts that stand side by side written as one word,
   * for each such pair: one reading a pair, in the name's order, each analysed ({@link
   * #analyze(String)}).
   *
   * <p>In Arabic script a name of two words is written joined and apart, and the space is often not
   * where the Latin spelling of the name has it: Persian family names of a name and an ending
   * ({@code یزدی خواه}, Yazdikhah; {@code آدینه وند}, Adinehvand; {@code نیک ورز}, Nikvarz), whose
   * pieces Persian writes with a zero-width non-joiner between them, which is often typed as a
   * space; Pashto and Dari given names of two names ({@code ولی جان}, Walijan; {@code لا لا},
   * Lala); names of other languages written by sound ({@code ما يشو}, Maychou). A pair is two name
   * parts in Arabic script (no particle: the particles are joined to the name after them apart,
   * {@code عبد الرحمن}) of at least {@value #MIN_JOINED_LETTERS} letters each (a lone letter is
   * read by {@link #unseenSpacesClosed}; {@code و} alone is "and"), in a name of at most {@value
   * #MAX_JOINED_PARTS} parts. Not Latin script, whose spaces are where the writer meant them (and
   * whose compound given names, endings and syllables are read joined by their own rules): tried on
   * the development data, Latin pairs joined met other names through a list part of as many
   * consonants ({@code Laura Ware} and LRA, {@code Anaïs Royer} and Ansaru).
   *
   * @param analysed a name as {@link #analyze(String)} gives it
   */
  public List<NormalizedName> partsJoined(NormalizedName analysed) {
    List<NamePart> parts = analysed.parts();
    List<NormalizedName> readings = new ArrayList<>(Math.max(0, parts.size() - 1));
    if (parts.size() > MAX_JOINED_PARTS) {
      return readings;
    }
    for (int i = 0; i + 1 < parts.size(); i++) {
      NamePart a = parts.get(i);
      NamePart b = parts.get(i + 1);
      if (a.isParticle()
          || b.isParticle()
          || a.text().codePointCount(0, a.text().length()) < MIN_JOINED_LETTERS
          || b.text().codePointCount(0, b.text().length()) < MIN_JOINED_LETTERS
          || !isArabicScript(a.text())
          || !isArabicScript(b.text())) {
        continue;
      }
      // The parts as words (an article written joined stands apart, as analysing reads it).
      StringBuilder text = new StringBuilder(analysed.normalized().length() + parts.size());
      for (int p = 0; p < parts.size(); p++) {
        text.append(parts.get(p).text());
        if (p + 1 < parts.size() && p != i) {
          text.append(' ');
        }
      }
      NormalizedName read = analyze(text.toString());
      List<NamePart> joined = read.parts();
      if (joined.size() == parts.size() - 1
          && !joined.get(i).isParticle()
          && joined.subList(0, i).equals(parts.subList(0, i))
          && joined.subList(i + 1, joined.size()).equals(parts.subList(i + 2, parts.size()))) {
        readings.add(read);
      }
    }
    return readings;
  }

  /**
   * The most parts (particles counted) of a name read with two of them as one ({@link
   * #partsJoined}): each pair is another way of writing the name, and a name of hundreds of parts
   * took ten times as long to screen (a helper's find); the longest names of the evaluation data
   * that the reading finds have six name parts and no particle.
   */
  static final int MAX_JOINED_PARTS = 8;

  /**
   * Whether the Latin key {@code latin} begins with a Latin spelling of a kunya or of abd ({@code
   * abu}, {@code abou}, {@code umm}, {@code abd}, {@code abdul}, …) and has a name of three letters
   * or more after it, as a name written as one word with its particle does ({@code Abubakar},
   * {@code Abdulrahman}).
   */
  public static boolean beginsWithKunyaOrAbd(String latin) {
    for (String particle : Particles.latinKunyaAndAbd()) {
      if (latin.length() >= particle.length() + 3 && latin.startsWith(particle)) {
        return true;
      }
    }
    return false;
  }

  /** The fewest letters of each of two parts read as one ({@link #partsJoined}). */
  static final int MIN_JOINED_LETTERS = 2;

  /**
   * {@code raw} read with the spaces that Arabic script does not show closed or moved: none, one,
   * two or three readings, each analysed ({@link #analyze(String)}) and each with other parts than
   * {@code analysed}.
   *
   * <p>A letter that does not join the letter after it ({@code ا أ إ آ د ذ ر ز ژ و ؤ ة ء}: Unicode
   * joining type R or U, The Unicode Standard, chapter 9.2, "Arabic Cursive Joining") looks the
   * same whether a space follows it or not, and so does the letter after it: a space typed there,
   * or one that text taken from a PDF file puts at each gap such a letter leaves, is not seen, and
   * splits a word ({@code ر ستمی} for {@code رستمی}, Rostami; {@code محمو د}; {@code عبد ا لحميد}).
   * A word of one Arabic letter (its marks aside) is not a name part: it is joined to the word
   * after it when it is such a letter and may begin a word (not {@code ة ء ى ۀ}), to the word
   * before it when that word ends in such a letter. Where both can be, the name is read both ways
   * (the first reading joins forward, the second backward), since the letter may begin a word or
   * end one ({@code عبا د}). Never joined: {@code و}, "and", a word of its own ({@code صدا و
   * سيما}), except as the name's first word; {@code د} as the first word, the Pashto "of" ({@code د
   * حاجی بصیر ... کمپنی}); a letter with a full stop, an abbreviation ({@code د.} for doctor,
   * {@code أ.} for professor: joined, {@code أ. حمد} read {@code احمد}, a helper's find); a letter
   * that stands beside another lone letter: text split at every letter cannot be read back this way
   * ({@code علا ء آ ل عو ا ض}); a single letter in Latin script, an initial.
   *
   * <p>A space left out after such a letter is not seen either, so a given name run into {@code
   * عبد} with a space after it ({@code محمدعبد البصير}) is also read with the space before {@code
   * عبد}, which then joins the name after it ({@code محمد عبدالبصير}, Mohammad Abdul Basir): the
   * given name of {@value #MIN_GIVEN_NAME_LETTERS} letters or more, one of {@code
   * arabic-given-names.txt} ({@link #compoundParts}), ending in such a letter. Read as {@code محمد
   * عبد البصير}, the name after abd would stand alone and meet other names ({@code محمدعبد السلام}
   * met Mohammad Eslami at 0.888, a helper's find).
   *
   * @param raw the name as given (presentation forms are folded here, as {@link #analyze} folds
   *     them)
   * @param analysed {@link #analyze(String)} of {@code raw}
   */
  public List<NormalizedName> unseenSpacesClosed(String raw, NormalizedName analysed) {
    // An invisible character that may stand for a space is read as one here (invisibleApart), so
    // that a lone letter after a zero-width space is one.
    String spaced = InvisibleCharacters.mayStandForSpaceAsSpaces(raw);
    if (!mayHaveUnseenSpaces(spaced)) {
      // Most names: no compatibility folding, no split.
      return List.of();
    }
    String[] words = compatibilityFolded(spaced).strip().split("[\\s\\p{Z}]+");
    int n = words.length;
    int[] lone = new int[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      lone[i] = loneLetter(words[i], i == 0);
      any |= lone[i] != 0;
    }
    List<String> texts = new ArrayList<>(5);
    List<String> closed = new ArrayList<>(2);
    if (any) {
      closed.add(closedAroundLoneLetters(words, lone, true));
      closed.add(closedAroundLoneLetters(words, lone, false));
      texts.addAll(closed);
    }
    String abdMoved = abdJoinedToNext(words);
    if (abdMoved != null) {
      texts.add(abdMoved);
    }
    // Both at once: a lone letter joined, and abd joined to the name after it (خالدعبد ا لرحمن).
    for (String text : closed) {
      String both = abdJoinedToNext(text.split(" "));
      if (both != null) {
        texts.add(both);
      }
    }
    List<NormalizedName> readings = new ArrayList<>(texts.size());
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      if (texts.subList(0, t).contains(text)) {
        continue;
      }
      NormalizedName read = analyze(text);
      if (!read.parts().equals(analysed.parts())) {
        readings.add(read);
      }
    }
    return readings;
  }

  /**
   * {@code words} joined by spaces, each given name run into {@code عبد} that a word follows read
   * with the space before {@code عبد} and none after ({@link #unseenSpacesClosed}); null when there
   * is none.
   */
  private String abdJoinedToNext(String[] words) {
    boolean moved = false;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = withoutMarks(words[i]);
      int head = word.length() - Particles.ABD.length();
      if (i + 1 < words.length
          && head >= MIN_GIVEN_NAME_LETTERS
          && word.endsWith(Particles.ABD)
          && !joinsNext(word.codePointBefore(head))
          && isAbdName(words[i + 1])
          && givenNames().contains(normalize(word.substring(0, head)))) {
        out.append(word, 0, head).append(' ').append(Particles.ABD).append(words[++i]);
        moved = true;
      } else {
        out.append(word);
      }
      if (i + 1 < words.length) {
        out.append(' ');
      }
    }
    return moved ? out.toString() : null;
  }

  /**
   * {@code words} joined by spaces, each lone letter ({@code lone}, {@link #loneLetter}) joined to
   * a neighbour across a space not seen ({@link #unseenSpacesClosed}), to the word after it first
   * when {@code forward}; none that stands beside another lone letter.
   */
  private static String closedAroundLoneLetters(String[] words, int[] lone, boolean forward) {
    int n = words.length;
    // -1 joined to the word before, 1 to the word after, 0 left alone.
    int[] way = new int[n];
    for (int i = 0; i < n; i++) {
      if (lone[i] == 0) {
        continue;
      }
      if ((i > 0 && lone[i - 1] != 0) || (i + 1 < n && lone[i + 1] != 0)) {
        continue;
      }
      boolean ahead =
          i + 1 < n
              && !joinsNext(lone[i])
              && NEVER_FIRST.indexOf(lone[i]) < 0
              && isArabicLetter(words[i + 1].codePointAt(0));
      boolean behind = false;
      if (i > 0) {
        int last = lastLetter(words[i - 1]);
        behind = last != 0 && isArabicLetter(last) && !joinsNext(last);
      }
      // The side the reading prefers where both can be, else the one that can.
      way[i] = forward ? (ahead ? 1 : behind ? -1 : 0) : (behind ? -1 : ahead ? 1 : 0);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(words[i]);
      if (i + 1 < n && way[i] != 1 && way[i + 1] != -1) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code word}, without the article, is a name that follows abd ({@link #abdNames}, or
   * {@code الله}): the word after a given name run into abd is read joined to abd only then, since
   * abd and a family name (عبد حسن) is no name and met others' ({@code محمدعبد حسن آخوند} met
   * MOHAMMAD ABBAS AKHUND at 0.86, a helper's find).
   */
  private boolean isAbdName(String word) {
    String name = normalize(word);
    Set<String> names = abdNamesNormalized();
    return names.contains(name)
        || (name.startsWith(Particles.ARABIC_ARTICLE)
            && names.contains(name.substring(Particles.ARABIC_ARTICLE.length())));
  }

  /** {@code word} without its marks and tatweel ({@link #isMark}). */
  private static String withoutMarks(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isMark(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code c} is a non-spacing mark (harakat) or the tatweel, which only stretches a word.
   */
  private static boolean isMark(int c) {
    return c == '\u0640' || UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK;
  }

  /** Letters that never begin a word: ta marbuta, hamza, alef maqsura, heh with yeh above. */
  private static final String NEVER_FIRST = "\u0629\u0621\u0649\u06C0";

  /**
   * The letter {@code word} is when it is one Arabic letter, its marks (harakat, tatweel) aside,
   * and not {@code و} unless {@code first}, the name's first word, which "and" is not ({@code و
   * ليد} for {@code وليد}, Walid), nor {@code د} when {@code first}, the Pashto "of"; else 0.
   */
  private static int loneLetter(String word, boolean first) {
    int letter = 0;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      i += Character.charCount(c);
      if (isMark(c)) {
        continue;
      }
      if (letter != 0 || !isArabicLetter(c)) {
        return 0;
      }
      letter = c;
    }
    return (letter == '\u0648' && !first) || (letter == '\u062F' && first) ? 0 : letter;
  }

  /**
   * Whether {@code raw} may have a space Arabic script does not show ({@link #unseenSpacesClosed}):
   * a word of one Arabic letter, or {@code عبد} before a space. A quick test, so that other names
   * cost nothing more.
   */
  private static boolean mayHaveUnseenSpaces(String raw) {
    boolean dal = false;
    boolean marks = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '\uFB50' && c <= '\uFEFC') {
        // Presentation forms: their words are read once folded.
        return true;
      }
      dal |= c == '\u062F';
      marks |= c >= '\u0600' && isMark(c);
    }
    if (dal) {
      String bare = marks ? withoutMarks(raw) : raw;
      for (int k = bare.indexOf(Particles.ABD); k >= 0; k = bare.indexOf(Particles.ABD, k + 1)) {
        int after = k + Particles.ABD.length();
        if (after < bare.length() && isSpace(bare.charAt(after))) {
          return true;
        }
      }
    }
    return hasLoneArabicLetter(raw);
  }

  /**
   * Whether {@code raw} may hold a word of one Arabic letter ({@link #loneLetter}): a letter of the
   * Arabic script with whitespace or the text's ends on either side, marks aside.
   */
  private static boolean hasLoneArabicLetter(String raw) {
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      // A word's first character first: most characters are not, and stop there.
      if ((i > 0 && !isSpace(raw.charAt(i - 1))) || c < '\u0600' || !isArabicLetter(c)) {
        continue;
      }
      int j = i + 1;
      while (j < n && isMark(raw.charAt(j))) {
        j++;
      }
      if (j == n || isSpace(raw.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The last letter of {@code word}, its marks aside; 0 when its last character is no letter. */
  private static int lastLetter(String word) {
    for (int i = word.length(); i > 0; ) {
      int c = word.codePointBefore(i);
      i -= Character.charCount(c);
      if (isMark(c)) {
        continue;
      }
      return UCharacter.isLetter(c) ? c : 0;
    }
    return 0;
  }

  private static boolean isArabicLetter(int codePoint) {
    return UCharacter.isLetter(codePoint) && UScript.getScript(codePoint) == UScript.ARABIC;
  }

  /**
   * Whether an Arabic letter joins the letter after it (Unicode joining type D, dual-joining, or L,
   * as {@code ب س ع}), so that a space after it changes how both look.
   */
  private static boolean joinsNext(int codePoint) {
    int type = UCharacter.getIntPropertyValue(codePoint, UProperty.JOINING_TYPE);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.LEFT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  /**
   * The name parts of one list's names analysed so far ({@link #analyze(String, KnownParts)}), by
   * text and particle, at most {@value #MAX_KNOWN} of them; one per list build, dropped with it.
   * Thread-safe.
   */
  public static final class KnownParts {
    /** The most parts kept: those of a list of several million entries. */
    static final int MAX_KNOWN = 1 << 20;

    private final ConcurrentHashMap<Particles.Token, NamePart> parts;
    private final boolean keeps;

    /** None known yet. */
    public KnownParts() {
      this(new ConcurrentHashMap<>(), true);
    }

    private KnownParts(ConcurrentHashMap<Particles.Token, NamePart> parts, boolean keeps) {
      this.parts = parts;
      this.keeps = keeps;
    }

    /**
     * The parts known here, read only: {@link #analyze(String, KnownParts)} with it takes a part
     * known from the list's names and keeps nothing it analyses, so that a screened name can be
     * analysed with it, with the same result as {@link #analyze(String)}.
     */
    public KnownParts readOnly() {
      return keeps ? new KnownParts(parts, false) : this;
    }

    /** Whether analysing with it keeps the parts analysed ({@link #readOnly}: not). */
    public boolean keeps() {
      return keeps;
    }

    /** The number of parts known. */
    public int size() {
      return parts.size();
    }
  }

  /**
   * The skeleton of a Latin key with each q read as gh, as Persian spellings write {@code ق}
   * (Persian says it as {@code غ}): {@code qasem} {@code gsm}, as Ghasem; {@code taqi} {@code tg},
   * as Taghi. For comparison with another Latin part only: across scripts {@code ق} has its own
   * readings ({@link ArabicReadings}), and q is not {@code ج} (Jasem) however Egyptian spellings
   * write that g.
   */
  public static String qAsGh(String latin) {
    return ConsonantSkeleton.of(latin.replace("q", "gh"));
  }

  /**
   * The skeleton of a Latin key with each v read as the و it writes in Persian, Turkish and Urdu
   * spellings (a semivowel the skeleton drops): {@code mousavi} {@code ms}, as {@code موسوي};
   * {@code javad} {@code jd}, as {@code جواد}.
   */
  public static String vAsWaw(String latin) {
    return ConsonantSkeleton.of(latin.replace('v', 'w'));
  }

  /** Steps 6 and 7 on text that steps 1-5 have normalised already. */
  private List<NamePart> parts(String normalized, KnownParts known) {
    List<NamePart> parts = new ArrayList<>();
    for (Particles.Token token : Particles.split(normalized)) {
      NamePart part = known == null ? null : known.parts.get(token);
      if (part == null) {
        part = part(token);
        if (known != null && known.keeps && known.parts.size() < KnownParts.MAX_KNOWN) {
          known.parts.putIfAbsent(token, part);
        }
      }
      parts.add(part);
    }
    return parts;
  }

  /** Step 7 on one part. */
  private NamePart part(Particles.Token token) {
    String latin = frenchInitialW(token.text(), transliteration.latin(token.text()));
    String skeleton = ConsonantSkeleton.of(latin);
    Set<String> readings = new LinkedHashSet<>();
    boolean arabicScript = isArabicScript(token.text());
    boolean shAcrossLetters = false;
    if (arabicScript) {
      // Letter by letter too: س ح is not ش (سحر is sahar, not shr).
      List<String> letters = transliteration.latinLetters(token.text());
      String byLetter = ConsonantSkeleton.ofLetters(letters);
      readings.add(byLetter);
      shAcrossLetters = !byLetter.equals(skeleton) && hasSBeforeHeh(token.text());
    }
    // Other writings of the part: its letters' other readings, and abd with the article
    // assimilated (an Arabic-script word only).
    List<String> others = new ArrayList<>(ArabicReadings.of(token.text()));
    String kha = khaAsK(token.text());
    if (!kha.isEmpty()) {
      others.add(kha);
    }
    others.addAll(hebrewOtherReadings(token.text()));
    String assimilated = Particles.withAssimilatedArticle(token.text());
    if (!assimilated.isEmpty()) {
      others.add(assimilated);
    }
    for (String reading : others) {
      readings.add(ConsonantSkeleton.of(transliteration.latin(reading)));
      if (arabicScript) {
        readings.add(ConsonantSkeleton.ofLetters(transliteration.latinLetters(reading)));
      }
    }
    readings.add(ConsonantSkeleton.of(xScheme.decode(latin)));
    if (!arabicScript && latin.indexOf('q') >= 0) {
      // q as gh, as Persian spellings write ق (Ghasem, Taghi, Bagher): compared only with another
      // Latin part (match.NameSimilarity), Qasem and Ghasem.
      readings.add(qAsGh(latin));
    }
    if (!arabicScript && latin.indexOf('v') >= 0) {
      // v as Persian, Turkish and Urdu spellings write و (Javad, Mousavi, Parviz): compared
      // only with an Arabic-script part that writes it as a consonant (match.NameSimilarity).
      readings.add(vAsWaw(latin));
    }
    readings.remove(skeleton);
    // European letters as Arabic script writes them (Charles, تشارلز): a part in Latin script only.
    List<EuropeanLetters.Writing> writings = arabicScript ? List.of() : EuropeanLetters.of(latin);
    if (!writings.isEmpty() && !inLatinScript(token.text())) {
      writings = List.of();
    }
    return new NamePart(
        token.text(),
        latin,
        skeleton,
        token.particle(),
        List.copyOf(readings),
        shAcrossLetters,
        writings);
  }

  /**
   * The other readings of a Hebrew part's letters that Hebrew writes for more than one sound: its
   * {@code פ} as f ({@code ף}, keyed f), which it is in every Arabic name ({@code פייסל} Faisal,
   * {@code פאטמה} Fatima), where Hebrew names begin with p (Peretz); and, in that reading, the
   * letters with a geresh ({@link #GERESH}) read otherwise too: {@code ג׳} as {@code ג} (g: the j
   * of Arabic {@code ج} that Egyptian speech and its Latin spellings say g, {@code ג׳מאל} Jamal and
   * Gamal; the j sound of European names Latin writes with a g, {@code ג׳ורג׳} George); {@code צ׳}
   * as {@code ד} (d: the Arabic {@code ض} it transcribes, {@code רמצ׳אן} Ramadan; ch in loanwords);
   * {@code ז׳} as {@code ג׳} (j: French Jean, {@code ז׳אן}); the others as the letter alone. Empty
   * for a part with neither.
   */
  static List<String> hebrewOtherReadings(String text) {
    boolean pe = text.indexOf(PE) >= 0;
    boolean geresh = text.indexOf(GERESH) >= 0;
    if (!pe && !geresh) {
      return List.of();
    }
    String f = text.replace(PE, FINAL_PE);
    if (!geresh) {
      return List.of(f);
    }
    StringBuilder out = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      boolean marked = i + 1 < f.length() && f.charAt(i + 1) == GERESH;
      if (c == GERESH) {
        continue;
      }
      if (marked && (c == '\u05E6' || c == '\u05E5')) { // צ׳ ץ׳
        out.append('\u05D3'); // ד
      } else if (marked && c == '\u05D6') { // ז׳
        out.append('\u05D2').append(GERESH); // ג׳
      } else {
        out.append(c);
      }
    }
    return pe ? List.of(f, out.toString()) : List.of(out.toString());
  }

  private static final char PE = '\u05E4';
  private static final char FINAL_PE = '\u05E3';

  /**
   * The Latin key of a word written in Latin script with a first {@code ou} before a vowel written
   * {@code w}: French spellings write the consonant w so, first in a word as within it ({@code
   * Ouassim} Wasim, {@code Ouahid} Wahid, {@code Oueslati} Weslati, {@code Ouattara}; {@code
   * Marouane} Marwan), and after a silent ʿayn or hamza the u and w of {@code عويدات} ({@code
   * Oueidat}, Uwaydat) and {@code أويس} ({@code Ouais}, Uwais). {@code Oumar} and {@code Ousmane},
   * whose ou comes before a consonant, keep it. {@code latin} itself otherwise.
   */
  static String frenchInitialW(String text, String latin) {
    String w = frenchInitialW(latin);
    // The key's test first: the script is looked at only for the rare key that begins so.
    return !w.equals(latin) && inLatinScript(text) ? w : latin;
  }

  /** Whether every letter of {@code text} is of the Latin script. */
  static boolean inLatinScript(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /**
   * {@link #frenchInitialW(String, String)} of a key known to be a Latin spelling's, or of what
   * follows a particle written joined to it ({@code abdelouahab}: {@code ouahab} is {@code wahab}).
   */
  public static String frenchInitialW(String latin) {
    return latin.length() > 2 && latin.startsWith("ou") && "aei".indexOf(latin.charAt(2)) >= 0
        ? "w" + latin.substring(2)
        : latin;
  }

  /**
   * A Cyrillic word with {@code х} read with {@code к} in its place, or "" when it has none:
   * Russian writes Arabic {@code خ} and {@code ح} alike as {@code х} (Халид, Khalid; Хасан, Hasan),
   * which ICU renders h, and Tajik writes {@code х} for kh alone ({@code ҳ} for h); Latin spellings
   * write kh for the first (Khattab, Хаттаб), whose skeleton has k.
   */
  static String khaAsK(String text) {
    return text.indexOf('\u0445') >= 0 && Transliteration.singleScript(text) == UScript.CYRILLIC
        ? text.replace('\u0445', '\u043a')
        : "";
  }

  /**
   * Whether {@code text} has {@code س} or {@code ص} before {@code ه}, which its joined key reads as
   * the one letter {@code ش} ({@code سهيل}, Suhail, as {@code sl}: Saleh, Salwa). Not {@code ح}
   * after them, nor {@code ه} after another consonant: Latin spellings leave that h out (Isaq, Isak
   * for {@code اسحاق}; Chaudry for {@code چودھری}, whose {@code ھ} is the aspiration of {@code د}
   * and is normalised to {@code ه}), and the joined key's skeleton is theirs.
   */
  private static boolean hasSBeforeHeh(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\u0633' || c == '\u0635') && text.charAt(i + 1) == '\u0647') {
        return true;
      }
    }
    return false;
  }

  /**
   * The two given names that {@code part} writes as one word, analysed as {@link #analyze} analyses
   * them, or an empty list. Persian and Arabic write compound given names joined ({@code احمدرضا},
   * {@code محمدباقر}, {@code امیرعلی}) where Latin spellings write them apart or hyphenated ({@code
   * Ahmad-Reza}, {@code Mohammad Bagher}, {@code Amir Ali}). A part in Arabic script that is not a
   * particle and not itself a given name, and that splits into two given names of at least {@value
   * #MIN_GIVEN_NAME_LETTERS} letters each, neither a particle, is split there; so is one that
   * begins with a given name followed by the article and a name of at least as many letters, the
   * space before the article left out ({@code بشارالاسد}, Bashar al-Assad). Failing those, one that
   * begins with a given name followed by at least {@value #MIN_REST_LETTERS} letters that are no
   * Persian ending and no particle is split after the longest such given name, and the rest split
   * again the same way: names run together, as text taken from PDF files writes them ({@code
   * يوسفحداد}, Yusuf Haddad; {@code سعيدعليحسن}, Said Ali Hassan). The given names are those of
   * {@code arabic-given-names.txt} beside this class (602 names: those of the npm package {@code
   * arabic-name-to-en} 1.0.6, ISC licence, that Wikidata's Arabic name labels write five times or
   * more, none beginning with the article or a particle), normalised as names are.
   *
   * <p>A part in Latin script is split only into two Latin spellings of given names ({@link
   * #isLatinGivenName}; {@code mohammadreza}, {@code aliakbar}), neither a particle, the part not
   * itself a given name and of {@value #MIN_LATIN_COMPOUND_LETTERS} letters or more; the caller
   * offers only a person's given names ({@code match.NameForm}).
   *
   * <p>A Persian family-name ending ({@link #isFamilyNameEnding}) is not split off: alone, a short
   * ending ({@code لو}, {@code پور}) met unrelated short list parts ({@code Ali}, {@code Il}), and
   * the endings close many foreign names written in Arabic script ({@code كاستيلو}, Castillo).
   */
  public List<NamePart> compoundParts(NamePart part) {
    String text = part.text();
    if (part.particle() != Particle.NONE) {
      return List.of();
    }
    if (!isArabicScript(text)) {
      return latinCompoundParts(part);
    }
    Set<String> given = givenNames();
    if (given.contains(text)) {
      return List.of();
    }
    for (int k = MIN_GIVEN_NAME_LETTERS; k + MIN_GIVEN_NAME_LETTERS <= text.length(); k++) {
      String head = text.substring(0, k);
      String tail = text.substring(k);
      // A given name and a name with the article, the space between them left out (بشارالاسد,
      // Bashar al-Assad).
      boolean article =
          tail.startsWith(Particles.ARABIC_ARTICLE)
              && tail.length() >= Particles.ARABIC_ARTICLE.length() + MIN_GIVEN_NAME_LETTERS;
      if (given.contains(head)
          && (given.contains(tail) || article)
          && Particles.classify(head) == Particle.NONE
          && Particles.classify(tail) == Particle.NONE) {
        // Already normalised text: only the split and the keys (steps 6-7) are left to do.
        return parts(head + " " + tail, null);
      }
    }
    // A given name and the rest of the name, the space between them left out: the longest given
    // name first, the rest split again the same way.
    for (int k = text.length() - MIN_REST_LETTERS; k >= MIN_GIVEN_NAME_LETTERS; k--) {
      String head = text.substring(0, k);
      String tail = text.substring(k);
      if (given.contains(head)
          && Particles.classify(head) == Particle.NONE
          && Particles.classify(tail) == Particle.NONE
          && !isFamilyNameEnding(tail)) {
        List<NamePart> rest = parts(tail, null);
        if (rest.size() != 1) {
          return List.of();
        }
        List<NamePart> restApart = compoundParts(rest.get(0));
        List<NamePart> out = new ArrayList<>(parts(head, null));
        out.addAll(restApart.isEmpty() ? rest : restApart);
        return out;
      }
    }
    return List.of();
  }

  /**
   * {@link #compoundParts} of a part not in Arabic script: its Latin key, when it is not itself a
   * given name and splits into two Latin given names ({@link #isLatinGivenName}) of at least
   * {@value #MIN_GIVEN_NAME_LETTERS} letters each and {@value #MIN_LATIN_COMPOUND_LETTERS} in all,
   * neither a particle, the shorter first name first ({@code mohammadreza}: {@code mohammad reza};
   * {@code aliakbar}: {@code ali akbar}). Words of two three-letter names are left whole: {@code
   * samali} read {@code sam ali} met {@code Isam Ali} (a helper's find).
   */
  private List<NamePart> latinCompoundParts(NamePart part) {
    String key = part.latin();
    if (key.length() < MIN_LATIN_COMPOUND_LETTERS
        || !inLatinLetters(part)
        || isLatinGivenName(key)) {
      return List.of();
    }
    for (int k = MIN_GIVEN_NAME_LETTERS; k + MIN_GIVEN_NAME_LETTERS <= key.length(); k++) {
      String head = key.substring(0, k);
      String tail = key.substring(k);
      if (isLatinGivenName(head)
          && isLatinGivenName(tail)
          && Particles.classify(head) == Particle.NONE
          && Particles.classify(tail) == Particle.NONE) {
        return parts(head + " " + tail, null);
      }
    }
    return List.of();
  }

  /**
   * A part in Latin script that begins with the Arabic article written joined ({@code Alhassan},
   * {@code Elsayed}, {@code ALBAGHDADI} as machine-readable zones and many passports write it) as
   * the article and the name apart ({@code al hassan}), as lists write it hyphenated ({@code
   * AL-HASSAN}) and compare it with a name that leaves the article out ({@code HASSAN}, {@code
   * حسن}); empty when it does not begin so. The part's key must be Latin letters as written, al or
   * el followed by a consonant other than l and at least {@value #MIN_ARTICLE_REST_LETTERS} letters
   * in all ({@code alexander}, {@code elias}, {@code allen} stay whole), not itself a given name
   * ({@link #isLatinGivenName}), and what follows the article must be an Arabic name's: a Latin
   * spelling of a given name ({@code hassan}, {@code sayed}, {@code rashid}) or a nisba, ending in
   * i, y, ie or ee ({@code baghdadi}, {@code zahrani}, {@code subaie}, {@code shafee}). Names of
   * other languages that begin with these letters stay whole: Spanish, Italian, Turkish, Central
   * Asian and Hebrew ones ({@code Alvarez}, {@code Alberto}, {@code Albayrak}, {@code Elmurod},
   * {@code Elnatan}) read apart met other names like their rest ({@code varez}, Valdez; {@code
   * berto}, Humberto; {@code murod}, Murad), as Azerbaijani given names of el and four letters
   * would ({@code Elshad}, whose shad met Shadi). The caller offers the reading beside the part as
   * written ({@code match.NameForm}). The article assimilated to a sun letter ({@code Ashshami}) is
   * not read.
   */
  public List<NamePart> articleApart(NamePart part) {
    String key = part.latin();
    if (part.particle() != Particle.NONE
        || key.length() < 2 + MIN_ARTICLE_REST_LETTERS
        || !(key.startsWith("al") || key.startsWith("el"))
        || "aeioul".indexOf(key.charAt(2)) >= 0
        || !inLatinLetters(part)
        || isLatinGivenName(key)) {
      return List.of();
    }
    String rest = key.substring(2);
    boolean nisba =
        rest.endsWith("i") || rest.endsWith("y") || rest.endsWith("ie") || rest.endsWith("ee");
    if (!nisba && !isLatinGivenName(rest)) {
      return List.of();
    }
    List<NamePart> apart = parts("al " + rest, null);
    return apart.size() == 2 && apart.get(0).particle() == Particle.ARTICLE ? apart : List.of();
  }

  /**
   * Part {@code i} of {@code parts} read as the Arabic article, written assimilated to the sun
   * letter that begins the next part as Latin transliterations write it ({@code Abd ar-Rahman},
   * {@code Salah ad-Din}, {@code Ahmed ash-Shami}, {@code Khalil ur Rehman}, and the same spaced,
   * as machine-readable zones write it: {@code ABD<AR<RAHMAN}), or as South Asian names write it
   * before any letter ({@code Anwar ul Haq}): the article ({@code al}, {@link Particle#ARTICLE}),
   * as {@code عبد الرحمن} and {@code Abd al-Rahman} write it; empty when it is not so read. The
   * part must be Latin letters as written, a vowel (a, e or u) and the consonant of a sun letter
   * ({@code r d s sh ch t z n th dh}) that the next part, of three letters or more, begins with, or
   * {@code ul}; not a name's first part ({@code AR Rahman} may be initials, {@code Ad Dekker} a
   * given name); and the name must be an Arabic one: after abd, any ({@code Abd an-Nasir}); one of
   * d before din ({@code din}, {@code deen}, {@code dine}: the compound given names of al-Din);
   * elsewhere, never one of n or e, after a Latin spelling of an Arabic given name ({@link
   * #isLatinGivenName}), one of u ({@code ul}, {@code ur}: South Asian compound given names, {@code
   * Khalil ul Haq}, {@code Khalil ur Rehman}) before a name {@code arabicName} knows ({@code haq},
   * {@code rehman}: the names that follow abd), one of a before such a name or a given name ({@code
   * Ahmed ar-Rashid}). Helpers broke looser forms: Dutch, English, Italian and Indian given names
   * and initials in the middle of a name ({@code Jan Ad Dekker}, {@code Robert Ed Daly}, {@code
   * Marco Er Rossi}, {@code Rajesh AS Shetty}, {@code Budi AR Rashid}) were read as the article
   * before names that end as a nisba does (Italian i, English y) or that are like a name of abd, as
   * were Korean and Vietnamese syllables ({@code Kim Ul Sam}). A nisba is therefore not evidence
   * enough ({@code Ahmed ash-Shami} is not read, and scores as before).
   *
   * @param arabicName whether a part in Latin letters is a name of Arabic names that this class
   *     does not know (the caller's)
   */
  public List<NamePart> assimilatedArticle(
      List<NamePart> parts, int i, Predicate<NamePart> arabicName) {
    if (i < 1 || i + 1 >= parts.size()) {
      return List.of();
    }
    NamePart part = parts.get(i);
    NamePart next = parts.get(i + 1);
    String key = part.latin();
    String nextKey = next.latin();
    boolean ul = key.equals("ul");
    if (part.particle() != Particle.NONE
        || key.length() < 2
        || key.length() > 3
        || "aeu".indexOf(key.charAt(0)) < 0
        || !(ul || SUN_LETTERS.contains(key.substring(1)))
        || nextKey.length() < 3
        || !(ul || nextKey.startsWith(key.substring(1)))
        || !inLatinLetters(part)
        || !inLatinLetters(next)) {
      return List.of();
    }
    NamePart before = parts.get(i - 1);
    boolean read =
        before.particle() == Particle.ABD
            || (key.endsWith("d") && DIN.contains(nextKey))
            || (!key.endsWith("n")
                && isLatinGivenName(before.latin())
                && (key.charAt(0) == 'u'
                    ? arabicName.test(next)
                    : key.charAt(0) == 'a'
                        && (isLatinGivenName(nextKey) || arabicName.test(next))));
    if (!read) {
      return List.of();
    }
    List<NamePart> article = parts("al", null);
    return article.size() == 1 && article.get(0).particle() == Particle.ARTICLE
        ? article
        : List.of();
  }

  /**
   * The Latin spellings of din, of the compound given names of al-Din ({@link
   * #assimilatedArticle}).
   */
  private static final Set<String> DIN = Set.of("din", "deen", "dine", "diin", "dyn", "dien");

  /**
   * The Latin spellings of the sun letters the article assimilates to ({@link
   * #assimilatedArticle}); ch as Maghrebi French writes ش.
   */
  private static final Set<String> SUN_LETTERS =
      Set.of("r", "d", "s", "sh", "ch", "t", "z", "n", "th", "dh");

  /**
   * Whether a part is written in Latin letters as its key has them (after folding: lower-case ASCII
   * letters), not transliterated from another script.
   */
  private static boolean inLatinLetters(NamePart part) {
    String key = part.latin();
    return key.equals(part.text()) && key.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /**
   * Whether {@code latin}, a Latin key (lower-case ASCII letters), is a Latin spelling of an Arabic
   * or Persian given name: one of {@code latin-given-names.txt} beside this class (749 names: the
   * Latin tokens of Wikidata's person-name labels, COLING 2018, CC0, whose Arabic-script
   * counterpart is a given name of {@code arabic-given-names.txt}, written at least five times).
   */
  public boolean isLatinGivenName(String latin) {
    return LatinGivenNames.NAMES.contains(latin);
  }

  /**
   * The names that follow abd in a theophoric name, "Abd al-X": the ninety-nine names of God and
   * the words Shia and Sunni names join to abd, in Arabic script without the article, as {@code
   * abd-names.txt} beside this class writes them (125 names; its header gives the sources), each
   * once, not normalised.
   */
  public static Set<String> abdNames() {
    return AbdNames.NAMES;
  }

  /** Read on first use (the JVM initialises a class once). */
  private static final class AbdNames {
    static final Set<String> NAMES = readNames("abd-names.txt", UnaryOperator.identity());
  }

  /** Read on first use (the JVM initialises a class once): Latin keys need no normalising. */
  private static final class LatinGivenNames {
    static final Set<String> NAMES = readNames("latin-given-names.txt", UnaryOperator.identity());
  }

  /** The fewest letters of a Latin compound given name ({@link #latinCompoundParts}). */
  static final int MIN_LATIN_COMPOUND_LETTERS = 7;

  /**
   * The fewest letters of a name after the article written joined to it ({@link #articleApart}).
   */
  static final int MIN_ARTICLE_REST_LETTERS = 5;

  /** The fewest letters of the rest of a name after a given name written joined to it. */
  static final int MIN_REST_LETTERS = 4;

  /**
   * The Hebrew geresh ({@code ׳}, U+05F3), which normalised text keeps after a Hebrew letter, where
   * it makes the letter write another sound ({@code ג׳} j, {@code ע׳} gh).
   */
  public static final char GERESH = LatinFolding.GERESH;

  /**
   * Whether {@code text}, as normalised, is an ending that forms Persian family names: -pour "son
   * of", -zadeh "born of", -nejad "descent", -fard, -abadi "of the town of" ({@code پور زاده نژاد
   * فرد آبادی}); or Pashto tribal names: -zai "descendant of", -khel "clan" ({@code زی خیل}:
   * Ahmadzai, Noorzai, Sulaimankhel), which Afghan names and the UN list write joined and apart
   * (Sultan Khel, Shah Zada). Not the endings of one consonant (-nia, -lou, -vand, -khah, -far):
   * joined to the part before them they merge into it ({@code امین نیا} as {@code امیننیا},
   * skeleton that of Amin) and made names of other people alike. Also their Latin spellings, which
   * Latin-script names write apart or hyphenated as well as joined ({@code Ahmadi Nejad}, {@code
   * Ahmadi-Nejad}, {@code Ahmadinejad}; {@code Hossein Zadeh}, {@code Hosseinzadeh}): pour, poor,
   * pur, zadeh, zade, zada, zadah, nejad, nezhad, nejhad, nijad, najad, fard, abadi, abady, zai,
   * zay, khel, khail, kheil, khil; and Pashto {@code خېل}.
   */
  public static boolean isFamilyNameEnding(String text) {
    return !endingSpellings(text).isEmpty();
  }

  /**
   * A family-name ending ({@link #isFamilyNameEnding}) as its spellings, normalised.
   *
   * @param arabic its Arabic-script spellings ({@code خيل}, Pashto {@code خېل})
   * @param latin its Latin spellings, lower case (khel, khail, kheil, khil)
   */
  public record FamilyNameEnding(List<String> arabic, List<String> latin) {}

  /** The family-name endings ({@link #isFamilyNameEnding}), their spellings by script. */
  public static List<FamilyNameEnding> familyNameEndings() {
    return ENDINGS_BY_SCRIPT;
  }

  /**
   * The spellings of the family-name ending {@code text} ({@link #isFamilyNameEnding}), as
   * normalised, Arabic script first ({@code پور}, pour, pur); empty when it is none.
   */
  public static List<String> endingSpellings(String text) {
    for (List<String> spellings : FAMILY_NAME_ENDINGS) {
      if (spellings.contains(text)) {
        return spellings;
      }
    }
    return List.of();
  }

  // As normalised (ی as ي, آ as ا, Latin in lower case).
  private static final List<List<String>> FAMILY_NAME_ENDINGS =
      List.of(
          List.of("\u067E\u0648\u0631", "pour", "poor", "pur"), // پور
          List.of("\u0632\u0627\u062F\u0647", "zadeh", "zade", "zada", "zadah"), // زاده
          List.of(
              "\u0646\u0698\u0627\u062F", "nejad", "nezhad", "nejhad", "nijad", "najad"), // نژاد
          List.of("\u0641\u0631\u062F", "fard"), // فرد
          List.of("\u0627\u0628\u0627\u062F\u064A", "abadi", "abady"), // ابادي
          List.of("\u0632\u064A", "zai", "zay"), // Pashto زی (not zaie, zaee: Rezaie, Mirzaee)
          List.of(
              "\u062E\u064A\u0644",
              "\u062E\u06D0\u0644",
              "khel",
              "khail",
              "kheil",
              "khil")); // Pashto خیل

  private static final List<FamilyNameEnding> ENDINGS_BY_SCRIPT =
      FAMILY_NAME_ENDINGS.stream()
          .map(
              spellings ->
                  new FamilyNameEnding(
                      spellings.stream().filter(s -> s.charAt(0) >= 0x80).toList(),
                      spellings.stream().filter(s -> s.charAt(0) < 0x80).toList()))
          .toList();

  /** The fewest letters of each part {@link #compoundParts} splits a part into. */
  static final int MIN_GIVEN_NAME_LETTERS = 3;

  private Set<String> givenNames() {
    return givenNames.get();
  }

  /** {@link #abdNames}, normalised as names are, and {@code الله}. */
  private Set<String> abdNamesNormalized() {
    return abdNamesNormalized.get();
  }

  /** A value made on first use, once, whatever the threads that ask for it. */
  private static final class ReadOnce<T> {
    private final Supplier<T> make;
    private volatile T value;

    ReadOnce(Supplier<T> make) {
      this.make = make;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = make.get();
            value = v;
          }
        }
      }
      return v;
    }
  }

  private static Set<String> readNames(String resource, UnaryOperator<String> normalize) {
    Set<String> names = new HashSet<>();
    try (InputStream in =
            Objects.requireNonNull(NameNormalizer.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          names.add(normalize.apply(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the given names of " + resource, e);
    }
    return Set.copyOf(names);
  }

  /**
   * The consonant skeleton of an ASCII key (step 7b), for keys made by joining parts: {@code
   * skeletonOf("slahdyn")} is {@code slhdn}.
   *
   * @param latin ASCII lower-case letters and digits
   */
  public static String skeletonOf(String latin) {
    return ConsonantSkeleton.of(latin);
  }

  /**
   * Whether {@link #skeletonOf} leaves out a final h of {@code latin} ({@code dhbyh}, ذبیح: {@code
   * db}), which is no longer final once more letters follow.
   *
   * @param latin ASCII lower-case letters and digits
   */
  public static boolean skeletonDropsFinalH(String latin) {
    return ConsonantSkeleton.dropsFinalH(latin);
  }

  /**
   * The letters between each two consonants of a Latin key that follow each other, as its skeleton
   * reads them ({@link ConsonantSkeleton#medialGaps}): {@code omar} gives {@code [a]}, {@code
   * hussein} {@code [u, ei]}.
   *
   * @param latin ASCII lower-case letters (a Latin part's key)
   */
  public static List<String> medialVowels(String latin) {
    return ConsonantSkeleton.medialGaps(latin);
  }

  /**
   * {@link #medialVowels(String)} with the gap before a final h kept ({@code mamdouh} gives {@code
   * [a, , ou]}): the gaps to pair with those of an Arabic-script part that ends in {@code ح}, a
   * consonant its Latin spellings write (Mamdouh, Saleh), where a final {@code ه} is often not
   * written (Fatima, {@code فاطمه}).
   */
  public static List<String> medialVowelsBeforeFinalH(String latin) {
    return ConsonantSkeleton.medialGaps(latin, true);
  }

  /**
   * Whether {@code text} begins with one of the Arabic sun letters ({@code ت ث د ذ ر ز س ش ص ض ط ظ
   * ل ن}), before which the article is assimilated in speech and in many spellings ({@code
   * al-rahman} as {@code ar-rahman}).
   */
  public static boolean startsWithArabicSunLetter(String text) {
    return !text.isEmpty() && ARABIC_SUN_LETTERS.indexOf(text.charAt(0)) >= 0;
  }

  private static final String ARABIC_SUN_LETTERS =
      "\u062A\u062B\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0644\u0646";

  /** Whether {@code text} holds a letter of the Arabic script (Arabic, Persian, Pashto, Urdu). */
  public static boolean isArabicScript(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      // No character below U+0600, where the Arabic block begins, is of the Arabic script.
      if (c >= 0x0600 && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The identifiers of steps 1-5 in the order they run. */
  List<String> stepIds() {
    return steps.stream().map(TextStep::id).toList();
  }
}
