package org.mizan.match;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mizan.model.BirthDate;
import org.mizan.model.Countries;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;
import org.mizan.names.MrzLine;

/**
 * A person's name given as a machine-readable zone ({@link MrzLine#read}), and the subject it is
 * screened as: the zone's date of birth, nationality, sex and document number taken as the
 * subject's where the subject gives none of its own (what is given apart comes first), a
 * nationality only when {@link Countries} knows it. What {@link Matcher#prepare} screens, what its
 * explanations say was read, and what output shows beside the subject as given.
 *
 * <p>A zone is a person's document: the subject is screened against persons alone. The fields are
 * named {@link #DATE_OF_BIRTH}, {@link #NATIONALITY}, {@link #SEX} and {@link #DOCUMENT_NUMBER}, in
 * that order in each list.
 *
 * @param zone what the zone holds
 * @param screened the subject screened, the zone's evidence taken
 * @param taken the fields of the zone taken as the subject's
 * @param givenApart the fields the zone holds that the subject gives apart, so not taken
 * @param unknownNationality whether the zone's nationality is a code of Doc 9303 that is no
 *     country's ({@code XXA}, {@code UTO}), so not taken
 */
public record ZoneEvidence(
    MrzLine.Zone zone,
    Subject screened,
    List<String> taken,
    List<String> givenApart,
    boolean unknownNationality) {
  public static final String DATE_OF_BIRTH = "date of birth";
  public static final String NATIONALITY = "nationality";
  public static final String SEX = "sex";
  public static final String DOCUMENT_NUMBER = "document number";

  /** The fields a zone may give, in the order every list of them keeps. */
  public static final List<String> FIELDS =
      List.of(DATE_OF_BIRTH, NATIONALITY, SEX, DOCUMENT_NUMBER);

  private static final Set<EntryKind> PERSON = Set.of(EntryKind.PERSON);

  public ZoneEvidence {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(screened, "screened");
    taken = List.copyOf(taken);
    givenApart = List.copyOf(givenApart);
  }

  /**
   * {@code subject} read as a machine-readable zone when it is a person's and its name is one, else
   * empty.
   *
   * @param clock the clock whose day decides the century of the zone's date of birth
   */
  public static Optional<ZoneEvidence> of(Subject subject, Clock clock, Countries countries) {
    if (!subject.kinds().contains(EntryKind.PERSON)) {
      return Optional.empty();
    }
    return MrzLine.read(subject.name(), clock).map(z -> of(subject, z, countries));
  }

  private static ZoneEvidence of(Subject subject, MrzLine.Zone zone, Countries countries) {
    List<String> taken = new ArrayList<>();
    List<String> givenApart = new ArrayList<>();
    List<BirthDate> dates = subject.birthDates();
    if (zone.birth().isPresent()) {
      if (dates.isEmpty()) {
        dates = List.of(zone.birth().get());
        taken.add(DATE_OF_BIRTH);
      } else {
        givenApart.add(DATE_OF_BIRTH);
      }
    }
    String nationality = subject.nationality();
    boolean unknownNationality =
        !zone.nationality().isEmpty() && countries.code(zone.nationality()).isEmpty();
    if (!zone.nationality().isEmpty() && !unknownNationality) {
      if (nationality.isEmpty()) {
        nationality = zone.nationality();
        taken.add(NATIONALITY);
      } else {
        givenApart.add(NATIONALITY);
      }
    }
    Gender gender = subject.gender();
    if (zone.sex() != Gender.UNKNOWN) {
      if (gender == Gender.UNKNOWN) {
        gender = zone.sex();
        taken.add(SEX);
      } else {
        givenApart.add(SEX);
      }
    }
    String document = subject.document();
    if (!zone.documentNumber().isEmpty()) {
      if (document.isEmpty()) {
        document = zone.documentNumber();
        taken.add(DOCUMENT_NUMBER);
      } else {
        givenApart.add(DOCUMENT_NUMBER);
      }
    }
    // A machine-readable zone is a person's travel document: screened against persons alone.
    Subject screened =
        taken.isEmpty() && subject.kinds().equals(PERSON)
            ? subject
            : new Subject(
                subject.id(), subject.name(), dates, nationality, gender, document, PERSON);
    return new ZoneEvidence(zone, screened, taken, givenApart, unknownNationality);
  }

  /**
   * What the explanation of a name given as a zone begins with: its name field read, with what was
   * taken from the zone, and what was not and why ({@code query read as a machine-readable zone:
   * its name field, with the zone's date of birth, nationality, sex and document number; }).
   */
  public String explanation() {
    StringBuilder text =
        new StringBuilder("query read as a machine-readable zone")
            .append(zone.mending())
            .append(": its name field");
    if (taken.isEmpty()) {
      text.append(" alone");
    } else {
      text.append(", with the zone's ").append(series(taken));
    }
    if (!givenApart.isEmpty()) {
      text.append("; the zone's ").append(series(givenApart)).append(" not taken, as given apart");
    }
    if (unknownNationality) {
      text.append("; the zone's nationality ")
          .append(zone.nationality())
          .append(" not taken, as no country's");
    }
    if (!zone.unchecked().isEmpty()) {
      text.append("; the zone's ")
          .append(series(zone.unchecked()))
          .append(" left out, as ")
          .append(zone.unchecked().size() == 1 ? "its check digit does" : "their check digits do")
          .append(" not hold");
    }
    if (zone.noDate()) {
      text.append("; the zone's date of birth left out, as no calendar date");
    }
    return text.append("; ").toString();
  }

  /** {@code items} as English lists them: {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String series(List<String> items) {
    int last = items.size() - 1;
    return last == 0
        ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }
}
