package org.mizan.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.model.Gender;

/**
 * PNRGOV segments to a {@link Manifest}: the TVL before the first PNR is the flight; each PNR (from
 * SRC) gives its booking reference (RCI) and itinerary (its TVL segments); each TIF is a traveller,
 * its name (surname, then given name with the title airlines append) completed by the SSR DOCS that
 * follows it (document, nationality, date of birth, gender, passport name).
 */
final class PnrgovMapping {
  private PnrgovMapping() {}

  /**
   * Titles airline reservation systems append to a given name ({@code JOHN MR}, {@code JOHNMR}).
   */
  private static final List<String> TITLES =
      List.of("MSTR", "MISS", "MRS", "MR", "MS", "DR", "PROF", "MX", "CHD", "INF");

  static Manifest map(
      List<Segment> segments,
      ManifestReader.Interchange interchange,
      List<ManifestWarning> warnings) {
    List<FlightLeg> flightLegs = new ArrayList<>();
    List<Traveller> travellers = new ArrayList<>();
    Pnr pnr = null;
    boolean inMessage = false;
    int messageStart = 0;
    int messages = 0;
    String version = "";
    for (int k = 0; k < segments.size(); k++) {
      Segment s = segments.get(k);
      switch (s.tag()) {
        case "UNH" -> {
          pnr = done(pnr, travellers, warnings);
          inMessage = s.value(2, 1).equals("PNRGOV");
          if (!inMessage) {
            warnings.add(
                new ManifestWarning(
                    s.index(), s.tag(), "not a PNRGOV message (" + s.value(2, 1) + "); skipped"));
            continue;
          }
          messages++;
          messageStart = k;
          if (version.isEmpty()) {
            version = s.value(2, 2) + ":" + s.value(2, 3);
          }
        }
        case "UNT" -> {
          if (inMessage) {
            pnr = done(pnr, travellers, warnings);
            PaxlstMapping.checkCount(s, k - messageStart + 1, warnings);
          }
          inMessage = false;
        }
        case "SRC" -> {
          if (inMessage) {
            pnr = done(pnr, travellers, warnings);
            pnr = new Pnr();
          }
        }
        case "TVL" -> {
          if (inMessage) {
            FlightLeg leg = leg(s);
            if (pnr == null) {
              if (!flightLegs.contains(leg)) {
                flightLegs.add(leg);
              }
            } else {
              pnr.itinerary.add(leg);
            }
          }
        }
        case "RCI" -> {
          if (pnr != null && pnr.bookingReference.isEmpty()) {
            pnr.bookingReference = s.value(1, 2);
          }
        }
        case "TIF" -> {
          if (inMessage) {
            if (pnr == null) {
              pnr = new Pnr();
            }
            pnr.travellers.add(new Tif(s));
          }
        }
        case "SSR" -> {
          if (pnr != null && s.value(1, 1).equalsIgnoreCase("DOCS")) {
            pnr.docs(s, interchange.latestYear(), warnings);
          }
        }
        default -> {}
      }
    }
    done(pnr, travellers, warnings);
    String carrier = flightLegs.isEmpty() ? "" : carrierOf(segments);
    String number = flightLegs.isEmpty() ? "" : numberOf(segments);
    return new Manifest(
        ManifestFormat.PNRGOV,
        interchange.sender(),
        interchange.recipient(),
        interchange.prepared(),
        version,
        messages,
        new Flight(carrier, number, flightLegs),
        travellers,
        warnings);
  }

  /** TVL: departure date:time:arrival date:time + from + to + carrier + flight number. */
  private static FlightLeg leg(Segment tvl) {
    String carrier = tvl.value(4, 1).toUpperCase(Locale.ROOT);
    String number = tvl.value(5, 1).toUpperCase(Locale.ROOT);
    return new FlightLeg(
        carrier + number,
        tvl.value(2, 1).toUpperCase(Locale.ROOT),
        tvl.value(3, 1).toUpperCase(Locale.ROOT),
        EdifactDates.ddmmyy(tvl.value(1, 1), tvl.value(1, 2)).map(EdifactDates::iso).orElse(""),
        EdifactDates.ddmmyy(tvl.value(1, 3), tvl.value(1, 4)).map(EdifactDates::iso).orElse(""));
  }

  private static Segment firstFlightTvl(List<Segment> segments) {
    for (Segment s : segments) {
      if (s.tag().equals("SRC")) {
        break;
      }
      if (s.tag().equals("TVL")) {
        return s;
      }
    }
    return new Segment(1, "TVL", List.of());
  }

  private static String carrierOf(List<Segment> segments) {
    return firstFlightTvl(segments).value(4, 1).toUpperCase(Locale.ROOT);
  }

  private static String numberOf(List<Segment> segments) {
    return firstFlightTvl(segments).value(5, 1).toUpperCase(Locale.ROOT);
  }

  private static Pnr done(Pnr pnr, List<Traveller> out, List<ManifestWarning> warnings) {
    if (pnr != null) {
      for (Tif t : pnr.travellers) {
        out.add(t.build(pnr, warnings));
      }
    }
    return null;
  }

  /** A PNR being read. */
  private static final class Pnr {
    String bookingReference = "";
    final List<FlightLeg> itinerary = new ArrayList<>();
    final List<Tif> travellers = new ArrayList<>();

    /**
     * SSR DOCS free text {@code /type/issuing state/number/nationality/DDMMMYY/gender/expiry/
     * surname/given/middle}: to the traveller it follows, or for an infant (gender MI, FI) to the
     * PNR's infant.
     */
    void docs(Segment ssr, int latestYear, List<ManifestWarning> warnings) {
      String text = "";
      for (int c = ssr.components(1); c >= 1 && text.isEmpty(); c--) {
        if (ssr.value(1, c).startsWith("/")) {
          text = ssr.value(1, c);
        }
      }
      if (text.isEmpty()) {
        return;
      }
      String[] sent = text.substring(1).split("/", -1);
      String[] fields = new String[10];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = i < sent.length ? sent[i].strip() : "";
      }
      String gender = fields[5].toUpperCase(Locale.ROOT);
      boolean infant = gender.equals("MI") || gender.equals("FI");
      Tif target = null;
      for (int i = travellers.size() - 1; i >= 0 && target == null; i--) {
        Tif t = travellers.get(i);
        if (infant == t.infant) {
          target = t;
        }
      }
      if (target == null && !travellers.isEmpty() && !infant) {
        target = travellers.get(travellers.size() - 1);
      }
      if (target == null) {
        warnings.add(
            new ManifestWarning(
                ssr.index(),
                ssr.tag(),
                infant
                    ? "document data of an infant without a TIF of its own (an infant on an"
                        + " adult's lap): not a traveller of this message, not screened"
                    : "document data before any traveller of the PNR; ignored"));
        return;
      }
      target.docs(ssr, fields, latestYear, warnings);
    }
  }

  /** A TIF and the document data given for it. */
  private static final class Tif {
    final Segment tif;
    final boolean infant;
    String surname;
    final List<String> given = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    String dateOfBirth = "";
    String nationality = "";
    final List<TravelDocument> documents = new ArrayList<>();
    boolean passportName;

    Tif(Segment tif) {
      this.tif = tif;
      this.surname = tif.value(1, 1);
      String type = tif.value(2, 2).toUpperCase(Locale.ROOT);
      this.infant = type.equals("IN") || tif.value(1, 2).equalsIgnoreCase("IN");
      String g = withoutTitle(tif.value(2, 1));
      if (!g.isEmpty()) {
        given.add(g);
      }
    }

    void docs(Segment ssr, String[] f, int latestYear, List<ManifestWarning> warnings) {
      // f: type, issuing state, number, nationality, date of birth, gender, expiry, surname,
      // given, middle
      if (!f[2].isEmpty()) {
        TravelDocument document =
            new TravelDocument(
                f[0].toUpperCase(Locale.ROOT),
                f[2],
                PaxlstMapping.country(ssr, f[1], "issuing state", warnings),
                EdifactDates.ddmmmyy(f[6], 2099).map(Object::toString).orElse(""));
        if (!documents.contains(document)) {
          documents.add(document);
        }
      }
      if (!f[3].isEmpty()) {
        nationality = PaxlstMapping.country(ssr, f[3], "nationality", warnings);
      }
      if (!f[4].isEmpty()) {
        var date = EdifactDates.ddmmmyy(f[4], latestYear);
        if (date.isPresent()) {
          dateOfBirth = date.get().toString();
        } else {
          warnings.add(
              new ManifestWarning(
                  ssr.index(),
                  ssr.tag(),
                  "the date of birth in SSR DOCS is not a date (DDMMMYY expected); the traveller"
                      + " is screened without it"));
        }
      }
      switch (f[5].toUpperCase(Locale.ROOT)) {
        case "M", "MI" -> gender = Gender.MALE;
        case "F", "FI" -> gender = Gender.FEMALE;
        default -> {}
      }
      if (!f[7].isEmpty() && !passportName) {
        // The name as in the travel document is the one to screen.
        passportName = true;
        surname = f[7];
        given.clear();
        for (String g : List.of(f[8], f[9])) {
          if (!g.isEmpty()) {
            given.add(g);
          }
        }
      }
    }

    Traveller build(Pnr pnr, List<ManifestWarning> warnings) {
      if (surname.isEmpty() && given.isEmpty()) {
        warnings.add(
            new ManifestWarning(
                tif.index(), tif.tag(), "a traveller without a name: it cannot be screened"));
      }
      return new Traveller(
          tif.index(),
          "TIF",
          TravellerRole.PASSENGER,
          surname,
          given,
          gender,
          dateOfBirth,
          nationality,
          "",
          "",
          documents,
          Map.of(),
          pnr.bookingReference,
          pnr.itinerary);
    }
  }

  /**
   * A given name without the title reservation systems append, with a space ({@code ISABELLE MRS})
   * or without ({@code JOHNMR}); joined titles are removed only when three letters or more remain,
   * so a name such as AMR keeps its letters.
   */
  static String withoutTitle(String given) {
    String g = given.strip();
    String upper = g.toUpperCase(Locale.ROOT);
    for (String title : TITLES) {
      if (upper.endsWith(" " + title)) {
        return g.substring(0, g.length() - title.length()).strip();
      }
    }
    for (String title : TITLES) {
      if (upper.endsWith(title) && g.length() - title.length() >= 3 && !title.equals("MX")) {
        return g.substring(0, g.length() - title.length());
      }
    }
    return g;
  }
}
