package org.mizan.lists.ofac;

import java.util.regex.Pattern;

/**
 * What an {@code idList/id} of the OFAC XML holds, told from its {@code idType}. OFAC files every
 * structured fact it has no element for under {@code idList}: identity and registration documents,
 * but also gender, contact details, sanctions statements and dates. Pure.
 *
 * <p>Rules, in order: {@code Gender} is {@link Kind#GENDER}; a type starting with {@code
 * Nationality} or {@code Citizenship} ({@code Nationality of Registration}) is {@link
 * Kind#NATIONALITY}; a type ending in {@code :} or {@code -} (a statement label such as {@code
 * Secondary sanctions risk:}) or holding one of the words of {@link #NOT_A_DOCUMENT} (contact
 * details, dates, directives, sanctions information, securities, vessel and aircraft particulars)
 * is {@link Kind#OTHER}; every other type ({@code Passport}, {@code National ID No.}, {@code Tax ID
 * No.}, {@code Registration Number}, {@code SWIFT/BIC}, {@code Vessel Registration Identification},
 * {@code Aircraft Tail Number}, ...) is a {@link Kind#DOCUMENT}: OFAC keeps adding national
 * document names, while the other kinds follow the few patterns above.
 */
final class IdTypes {
  /** What an id holds. */
  enum Kind {
    /** An identity or registration document, or another number that identifies the entry. */
    DOCUMENT,
    /** The gender of an individual ({@code Male}, {@code Female}). */
    GENDER,
    /** A nationality or country of registration. */
    NATIONALITY,
    /** Anything else: kept as text in the comments. */
    OTHER
  }

  /** Words of a type that is no document, matched whole and without regard to case. */
  static final Pattern NOT_A_DOCUMENT =
      Pattern.compile(
          "(?i)\\b(?:website|e-?mail|phone|telephone|fax|digital currency|date|directive"
              + "|executive order|information|sanctions|type|ticker|isin|issuer|gazette|flag"
              + "|year of build|model|operator|tonnage)\\b");

  private static final Pattern NATIONALITY =
      Pattern.compile("(?i)(?:nationality|citizenship)\\b.*");

  private IdTypes() {}

  /**
   * The document type an id type or remark names, without the {@code No.} OFAC writes after most
   * ({@code National ID No.} gives {@code National ID}, {@code Passport} stays).
   */
  static String documentType(String type) {
    String t = type.strip();
    return t.endsWith(" No.") ? t.substring(0, t.length() - " No.".length()).strip() : t;
  }

  static Kind of(String idType) {
    String type = idType.strip();
    if (type.equalsIgnoreCase("gender")) {
      return Kind.GENDER;
    }
    if (NATIONALITY.matcher(type).matches()) {
      return Kind.NATIONALITY;
    }
    if (type.isEmpty()
        || type.endsWith(":")
        || type.endsWith("-")
        || NOT_A_DOCUMENT.matcher(type).find()) {
      return Kind.OTHER;
    }
    return Kind.DOCUMENT;
  }
}
