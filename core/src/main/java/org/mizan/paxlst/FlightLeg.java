package org.mizan.paxlst;

import java.util.Objects;

/**
 * One leg of a flight or itinerary.
 *
 * @param flight the flight as sent (carrier and number, e.g. {@code QQ877}), empty when not sent
 * @param from departure airport (IATA code as sent), empty when not sent
 * @param to arrival airport, empty when not sent
 * @param departure scheduled local departure as ISO 8601 ({@code 2014-05-11T13:40}), empty when not
 *     sent or unreadable
 * @param arrival scheduled local arrival, same form
 */
public record FlightLeg(String flight, String from, String to, String departure, String arrival) {
  public FlightLeg {
    Objects.requireNonNull(flight, "flight");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(departure, "departure");
    Objects.requireNonNull(arrival, "arrival");
  }
}
