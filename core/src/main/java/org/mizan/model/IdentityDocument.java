package org.mizan.model;

import java.util.Objects;

/**
 * An identity document recorded for a list entry or given for a subject.
 *
 * @param type the document type as the list writes it ({@code Passport}, {@code National
 *     Identification Number}, ...), empty when not stated
 * @param number the document number as written, never blank
 * @param issuingCountry the issuing country as written, empty when not stated
 * @param note free text the list adds (issue date, remarks), empty when none
 */
public record IdentityDocument(String type, String number, String issuingCountry, String note) {
  public IdentityDocument {
    type = Objects.requireNonNull(type, "type").strip();
    number = Objects.requireNonNull(number, "number").strip();
    issuingCountry = Objects.requireNonNull(issuingCountry, "issuingCountry").strip();
    note = Objects.requireNonNull(note, "note").strip();
    if (number.isEmpty()) {
      throw new IllegalArgumentException("a document number must not be blank");
    }
  }
}
