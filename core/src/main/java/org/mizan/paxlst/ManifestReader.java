package org.mizan.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a passenger message — a UN/EDIFACT PAXLST passenger or crew list (API), or a PNRGOV PNR
 * push — into a {@link Manifest}.
 *
 * <p>Real feeds are repaired where they can be (see {@link ManifestWarning}): transmission
 * envelopes, 64-column line wrapping, stray spaces, short or wrong UNAs, a repetition separator
 * that splits names, control counts that disagree, a missing trailer. A traveller whose segments
 * cannot be read is kept with a warning naming its segment, and the others are read. Only a file of
 * which nothing can be read is refused with a {@link PaxlstFormatException}.
 *
 * <p>Sources: UN/EDIFACT syntax ISO 9735 (read by StAEDI); PAXLST message structure UNTDID D.02B
 * and D.05B with the WCO/IATA/ICAO API guidelines' use of its qualifiers; PNRGOV as IATA/WCO/ICAO
 * publish it (versions 10.1 to 13.1 seen). Thread-safe: holds no state.
 */
public final class ManifestReader {
  private ManifestReader() {}

  /** The largest message read, in bytes: far above a wide-body manifest or a day's PNR push. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /**
   * Reads the whole of {@code in}: every interchange in it.
   *
   * @param in the message bytes, in any ISO 9735 character repertoire the UNB declares
   * @param source the file or stream name, for warnings and errors
   * @param today the day no date of birth can be after when the interchange gives no date; a
   *     two-digit year of birth takes the century that puts it on or before the interchange date
   * @throws PaxlstFormatException when nothing can be read: no interchange, no PAXLST or PNRGOV
   *     message, no traveller, or more than {@link #MAX_BYTES} bytes
   * @throws IOException when {@code in} cannot be read
   */
  public static Manifest read(InputStream in, String source, LocalDate today) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new PaxlstFormatException(
          source, 0, "", "larger than " + MAX_BYTES / (1024 * 1024) + " MiB: not one message");
    }
    return read(bytes, source, today);
  }

  /** Reads {@code bytes}; see {@link #read(InputStream, String, LocalDate)}. */
  public static Manifest read(byte[] bytes, String source, LocalDate today) {
    Warnings warnings = new Warnings();
    List<Segment> read = new ArrayList<>(segments(bytes, source, warnings));
    if (read.isEmpty()) {
      throw new PaxlstFormatException(source, 1, "UNB", "the interchange header cannot be read");
    }
    Interchange interchange = Interchange.of(read.get(0), today, warnings);
    List<ManifestFormat> formats = new ArrayList<>();
    Segment firstHeader = null;
    for (int k = 0; k < read.size(); k++) {
      Segment s = read.get(k);
      if (!s.tag().equals("UNH")) {
        continue;
      }
      if (firstHeader == null) {
        firstHeader = s;
        // Travellers before it: a message whose header is damaged (UNX), read as its travellers'.
        addNew(formats, carried(read, 0, k));
      }
      String type = s.value(2, 1);
      String upper = type.toUpperCase(Locale.ROOT);
      ManifestFormat named =
          switch (upper) {
            case "PAXLST" -> ManifestFormat.PAXLST;
            case "PNRGOV" -> ManifestFormat.PNRGOV;
            default -> null;
          };
      String naming = "a message that names " + typeText(named == null ? type : upper);
      ManifestFormat carried = carried(read, k + 1, read.size());
      // A message holding travellers of the type it names keeps it, whatever comes first: a TIF
      // among its NADs is a traveller of the other type (Messages.Step.STRAY), not its type.
      ManifestFormat format =
          carried == null || (named != null && holds(read, k + 1, named)) ? named : carried;
      if (format == null) {
        warnings.add(
            new ManifestWarning(
                s.index(), s.tag(), naming + ", neither PAXLST nor PNRGOV; skipped"));
        continue;
      }
      if (format != named) {
        // A damaged type (PAXLTS, PAX, none), or the other type, over a message's travellers.
        String travellers =
            format == ManifestFormat.PAXLST ? "NAD+" + PaxlstMapping.TRAVELLER_QUALIFIERS : "TIF";
        warnings.add(
            new ManifestWarning(
                s.index(),
                s.tag(),
                naming
                    + " holds "
                    + format
                    + " travellers ("
                    + travellers
                    + "); read as "
                    + format));
      } else if (!upper.equals(type)) {
        warnings.add(
            new ManifestWarning(
                s.index(),
                s.tag(),
                "the message type is not written in capital letters; read as " + upper));
      }
      if (!format.name().equals(type)) {
        // The mappings read the header as repaired.
        read.set(k, withType(s, format.name()));
      }
      addNew(formats, format);
    }
    if (firstHeader == null) {
      addNew(formats, carried(read, 0, read.size()));
    }
    if (formats.isEmpty()) {
      throw noMessage(source, firstHeader, read, warnings);
    }
    List<Segment> segments = unglued(read, formats, warnings);
    // A traveller of the other type among a message's (a TIF after a PAXLST message's trailer, or
    // in a message whose header is damaged) is read by its own type's mapping, not lost.
    segments.forEach(s -> addNew(formats, Messages.travellerFormat(s)));
    List<Manifest> mapped = new ArrayList<>();
    for (ManifestFormat format : formats) {
      mapped.add(
          format == ManifestFormat.PAXLST
              ? PaxlstMapping.map(segments, interchange, warnings)
              : PnrgovMapping.map(segments, interchange, warnings));
    }
    Manifest manifest = mapped.size() == 1 ? mapped.get(0) : merged(mapped, warnings);
    if (manifest.travellers().isEmpty()) {
      throw new PaxlstFormatException(
          source,
          0,
          "",
          formats.size() == 2
              ? "no traveller (NAD with qualifier "
                  + PaxlstMapping.TRAVELLER_QUALIFIERS
                  + ", or TIF) in the messages"
              : formats.get(0) == ManifestFormat.PAXLST
                  ? "no traveller (NAD with qualifier "
                      + PaxlstMapping.TRAVELLER_QUALIFIERS
                      + ") in the message"
                  : "no traveller (TIF) in the message");
    }
    return new Manifest(
        manifest.format(),
        manifest.sender(),
        manifest.recipient(),
        manifest.prepared(),
        manifest.messageVersion(),
        manifest.messages(),
        manifest.flight(),
        manifest.travellers(),
        warnings.listed());
  }

  /**
   * The error of an interchange with no PAXLST or PNRGOV message, where it is seen: at the first
   * message header ({@code firstHeader}, of another type), else at the first segment after the
   * interchange and group headers, where a message header was due (a damaged {@code UNH}), or at
   * text before it that is no segment ({@code UN H}).
   */
  private static PaxlstFormatException noMessage(
      String source, Segment firstHeader, List<Segment> read, List<ManifestWarning> warnings) {
    if (firstHeader != null) {
      return new PaxlstFormatException(
          source,
          firstHeader.index(),
          "UNH",
          "no PAXLST or PNRGOV message in the interchange (the first message header names "
              + typeText(firstHeader.value(2, 1))
              + ")");
    }
    for (Segment s : read) {
      if (!List.of("UNA", "UNB", "UNG").contains(s.tag())) {
        for (ManifestWarning w : warnings) {
          if (w.segmentIndex() > 0
              && w.segmentIndex() < s.index()
              && w.message().startsWith(EdifactSegments.NOT_A_SEGMENT)) {
            // Text that is no segment, skipped before it (UN H): the damaged header itself.
            return new PaxlstFormatException(
                source,
                w.segmentIndex(),
                "",
                "no message header (UNH) in the interchange: one was due here, where the text is"
                    + " not a segment");
          }
        }
        return new PaxlstFormatException(
            source,
            s.index(),
            s.tag(),
            "no message header (UNH) in the interchange: a message header was due here");
      }
    }
    return new PaxlstFormatException(
        source, 0, "UNH", "no message header (UNH) in the interchange");
  }

  private static void addNew(List<ManifestFormat> formats, ManifestFormat format) {
    if (format != null && !formats.contains(format)) {
      formats.add(format);
    }
  }

  /**
   * The format whose travellers the segments from {@code from} hold, up to {@code to} or the next
   * message header (after the trailer too, where a message's travellers are read: a damaged type
   * whose travellers all came after its trailer was refused, a helper's find): PAXLST for a NAD
   * with a traveller qualifier, PNRGOV for a TIF; null when none.
   */
  private static ManifestFormat carried(List<Segment> read, int from, int to) {
    for (int k = from; k < to; k++) {
      Segment s = read.get(k);
      if (s.tag().equals("UNH")) {
        return null;
      }
      ManifestFormat format = Messages.travellerFormat(s);
      if (format != null) {
        return format;
      }
    }
    return null;
  }

  /**
   * Whether the message whose segments begin at {@code from} holds a traveller or a flight of
   * {@code format} before the next message header, after its trailer too (where the message's
   * travellers are read, a helper's find: a PNR whose TIFs came after the trailer, a NAD before it,
   * was read as PAXLST and lost its flight).
   */
  private static boolean holds(List<Segment> read, int from, ManifestFormat format) {
    for (int k = from; k < read.size(); k++) {
      Segment s = read.get(k);
      if (s.tag().equals("UNH")) {
        return false;
      }
      // Or a flight as that type sends it (PAXLST's TDT, PNRGOV's TVL and SRC): a PAXLST message
      // with a TIF alone is a PAXLST flight with a PNRGOV traveller, not a PNRGOV message, whose
      // flight was lost (a breaker's find).
      if (Messages.travellerFormat(s) == format || STRUCTURE.get(format).contains(s.tag())) {
        return true;
      }
    }
    return false;
  }

  /** The segments of a message of each type that no message of the other type has. */
  private static final java.util.Map<ManifestFormat, java.util.Set<String>> STRUCTURE =
      java.util.Map.of(
          ManifestFormat.PAXLST, java.util.Set.of("TDT"),
          ManifestFormat.PNRGOV, java.util.Set.of("TVL", "SRC"));

  /**
   * Message header {@code unh} with its message type (element 2, component 1) set to {@code type}.
   */
  private static Segment withType(Segment unh, String type) {
    List<List<String>> elements = new ArrayList<>(unh.elements());
    while (elements.size() < 2) {
      elements.add(List.of(""));
    }
    List<String> identifier = new ArrayList<>(elements.get(1));
    if (identifier.isEmpty()) {
      identifier.add(type);
    } else {
      identifier.set(0, type);
    }
    elements.set(1, identifier);
    return new Segment(unh.index(), unh.tag(), elements);
  }

  /**
   * A message type as errors and warnings quote it: the type when it has the form of a UNTDID
   * message type (six capital letters: INVOIC, CUSRES), else its length only, since a damaged
   * header may hold a traveller's name there (SMITH), or that it is missing.
   */
  private static String typeText(String type) {
    if (type.isEmpty()) {
      return "no message type";
    }
    return type.matches("[A-Z]{6}")
        ? "the type " + type
        : "a type that is no UNTDID message type code (" + type.length() + " characters)";
  }

  /** The most warnings listed one by one; the rest are counted in one more. */
  static final int MAX_WARNINGS = ManifestWarning.MAX_LISTED;

  /** Warnings, at most {@link #MAX_WARNINGS} kept, so that a broken file cannot fill the heap. */
  private static final class Warnings extends ArrayList<ManifestWarning> {
    private static final long serialVersionUID = 1L;
    private long more;

    @Override
    public boolean add(ManifestWarning w) {
      if (size() >= MAX_WARNINGS) {
        more++;
        return true;
      }
      return super.add(w);
    }

    @Override
    public boolean addAll(java.util.Collection<? extends ManifestWarning> ws) {
      // ArrayList.addAll would copy past the cap: each interchange's warnings come this way.
      ws.forEach(this::add);
      return !ws.isEmpty();
    }

    List<ManifestWarning> listed() {
      if (more == 0) {
        return this;
      }
      List<ManifestWarning> all = new ArrayList<>(this);
      all.add(ManifestWarning.notListed(more));
      return all;
    }
  }

  /** {@code warnings} with their segment positions moved on by {@code offset}. */
  private static List<ManifestWarning> shifted(List<ManifestWarning> warnings, int offset) {
    if (offset == 0) {
      return warnings;
    }
    List<ManifestWarning> out = new ArrayList<>(warnings.size());
    for (ManifestWarning w : warnings) {
      out.add(
          w.segmentIndex() == 0
              ? w
              : new ManifestWarning(w.segmentIndex() + offset, w.tag(), w.message()));
    }
    return out;
  }

  /**
   * The most interchanges of one file that cannot be read and are skipped for the next: past it,
   * the rest of the file is ignored (each try reads on to the end of the file).
   */
  static final int MAX_UNREADABLE_INTERCHANGES = 20;

  /** An interchange as prepared and its segments as read. */
  private record ReadInterchange(EdifactText.Prepared prepared, EdifactSegments.Read read) {}

  /**
   * The interchange whose header is the next from {@code from}, with the separators its UNA
   * declares; when its header cannot be read with them, with those the header shows (as when the
   * UNA is cut short), its warnings then replaced by one that names the separators declared.
   *
   * @throws PaxlstFormatException the first refusal, when neither way reads it
   */
  private static ReadInterchange interchange(
      String text, int from, String source, List<ManifestWarning> warnings) {
    EdifactText.Prepared declared = EdifactText.prepare(text, from, source, warnings);
    try {
      return new ReadInterchange(declared, EdifactSegments.read(declared, source, warnings));
    } catch (PaxlstFormatException e) {
      if (!declared.fromUna() || e.segmentIndex() != 1) {
        throw e;
      }
      List<ManifestWarning> again = new ArrayList<>();
      ReadInterchange shown;
      try {
        EdifactText.Prepared prepared = EdifactText.prepare(text, from, source, again, true);
        shown = new ReadInterchange(prepared, EdifactSegments.read(prepared, source, again));
      } catch (PaxlstFormatException ignored) {
        throw e;
      }
      warnings.clear();
      warnings.add(
          ManifestWarning.ofFile(
              "the interchange header (UNB) cannot be read with the separators the UNA declares ("
                  + declared.separators()
                  + "); read with those the header shows"));
      warnings.addAll(again);
      return shown;
    }
  }

  /** The segments of every interchange in the file, positions counted from the first UNB. */
  private static List<Segment> segments(
      byte[] bytes, String source, List<ManifestWarning> warnings) {
    String text = EdifactText.decode(bytes, source, warnings);
    List<Segment> read = new ArrayList<>();
    int from = 0;
    // Segments of the interchanges before, as written (those skipped included): later positions
    // are counted from the first UNB.
    int offset = 0;
    // The refusal of the first interchange, when one after it is tried.
    PaxlstFormatException first = null;
    int unreadable = 0;
    do {
      ReadInterchange interchange;
      List<ManifestWarning> own = new ArrayList<>();
      try {
        interchange = interchange(text, from, source, own);
      } catch (PaxlstFormatException e) {
        warnings.addAll(shifted(own, offset));
        int next = EdifactText.nextInterchange(text, from);
        if (++unreadable > MAX_UNREADABLE_INTERCHANGES && next >= 0) {
          // Each try reads on to the end of the file: thousands of broken headers took minutes.
          if (read.isEmpty()) {
            throw first == null ? e : first;
          }
          warnings.add(
              ManifestWarning.ofFile(
                  "more than "
                      + MAX_UNREADABLE_INTERCHANGES
                      + " interchanges in the file cannot be read; the rest of the file was"
                      + " ignored"));
          from = text.length();
          break;
        }
        if (next >= 0) {
          // Another interchange follows: this one costs only itself (the first one, unless no
          // other can be read either). Its segments still count.
          if (read.isEmpty()) {
            first = first == null ? e : first;
          }
          warnings.add(
              ManifestWarning.ofFile(
                  (read.isEmpty() ? "an interchange" : "a further interchange")
                      + " in the file cannot be read ("
                      + e.problem()
                      + "); ignored"
                      + (read.isEmpty() ? "" : ", and the next one read")));
          offset += EdifactText.segmentsBetween(text, from, next);
          from = next;
          continue;
        }
        if (read.isEmpty()) {
          throw first == null ? e : first;
        }
        // A later interchange that cannot be read costs only itself.
        warnings.add(
            ManifestWarning.ofFile(
                "a further interchange in the file cannot be read (" + e.problem() + "); ignored"));
        from = text.length();
        break;
      }
      warnings.addAll(shifted(own, offset));
      for (Segment s : interchange.read().segments()) {
        read.add(offset == 0 ? s : new Segment(s.index() + offset, s.tag(), s.elements()));
      }
      offset += interchange.read().count();
      from = interchange.prepared().end();
    } while (EdifactText.hasInterchange(text, from));
    if (!text.substring(from).isBlank()) {
      warnings.add(
          ManifestWarning.ofFile(
              "text after the interchange trailer (UNZ, "
                  + (text.length() - from)
                  + " characters) was ignored"));
    }
    return read;
  }

  /**
   * PAXLST and PNRGOV messages of one file as one manifest: the first format's header and flight,
   * the travellers of both in that order.
   */
  private static Manifest merged(List<Manifest> read, List<ManifestWarning> warnings) {
    Manifest first = read.get(0);
    List<Traveller> travellers = new ArrayList<>(first.travellers());
    List<FlightLeg> legs = new ArrayList<>(first.flight().legs());
    int messages = first.messages();
    for (Manifest m : read.subList(1, read.size())) {
      int offset = travellers.size();
      for (Traveller t : m.travellers()) {
        travellers.add(t.withSameAs(t.sameAs() == 0 ? 0 : t.sameAs() + offset));
      }
      m.flight().legs().stream().filter(l -> !legs.contains(l)).forEach(legs::add);
      messages += m.messages();
    }
    if (read.stream().allMatch(m -> m.messages() > 0)) {
      warnings.add(
          ManifestWarning.ofFile(
              "the file holds both PAXLST and PNRGOV messages; the travellers of both were read"));
    }
    return new Manifest(
        first.format(),
        first.sender(),
        first.recipient(),
        first.prepared(),
        first.messageVersion(),
        messages,
        new Flight(first.flight().carrier(), first.flight().number(), legs),
        inFileOrder(travellers),
        warnings);
  }

  /**
   * The travellers of both formats in the order of their segments in the file (a TIF among NADs
   * where it was sent, not after them: a new user's find), each format's in its own order where two
   * share a segment; {@link Traveller#sameAs} renumbered to match.
   */
  private static List<Traveller> inFileOrder(List<Traveller> travellers) {
    Integer[] order = new Integer[travellers.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // A stable sort: travellers of one segment (one glued to another) keep their order.
    java.util.Arrays.sort(
        order, java.util.Comparator.comparingInt(i -> travellers.get(i).segmentIndex()));
    int[] number = new int[order.length + 1];
    for (int k = 0; k < order.length; k++) {
      number[order[k] + 1] = k + 1;
    }
    List<Traveller> sorted = new ArrayList<>(order.length);
    for (int i : order) {
      Traveller t = travellers.get(i);
      sorted.add(t.withSameAs(t.sameAs() == 0 ? 0 : number[t.sameAs()]));
    }
    return sorted;
  }

  /**
   * The interchange header's parts the mapping needs.
   *
   * @param sender UNB sender identification
   * @param recipient UNB recipient identification
   * @param prepared UNB date and time as ISO 8601, empty when unreadable
   * @param latest the day no date of birth can be after: the interchange's, else today
   */
  record Interchange(String sender, String recipient, String prepared, LocalDate latest) {
    static Interchange of(Segment unb, LocalDate today, List<ManifestWarning> warnings) {
      String prepared = "";
      LocalDate latest = today;
      var date = EdifactDates.dateTime(unb.value(4, 1) + unb.value(4, 2), "", today);
      if (date.isPresent()) {
        LocalDateTime t = date.get();
        prepared = EdifactDates.iso(t);
        if (t.toLocalDate().isBefore(today)) {
          latest = t.toLocalDate();
        }
      } else {
        warnings.add(
            new ManifestWarning(
                unb.index(),
                unb.tag(),
                (unb.value(4, 1).isEmpty()
                        ? "the interchange header has no date of preparation"
                        : "the date and time of preparation is not a date (YYMMDD:HHMM or"
                            + " CCYYMMDD:HHMM expected)")
                    + "; dates of birth are read as on or before today"));
      }
      return new Interchange(unb.value(2, 1), unb.value(3, 1), prepared, latest);
    }

    /** The day no date of birth can be after, as a warning names it. */
    String latestText() {
      return prepared.startsWith(latest.toString())
          ? "the day the message was prepared (" + latest + ")"
          : "today (" + latest + ")";
    }
  }

  /**
   * Splits a segment whose data element ends with a traveller segment's tag and goes on (e.g.
   * {@code ORG+…+9TIF+KIM:I+…}): the terminator before the tag was left out, and the traveller must
   * not be lost.
   */
  private static List<Segment> unglued(
      List<Segment> segments,
      java.util.Collection<ManifestFormat> formats,
      List<ManifestWarning> warnings) {
    List<Segment> out = new ArrayList<>(segments.size());
    String header = "";
    for (Segment s : segments) {
      if (isHeader(s.tag())) {
        header = s.value(1).strip();
      }
      Segment rest = s;
      int split;
      while ((split = glued(rest, formats, header)) > 0) {
        List<List<String>> head = new ArrayList<>(rest.elements().subList(0, split - 1));
        List<String> last = new ArrayList<>(rest.elements().get(split - 1));
        String v = last.get(last.size() - 1);
        v = v.strip();
        String tag = v.substring(v.length() - 3).toUpperCase(java.util.Locale.ROOT);
        last.set(last.size() - 1, v.substring(0, v.length() - 3));
        head.add(last);
        out.add(new Segment(rest.index(), rest.tag(), head));
        warnings.add(
            new ManifestWarning(
                rest.index(),
                rest.tag(),
                "a segment terminator is missing before " + tag + "; read as two segments"));
        rest =
            new Segment(rest.index(), tag, rest.elements().subList(split, rest.elements().size()));
      }
      out.add(rest);
    }
    return out;
  }

  /**
   * Whether a segment of tag {@code tag} is a message header, or may be a damaged one ({@code UNX},
   * {@code UN H}): a service tag that is none of the others (UNA, UNB, UNG, UNE, UNT, UNZ).
   */
  private static boolean isHeader(String tag) {
    return tag.startsWith("UN") && !OTHER_SERVICE_TAGS.contains(tag);
  }

  private static final java.util.Set<String> OTHER_SERVICE_TAGS =
      java.util.Set.of("UNA", "UNB", "UNG", "UNE", "UNT", "UNZ");

  /**
   * The element (1-based) whose last component ends with a traveller segment's tag glued to it,
   * with more elements after it; 0 when none. Searched in every segment but free-text ones and the
   * service segments other than the message trailer UNT. The tag must follow something other than a
   * letter (a name such as LATIF ends with it too), and a NAD must be followed by a traveller
   * qualifier. In a trailer only its reference, the second element, is searched: a reference is no
   * name, so the tag may follow anything or nothing there ({@code UNT+5+ABCTIF+…}, {@code
   * UNT+4+NAD+FL+++…}); but a reference that is the message header's own ({@code UNH+REFNAD}) is
   * never split.
   *
   * @param header the reference of the last message header before {@code s} (UNH, or a damaged one:
   *     {@link #isHeader})
   */
  private static int glued(Segment s, java.util.Collection<ManifestFormat> formats, String header) {
    // Service segments are not searched, but for the message trailer: its reference is its last
    // element, and a traveller glued to it (UNT+16+M1NAD+FL+++…) was lost (a helper's find).
    boolean trailer = s.tag().equals("UNT");
    if (EdifactText.FREE_TEXT.contains(s.tag()) || (s.tag().startsWith("UN") && !trailer)) {
      return 0;
    }
    for (int e = 1; e < s.elements().size(); e++) {
      List<String> element = s.elements().get(e - 1);
      if (element.isEmpty()) {
        continue;
      }
      String v = element.get(element.size() - 1).strip();
      if (trailer && (e != 2 || v.equalsIgnoreCase(header))) {
        // A trailer's reference alone may end in a glued tag: what follows another element is no
        // traveller (a message header glued after the trailer, UNT+5+1UNH+2TIF+PNRGOV…).
        continue;
      }
      // A NAD may also be a whole component (DOE:JANE::NAD+FL+++…, a helper's find), its
      // traveller's form after it telling it from a word.
      if (v.length() < (trailer || v.equalsIgnoreCase("NAD") ? 3 : 4)) {
        continue;
      }
      String tail = v.substring(v.length() - 3).toUpperCase(java.util.Locale.ROOT);
      boolean afterLetter =
          !trailer && v.length() > 3 && Character.isLetter(v.charAt(v.length() - 4));
      // A TIF (PNRGOV) after anything but a letter: LATIF is a name. A NAD (PAXLST) with a
      // traveller qualifier and a name after it, after a letter too: USANAD+FL+++… is no name; in
      // a NAD (whose address may end with digits) only in a traveller's form (isGluedNad).
      boolean tif = tail.equals("TIF") && !afterLetter && formats.contains(ManifestFormat.PNRGOV);
      boolean nad =
          tail.equals("NAD")
              && formats.contains(ManifestFormat.PAXLST)
              && PaxlstMapping.isTraveller(s.value(e + 1))
              && !isBlank(s, e + 4)
              && (!s.tag().equals("NAD") || isGluedNad(s, e));
      if (tif || nad) {
        return e;
      }
    }
    return 0;
  }

  /**
   * Whether the NAD {@code s}, whose element {@code e} ends with NAD and a traveller qualifier
   * follows, holds another traveller glued to it: from its name (element 4, C080) on, and in the
   * form a traveller's NAD has, its name with two empty elements before it ({@code
   * NAD+FL+++DOE:JANENAD+FL+++AL-TIKRITI:…}). An address, whose elements are filled in order
   * (street, city, subdivision, postcode), is never so read ({@code +1 MAIN 2NAD+FL+FOO}).
   */
  private static boolean isGluedNad(Segment s, int e) {
    return e >= 4 && isBlank(s, e + 2) && isBlank(s, e + 3);
  }

  /** Whether element {@code e} (1-based) of {@code s} is missing or all its components blank. */
  private static boolean isBlank(Segment s, int e) {
    return e > s.elements().size() || s.elements().get(e - 1).stream().allMatch(String::isBlank);
  }
}
