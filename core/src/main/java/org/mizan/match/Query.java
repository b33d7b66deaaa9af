package org.mizan.match;

import java.util.Objects;
import java.util.Optional;
import org.mizan.model.Subject;

/** A subject prepared for scoring by {@link Matcher#prepare(Subject)}. Immutable. */
public final class Query {
  private final Subject subject;
  private final NameForm name;
  private final String nationalityCode;
  private final int nationalityKey;
  private final String documentKey;
  private final long birthFrom;
  private final long birthTo;
  private final Optional<ZoneEvidence> zone;
  private final String zoneRead;

  /**
   * @param nationalityCode the ISO 3166 code of the subject's nationality, null when it has none or
   *     it is not recognised
   * @param documentKey the subject's document number as compared ({@link Matcher}), empty for none
   * @param zone the subject's name read as a machine-readable zone, with the evidence taken from it
   *     ({@code subject} is the subject screened, that evidence taken); empty when the name is none
   */
  Query(
      Subject subject,
      NameForm name,
      String nationalityCode,
      String documentKey,
      Optional<ZoneEvidence> zone) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.name = name;
    this.nationalityCode = nationalityCode;
    this.nationalityKey = Candidate.codeKey(nationalityCode);
    this.documentKey = Objects.requireNonNull(documentKey, "documentKey");
    long[] span = BirthDates.span(subject.birthDates(), false);
    this.birthFrom = span[0];
    this.birthTo = span[1];
    this.zone = Objects.requireNonNull(zone, "zone");
    this.zoneRead = zone.map(ZoneEvidence::explanation).orElse("");
  }

  /**
   * The subject's name read as a machine-readable zone, with the evidence taken from it ({@link
   * ZoneEvidence}); empty when the name is none.
   */
  public Optional<ZoneEvidence> zone() {
    return zone;
  }

  /**
   * What the explanation begins with when the name was given as a machine-readable zone ({@link
   * ZoneEvidence#explanation}); else empty.
   */
  String zoneRead() {
    return zoneRead;
  }

  /** Whether the subject gives a date of birth. */
  boolean hasBirthDates() {
    return birthFrom <= birthTo;
  }

  /** The first epoch day any of the subject's dates of birth allows (when it has one). */
  long birthFrom() {
    return birthFrom;
  }

  /** The last epoch day any of the subject's dates of birth allows (when it has one). */
  long birthTo() {
    return birthTo;
  }

  public Subject subject() {
    return subject;
  }

  NameForm name() {
    return name;
  }

  /** The ISO 3166 code of the subject's nationality; null when none is given or recognised. */
  String nationalityCode() {
    return nationalityCode;
  }

  /** {@link Candidate#codeKey} of {@link #nationalityCode}. */
  int nationalityKey() {
    return nationalityKey;
  }

  /** The subject's document number as compared: letters and digits, upper case; may be empty. */
  String documentKey() {
    return documentKey;
  }
}
