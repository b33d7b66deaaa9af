package org.mizan.match;

import java.util.List;
import java.util.Objects;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;

/**
 * A list entry prepared for scoring by {@link Matcher#prepare(String, ListEntry)}: its names
 * analysed once. Immutable.
 */
public final class Candidate {
  private final String source;
  private final ListEntry entry;
  private final List<NameForm> names;
  private final String[] nationalityCodes;
  private final int[] nationalityKeys;
  private final Gender gender;
  private final String[] documentKeys;
  private final long birthFrom;
  private final long birthTo;
  // By name, the factor of its type (Matcher#LOW_QUALITY_ALIAS_FACTOR): kept here so that scoring
  // reads a listed name only when it aligns it.
  private final double[] nameFactors;

  /**
   * @param nationalityCodes the ISO 3166 code of each listed nationality, in order, null where one
   *     is not recognised
   * @param documentKeys each listed document number as compared ({@link Matcher}), in order
   */
  Candidate(
      String source,
      ListEntry entry,
      List<NameForm> names,
      String[] nationalityCodes,
      String[] documentKeys) {
    this.source = Objects.requireNonNull(source, "source");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.names = List.copyOf(names);
    this.nationalityCodes = nationalityCodes.clone();
    this.nationalityKeys = new int[nationalityCodes.length];
    for (int i = 0; i < nationalityCodes.length; i++) {
      nationalityKeys[i] = codeKey(nationalityCodes[i]);
    }
    this.documentKeys = documentKeys.clone();
    this.gender = entry.gender();
    long[] span = BirthDates.span(entry.birthDates(), true);
    this.birthFrom = span[0];
    this.birthTo = span[1];
    this.nameFactors = new double[entry.names().size()];
    for (int i = 0; i < nameFactors.length; i++) {
      nameFactors[i] =
          entry.names().get(i).type() == NameType.ALIAS_LOW
              ? Matcher.LOW_QUALITY_ALIAS_FACTOR
              : 1.0;
    }
  }

  /**
   * The factor of the type of listed name {@code i} ({@link Matcher#LOW_QUALITY_ALIAS_FACTOR} for a
   * low-quality alias, else 1).
   */
  double nameFactor(int i) {
    return nameFactors[i];
  }

  /** The list source id. */
  public String source() {
    return source;
  }

  public ListEntry entry() {
    return entry;
  }

  List<NameForm> names() {
    return names;
  }

  /** The ISO 3166 code of listed nationality {@code i}; null when it is not recognised. */
  String nationalityCode(int i) {
    return nationalityCodes[i];
  }

  /**
   * {@link #codeKey} of each listed nationality's code, in order; not to be modified. Compared in
   * place of the codes: one small array per entry to read, not a string per nationality.
   */
  int[] nationalityKeys() {
    return nationalityKeys;
  }

  /** {@link #codeKey}: no code. */
  static final int NO_CODE = 0;

  /** {@link #codeKey}: a code that does not fit in a key, compared as text. */
  static final int LONG_CODE = -1;

  /**
   * A country code of one to four ASCII letters or digits as one number, its characters' bytes (two
   * codes have the same key only when they are the same); {@link #NO_CODE} for null, {@link
   * #LONG_CODE} for any other code.
   */
  static int codeKey(String code) {
    if (code == null) {
      return NO_CODE;
    }
    if (code.isEmpty() || code.length() > 4) {
      return LONG_CODE;
    }
    int key = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == 0 || c > 127) {
        return LONG_CODE;
      }
      key = key << 8 | c;
    }
    return key;
  }

  /**
   * Whether every date of birth of {@code query}'s subject is certainly far enough from every
   * listed one to score 0 ({@link BirthDates}), from days kept here: most listed people's dates
   * are, to a traveller's, and the entry's own need not be read. False when either side has none.
   */
  boolean birthDatesFarFrom(Query query) {
    return birthFrom <= birthTo
        && query.hasBirthDates()
        && BirthDates.farApart(query.birthFrom(), query.birthTo(), birthFrom, birthTo);
  }

  /**
   * The first epoch day any listed date of birth allows, approximate ones widened as compared
   * ({@link BirthDates#span}); after {@link #birthTo} when none is listed.
   */
  long birthFrom() {
    return birthFrom;
  }

  /** The last epoch day any listed date of birth allows ({@link #birthFrom}). */
  long birthTo() {
    return birthTo;
  }

  /** The entry's gender, kept here: the entry's own fields need not be read to weigh it. */
  Gender gender() {
    return gender;
  }

  /** The number of listed documents. */
  int documents() {
    return documentKeys.length;
  }

  /** Listed document number {@code i} as compared. */
  String documentKey(int i) {
    return documentKeys[i];
  }
}
