package org.mizan.paxlst;

import java.util.List;
import java.util.Objects;

/**
 * The flight a manifest reports.
 *
 * @param carrier airline designator (IATA two-character or ICAO three-letter), empty when not sent
 * @param number flight number without the designator (e.g. {@code 0989}), empty when not sent
 * @param legs the legs in message order: PAXLST transport groups (TDT with LOC 125/87/92 and DTM
 *     189/232), or the PNRGOV flight (TVL before the first PNR)
 */
public record Flight(String carrier, String number, List<FlightLeg> legs) {
  public Flight {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(number, "number");
    legs = List.copyOf(legs);
  }
}
