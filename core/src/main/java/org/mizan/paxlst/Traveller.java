package org.mizan.paxlst;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mizan.model.BirthDate;
import org.mizan.model.Gender;

/**
 * One traveller of a manifest: a PAXLST NAD with qualifier FL, FM, DDT, DDU or COT and the segments
 * after it, or a PNRGOV TIF with its SSR DOCS.
 *
 * @param segmentIndex position of the NAD or TIF segment, 1-based from UNB
 * @param qualifier the NAD qualifier ({@code FL}, {@code FM}, {@code DDT}, {@code DDU}, {@code
 *     COT}) or {@code TIF}
 * @param role passenger or crew
 * @param surname surname as sent (upper case in most feeds), empty when none was sent
 * @param givenNames given and middle names as sent, in order
 * @param gender from ATT+2 or the SSR DOCS gender; {@link Gender#UNKNOWN} when not sent
 * @param dateOfBirth ISO 8601 date ({@code 1954-10-16}) or year ({@code 1954}, DTM format 602),
 *     empty when not sent or unreadable; the century of a two-digit year is the one that puts the
 *     date on or before the interchange date
 * @param nationality ISO 3166 alpha-3 code as sent (NAT+2, SSR DOCS), empty when not sent
 * @param residence country of residence (LOC+174), empty when not sent
 * @param placeOfBirth place of birth (LOC+180), empty when not sent
 * @param documents travel documents in message order
 * @param references RFF references by qualifier ({@code AVF} booking reference, {@code ABO}, {@code
 *     AEA}, {@code CR}, {@code SEA} seat …), in qualifier order
 * @param bookingReference the PNR record locator (PNRGOV RCI, PAXLST RFF+AVF), empty when not sent
 * @param itinerary the legs of the traveller's booking (PNRGOV TVL inside the PNR, history and
 *     non-air segments left out), empty for PAXLST
 * @param sameAs the number (1-based, in manifest order) of an earlier traveller this one repeats —
 *     a PNRGOV TIF repeated in a check-in group of the same PNR, with the same reference number — 0
 *     when it repeats none
 * @param group whether the PNRGOV TIF names a group booking (qualifier G), not a person
 * @param bookedName the name as booked in a PNRGOV TIF (given names, then surname, titles removed)
 *     when an SSR DOCS gave another passport name, which {@link #name()} is; empty otherwise
 */
public record Traveller(
    int segmentIndex,
    String qualifier,
    TravellerRole role,
    String surname,
    List<String> givenNames,
    Gender gender,
    String dateOfBirth,
    String nationality,
    String residence,
    String placeOfBirth,
    List<TravelDocument> documents,
    Map<String, String> references,
    String bookingReference,
    List<FlightLeg> itinerary,
    int sameAs,
    boolean group,
    String bookedName) {
  public Traveller {
    if (segmentIndex < 1) {
      throw new IllegalArgumentException("segmentIndex must be 1 or more: " + segmentIndex);
    }
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(surname, "surname");
    givenNames = List.copyOf(givenNames);
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(residence, "residence");
    Objects.requireNonNull(placeOfBirth, "placeOfBirth");
    documents = List.copyOf(documents);
    references = java.util.Collections.unmodifiableMap(new TreeMap<>(references));
    Objects.requireNonNull(bookingReference, "bookingReference");
    itinerary = List.copyOf(itinerary);
    Objects.requireNonNull(bookedName, "bookedName");
    if (sameAs < 0) {
      throw new IllegalArgumentException("sameAs must be 0 or more: " + sameAs);
    }
  }

  /**
   * The message type this traveller was read as: PNRGOV for a TIF, PAXLST for a NAD. In a file of
   * both types, or with a traveller of the other type among a message's, not always the manifest's
   * {@link Manifest#format()}.
   */
  public ManifestFormat format() {
    return qualifier.equals("TIF") ? ManifestFormat.PNRGOV : ManifestFormat.PAXLST;
  }

  /** This traveller as the repeat of traveller {@code number} (1-based; 0: of none). */
  Traveller withSameAs(int number) {
    return number == sameAs
        ? this
        : new Traveller(
            segmentIndex,
            qualifier,
            role,
            surname,
            givenNames,
            gender,
            dateOfBirth,
            nationality,
            residence,
            placeOfBirth,
            documents,
            references,
            bookingReference,
            itinerary,
            number,
            group,
            bookedName);
  }

  /** Given names then surname, separated by spaces, as a screening name; empty when none. */
  public String name() {
    StringBuilder b = new StringBuilder();
    for (String g : givenNames) {
      if (!g.isBlank()) {
        b.append(g.strip()).append(' ');
      }
    }
    return b.append(surname.strip()).toString().strip();
  }

  /** The date of birth, when one was read (a day, or a year alone). */
  public Optional<BirthDate> birthDate() {
    return dateOfBirth.isEmpty() ? Optional.empty() : Optional.of(BirthDate.parse(dateOfBirth));
  }

  /**
   * Whether the name is a placeholder for a traveller not yet named ({@code TBA}, to be announced,
   * as group bookings hold them).
   */
  public boolean isPlaceholder() {
    return format() == ManifestFormat.PNRGOV && isPlaceholder(surname, givenNames);
  }

  /**
   * Whether a PNR name is a placeholder: surname {@code TBA}, each given name {@code TBA} or at
   * most one letter.
   */
  static boolean isPlaceholder(String surname, List<String> givenNames) {
    // The whole name, not a part of it: a person may have a part that reads TBA.
    return surname.strip().equalsIgnoreCase("TBA")
        && givenNames.stream()
            .allMatch(g -> g.strip().length() <= 1 || g.strip().equalsIgnoreCase("TBA"));
  }
}
