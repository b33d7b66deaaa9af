package org.mizan.screening;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;
import org.mizan.names.MrzLine;

/**
 * What a subject's name given as a machine-readable zone ({@link MrzLine#read}) was read as, for
 * the output to show beside the subject as given: the matcher takes the zone's date of birth,
 * nationality, sex and document number as the subject's where the subject gives none ({@code
 * Matcher#prepare}), and an explanation shows only what a listed entry also has.
 *
 * @param nameField the name field, without the fillers that end it
 * @param dob the date of birth as {@link BirthDate#text} writes it, empty when none was read
 * @param nationality the nationality code, empty when none was read
 * @param gender {@link Gender#id} of the sex, empty when unspecified
 * @param document the document number, empty when none was read
 * @param unchecked the fields left out because their check digit does not hold
 */
public record ZoneReading(
    String nameField,
    String dob,
    String nationality,
    String gender,
    String document,
    List<String> unchecked) {
  public ZoneReading {
    unchecked = List.copyOf(unchecked);
  }

  /** The reading of {@code subject}'s name when it is a person's machine-readable zone. */
  public static Optional<ZoneReading> of(Subject subject) {
    if (!subject.kinds().contains(EntryKind.PERSON)) {
      return Optional.empty();
    }
    return MrzLine.read(subject.name(), LocalDate.now(ZoneOffset.UTC))
        .map(
            z ->
                new ZoneReading(
                    z.nameField().replaceAll("<+$", ""),
                    z.birth()
                        .map(b -> new BirthDate(b.earliest(), b.latest(), false).text())
                        .orElse(""),
                    z.nationality(),
                    z.sex().isEmpty()
                        ? ""
                        : (z.sex().equals("M") ? Gender.MALE : Gender.FEMALE).id(),
                    z.documentNumber(),
                    z.unchecked()));
  }

  /**
   * One line for text output: {@code read as a machine-readable zone: name field AGHA<<ABDUL<MANAN,
   * date of birth 1970-01-01, nationality AFG, sex male, document number L898902C3}, and what was
   * left out.
   */
  public String describe() {
    List<String> read = new ArrayList<>();
    read.add("name field " + nameField);
    if (!dob.isEmpty()) {
      read.add("date of birth " + dob);
    }
    if (!nationality.isEmpty()) {
      read.add("nationality " + nationality);
    }
    if (!gender.isEmpty()) {
      read.add("sex " + gender);
    }
    if (!document.isEmpty()) {
      read.add("document number " + document);
    }
    String text = "read as a machine-readable zone: " + String.join(", ", read);
    return unchecked.isEmpty()
        ? text
        : text + "; left out, as the check digit does not hold: " + String.join(", ", unchecked);
  }
}
