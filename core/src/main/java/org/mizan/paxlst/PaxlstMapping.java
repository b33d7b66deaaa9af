package org.mizan.paxlst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.Countries;
import org.mizan.model.Gender;

/**
 * PAXLST segments to a {@link Manifest}: the transport groups (TDT, LOC 125/87/92, DTM 189/232)
 * become the flight's legs, each NAD with a traveller qualifier and the segments up to the next NAD
 * or CNT become a traveller (ATT+2 gender, DTM+329 date of birth, NAT+2, LOC+174/180, RFF, DOC with
 * its DTM+36 and LOC+91). Control counts (CNT+42/41, UNT) that disagree with what was read are
 * warnings.
 */
final class PaxlstMapping {
  private PaxlstMapping() {}

  /**
   * The segments that only a traveller's group holds (UNTDID PAXLST segment group 4 and its
   * groups): one before any traveller has no one to belong to.
   */
  private static final Set<String> TRAVELLER_DATA =
      Set.of("ATT", "DOC", "NAT", "FTX", "EMP", "MEA", "QTY", "GEI");

  /**
   * Segments a traveller's group holds that are also a flight's (DTM, LOC) or the message's (RFF,
   * COM), so not {@link #TRAVELLER_DATA} where no traveller is being read: after a TIF, they are.
   */
  private static final Set<String> AFTER_TIF_DATA = Set.of("DTM", "LOC", "RFF", "COM", "CPI");

  static final Set<String> PASSENGERS = Set.of("FL", "DDT");
  static final Set<String> CREW = Set.of("FM", "DDU", "COT");

  /**
   * The NAD qualifiers of a traveller ({@link #PASSENGERS}, {@link #CREW}) as messages list them.
   */
  static final String TRAVELLER_QUALIFIERS = "FL, FM, DDT, DDU or COT";

  /** Whether {@code qualifier} (a NAD's first element, in any case) is a traveller's. */
  static boolean isTraveller(String qualifier) {
    String q = qualifier.toUpperCase(Locale.ROOT);
    return PASSENGERS.contains(q) || CREW.contains(q);
  }

  /** A flight designator: two-character IATA or three-letter ICAO code, then the number. */
  private static final Pattern DESIGNATOR =
      Pattern.compile("([A-Z0-9]{2}|[A-Z]{3})\\s?(\\d{1,4}[A-Z]?)");

  private static final Countries COUNTRIES = Countries.standard();

  /** The segment tags of PAXLST (D.02B to D.05B) and the service segments. */
  private static final Set<String> PAXLST_TAGS =
      Set.of(
          "UNA", "UNB", "UNG", "UNH", "BGM", "RFF", "DTM", "NAD", "COM", "TDT", "LOC", "ATT", "GEI",
          "FTX", "MEA", "QTY", "NAT", "EMP", "DOC", "CPI", "CNT", "UNT", "UNE", "UNZ", "UNS", "FII",
          "GID", "CTA", "SEQ");

  static Manifest map(
      List<Segment> segments,
      ManifestReader.Interchange interchange,
      List<ManifestWarning> warnings) {
    List<LegBuilder> legs = new ArrayList<>();
    List<Traveller> travellers = new ArrayList<>();
    TravellerBuilder traveller = null;
    LegBuilder leg = null;
    Messages messages = new Messages(ManifestFormat.PAXLST, warnings);
    // Whether a PNRGOV traveller (TIF) came since this message's last traveller.
    boolean afterTif = false;
    int tifs = 0;
    int declaredPassengers = -1;
    int declaredCrew = -1;
    int passengers = 0;
    int crew = 0;
    for (int k = 0; k < segments.size(); k++) {
      Segment s = segments.get(k);
      Messages.Step step = messages.step(s, k);
      if (step != Messages.Step.BODY) {
        if (step != Messages.Step.OTHER) {
          traveller = done(traveller, travellers, warnings);
          leg = null;
        }
        afterTif = step == Messages.Step.FOREIGN || (afterTif && step == Messages.Step.OTHER);
        if (step == Messages.Step.FOREIGN) {
          // A PNRGOV traveller among the message's, read as one: a passenger CNT+42 may count.
          tifs++;
        }
        if (step != Messages.Step.STRAY) {
          continue;
        }
      }
      if (!PAXLST_TAGS.contains(s.tag()) && isTraveller(s.value(1))) {
        // A damaged tag (N4D): its traveller's segments must not go to the traveller before.
        warnings.add(
            new ManifestWarning(
                s.index(),
                s.tag(),
                "not a PAXLST segment tag, but a traveller's NAD qualifier follows; read as NAD"));
        s = new Segment(s.index(), "NAD", s.elements());
      }
      switch (s.tag()) {
        case "TDT" -> {
          traveller = done(traveller, travellers, warnings);
          afterTif = false;
          leg = new LegBuilder(s.value(2), s.value(5, 1));
          legs.add(leg);
        }
        case "NAD" -> {
          traveller = done(traveller, travellers, warnings);
          afterTif = false;
          leg = null;
          String qualifier = s.value(1).toUpperCase(Locale.ROOT);
          if (isTraveller(qualifier)) {
            messages.traveller(s);
            traveller = new TravellerBuilder(s, qualifier, warnings);
            if (CREW.contains(qualifier)) {
              crew++;
            } else {
              passengers++;
            }
          } else if (!qualifier.equals("MS")) {
            warnings.add(
                new ManifestWarning(
                    s.index(),
                    s.tag(),
                    "a NAD qualified neither as a traveller ("
                        + TRAVELLER_QUALIFIERS
                        + ") nor as the reporting party (MS); not read as a traveller"));
          }
        }
        case "CNT" -> {
          traveller = done(traveller, travellers, warnings);
          String q = s.value(1, 1);
          int n = Messages.number(s.value(1, 2));
          if ((q.equals("42") || q.equals("41")) && n < 0 && !s.value(1, 2).isBlank()) {
            // Never quoted: a name may have been sent in the wrong field.
            warnings.add(
                new ManifestWarning(
                    s.index(), s.tag(), "the control count is not a number; ignored"));
          }
          if (q.equals("42") && n >= 0) {
            declaredPassengers = Math.max(0, declaredPassengers) + n;
          } else if (q.equals("41") && n >= 0) {
            declaredCrew = Math.max(0, declaredCrew) + n;
          }
        }
        default -> {
          if (traveller != null) {
            traveller.add(s, interchange, warnings);
          } else if (afterTif
              && (TRAVELLER_DATA.contains(s.tag()) || AFTER_TIF_DATA.contains(s.tag()))) {
            // A TIF carries no PAXLST data: a date of birth or a reference after it is said to go
            // nowhere, as an ATT is (a new user's find: DTM+329 went without a word).
            warnings.add(
                new ManifestWarning(
                    s.index(),
                    s.tag(),
                    "a traveller's data (ATT, DOC, DTM, NAT, ...) after a PNRGOV traveller (TIF),"
                        + " which is read without it; ignored"));
          } else if (TRAVELLER_DATA.contains(s.tag())) {
            warnings.add(
                new ManifestWarning(
                    s.index(),
                    s.tag(),
                    "a traveller's data (ATT, DOC, NAT, ...) before any traveller (NAD+FL,"
                        + " FM, DDT, DDU or COT); ignored"));
          } else if (leg != null) {
            leg.add(s, interchange.latest(), warnings);
          }
        }
      }
    }
    done(traveller, travellers, warnings);
    String held =
        "; the message holds "
            + ManifestWarning.count(passengers, "passenger", "passengers")
            + " and "
            + ManifestWarning.count(crew, "crew member", "crew members")
            + (tifs == 0
                ? ""
                : ", besides "
                    + ManifestWarning.count(tifs, "PNRGOV traveller", "PNRGOV travellers")
                    + " (TIF)");
    if (declaredPassengers >= 0
        && declaredPassengers != passengers
        && declaredPassengers != passengers + tifs) {
      warnings.add(
          ManifestWarning.ofFile(
              "CNT+42 declares "
                  + ManifestWarning.count(declaredPassengers, "passenger", "passengers")
                  + held));
    }
    if (declaredCrew >= 0 && declaredCrew != crew) {
      warnings.add(
          ManifestWarning.ofFile(
              "CNT+41 declares "
                  + ManifestWarning.count(declaredCrew, "crew member", "crew members")
                  + held));
    }
    return new Manifest(
        ManifestFormat.PAXLST,
        interchange.sender(),
        interchange.recipient(),
        interchange.prepared(),
        messages.version(),
        messages.count(),
        flight(legs),
        travellers,
        warnings);
  }

  /** The flight: the transport group that crosses the border (LOC 125/87), else the last. */
  private static Flight flight(List<LegBuilder> legs) {
    List<FlightLeg> built = new ArrayList<>();
    LegBuilder main = null;
    for (LegBuilder l : legs) {
      FlightLeg leg = l.build();
      if (!built.contains(leg)) {
        built.add(leg);
      }
      if (main == null || l.border || !main.border) {
        main = l;
      }
    }
    if (main == null) {
      return new Flight("", "", built);
    }
    String carrier = main.carrier;
    String number = main.flight;
    Matcher m = DESIGNATOR.matcher(main.flight);
    if (!carrier.isEmpty() && main.flight.startsWith(carrier)) {
      number = main.flight.substring(carrier.length()).strip();
    } else if (m.matches()) {
      carrier = carrier.isEmpty() ? m.group(1) : carrier;
      number = m.group(2);
    }
    return new Flight(carrier, number, built);
  }

  private static TravellerBuilder done(
      TravellerBuilder t, List<Traveller> out, List<ManifestWarning> warnings) {
    if (t != null) {
      out.add(t.build(warnings));
    }
    return null;
  }

  /** A transport group being read. */
  private static final class LegBuilder {
    final String flight;
    final String carrier;
    String from = "";
    String to = "";
    String departure = "";
    String arrival = "";
    boolean border;

    LegBuilder(String flight, String carrier) {
      this.flight = flight.toUpperCase(Locale.ROOT);
      this.carrier = carrier.toUpperCase(Locale.ROOT);
    }

    void add(Segment s, LocalDate latest, List<ManifestWarning> warnings) {
      switch (s.tag()) {
        case "LOC" -> {
          String q = s.value(1);
          String place = s.value(2, 1).toUpperCase(Locale.ROOT);
          switch (q) {
            case "125" -> {
              from = place;
              border = true;
            }
            case "87" -> {
              to = place;
              border = true;
            }
            case "92" -> {
              if (from.isEmpty()) {
                from = place;
              } else if (to.isEmpty()) {
                to = place;
              }
            }
            default -> {}
          }
        }
        case "DTM" -> {
          String q = s.value(1, 1);
          String when =
              EdifactDates.dateTime(s.value(1, 2), s.value(1, 3), latest)
                  .map(EdifactDates::iso)
                  .orElse("");
          if ((q.equals("189") || q.equals("232")) && when.isEmpty() && !s.value(1, 2).isBlank()) {
            warnings.add(
                new ManifestWarning(
                    s.index(),
                    s.tag(),
                    "the "
                        + (q.equals("189") ? "departure" : "arrival")
                        + " date and time is not one (YYMMDDHHMM or CCYYMMDDHHMM expected); the"
                        + " leg is read without it"));
          }
          if (q.equals("189")) {
            departure = when;
          } else if (q.equals("232")) {
            arrival = when;
          }
        }
        default -> {}
      }
    }

    FlightLeg build() {
      return new FlightLeg(flight, from, to, departure, arrival);
    }
  }

  /** A traveller group (NAD and what follows) being read. */
  private static final class TravellerBuilder {
    final Segment nad;
    final String qualifier;
    String surname = "";
    final List<String> given = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    String dateOfBirth = "";
    String nationality = "";
    String residence = "";
    String placeOfBirth = "";
    final List<TravelDocument> documents = new ArrayList<>();
    final Map<String, String> references = new LinkedHashMap<>();
    // the DOC group being read: type, number, issuing state, expiry
    String[] document;

    TravellerBuilder(Segment nad, String qualifier, List<ManifestWarning> warnings) {
      this.nad = nad;
      this.qualifier = qualifier;
      // C080 party name: surname, then given names (components 2 to 5).
      surname = nad.value(4, 1);
      for (int c = 2; c <= nad.components(4); c++) {
        String g = nad.value(4, c);
        if (!g.isEmpty()) {
          given.add(g);
        }
      }
      if (surname.isEmpty() && given.isEmpty() && !nad.value(3, 1).isEmpty()) {
        // Some senders put the name in C058 (name and address, free lines).
        surname = nad.value(3, 1);
        warnings.add(
            new ManifestWarning(
                nad.index(), nad.tag(), "the name was sent as name and address (C058), not C080"));
      }
    }

    void add(Segment s, ManifestReader.Interchange interchange, List<ManifestWarning> warnings) {
      LocalDate latest = interchange.latest();
      switch (s.tag()) {
        case "ATT" -> {
          if (s.value(1).equals("2")) {
            Gender sent = gender(s, s.value(3, 1), "", warnings);
            if (gender != Gender.UNKNOWN && sent != Gender.UNKNOWN && sent != gender) {
              warnings.add(
                  new ManifestWarning(
                      s.index(),
                      s.tag(),
                      "a second gender that differs from the traveller's first; the first is"
                          + " kept"));
            } else if (sent != Gender.UNKNOWN) {
              gender = sent;
            }
          }
        }
        case "DTM" -> {
          String q = s.value(1, 1);
          if (q.equals("329")) {
            var date = EdifactDates.birthDate(s.value(1, 2), s.value(1, 3), latest);
            if (date.isEmpty()) {
              // A date and time (201, 203) whose time is valid: its date, with a warning.
              date = EdifactDates.birthDateOfDateTime(s.value(1, 2), s.value(1, 3), latest);
              warnings.add(
                  new ManifestWarning(
                      s.index(),
                      s.tag(),
                      date.isPresent()
                          ? "the date of birth is sent with a time of day (format "
                              + s.value(1, 3)
                              + "); its date is read"
                          : "the date of birth "
                              + EdifactDates.birthDateProblem(
                                  s.value(1, 2), s.value(1, 3), latest, interchange.latestText())
                              + "; the traveller is screened without it"));
            }
            if (date.isPresent() && !dateOfBirth.isEmpty() && !date.get().equals(dateOfBirth)) {
              warnings.add(
                  new ManifestWarning(
                      s.index(),
                      s.tag(),
                      "a second date of birth that differs from the traveller's first; the first"
                          + " is kept"));
            } else if (date.isPresent()) {
              dateOfBirth = date.get();
            }
          } else if (q.equals("36") && document != null) {
            document[3] =
                EdifactDates.date(s.value(1, 2), s.value(1, 3), EdifactDates.FAR)
                    .map(Object::toString)
                    .orElse("");
            if (document[3].isEmpty() && !s.value(1, 2).isBlank()) {
              warnings.add(
                  new ManifestWarning(
                      s.index(),
                      s.tag(),
                      "the travel document's expiry date is not a date (YYMMDD or CCYYMMDD"
                          + " expected); the document is read without it"));
            }
          }
        }
        case "NAT" -> nationality = country(s, s.value(2, 1), "nationality", warnings);
        case "LOC" -> {
          String q = s.value(1);
          switch (q) {
            case "174" -> residence = country(s, s.value(2, 1), "country of residence", warnings);
            case "180" -> {
              placeOfBirth = s.value(2, 1);
              for (int c = 2; c <= s.components(2) && placeOfBirth.isEmpty(); c++) {
                placeOfBirth = s.value(2, c);
              }
            }
            case "91" -> {
              if (document != null) {
                document[2] = country(s, s.value(2, 1), "issuing state", warnings);
              }
            }
            default -> {}
          }
        }
        case "RFF" -> {
          if (!s.value(1, 1).isEmpty() && !s.value(1, 2).isEmpty()) {
            references.putIfAbsent(s.value(1, 1).toUpperCase(Locale.ROOT), s.value(1, 2));
          }
        }
        case "DOC" -> {
          endDocument();
          document =
              new String[] {documentType(s, s.value(1, 1), "", warnings), s.value(2, 1), "", ""};
          if (document[1].isEmpty()) {
            warnings.add(
                new ManifestWarning(s.index(), s.tag(), "a travel document without a number"));
            document = null;
          }
        }
        default -> {}
      }
    }

    private void endDocument() {
      if (document != null) {
        documents.add(new TravelDocument(document[0], document[1], document[2], document[3]));
        document = null;
      }
    }

    Traveller build(List<ManifestWarning> warnings) {
      endDocument();
      if (surname.isEmpty() && given.isEmpty()) {
        warnings.add(
            new ManifestWarning(
                nad.index(), nad.tag(), "a traveller without a name: it cannot be screened"));
      }
      return new Traveller(
          nad.index(),
          qualifier,
          CREW.contains(qualifier) ? TravellerRole.CREW : TravellerRole.PASSENGER,
          surname,
          given,
          gender,
          dateOfBirth,
          nationality,
          residence,
          placeOfBirth,
          documents,
          references,
          references.getOrDefault("AVF", ""),
          List.of(),
          0,
          false,
          "");
    }
  }

  /**
   * The gender of an ATT (UNTDID 9019 codes M, F, U; ICAO Doc 9303's X) or SSR DOCS (also MI, FI,
   * an infant's): {@link Gender#UNKNOWN} for U, X or nothing sent, and, with a warning, for any
   * other value.
   *
   * @param where where the value was, for the warning ({@code " in SSR DOCS"}), or empty
   */
  static Gender gender(Segment s, String sent, String where, List<ManifestWarning> warnings) {
    return switch (sent.strip().toUpperCase(Locale.ROOT)) {
      case "M", "MI" -> Gender.MALE;
      case "F", "FI" -> Gender.FEMALE;
      case "U", "X", "" -> Gender.UNKNOWN;
      default -> {
        // Never quoted: a name may have been sent in the wrong field.
        warnings.add(
            new ManifestWarning(
                s.index(),
                s.tag(),
                "the gender"
                    + where
                    + " is not M, F, U or X; the traveller is screened without it"));
        yield Gender.UNKNOWN;
      }
    };
  }

  /**
   * A travel document's type as sent, in capitals, when it is a code (one to three letters or
   * digits: P, I, AC, IP …, UNTDID 1001 as the API guidelines use it); else empty, with a warning.
   *
   * @param where where the value was, for the warning ({@code " in SSR DOCS"}), or empty
   */
  static String documentType(Segment s, String sent, String where, List<ManifestWarning> warnings) {
    String type = sent.strip().toUpperCase(Locale.ROOT);
    if (type.matches("[A-Z0-9]{0,3}")) {
      return type;
    }
    warnings.add(
        new ManifestWarning(
            s.index(),
            s.tag(),
            "the travel document's type"
                + where
                + " ("
                + ManifestWarning.count(type.length(), "character", "characters")
                + ") is not a code of one to three letters or digits; the document is read"
                + " without it"));
    return "";
  }

  /**
   * A country code as sent, upper case; a warning when it is not an ISO 3166 code (the traveller is
   * screened without it).
   */
  static String country(Segment s, String code, String what, List<ManifestWarning> warnings) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (!c.isEmpty() && (c.length() > 3 || COUNTRIES.code(c).isEmpty())) {
      warnings.add(
          new ManifestWarning(
              s.index(),
              s.tag(),
              "the "
                  + what
                  + " "
                  // Never quoted: a name may have been sent in the wrong field (KIM, IZZAT).
                  + "("
                  + ManifestWarning.count(c.length(), "character", "characters")
                  + ")"
                  + " is not an ISO 3166 country code; ignored"));
      return "";
    }
    return c;
  }
}
