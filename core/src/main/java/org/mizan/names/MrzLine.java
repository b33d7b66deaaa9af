package org.mizan.names;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mizan.model.BirthDate;
import org.mizan.model.Gender;

/**
 * The name field of a machine-readable zone given whole as a name: its upper line, or all its
 * lines, as a document reader or a copy from a scanned passport gives them ({@code
 * P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<}); and, from all its lines, the holder's document
 * number and date of birth where their check digits hold, nationality and sex ({@link #read}).
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
 * characters, capitals and fillers alone (digits in its issuing State and name field read as the
 * letters a reader takes them for, {@link #DIGITS_AS_LETTERS}), whose document code's second
 * character is the filler ({@code P<}, {@code V<}, {@code I<}), with a known issuing State and a
 * name field that begins with a letter; or any upper line so, followed by its lower line (as many
 * characters, capitals, digits and fillers, a digit among them) after a space or a line break; or a
 * TD1 card's three lines. An upper line alone with one or two fillers too many or too few at its
 * end, two or more left to show where the name field ends, is read as the line it was ({@link
 * Zone#mendedFrom}: a copy's or a reader's slip, which left {@code P<AFGAGHA<<ABDUL<MANAN<<…} of 45
 * characters a name scoring 0.84). Alone, a line cut short or with a letter second ({@code PD},
 * {@code ID}) is not read: it is not told from a name in MRZ form, which a first rule cut so that
 * its listed people were lost (a helper's finds: {@code AKHUND<<MOHAMMAD<HASSAN} padded to 36
 * characters read as document code {@code AK}, Hungary, {@code D}; {@code A<FRANCIS} as {@code A},
 * France, {@code NCIS}; {@code AMBROSIO<<JUAN} would be {@code AM}, Brazil, {@code OSIO}).
 * Stateless and thread-safe.
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
   * refugees (XXA, XXB, XXC, XXX); Utopia (UTO), the State of Doc 9303's own specimens; and RKS,
   * which Kosovo's passports carry (Kosovo has no ISO 3166-1 code; a helper's find).
   */
  private static final Set<String> OTHER_STATES =
      Set.of(
          "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
          "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "EUE", "XXA", "XXB", "XXC", "XXX", "UTO",
          "RKS");

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
   * What a machine-readable zone given as a name holds: its name field, and what its other lines
   * tell of the holder: the document number and date of birth where their check digits hold, the
   * nationality and sex (which have none).
   *
   * <p>The lower line of a passport (TD3), a TD2 card and a visa holds in positions 1–9 the
   * document number, 10 its check digit, 11–13 the holder's nationality, 14–19 the date of birth
   * ({@code YYMMDD}, unknown positions filled with fillers), 20 its check digit, 21 the sex ({@code
   * M}, {@code F}, {@code <} or {@code X} unspecified); a TD1 card holds the document number in
   * positions 6–14 of its first line with its check digit in 15, and the date of birth, its check
   * digit and the sex in positions 1–8 of its second line, the nationality in 16–18. A number
   * longer than nine characters has a filler for its check digit, the rest of it and the check
   * digit in the optional data that follows (TD1 and TD2). A check digit is the sum of the values
   * (digits their own, {@code A}–{@code Z} 10 to 35, the filler 0) weighted 7, 3, 1 in turn, modulo
   * 10 (Doc 9303 Part 3, 4.9).
   *
   * @param nameField the name field, fillers kept ({@code AGHA<<ABDUL<MANAN<<<…})
   * @param documentNumber the document number, fillers left out; empty when the zone has none (its
   *     upper line alone) or its check digit does not hold
   * @param nationality the holder's nationality code as written ({@code D} for Germany given as
   *     {@code DEU}, the British statuses as {@code GBR}), whether or not it is a country's ({@code
   *     XXA}, {@code UTO}, {@code ZZZ}); empty when the zone has none
   * @param birth the date of birth, when the zone has one with at least its year known and its
   *     check digit holds: a day, a month ({@code 7408<<}) or a year ({@code 74<<<<}), its
   *     two-digit year taken in the latest century that does not put it after the day of reading
   *     ({@code 74} as 1974, {@code 05} as 2005)
   * @param sex {@link Gender#MALE} or {@link Gender#FEMALE} for {@code M} or {@code F}, else {@link
   *     Gender#UNKNOWN} (unspecified, or no lower line)
   * @param unchecked what was left out because its check digit does not hold: {@code document
   *     number}, {@code date of birth}
   * @param noDate whether a date of birth was left out, its check digit holding, because it is no
   *     calendar date ({@code 741332}, {@code 290229}) or leaves unknown its year or the month of a
   *     known day
   * @param mendedFrom for an upper line whose fillers at the end were added or left out to make its
   *     length ({@link #FILLER_SLIP}; alone, of a passport, visa or identity card), or a TD1 card's
   *     name line so mended to 30 characters, its length as given; else 0
   * @param lowerLineLeftOut for an upper line given with a lower line (digits among its characters)
   *     of a length no zone has with it, read alone: the lower line's length (its document number,
   *     nationality, date of birth and sex are not read); else 0
   * @param cardLinesLeftOut for a TD1 card whose first or second line is not of 30 characters, its
   *     name line read alone: the lengths of its first two lines, in order (their document number,
   *     date of birth, sex and nationality are not read); else empty
   * @param digitsAsLetters whether digits in the upper line's issuing State or name field, where
   *     Doc 9303 writes letters alone, were read as the letters of the OCR-B typeface a reader or a
   *     scan mistakes them for ({@link MrzLine#DIGITS_AS_LETTERS})
   */
  public record Zone(
      String nameField,
      String documentNumber,
      String nationality,
      Optional<BirthDate> birth,
      Gender sex,
      List<String> unchecked,
      boolean noDate,
      int mendedFrom,
      int lowerLineLeftOut,
      List<Integer> cardLinesLeftOut,
      boolean digitsAsLetters) {
    public Zone {
      Objects.requireNonNull(nameField, "nameField");
      Objects.requireNonNull(documentNumber, "documentNumber");
      Objects.requireNonNull(nationality, "nationality");
      Objects.requireNonNull(birth, "birth");
      Objects.requireNonNull(sex, "sex");
      unchecked = List.copyOf(unchecked);
      cardLinesLeftOut = List.copyOf(cardLinesLeftOut);
    }

    /** This zone, its upper line's digits read as letters when {@code read}. */
    Zone withDigitsAsLetters(boolean read) {
      return read == digitsAsLetters
          ? this
          : new Zone(
              nameField,
              documentNumber,
              nationality,
              birth,
              sex,
              unchecked,
              noDate,
              mendedFrom,
              lowerLineLeftOut,
              cardLinesLeftOut,
              read);
    }

    /**
     * Whether this is a TD1 card's zone: its name field is the whole of its third line, 30
     * characters (an upper line's is of 39 or 31).
     */
    public boolean card() {
      return nameField.length() == TD1;
    }

    /**
     * What explanations say of a mended line ({@code mendedFrom}): {@code " (a line of 45
     * characters, read as one of 44 with the fillers at its end mended)"}; else empty.
     */
    public String mending() {
      int length = card() ? TD1 : NAME_START + nameField.length();
      String mended =
          mendedFrom == 0
              ? ""
              : " (a line of "
                  + mendedFrom
                  + " characters, read as one of "
                  + length
                  + " with the fillers at its end mended)";
      if (digitsAsLetters) {
        mended +=
            " (digits among its letters read as the letters a reader mistakes them for: "
                + DIGITS_AS_LETTERS_TEXT
                + ")";
      }
      if (!cardLinesLeftOut.isEmpty()) {
        return mended
            + " (its first two lines, of "
            + cardLinesLeftOut.get(0)
            + " and "
            + cardLinesLeftOut.get(1)
            + " characters where a card's have "
            + TD1
            + ", not read)";
      }
      return lowerLineLeftOut == 0
          ? mended
          : mended
              + " (its lower line, of "
              + lowerLineLeftOut
              + " characters where the upper line has "
              + length
              + ", not read)";
    }
  }

  /**
   * {@code text} read as a machine-readable zone (see the class comment and {@link Zone}), else
   * empty.
   *
   * @param text a name as given, not null; compatibility forms (fullwidth {@code ＜}), case, format
   *     characters and spaces around it are ignored
   * @param clock the clock whose day decides the century of a date of birth, read only for a zone
   *     that gives one
   */
  public static Optional<Zone> read(String text, Clock clock) {
    if (!hasFiller(text)) {
      // Most names: an upper line's document code holds a filler (P<), so nothing more is done.
      return Optional.empty();
    }
    // The name pipeline's first two steps: NFKC, then format characters removed.
    String zone = INVISIBLE.apply(NFKC.apply(text)).toUpperCase(Locale.ROOT).strip();
    String[] lines = joinedAmidFillers(LINE_BREAKS.split(zone));
    if (lines.length == 2 && hasDigit(lines[0]) && !hasDigit(lines[1])) {
      // The lower line first, as some readers and copies give them: the upper one has no digit.
      lines = new String[] {lines[1], lines[0]};
    }
    int mendedFrom = lines.length == 2 ? mendUpperLine(lines) : 0;
    if (lines.length == 2
        && isLine(lines[1], lines[0].length())
        && hasDigit(lines[1])
        && (lines[1].length() == MAX_LENGTH || lines[1].length() == TD2)) {
      // A passport's or a TD2 card's two lines, the lower one with its digits: the name is on the
      // upper one, whatever its document code.
      String lower = lines[1];
      String optional = lower.length() == TD2 ? lower.substring(28, TD2 - 1) : "";
      boolean digits = hasDigit(lines[0]);
      return upperLineName(lines[0], true)
          .map(
              name ->
                  zone(
                          name,
                          lower.substring(0, 10),
                          optional,
                          lower.substring(10, 13),
                          lower.substring(13, 20),
                          lower.charAt(20),
                          clock,
                          mendedFrom)
                      .withDigitsAsLetters(digits));
    }
    if (lines.length == 3
        && isLine(lines[0], TD1)
        && isLine(lines[1], TD1)
        && isLine(lines[2], TD1)
        && DOCUMENT_CODE_FIRST.indexOf(lines[0].charAt(0)) >= 0) {
      // A TD1 card's three lines: the name alone on the last.
      String name = lines[2];
      if (name.charAt(0) == '<'
          || !name.chars().allMatch(c -> c == '<' || (c >= 'A' && c <= 'Z'))) {
        return Optional.empty();
      }
      return Optional.of(card(name, lines[0], lines[1], clock, 0));
    }
    if (lines.length == 3) {
      // A card's three lines, one of them of another length (a character lost or added in a copy
      // or by a reader): its name line mended, its other lines read only if they are whole.
      return cardMended(lines, clock);
    }
    if (lines.length == 2 && hasDigit(lines[1]) && !hasDigit(lines[0])) {
      // A lower line of a length no zone has with this upper line (a character lost or added in
      // a copy): the upper line is read alone, and the zone says the lower line was not read.
      return upperLineAlone(lines[0], lines[1].length());
    }
    return lines.length == 1 ? upperLineAlone(lines[0], 0) : Optional.empty();
  }

  /**
   * The upper line {@code given} read alone, its fillers mended where it is a passport's, visa's or
   * identity card's ({@link #fillersMended}); {@code lowerLineLeftOut} the length of a lower line
   * given with it and not read, else 0.
   */
  private static Optional<Zone> upperLineAlone(String given, int lowerLineLeftOut) {
    String line =
        given.length() != MAX_LENGTH
                && given.length() != TD2
                && MENDED_ALONE.indexOf(given.charAt(0)) >= 0
            ? fillersMended(given, MAX_LENGTH, TD2)
            : given;
    int lineMendedFrom = line.length() == given.length() ? 0 : given.length();
    return upperLineName(line, false)
        .map(
            name ->
                nameAlone(name, lineMendedFrom, lowerLineLeftOut, List.of())
                    .withDigitsAsLetters(hasDigit(line)));
  }

  /**
   * A TD1 card's three lines {@code lines} of which one is not of 30 characters, read as a card
   * when its first line begins with a document code ({@code I}, {@code A}, {@code C}) and holds a
   * digit, the second holds a digit and the third, the name line, is capitals and fillers that
   * begin with a letter, of 30 characters or with fillers at its end to mend to 30 ({@link
   * #fillersMended}). The first two lines' document number, date of birth, sex and nationality are
   * read only when both are of 30 characters (a character lost or added moves every field after
   * it); else the name alone, and the zone says which lines were not read ({@link
   * Zone#cardLinesLeftOut}). Empty when {@code lines} are no such card.
   */
  private static Optional<Zone> cardMended(String[] lines, Clock clock) {
    String first = lines[0];
    String second = lines[1];
    String given = lines[2];
    if (first.isEmpty()
        || CARD_CODE_FIRST.indexOf(first.charAt(0)) < 0
        || !hasDigit(first)
        || !hasDigit(second)
        || hasDigit(given)) {
      return Optional.empty();
    }
    String name = given.length() == TD1 ? given : fillersMended(given, TD1);
    if (!isCardNameLine(name)) {
      return Optional.empty();
    }
    int mendedFrom = name.length() == given.length() ? 0 : given.length();
    return Optional.of(
        isLine(first, TD1) && isLine(second, TD1)
            ? card(name, first, second, clock, mendedFrom)
            : nameAlone(name, mendedFrom, 0, List.of(first.length(), second.length())));
  }

  /**
   * A TD1 card's zone of name line {@code name}, the document number in positions 6–15 of its
   * {@code first} line and the optional data after it, the date of birth and its check digit in 1–7
   * of its {@code second}, the sex in 8 and the nationality in 16–18.
   */
  private static Zone card(String name, String first, String second, Clock clock, int mendedFrom) {
    return zone(
        name,
        first.substring(5, 15),
        first.substring(15),
        second.substring(15, 18),
        second.substring(0, 7),
        second.charAt(7),
        clock,
        mendedFrom);
  }

  /** A zone of name field {@code name} alone, its other lines not read or not given. */
  private static Zone nameAlone(
      String name, int mendedFrom, int lowerLineLeftOut, List<Integer> cardLinesLeftOut) {
    return new Zone(
        name,
        "",
        "",
        Optional.empty(),
        Gender.UNKNOWN,
        List.of(),
        false,
        mendedFrom,
        lowerLineLeftOut,
        cardLinesLeftOut,
        false);
  }

  /** The first characters of a TD1 card's document codes (Doc 9303 Part 5, 4.2.2). */
  private static final String CARD_CODE_FIRST = "IAC";

  /**
   * Whether {@code line} is a TD1 card's name line: 30 characters, capitals and fillers, the first
   * a letter.
   */
  private static boolean isCardNameLine(String line) {
    return line.length() == TD1
        && line.charAt(0) != '<'
        && line.chars().allMatch(c -> c == '<' || (c >= 'A' && c <= 'Z'));
  }

  /**
   * Most fillers an upper line given alone may have too many or too few at its end and still be
   * read ({@link #fillersMended}).
   */
  static final int FILLER_SLIP = 2;

  /**
   * The first characters of the document codes whose upper line alone is mended ({@link
   * #fillersMended}): passports, visas and identity cards. Not {@code A} and {@code C}, which a
   * name in MRZ form begins with as an initial ({@code A<GHANI<BARADAR<<ABDUL} padded to 45
   * characters would read as the code {@code A}, Ghana, {@code NI BARADAR}: a helper's find).
   */
  private static final String MENDED_ALONE = "PVI";

  /**
   * Mends the upper line of two lines given together, upper first, in place, when the lower one
   * (digits among its characters, none in the upper) has 44 or 36 characters and the upper line's
   * fillers can be mended to its length ({@link #fillersMended}).
   *
   * @return the upper line's length as given when it was mended, else 0
   */
  private static int mendUpperLine(String[] lines) {
    String given = lines[0];
    int length = lines[1].length();
    if (hasDigit(given)
        || !hasDigit(lines[1])
        || (length != MAX_LENGTH && length != TD2)
        || given.length() == length) {
      return 0;
    }
    String mended = fillersMended(given, length);
    if (mended.length() != length) {
      return 0;
    }
    lines[0] = mended;
    return given.length();
  }

  /**
   * {@code pieces} (the zone split at spaces and line breaks) with each piece that is no whole line
   * (of 30, 36 or 44 characters) and ends with a filler joined to the next when that begins with
   * one: a space or line break amid a run of fillers, as a copy, a reader or a wrapped line puts
   * there, is no part of a zone. Whole lines are not joined: a card's second line begins with
   * fillers when the date of birth is unknown.
   */
  private static String[] joinedAmidFillers(String[] pieces) {
    List<String> joined = new ArrayList<>(pieces.length);
    for (String piece : pieces) {
      int last = joined.size() - 1;
      if (last >= 0 && piece.startsWith("<") && amidFillers(joined.get(last))) {
        joined.set(last, joined.get(last) + piece);
      } else {
        joined.add(piece);
      }
    }
    return joined.size() == pieces.length ? pieces : joined.toArray(String[]::new);
  }

  private static boolean amidFillers(String piece) {
    int length = piece.length();
    return piece.endsWith("<") && length != TD1 && length != TD2 && length != MAX_LENGTH;
  }

  private static boolean hasDigit(String line) {
    return line.chars().anyMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * {@code line} with the fillers at its end added or left out to make the first of {@code lengths}
   * it is at most {@value #FILLER_SLIP} characters from, when it ends with two fillers or more,
   * which show where its name field ends; else {@code line}. A copy or a reader that adds or drops
   * a filler at the end of {@code P<AFGAGHA<<ABDUL<MANAN<<<…} changes nothing of the name.
   */
  private static String fillersMended(String line, int... lengths) {
    String kept = stripFillers(line);
    int end = kept.length();
    if (line.length() - end < 2) {
      return line;
    }
    for (int length : lengths) {
      if (Math.abs(line.length() - length) <= FILLER_SLIP && end + 2 <= length) {
        return kept + "<".repeat(length - end);
      }
    }
    return line;
  }

  /**
   * A zone of name field {@code name} whose other lines hold {@code number} (nine characters and
   * the check digit), {@code optional} (the optional data after it, where a longer number goes on),
   * {@code nationality}, {@code birth} (six characters and the check digit) and {@code sex}; {@code
   * mendedFrom} as {@link Zone#mendedFrom}.
   */
  private static Zone zone(
      String name,
      String number,
      String optional,
      String nationality,
      String birth,
      char sex,
      Clock clock,
      int mendedFrom) {
    List<String> unchecked = new ArrayList<>();
    String documentNumber = documentNumber(number, optional);
    if (documentNumber == null) {
      unchecked.add("document number");
      documentNumber = "";
    }
    Optional<BirthDate> born = Optional.empty();
    boolean noDate = false;
    if (!birth.startsWith("<<<<<<")) {
      if (holds(birth.substring(0, 6), birth.charAt(6))) {
        born = born(birth.substring(0, 6), LocalDate.now(clock));
        noDate = born.isEmpty();
      } else {
        unchecked.add("date of birth");
      }
    }
    String code = nationality(stripFillers(nationality));
    Gender gender = sex == 'M' ? Gender.MALE : sex == 'F' ? Gender.FEMALE : Gender.UNKNOWN;
    return new Zone(
        name,
        documentNumber,
        code,
        born,
        gender,
        unchecked,
        noDate,
        mendedFrom,
        0,
        List.of(),
        false);
  }

  /**
   * The nationality a zone's code stands for, as an ISO 3166-1 alpha-3 code where Doc 9303's code
   * is another: Germany's {@code D} as {@code DEU}, and the British statuses ({@code GBD}, {@code
   * GBN}, {@code GBO}, {@code GBP}, {@code GBS}) as {@code GBR}; any other code as written, known
   * or not, so that what is not used can be told ({@code XXA}, {@code ZZZ}); empty for none.
   */
  private static String nationality(String code) {
    if (code.equals("D")) {
      return "DEU";
    }
    return code.length() == 3 && code.startsWith("GB") && OTHER_STATES.contains(code)
        ? "GBR"
        : code;
  }

  /**
   * The document number of {@code number} (nine characters and the check digit) and {@code
   * optional}, fillers left out: empty when none is given, null when its check digit does not hold.
   */
  private static String documentNumber(String number, String optional) {
    String principal = number.substring(0, 9);
    char check = number.charAt(9);
    if (check == '<' && principal.indexOf('<') < 0) {
      // Longer than nine characters: the rest and the check digit open the optional data.
      String rest = optional.substring(0, Math.max(0, optional.indexOf('<')));
      if (rest.isEmpty()) {
        return principal.chars().allMatch(c -> c == '<') ? "" : null;
      }
      String whole = principal + rest.substring(0, rest.length() - 1);
      return holds(whole, rest.charAt(rest.length() - 1)) ? whole : null;
    }
    if (principal.chars().allMatch(c -> c == '<')) {
      return "";
    }
    return holds(principal, check) ? principal.replace("<", "") : null;
  }

  /** Whether {@code check} is the check digit of {@code field} (Doc 9303 Part 3, 4.9). */
  static boolean holds(String field, char check) {
    if (check < '0' || check > '9') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      int value = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
      sum += value * CHECK_WEIGHTS[i % 3];
    }
    return sum % 10 == check - '0';
  }

  private static final int[] CHECK_WEIGHTS = {7, 3, 1};

  /**
   * The days {@code yymmdd} allows, unknown positions being fillers; empty when its year is not
   * known or it is no calendar date.
   */
  private static Optional<BirthDate> born(String yymmdd, LocalDate today) {
    Integer yy = number(yymmdd.substring(0, 2));
    Integer mm = number(yymmdd.substring(2, 4));
    Integer dd = number(yymmdd.substring(4, 6));
    if (yy == null || (mm == null && dd != null)) {
      return Optional.empty();
    }
    try {
      for (int century : new int[] {2000, 1900}) {
        int year = century + yy;
        BirthDate b =
            mm == null
                ? BirthDate.year(year, false)
                : dd == null
                    ? new BirthDate(
                        LocalDate.of(year, mm, 1), YearMonth.of(year, mm).atEndOfMonth(), false)
                    : BirthDate.exact(LocalDate.of(year, mm, dd));
        if (!b.earliest().isAfter(today)) {
          return Optional.of(b);
        }
      }
    } catch (DateTimeException e) {
      // A month or day out of range: no calendar date.
    }
    return Optional.empty();
  }

  /** The value of two digits, null when they are fillers or anything else. */
  private static Integer number(String two) {
    char tens = two.charAt(0);
    char units = two.charAt(1);
    return tens >= '0' && tens <= '9' && units >= '0' && units <= '9'
        ? (tens - '0') * 10 + (units - '0')
        : null;
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
    String read = line.substring(0, 2) + digitsAsLetters(line.substring(2));
    for (int i = 0; i < read.length(); i++) {
      char c = read.charAt(i);
      if (c != '<' && (c < 'A' || c > 'Z')) {
        return Optional.empty();
      }
    }
    String state = stripFillers(read.substring(2, NAME_START));
    String name = read.substring(NAME_START);
    return STATES.contains(state) && name.charAt(0) != '<' && name.chars().anyMatch(c -> c != '<')
        ? Optional.of(name)
        : Optional.empty();
  }

  /**
   * The digits of the OCR-B typeface (Doc 9303 Part 3, 4.2) that readers and scans of a worn or
   * copied page take for letters, each before its letter: 0 and O, 1 and I, 2 and Z, 5 and S, 8 and
   * B. The upper line's issuing State and name field hold letters alone, so a digit there is such a
   * misreading ({@code P<1RQAGHA<<ABDUL<MANAN…}: Iraq); another digit leaves the line unread.
   */
  static final String DIGITS_AS_LETTERS = "0O1I2Z5S8B";

  private static final String DIGITS_AS_LETTERS_TEXT = "0 as O, 1 as I, 2 as Z, 5 as S, 8 as B";

  /** {@code text} with the digits of {@link #DIGITS_AS_LETTERS} read as their letters. */
  private static String digitsAsLetters(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = c >= '0' && c <= '9' ? DIGITS_AS_LETTERS.indexOf(c) : -1;
      b.append(at >= 0 ? DIGITS_AS_LETTERS.charAt(at + 1) : c);
    }
    return b.toString();
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
