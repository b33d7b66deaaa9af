package org.mizan.names;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The name field of a machine-readable zone given whole as a name: its upper line, or all its
 * lines, as a document reader or a copy from a scanned passport gives them ({@code
 * P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<}).
 *
 * <p>Source: ICAO Doc 9303, Eighth Edition (2021). The upper line of a passport (TD3, Part 4), of a
 * TD2 card (Part 6) and of a visa (MRV-A and MRV-B, Part 7) holds, in positions 1–2, the document
 * code (its first character {@code P}, {@code V}, {@code I}, {@code A} or {@code C}, the second a
 * letter or the filler {@code <}), in 3–5 the issuing State or organization (Part 3, section 5: ISO
 * 3166-1 alpha-3, {@code D<<} for Germany and the codes of the table below), and from 6 on the name
 * (44 or 36 characters in all); the lower line, of as many characters, the document number, dates
 * and codes. A TD1 card's three lines (Part 5) are of 30 characters, the name alone on the third.
 * Read whole, the document code and the State became name parts ({@code p}, and {@code afgagha} for
 * the family name {@code AGHA}), and the listed person's name scored 0.84; both lines together
 * matched nothing.
 *
 * <p>Read so, after NFKC, upper-casing and format characters removed: an upper line of 44 or 36
 * characters, capitals and fillers alone, whose document code's second character is the filler
 * ({@code P<}, {@code V<}, {@code I<}), with a known issuing State and a name field that begins
 * with a letter; or any upper line so, followed by its lower line (as many characters, capitals,
 * digits and fillers, a digit among them) after a space or a line break; or a TD1 card's three
 * lines. Alone, a line cut short or with a letter second ({@code PD}, {@code ID}) is not read: it
 * is not told from a name in MRZ form, which a first rule cut so that its listed people were lost
 * (a helper's finds: {@code AKHUND<<MOHAMMAD<HASSAN} padded to 36 characters read as document code
 * {@code AK}, Hungary, {@code D}; {@code A<FRANCIS} as {@code A}, France, {@code NCIS}; {@code
 * AMBROSIO<<JUAN} would be {@code AM}, Brazil, {@code OSIO}). Stateless and thread-safe.
 */
public final class MrzLine {
  private MrzLine() {}

  /** The longest upper line (TD3 and MRV-A): 44 characters. */
  static final int MAX_LENGTH = 44;

  /** The upper line of a TD2 card and of an MRV-B visa: 36 characters. */
  static final int TD2 = 36;

  /** Each of a TD1 card's three lines: 30 characters. */
  static final int TD1 = 30;

  /** Where the name field begins (position 6, counted from 1). */
  private static final int NAME_START = 5;

  /**
   * Issuing States and organizations of Doc 9303 Part 3 that are not ISO 3166-1 alpha-3 codes:
   * Germany ({@code D}, written {@code D<<}); British citizens' other statuses (GBD, GBN, GBO, GBP,
   * GBS); the United Nations and its agencies (UNO, UNA, UNK); the organizations that issue travel
   * documents (XBA, XIM, XCC, XCE, XCO, XEC, XPO, XES, XMP, XOM, XDC, EUE); stateless persons and
   * refugees (XXA, XXB, XXC, XXX); and Utopia (UTO), the State of Doc 9303's own specimens.
   */
  private static final Set<String> OTHER_STATES =
      Set.of(
          "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
          "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "EUE", "XXA", "XXB", "XXC", "XXX",
          "UTO");

  private static final Set<String> STATES =
      Stream.concat(
              Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(),
              OTHER_STATES.stream())
          .collect(Collectors.toUnmodifiableSet());

  private static final String DOCUMENT_CODE_FIRST = "PVIAC";

  private static final TextStep NFKC = new UnicodeCompatibility();
  private static final TextStep INVISIBLE = new InvisibleCharacters();

  /** What separates the lines of a zone pasted whole: spaces and line breaks, NEL and LS too. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\s\u0085\u2028\u2029]+");

  /**
   * The name field of {@code text} when {@code text} is the upper line of a machine-readable zone,
   * or a whole zone (see the class comment), else empty.
   *
   * @param text a name as given, not null; compatibility forms (fullwidth {@code ＜}), case, format
   *     characters and spaces around it are ignored
   * @return the name field ({@code AGHA<<ABDUL<MANAN<<<…}), or empty
   */
  public static Optional<String> nameField(String text) {
    if (!hasFiller(text)) {
      // Most names: an upper line's document code holds a filler (P<), so nothing more is done.
      return Optional.empty();
    }
    // The name pipeline's first two steps: NFKC, then format characters removed.
    String zone = INVISIBLE.apply(NFKC.apply(text)).toUpperCase(Locale.ROOT).strip();
    String[] lines = LINE_BREAKS.split(zone);
    if (lines.length == 2
        && isLine(lines[1], lines[0].length())
        && lines[1].chars().anyMatch(c -> c >= '0' && c <= '9')) {
      // A passport's or a TD2 card's two lines, the lower one with its digits: the name is on the
      // upper one, whatever its document code.
      return upperLineName(lines[0], true);
    }
    if (lines.length == 3
        && isLine(lines[0], TD1)
        && isLine(lines[1], TD1)
        && isLine(lines[2], TD1)
        && DOCUMENT_CODE_FIRST.indexOf(lines[0].charAt(0)) >= 0) {
      // A TD1 card's three lines: the name alone on the last.
      String name = lines[2];
      return name.charAt(0) != '<' && name.chars().allMatch(c -> c == '<' || (c >= 'A' && c <= 'Z'))
          ? Optional.of(name)
          : Optional.empty();
    }
    return lines.length == 1 ? upperLineName(lines[0], false) : Optional.empty();
  }

  /** Whether {@code text} holds a filler: {@code <}, or its fullwidth or small form. */
  private static boolean hasFiller(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (NameOrder.FILLERS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name field of an upper line of 44 or 36 characters, or empty when {@code line} is none.
   * Alone ({@code withLowerLine} false), its document code's second character must be the filler: a
   * name in MRZ form padded to a line's length is not told from a line with a code such as PD or ID
   * ({@code AKHUND<<…}: AK, HUN for Hungary, D); nor is one cut short ({@code A<FRANCIS}: A, FRA
   * for France, NCIS), so the fillers at its end must be there.
   */
  private static Optional<String> upperLineName(String line, boolean withLowerLine) {
    if ((line.length() != MAX_LENGTH && line.length() != TD2)
        || DOCUMENT_CODE_FIRST.indexOf(line.charAt(0)) < 0
        || (!withLowerLine && line.charAt(1) != '<')) {
      return Optional.empty();
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '<' && (c < 'A' || c > 'Z')) {
        return Optional.empty();
      }
    }
    String state = stripFillers(line.substring(2, NAME_START));
    String name = line.substring(NAME_START);
    return STATES.contains(state) && name.charAt(0) != '<' && name.chars().anyMatch(c -> c != '<')
        ? Optional.of(name)
        : Optional.empty();
  }

  /**
   * Whether {@code line} is of MRZ characters ({@code A–Z}, digits, fillers) and of one of the
   * lengths.
   */
  private static boolean isLine(String line, int... lengths) {
    boolean length = false;
    for (int l : lengths) {
      length |= line.length() == l;
    }
    return length
        && line.chars().allMatch(c -> c == '<' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  }

  private static String stripFillers(String code) {
    int end = code.length();
    while (end > 0 && code.charAt(end - 1) == '<') {
      end--;
    }
    return code.substring(0, end);
  }
}
