package org.mizan.screening;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;

/**
 * The words accepted for a subject's gender and kind, the same on the command line and in batch
 * input.
 */
public final class SubjectFields {
  /** What the accepted gender words are, for messages. */
  public static final String GENDER_WORDS = "male, female, m, f (or unknown, u, other, x)";

  /** What the accepted kind words are, for messages. */
  public static final String KIND_WORDS = "person, organization, vessel, aircraft or any";

  private static final Map<String, Gender> GENDERS =
      Map.of(
          "male", Gender.MALE,
          "m", Gender.MALE,
          "female", Gender.FEMALE,
          "f", Gender.FEMALE,
          // Stated but not male or female (ICAO Doc 9303 writes X): no evidence either way.
          "unknown", Gender.UNKNOWN,
          "u", Gender.UNKNOWN,
          "other", Gender.UNKNOWN,
          "x", Gender.UNKNOWN);

  private static final Map<String, Set<EntryKind>> KINDS =
      Map.of(
          "person", Set.of(EntryKind.PERSON),
          "individual", Set.of(EntryKind.PERSON),
          "organization", Set.of(EntryKind.ORGANIZATION),
          "organisation", Set.of(EntryKind.ORGANIZATION),
          "entity", Set.of(EntryKind.ORGANIZATION),
          "vessel", Set.of(EntryKind.VESSEL),
          "aircraft", Set.of(EntryKind.AIRCRAFT),
          "any", EnumSet.allOf(EntryKind.class));

  private SubjectFields() {}

  /** The longest document number accepted (MRZ numbers have 9 characters; national ids more). */
  public static final int MAX_DOCUMENT_LENGTH = 100;

  /**
   * What is wrong with a document number, if anything: longer than {@link #MAX_DOCUMENT_LENGTH}
   * characters, or not {@link #wellFormed}. The message never quotes the number.
   */
  public static Optional<String> documentProblem(String number) {
    if (!wellFormed(number)) {
      return Optional.of("not well-formed Unicode (a lone surrogate)");
    }
    if (hasHiddenCharacter(number)) {
      return Optional.of("holds a control or invisible formatting character");
    }
    if (number.length() > MAX_DOCUMENT_LENGTH) {
      return Optional.of(
          "longer than "
              + MAX_DOCUMENT_LENGTH
              + " characters (a travel or identity document number)");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code s} holds a character that does not show as what it is ({@link #isHidden}: NUL,
   * bidi overrides, zero-width spaces, private-use characters), which a record id, a document
   * number or a nationality never does and which would hide or reorder what the stored record
   * shows.
   */
  public static boolean hasHiddenCharacter(String s) {
    return s.codePoints().anyMatch(SubjectFields::isHidden);
  }

  /**
   * {@code s} without the characters {@link #hasHiddenCharacter} finds (a left-to-right mark or a
   * soft hyphen that text copied from another system leaves in a document number).
   */
  public static String withoutHiddenCharacters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !isHidden(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * A key or a column's name as it shows: without the characters {@link #hasHiddenCharacter} finds
   * (controls, format and other default-ignorable characters), its no-break and other spaces read
   * as spaces, stripped; what a key that is refused with them names (a re-breaker's finds: {@code
   * dob\u00A0}, {@code dob\u0001} and {@code id\u200B} were left out without a word).
   */
  public static String plainKey(String key) {
    StringBuilder b = new StringBuilder(key.length());
    withoutHiddenCharacters(key)
        .codePoints()
        .map(c -> Character.isSpaceChar(c) ? ' ' : c)
        .forEach(b::appendCodePoint);
    return b.toString().strip();
  }

  /**
   * Whether {@code s} is text that shows as what it is, as an identifier must: {@link #wellFormed}
   * and without a {@link #isHidden} character.
   */
  public static boolean plainText(String s) {
    return wellFormed(s) && !hasHiddenCharacter(s);
  }

  /**
   * Whether {@code c} is a control character, an invisible formatting character, a line or
   * paragraph separator, a private-use character or a default-ignorable code point (Unicode: the
   * Hangul fillers, a variation selector, the combining grapheme joiner), none of which shows as
   * what it is: what a reference, a record id, a document number or a nationality must not hold.
   */
  public static boolean isHidden(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE
        || com.ibm.icu.lang.UCharacter.hasBinaryProperty(
            c, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT);
  }

  /**
   * Whether {@code s} is well-formed UTF-16 (no lone surrogate): what is not cannot be stored or
   * echoed as given (PostgreSQL writes {@code ?}).
   */
  public static boolean wellFormed(String s) {
    return s.codePoints()
        .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  /** The gender a word names ({@link #GENDER_WORDS}, any case), if it is one of them. */
  public static Optional<Gender> gender(String word) {
    return Optional.ofNullable(GENDERS.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /** The entry kinds a word names ({@link #KIND_WORDS}, any case), if it is one of them. */
  public static Optional<Set<EntryKind>> kinds(String word) {
    return Optional.ofNullable(KINDS.get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * What is wrong with a date of birth, if anything: one that begins after {@code today} (a
   * mistyped year; screening with it would lower a true match's score).
   *
   * @param today today's date in UTC
   */
  public static Optional<String> birthDateProblem(BirthDate date, LocalDate today) {
    return date.earliest().isAfter(today)
        ? Optional.of("a date of birth in the future")
        : Optional.empty();
  }

  /**
   * What is wrong with a name to screen, the same for the command line and every input format: no
   * letter or digit, an unpaired surrogate (not Unicode text), a NUL character, or more than {@link
   * Subject#MAX_NAME_LENGTH} characters as written or once NFKC expands it; empty when nothing is.
   * The message never quotes the name.
   *
   * @param name a name that is not blank
   */
  public static Optional<String> nameProblem(String name) {
    if (hasLoneSurrogate(name)) {
      return Optional.of("is not valid Unicode text (a lone surrogate)");
    }
    if (name.codePoints().noneMatch(SubjectFields::isNameLetter)
        && org.mizan.names.NameNormalizer.compatibilityFolded(name)
            .codePoints()
            .noneMatch(SubjectFields::isNameLetter)) {
      // Letters in compatibility forms or enclosed in symbols count as the letters they stand for
      // (circled Ⓐⓛⓘ, negative circled 🅐🅛🅘 are Ali, as the name pipeline reads them: a
      // breaker's find).
      return Optional.of("has no letters or digits");
    }
    if (name.indexOf('\u0000') >= 0) {
      return Optional.of("holds a NUL character (U+0000), which no record can keep");
    }
    if (Subject.isTooLong(name)) {
      return Optional.of(
          "is longer than "
              + Subject.MAX_NAME_LENGTH
              + " characters (as written or once Unicode compatibility forms are expanded)");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with screening {@code name} as one of {@code kinds}: a machine-readable zone
   * (ICAO Doc 9303), which is a person's document, screened as anything but a person would match no
   * one, its zone unread (a breaker's find: {@code --kind organization} gave no match, without a
   * word); empty when nothing is. The message never quotes the name.
   */
  public static Optional<String> zoneKindProblem(String name, Set<EntryKind> kinds) {
    if (!isZoneOfNoPerson(name, kinds)) {
      return Optional.empty();
    }
    return Optional.of(
        "is a machine-readable zone, a person's document: screen it as a person (kind person or"
            + " any), not as "
            + String.join(
                ", ",
                kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList()));
  }

  /**
   * Whether {@code name} is a machine-readable zone screened as no person ({@link
   * #zoneKindProblem}), for a caller that words the kinds its own way (a FollowTheMoney schema).
   */
  public static boolean isZoneOfNoPerson(String name, Set<EntryKind> kinds) {
    // Only whether the name is a zone is asked; the clock decides no more than a date's century.
    return !kinds.contains(EntryKind.PERSON)
        && org.mizan.names.MrzLine.read(name, ANY_DAY).isPresent();
  }

  private static final java.time.Clock ANY_DAY =
      java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);

  /**
   * A letter or digit that is not a modifier letter: the Arabic tatweel (ـ, which only stretches a
   * word), the transliteration signs for ʿayn and hamza (ʿ ʾ) and the like are read away, so a name
   * of them alone would be screened as empty.
   */
  private static boolean isNameLetter(int c) {
    return Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER;
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
