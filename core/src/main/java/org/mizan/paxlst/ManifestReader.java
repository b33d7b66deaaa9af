package org.mizan.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
   * Reads the whole of {@code in} as one interchange.
   *
   * @param in the message bytes, in any ISO 9735 character repertoire the UNB declares
   * @param source the file or stream name, for warnings and errors
   * @throws PaxlstFormatException when nothing can be read: no interchange, no PAXLST or PNRGOV
   *     message, no traveller, or more than {@link #MAX_BYTES} bytes
   * @throws IOException when {@code in} cannot be read
   */
  public static Manifest read(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new PaxlstFormatException(
          source, 0, "", "larger than " + MAX_BYTES / (1024 * 1024) + " MiB: not one message");
    }
    return read(bytes, source);
  }

  /** Reads {@code bytes} as one interchange; see {@link #read(InputStream, String)}. */
  public static Manifest read(byte[] bytes, String source) {
    List<ManifestWarning> warnings = new ArrayList<>();
    String text = EdifactText.decode(bytes, source, warnings);
    List<Segment> read = new ArrayList<>();
    int from = 0;
    do {
      List<Segment> interchange;
      EdifactText.Prepared prepared;
      try {
        prepared = EdifactText.prepare(text, from, source, warnings);
        interchange = EdifactSegments.read(prepared, source, warnings);
      } catch (PaxlstFormatException e) {
        if (read.isEmpty()) {
          throw e;
        }
        // A later interchange that cannot be read costs only itself.
        warnings.add(
            ManifestWarning.ofFile(
                "a further interchange in the file cannot be read (" + e.problem() + "); ignored"));
        from = text.length();
        break;
      }
      int offset = read.size();
      for (Segment s : interchange) {
        read.add(new Segment(s.index() + offset, s.tag(), s.elements()));
      }
      from = prepared.end();
    } while (EdifactText.hasInterchange(text, from));
    if (!text.substring(from).isBlank()) {
      warnings.add(
          ManifestWarning.ofFile(
              "text after the interchange trailer (UNZ, "
                  + (text.length() - from)
                  + " characters) was ignored"));
    }
    List<Segment> segments = unglued(read, warnings);
    Segment unb = segments.get(0);
    Interchange interchange = Interchange.of(unb);
    ManifestFormat format = null;
    for (Segment s : segments) {
      if (s.tag().equals("UNH")) {
        String type = s.value(2, 1);
        if (type.equals("PAXLST")) {
          format = ManifestFormat.PAXLST;
        } else if (type.equals("PNRGOV")) {
          format = ManifestFormat.PNRGOV;
        } else {
          continue;
        }
        break;
      }
    }
    if (format == null) {
      throw new PaxlstFormatException(
          source, 0, "UNH", "no PAXLST or PNRGOV message in the interchange");
    }
    Manifest manifest =
        format == ManifestFormat.PAXLST
            ? PaxlstMapping.map(segments, interchange, warnings)
            : PnrgovMapping.map(segments, interchange, warnings);
    if (manifest.travellers().isEmpty()) {
      throw new PaxlstFormatException(
          source,
          0,
          "",
          format == ManifestFormat.PAXLST
              ? "no traveller (NAD with qualifier FL, FM, DDT, DDU or COT) in the message"
              : "no traveller (TIF) in the message");
    }
    return manifest;
  }

  /**
   * The interchange header's parts the mapping needs.
   *
   * @param sender UNB sender identification
   * @param recipient UNB recipient identification
   * @param prepared UNB date and time as ISO 8601, empty when unreadable
   * @param latestYear the year no date of birth can be after: the interchange's, else 2099
   */
  record Interchange(String sender, String recipient, String prepared, int latestYear) {
    static Interchange of(Segment unb) {
      String prepared = "";
      int year = 2099;
      var date = EdifactDates.dateTime(unb.value(4, 1) + unb.value(4, 2), "", 2099);
      if (date.isPresent()) {
        LocalDateTime t = date.get();
        prepared = EdifactDates.iso(t);
        year = t.getYear();
      }
      return new Interchange(unb.value(2, 1), unb.value(3, 1), prepared, year);
    }
  }

  /** Traveller segments the sender glued to the segment before by leaving out a terminator. */
  private static final Set<String> TRAVELLER_TAGS = Set.of("TIF");

  /**
   * Splits a segment whose data element ends with a traveller segment's tag and goes on (e.g.
   * {@code ORG+…+9TIF+KIM:I+…}): the terminator before the tag was left out, and the traveller must
   * not be lost.
   */
  private static List<Segment> unglued(List<Segment> segments, List<ManifestWarning> warnings) {
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      Segment rest = s;
      for (int e = 1; e < s.elements().size(); e++) {
        List<String> element = s.elements().get(e - 1);
        if (element.size() != 1) {
          continue;
        }
        String v = element.get(0);
        String tail = v.length() >= 3 ? v.substring(v.length() - 3) : "";
        // Not after a letter: a name such as LATIF ends with the tag too.
        if (TRAVELLER_TAGS.contains(tail)
            && !TRAVELLER_TAGS.contains(s.tag())
            && !s.tag().startsWith("UN")
            && (v.length() == 3 || !Character.isLetter(v.charAt(v.length() - 4)))) {
          List<List<String>> head = new ArrayList<>(s.elements().subList(0, e - 1));
          head.add(List.of(v.substring(0, v.length() - 3)));
          out.add(new Segment(s.index(), s.tag(), head));
          warnings.add(
              new ManifestWarning(
                  s.index(),
                  s.tag(),
                  "a segment terminator is missing before " + tail + "; read as two segments"));
          rest = new Segment(s.index(), tail, s.elements().subList(e, s.elements().size()));
          break;
        }
      }
      out.add(rest == s ? s : rest);
    }
    return out;
  }
}
