package org.mizan.paxlst;

import java.util.List;
import java.util.Objects;

/**
 * What a passenger message (PAXLST or PNRGOV) reports: who sent it, the flight, and the travellers.
 *
 * @param format PAXLST or PNRGOV
 * @param sender interchange sender (UNB), empty when not sent
 * @param recipient interchange recipient (UNB), empty when not sent
 * @param prepared interchange preparation date and time (UNB) as ISO 8601, empty when unreadable
 * @param messageVersion message type version as sent in UNH ({@code D:05B}, {@code 13:1})
 * @param messages how many messages (UNH) of this format the interchange held
 * @param flight the flight reported
 * @param travellers every traveller in message order, also those without a readable name
 * @param warnings what was repaired or could not be read, in the order found
 */
public record Manifest(
    ManifestFormat format,
    String sender,
    String recipient,
    String prepared,
    String messageVersion,
    int messages,
    Flight flight,
    List<Traveller> travellers,
    List<ManifestWarning> warnings) {
  public Manifest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(prepared, "prepared");
    Objects.requireNonNull(messageVersion, "messageVersion");
    Objects.requireNonNull(flight, "flight");
    travellers = List.copyOf(travellers);
    warnings = List.copyOf(warnings);
  }
}
