package org.mizan.paxlst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.model.Gender;
import org.mizan.model.Subject;

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
    Segment flightTvl = null;
    Pnr pnr = null;
    Messages messages = new Messages(ManifestFormat.PNRGOV, warnings);
    // Whether a PAXLST traveller (NAD) came since the last TIF.
    boolean afterNad = false;
    for (int k = 0; k < segments.size(); k++) {
      Segment s = segments.get(k);
      Messages.Step step = messages.step(s, k);
      if (step != Messages.Step.BODY) {
        // A PAXLST traveller among a PNR's (FOREIGN) leaves the PNR open for the TIFs after it,
        // but what follows it up to the next TIF is not the TIF's before it.
        if (step != Messages.Step.OTHER && step != Messages.Step.FOREIGN) {
          pnr = done(pnr, travellers, warnings);
        }
        afterNad = step == Messages.Step.FOREIGN || (afterNad && step == Messages.Step.OTHER);
        if (step != Messages.Step.STRAY) {
          continue;
        }
      }
      switch (s.tag()) {
        case "SRC" -> {
          afterNad = false;
          done(pnr, travellers, warnings);
          pnr = new Pnr();
        }
        case "ABI" -> {
          if (pnr != null) {
            // PNR history follows: cancelled and changed segments, not the booking.
            pnr.history = true;
          }
        }
        case "TVL" -> {
          FlightLeg leg = leg(s, warnings);
          if (pnr == null) {
            if (flightTvl == null) {
              flightTvl = s;
            }
            if (!flightLegs.contains(leg)) {
              flightLegs.add(leg);
            }
          } else if (!pnr.history && !leg.from().isEmpty() && !leg.to().isEmpty()) {
            // Without both airports a TVL is no flight of the passenger's (a hotel, the
            // operating carrier of a codeshare).
            if (!pnr.itinerary.contains(leg)) {
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
          // A TIF in the PNR's history (a name since changed or cancelled) is screened too.
          afterNad = false;
          messages.traveller(s);
          if (pnr == null) {
            pnr = new Pnr();
          }
          pnr.add(new Tif(s));
        }
        case "SSR" -> {
          if (afterNad && s.value(1, 1).equalsIgnoreCase("DOCS")) {
            warnings.add(
                new ManifestWarning(
                    s.index(),
                    s.tag(),
                    "a traveller's document data (SSR DOCS) after a PAXLST traveller (NAD), which"
                        + " is read without it; ignored"));
          } else if (pnr != null && !pnr.history && s.value(1, 1).equalsIgnoreCase("DOCS")) {
            pnr.docs(s, interchange.latest(), warnings);
          }
        }
        default -> {}
      }
    }
    done(pnr, travellers, warnings);
    Segment tvl = flightTvl == null ? new Segment(1, "TVL", List.of()) : flightTvl;
    return new Manifest(
        ManifestFormat.PNRGOV,
        interchange.sender(),
        interchange.recipient(),
        interchange.prepared(),
        messages.version(),
        messages.count(),
        new Flight(
            tvl.value(4, 1).toUpperCase(Locale.ROOT),
            tvl.value(5, 1).toUpperCase(Locale.ROOT),
            flightLegs),
        travellers,
        warnings);
  }

  /**
   * TVL: departure date:time:arrival date:time + from + to + carrier + flight number. An arrival
   * time without a date is on the departure day, or the next when it is earlier.
   */
  private static FlightLeg leg(Segment tvl, List<ManifestWarning> warnings) {
    String carrier = tvl.value(4, 1).toUpperCase(Locale.ROOT);
    String number = tvl.value(5, 1).toUpperCase(Locale.ROOT);
    var departure = EdifactDates.ddmmyy(tvl.value(1, 1), tvl.value(1, 2));
    if (departure.isEmpty() && !tvl.value(1, 1).isBlank()) {
      warnings.add(
          new ManifestWarning(
              tvl.index(),
              tvl.tag(),
              "the departure date and time is not one (DDMMYY and HHMM expected); the leg is read"
                  + " without it"));
    }
    var arrival = EdifactDates.ddmmyy(tvl.value(1, 3), tvl.value(1, 4));
    if (arrival.isEmpty() && departure.isPresent() && tvl.value(1, 3).isEmpty()) {
      arrival =
          EdifactDates.ddmmyy(tvl.value(1, 1), tvl.value(1, 4))
              .filter(a -> !tvl.value(1, 4).isEmpty())
              .map(a -> a.isBefore(departure.get()) ? a.plusDays(1) : a);
    }
    return new FlightLeg(
        carrier + number,
        tvl.value(2, 1).toUpperCase(Locale.ROOT),
        tvl.value(3, 1).toUpperCase(Locale.ROOT),
        departure.map(EdifactDates::iso).orElse(""),
        arrival.map(EdifactDates::iso).orElse(""));
  }

  private static Pnr done(Pnr pnr, List<Traveller> out, List<ManifestWarning> warnings) {
    if (pnr != null) {
      pnr.end(warnings);
      int first = out.size();
      for (Tif t : pnr.travellers) {
        int sameAs = t.repeats == null ? 0 : first + pnr.travellers.indexOf(t.repeats) + 1;
        out.add(t.build(pnr, sameAs, warnings));
      }
    }
    return null;
  }

  /** A PNR being read. */
  private static final class Pnr {
    String bookingReference = "";
    boolean history;
    final List<FlightLeg> itinerary = new ArrayList<>();
    final List<Tif> travellers = new ArrayList<>();

    /** Infants' SSR DOCS read before the infant's own TIF. */
    final List<Pending> infantDocs = new ArrayList<>();

    record Pending(Segment ssr, String[] fields, LocalDate latest) {}

    /**
     * Adds a TIF; one that repeats an earlier passenger (a check-in group) points to it. A TIF with
     * no name repeats no one: nameless TIFs are not known to be one passenger, and none was
     * screened.
     */
    void add(Tif tif) {
      if (!history && !(tif.sentSurname.isBlank() && tif.sentGiven.isBlank())) {
        // A TIF of the history may be a name since changed: never a repeat.
        Tif first = firsts.putIfAbsent(tif.key(), tif);
        if (first != null) {
          tif.repeats = first;
        }
      }
      travellers.add(tif);
    }

    /** The first TIF of each passenger, by {@link Tif#key}. */
    final java.util.Map<String, Tif> firsts = new java.util.HashMap<>();

    /**
     * SSR DOCS free text {@code /type/issuing state/number/nationality/DDMMMYY/gender/expiry/
     * surname/given/middle}: to the traveller it follows; an infant's (gender MI, FI) to the PNR's
     * infant.
     */
    void docs(Segment ssr, LocalDate latest, List<ManifestWarning> warnings) {
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
      // One pass from the last TIF back: the last adult booked under the name the DOCS gives,
      // else the last adult. (A stream over every TIF for each DOCS made a PNR of 100,000 TIFs,
      // each with its DOCS, take minutes: a helper's find.)
      Tif named = null;
      Tif lastAdult = null;
      for (int i = travellers.size() - 1; i >= 0 && named == null; i--) {
        Tif t = travellers.get(i);
        if (!t.infant) {
          if (lastAdult == null) {
            lastAdult = t;
          }
          if (t.bookedAs(fields[7], fields[8])) {
            named = t;
          }
        }
      }
      if ((gender.equals("MI") || gender.equals("FI")) && named == null) {
        infantDocs.add(new Pending(ssr, fields, latest));
        return;
      }
      Tif target = named == null ? lastAdult : named;
      if (target == null) {
        warnings.add(
            new ManifestWarning(
                ssr.index(), ssr.tag(), "document data before any traveller of the PNR; ignored"));
        return;
      }
      Tif first = target.original();
      if (first != target && first.passportName && !first.samePassportName(fields)) {
        // Another passport name: not the passenger the first TIF is, whatever the TIFs say.
        target.repeats = null;
        first = target;
      }
      first.docs(ssr, fields, latest, warnings);
    }

    /** Gives the infants' document data to the infants' TIFs, in order. */
    void end(List<ManifestWarning> warnings) {
      List<Tif> infants = travellers.stream().filter(t -> t.infant && t.repeats == null).toList();
      for (Pending p : infantDocs) {
        String number = p.fields()[2];
        boolean repeated =
            infants.stream()
                .anyMatch(
                    t ->
                        (t.passportName && t.samePassportName(p.fields()))
                            || (!number.isEmpty()
                                && t.documents.stream().anyMatch(d -> d.number().equals(number))));
        if (repeated) {
          continue;
        }
        // The infant of that surname first, else the next infant without document data.
        Tif infant =
            infants.stream()
                .filter(t -> !t.passportName && t.sentSurname.equalsIgnoreCase(p.fields()[7]))
                .findFirst()
                .or(() -> infants.stream().filter(t -> !t.passportName).findFirst())
                .orElse(null);
        if (infant != null) {
          infant.docs(p.ssr(), p.fields(), p.latest(), warnings);
        } else {
          warnings.add(
              new ManifestWarning(
                  p.ssr().index(),
                  p.ssr().tag(),
                  "document data of an infant without a TIF of its own (an infant on an adult's"
                      + " lap): not a traveller of this message, not screened"));
        }
      }
    }
  }

  /** A TIF and the document data given for it. */
  private static final class Tif {
    final Segment tif;
    final boolean infant;
    final boolean group;
    final String reference;
    final String sentSurname;
    final String sentGiven;
    Tif repeats;
    String surname;
    final List<String> given = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    String dateOfBirth = "";
    String nationality = "";
    final List<TravelDocument> documents = new ArrayList<>();
    boolean passportName;

    Tif(Segment tif) {
      this.tif = tif;
      this.sentSurname = tif.value(1, 1);
      this.surname = sentSurname;
      this.sentGiven = tif.value(2, 1);
      String type = tif.value(2, 2).toUpperCase(Locale.ROOT);
      this.infant = type.equals("IN") || tif.value(1, 2).equalsIgnoreCase("IN");
      this.group = tif.value(1, 2).equalsIgnoreCase("G");
      this.reference = tif.value(2, 3);
      String g = withoutTitle(sentGiven, true);
      if (!g.isEmpty()) {
        given.add(g);
      }
    }

    /** The TIF this one repeats, or itself. */
    Tif original() {
      return repeats == null ? this : repeats;
    }

    /**
     * What makes two TIFs of a PNR the same passenger: the same name as sent, the same reference
     * number, both infants or neither.
     */
    String key() {
      return String.join(
          "\u0000",
          sentSurname.toUpperCase(Locale.ROOT),
          sentGiven.toUpperCase(Locale.ROOT),
          reference.toUpperCase(Locale.ROOT),
          Boolean.toString(infant));
    }

    /** Whether a surname and given name are this TIF's as booked (titles aside). */
    boolean bookedAs(String docsSurname, String docsGiven) {
      return sentSurname.equalsIgnoreCase(docsSurname)
          && withoutTitle(sentGiven, true).equalsIgnoreCase(withoutTitle(docsGiven, true));
    }

    /**
     * Whether SSR DOCS fields name the passenger this TIF's passport names: the same letters,
     * spaces and punctuation aside ({@code PARK/SEJOON} and {@code PA RK/SE JOON}).
     */
    boolean samePassportName(String[] f) {
      return letters(passportNameText()).equals(letters(f[7] + givenOf(f[8], f[9])));
    }

    /** The passport name read, surname then given names, as one text. */
    private String passportNameText() {
      return surname + String.join("", given);
    }

    private static String givenOf(String given, String middle) {
      return (withoutTitle(given, true) + " " + middle).strip();
    }

    void docs(Segment ssr, String[] f, LocalDate latest, List<ManifestWarning> warnings) {
      // f: type, issuing state, number, nationality, date of birth, gender, expiry, surname,
      // given, middle
      if (passportName
          && hasLetterOrDigit(passportNameText())
          && hasLetterOrDigit(f[7])
          && !samePassportName(f)) {
        // A second passport holder after one TIF: not this traveller's evidence, and no traveller
        // of this message (the travellers are the TIFs), as an infant on a lap is not.
        warnings.add(
            new ManifestWarning(
                ssr.index(),
                ssr.tag(),
                "document data naming another passport holder than the SSR DOCS before it for"
                    + " this traveller: not read, and that person, without a TIF of their own,"
                    + " is not screened"));
        return;
      }
      if (f[2].isEmpty() && !(f[0] + f[1] + f[6]).isBlank()) {
        // A document named (type, issuing state or expiry) without its number.
        warnings.add(
            new ManifestWarning(
                ssr.index(), ssr.tag(), "a travel document without a number in SSR DOCS"));
      }
      if (!f[2].isEmpty()) {
        String expiry =
            EdifactDates.ddmmmyy(f[6], EdifactDates.FAR).map(Object::toString).orElse("");
        if (expiry.isEmpty() && !f[6].isEmpty()) {
          warnings.add(
              new ManifestWarning(
                  ssr.index(),
                  ssr.tag(),
                  "the travel document's expiry date in SSR DOCS is not a date (DDMMMYY"
                      + " expected); the document is read without it"));
        }
        TravelDocument document =
            new TravelDocument(
                PaxlstMapping.documentType(ssr, f[0], " in SSR DOCS", warnings),
                f[2],
                PaxlstMapping.country(ssr, f[1], "issuing state", warnings),
                expiry);
        if (documents.stream().noneMatch(d -> d.number().equals(document.number()))) {
          documents.add(document);
        }
      }
      if (!f[3].isEmpty()) {
        nationality = PaxlstMapping.country(ssr, f[3], "nationality", warnings);
      }
      if (!f[4].isEmpty()) {
        var date = EdifactDates.ddmmmyy(f[4], latest);
        String problem =
            date.isEmpty()
                ? "is not a date (DDMMMYY expected)"
                : EdifactDates.beforeEarliestYear(date.get())
                    // A two-digit year read back from a message dated before 1900 (its UNB).
                    ? "is before "
                        + EdifactDates.EARLIEST_YEAR
                        + " (the century read from the message's date)"
                    : "";
        if (problem.isEmpty()) {
          dateOfBirth = date.get().toString();
        } else {
          warnings.add(
              new ManifestWarning(
                  ssr.index(),
                  ssr.tag(),
                  "the date of birth in SSR DOCS "
                      + problem
                      + "; the traveller is screened without it"));
        }
      }
      Gender sent = PaxlstMapping.gender(ssr, f[5], " in SSR DOCS", warnings);
      if (sent != Gender.UNKNOWN) {
        gender = sent;
      }
      if (!f[7].isEmpty() && (!passportName || !hasLetterOrDigit(passportNameText()))) {
        // The name as in the travel document is the one to screen.
        passportName = true;
        surname = f[7];
        given.clear();
        // Reservation systems append titles to passport names too (MOLLYMRS).
        for (String g : List.of(withoutTitle(f[8], true), f[9])) {
          if (!g.isEmpty()) {
            given.add(g);
          }
        }
      }
    }

    /**
     * The name as booked in this TIF when the passport name screened differs from it, or cannot be
     * screened as sent (over {@link Subject#MAX_NAME_LENGTH} characters: the same letters padded);
     * never a group's name or a placeholder ({@code TBA}), which name no one.
     */
    private String bookedName(Tif evidence) {
      String given = withoutTitle(sentGiven, true);
      if (!evidence.passportName || group || Traveller.isPlaceholder(sentSurname, List.of(given))) {
        return "";
      }
      String passportGiven = String.join(" ", evidence.given);
      // The same person as booked: the same surname, given names as booked or shortened.
      if (letters(sentSurname).equals(letters(evidence.surname))
          && letters(passportGiven).startsWith(letters(given))
          && !Subject.isTooLong(passportGiven + " " + evidence.surname)) {
        return "";
      }
      return (given + " " + sentSurname).strip();
    }

    private static boolean hasLetterOrDigit(String s) {
      return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String letters(String s) {
      return s.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
    }

    Traveller build(Pnr pnr, int sameAs, List<ManifestWarning> warnings) {
      Tif evidence = original();
      if (evidence.surname.isEmpty() && evidence.given.isEmpty()) {
        warnings.add(
            new ManifestWarning(
                tif.index(), tif.tag(), "a traveller without a name: it cannot be screened"));
      }
      return new Traveller(
          tif.index(),
          "TIF",
          TravellerRole.PASSENGER,
          evidence.surname,
          evidence.given,
          evidence.gender,
          evidence.dateOfBirth,
          evidence.nationality,
          "",
          "",
          evidence.documents,
          Map.of(),
          pnr.bookingReference,
          pnr.itinerary,
          sameAs,
          group && !evidence.passportName,
          bookedName(evidence));
    }
  }

  /**
   * Titles airlines join to a given name without a space ({@code JOHNMR}); not MS or DR, which end
   * given names (WILLIAMS, ALEXANDR).
   */
  private static final List<String> JOINED_TITLES = List.of("MSTR", "MISS", "MRS", "MR");

  /**
   * A given name without the title reservation systems append, with a space ({@code ISABELLE MRS})
   * or, when {@code joined}, without ({@code JOHNMR}); a joined title is removed only when three
   * letters or more remain, so names such as AMR and NIMR keep theirs.
   */
  static String withoutTitle(String given, boolean joined) {
    String g = given.strip();
    String upper = g.toUpperCase(Locale.ROOT);
    for (String title : TITLES) {
      if (upper.endsWith(" " + title)) {
        return g.substring(0, g.length() - title.length()).strip();
      }
    }
    if (joined) {
      for (String title : JOINED_TITLES) {
        if (upper.endsWith(title) && g.length() - title.length() >= 3) {
          return g.substring(0, g.length() - title.length());
        }
      }
    }
    return g;
  }
}
