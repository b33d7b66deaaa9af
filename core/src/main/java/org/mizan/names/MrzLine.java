package org.mizan.names;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The name field of a machine-readable zone's first line, given whole as a name: what a document
 * reader or a copy from a scanned passport gives ({@code
 * P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<}).
 *
 * <p>Source: ICAO Doc 9303, Eighth Edition (2021). The upper line of a passport (TD3, Part 4), of a
 * TD2 card (Part 6) and of a visa (MRV-A and MRV-B, Part 7) holds, in positions 1–2, the document
 * code (its first character {@code P}, {@code V}, {@code I}, {@code A} or {@code C}, the second a
 * letter or the filler {@code <}), in 3–5 the issuing State or organization (Part 3, section 5: ISO
 * 3166-1 alpha-3, {@code D<<} for Germany and the codes of the table below), and from 6 on the name
 * (36 or 44 characters in all). Read whole, the document code and the State became name parts
 * ({@code p}, and {@code afgagha} for the family name {@code AGHA}), and the listed person's name
 * scored 0.84. A TD1 card writes the name alone on its third line, which needs nothing here.
 *
 * <p>A text is read so only when it is such a line and nothing else: capital letters A–Z and
 * fillers alone, a document code and a known issuing State as above, and a name field that begins
 * with a letter; and either 36 or 44 characters long, or, when the fillers at the end are cut, a
 * document code whose second character is the filler ({@code P<}, {@code V<}, {@code I<}). A name
 * written in MRZ form is not cut so: {@code AMBROSIO<<JUAN} (document code {@code AM}, issuing
 * State {@code BRA}) is neither. Stateless and thread-safe.
 */
public final class MrzLine {
  private MrzLine() {}

  /** The longest upper line (TD3 and MRV-A): 44 characters. */
  static final int MAX_LENGTH = 44;

  /** The upper line of a TD2 card and of an MRV-B visa: 36 characters. */
  static final int TD2 = 36;

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

  /**
   * The name field of {@code text} when {@code text} is the upper line of a machine-readable zone
   * (see the class comment), else empty.
   *
   * @param text a name as given, not null; spaces around it are ignored
   * @return the name field, from position 6 on ({@code AGHA<<ABDUL<MANAN<<<…}), or empty
   */
  public static Optional<String> nameField(String text) {
    String line = text.strip();
    if (line.length() <= NAME_START
        || line.length() > MAX_LENGTH
        || DOCUMENT_CODE_FIRST.indexOf(line.charAt(0)) < 0) {
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
    // A whole line, or a document code with a filler (P<, V<, I<): a name field with its fillers
    // is 31 or 39 characters long, and a name never begins with one letter and a filler. Without
    // them, names in MRZ form would be cut (AMBROSIO<<JUAN: AM, BRA for Brazil, OSIO).
    boolean whole = line.length() == MAX_LENGTH || line.length() == TD2;
    return STATES.contains(state)
            && (whole || line.charAt(1) == '<')
            && name.charAt(0) != '<'
            && name.chars().anyMatch(c -> c != '<')
        ? Optional.of(name)
        : Optional.empty();
  }

  private static String stripFillers(String code) {
    int end = code.length();
    while (end > 0 && code.charAt(end - 1) == '<') {
      end--;
    }
    return code.substring(0, end);
  }
}
