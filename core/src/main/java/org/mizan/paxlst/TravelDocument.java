package org.mizan.paxlst;

import java.util.Objects;

/**
 * A travel document of a traveller (PAXLST DOC group, PNRGOV SSR DOCS).
 *
 * @param type document type code as sent ({@code P} passport, {@code I} identity card, {@code V}
 *     visa …), empty when not sent
 * @param number document number as sent, never blank
 * @param issuingState issuing state (ISO 3166 alpha-3 as sent), empty when not sent
 * @param expiry expiry date as ISO 8601 ({@code 2018-02-21}), empty when not sent or unreadable
 */
public record TravelDocument(String type, String number, String issuingState, String expiry) {
  public TravelDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    if (number.isBlank()) {
      throw new IllegalArgumentException("a travel document needs a number");
    }
    Objects.requireNonNull(issuingState, "issuingState");
    Objects.requireNonNull(expiry, "expiry");
  }
}
