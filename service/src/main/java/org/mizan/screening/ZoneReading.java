package org.mizan.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.match.ZoneEvidence;
import org.mizan.model.Gender;
import org.mizan.names.MrzLine;

/**
 * What a subject's name given as a machine-readable zone was read as ({@link ZoneEvidence}), for
 * output to show beside the subject as given: an explanation shows only the features a listed entry
 * also has, and nothing when nothing matches.
 *
 * @param evidence the zone and what was taken from it
 * @param values what the zone holds, by the output's keys ({@code dob}, {@code nationality}, {@code
 *     gender}, {@code document}), in that order; those it holds none of left out
 * @param taken the keys of the values taken as the subject's, in that order
 * @param notTaken the keys of what was not taken, each with why: {@code given apart}, {@code check
 *     digit does not hold}, {@code no calendar date}, {@code no country}
 */
public record ZoneReading(
    ZoneEvidence evidence,
    Map<String, String> values,
    List<String> taken,
    Map<String, String> notTaken) {
  private static final Map<String, String> KEYS =
      Map.of(
          ZoneEvidence.DATE_OF_BIRTH, "dob",
          ZoneEvidence.NATIONALITY, "nationality",
          ZoneEvidence.SEX, "gender",
          ZoneEvidence.DOCUMENT_NUMBER, "document");

  /** What output shows of {@code e}, the zone screening read ({@link ScreeningResult#zone}). */
  public static ZoneReading of(ZoneEvidence e) {
    MrzLine.Zone z = e.zone();
    Map<String, String> values = new LinkedHashMap<>();
    z.birth().ifPresent(b -> values.put("dob", b.text()));
    if (!z.nationality().isEmpty()) {
      values.put("nationality", z.nationality());
    }
    if (z.sex() != Gender.UNKNOWN) {
      values.put("gender", z.sex().id());
    }
    if (!z.documentNumber().isEmpty()) {
      values.put("document", z.documentNumber());
    }
    List<String> taken = e.taken().stream().map(KEYS::get).toList();
    Map<String, String> notTaken = new LinkedHashMap<>();
    e.givenApart().forEach(f -> notTaken.put(KEYS.get(f), "given apart"));
    if (e.unknownNationality()) {
      notTaken.put("nationality", "no country");
    }
    z.unchecked().forEach(f -> notTaken.put(KEYS.get(f), "check digit does not hold"));
    if (z.noDate()) {
      notTaken.put("dob", "no calendar date");
    }
    return new ZoneReading(e, values, taken, notTaken);
  }

  public ZoneReading {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    taken = List.copyOf(taken);
    notTaken = Collections.unmodifiableMap(new LinkedHashMap<>(notTaken));
  }

  /** The name field, without the fillers that end it. */
  public String nameField() {
    return evidence.zone().nameField().replaceAll("<+$", "");
  }

  /**
   * One line for text output: {@code read as a machine-readable zone: name field
   * AL<TIKRITI<<SADDAM<HUSSEIN; taken: date of birth 1937-04-28, nationality IRQ; not taken: sex
   * male (given apart), document number (check digit does not hold)}.
   */
  public String describe() {
    StringBuilder text =
        new StringBuilder("read as a machine-readable zone")
            .append(evidence.zone().mending())
            .append(": name field ")
            .append(nameField());
    List<String> taken = new ArrayList<>();
    List<String> notTaken = new ArrayList<>();
    for (String field : ZoneEvidence.FIELDS) {
      String key = KEYS.get(field);
      String value = values.get(key);
      String shown = value == null ? field : field + " " + value;
      if (this.taken.contains(key)) {
        taken.add(shown);
      } else if (this.notTaken.containsKey(key)) {
        notTaken.add(shown + " (" + this.notTaken.get(key) + ")");
      }
    }
    if (!taken.isEmpty()) {
      text.append("; taken: ").append(String.join(", ", taken));
    }
    if (!notTaken.isEmpty()) {
      text.append("; not taken: ").append(String.join(", ", notTaken));
    }
    return text.toString();
  }
}
