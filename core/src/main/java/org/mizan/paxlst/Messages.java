package org.mizan.paxlst;

import java.util.List;

/**
 * The bookkeeping of the messages of one type (PAXLST or PNRGOV) in an interchange, shared by the
 * mappings: which segments are a message's to read, how many messages there were and their version,
 * the trailer's segment count and message reference checked (ISO 9735-1, UNT: data elements 0074
 * and 0062, the latter the same as the header's; a trailer without a reference, which senders often
 * send, passes), and a traveller after the trailer noticed. Segments after a message's trailer UNT,
 * before the next UNH, are still that message's: senders put travellers there. So are the segments
 * before the interchange's first message header, which is then missing or damaged ({@code UNX}):
 * the travellers there are read, with a warning each, not dropped.
 */
final class Messages {
  /** What a segment is to the mapping. */
  enum Step {
    /** A message of this type begins (UNH): what was being read is complete. */
    START,
    /** Its trailer (UNT): what was being read is complete. */
    END,
    /** A segment of one of its messages, for the mapping to read. */
    BODY,
    /**
     * A traveller of this type in a message of the other type, or after its trailer (a TIF among
     * PAXLST travellers): what was being read is complete, and this segment and those after it, up
     * to a traveller of the other type or a service segment, are for the mapping to read.
     */
    STRAY,
    /**
     * A traveller of the other type in one of its messages: what was being read is complete (the
     * traveller's segments are not the one's before).
     */
    FOREIGN,
    /** Anything else: another message, a service segment. */
    OTHER
  }

  /**
   * Said of a message whose trailer (UNT) never came: most often a segment terminator left out
   * before it, which makes the trailer part of the segment before (a name then ends in {@code
   * UNT}).
   */
  private static final String NO_TRAILER =
      "has no message trailer (UNT): a segment terminator may be missing before it, making the"
          + " trailer part of the last segment read";

  private final String type;
  private final ManifestFormat own;
  private final ManifestFormat other;
  private final List<ManifestWarning> warnings;
  private boolean inMessage;
  private boolean afterTrailer;
  private boolean headerSeen;
  private boolean headerless;
  private boolean stray;
  private int start;
  private int count;
  private String version = "";
  private String reference = "";

  Messages(ManifestFormat format, List<ManifestWarning> warnings) {
    this.type = format.name();
    this.own = format;
    this.other = format == ManifestFormat.PAXLST ? ManifestFormat.PNRGOV : ManifestFormat.PAXLST;
    this.warnings = warnings;
  }

  /**
   * The format whose traveller segment {@code s} begins: PAXLST for a NAD with a traveller's
   * qualifier, PNRGOV for a TIF; null when it begins none.
   */
  static ManifestFormat travellerFormat(Segment s) {
    return switch (s.tag()) {
      case "NAD" -> PaxlstMapping.isTraveller(s.value(1)) ? ManifestFormat.PAXLST : null;
      case "TIF" -> ManifestFormat.PNRGOV;
      default -> null;
    };
  }

  /** What segment {@code s}, at {@code k} in the list, is. */
  Step step(Segment s, int k) {
    switch (s.tag()) {
      case "UNH" -> {
        if (inMessage && !afterTrailer) {
          warnings.add(
              new ManifestWarning(
                  s.index(), s.tag(), "the message before this header " + NO_TRAILER));
        }
        // Other messages are the reader's to warn about or to map.
        stray = false;
        inMessage = s.value(2, 1).equals(type);
        afterTrailer = false;
        headerSeen = true;
        if (!inMessage) {
          return Step.OTHER;
        }
        count++;
        start = k;
        reference = s.value(1).strip();
        if (version.isEmpty() && !s.value(2, 2).isEmpty()) {
          version = s.value(2, 2) + ":" + s.value(2, 3);
        }
        return Step.START;
      }
      case "UNT" -> {
        if (!inMessage) {
          stray = false;
          return Step.OTHER;
        }
        int declared = number(s.value(1));
        int actual = k - start + 1;
        if (declared < 0 && !s.value(1).isBlank()) {
          warnings.add(
              new ManifestWarning(
                  s.index(), s.tag(), "the message trailer's segment count is not a number"));
        } else if (declared >= 0 && declared != actual) {
          warnings.add(
              new ManifestWarning(
                  s.index(),
                  s.tag(),
                  "the message trailer counts "
                      + declared
                      + " segments but the message has "
                      + actual));
        }
        List<List<String>> elements = s.elements();
        if (elements.size() > 2
            && elements.subList(2, elements.size()).stream()
                .anyMatch(element -> element.stream().anyMatch(c -> !c.isBlank()))) {
          // What a trailer holds past its reference is not read: a traveller glued to a reference
          // that is the header's own (UNH+M1NAD, UNT+8+M1NAD+FL+++…) cannot be told from it.
          warnings.add(
              new ManifestWarning(
                  s.index(),
                  s.tag(),
                  "the message trailer has "
                      + elements.size()
                      + " data elements where it has 2 (a segment count and a message"
                      + " reference); what follows them is not read"));
        }
        String closes = s.value(2).strip();
        // A trailer without a reference is common from senders and closes the message before
        // it all the same; one with another reference may close another message. Neither value
        // is quoted: a damaged segment may hold a traveller's data there.
        if (!closes.isEmpty() && !reference.isEmpty() && !closes.equals(reference)) {
          warnings.add(
              new ManifestWarning(
                  s.index(),
                  s.tag(),
                  "the message trailer's message reference is not its header's: the trailer may"
                      + " close another message"));
        }
        afterTrailer = true;
        return Step.END;
      }
      case "UNZ" -> {
        stray = false;
        if (inMessage && !afterTrailer) {
          warnings.add(
              new ManifestWarning(
                  s.index(), s.tag(), "the message before this interchange trailer " + NO_TRAILER));
          // Said once: travellers after it, before another header, are still read (with a
          // warning each, as after a trailer).
          afterTrailer = true;
        }
        return Step.OTHER;
      }
      default -> {
        if (s.tag().startsWith("UN")) {
          return Step.OTHER;
        }
        if (stray) {
          if (travellerFormat(s) == other) {
            stray = false;
            return Step.OTHER;
          }
          // Each traveller of a run its own: travellers out of place share no booking.
          return travellerFormat(s) == own ? Step.STRAY : Step.BODY;
        }
        // Before any message header, a message of this type whose header is damaged: read.
        if (inMessage || !headerSeen) {
          return travellerFormat(s) == other ? Step.FOREIGN : Step.BODY;
        }
        if (travellerFormat(s) == own) {
          stray = true;
          return Step.STRAY;
        }
        return Step.OTHER;
      }
    }
  }

  /**
   * Notes a traveller segment: a warning when it comes after its message's trailer, or before any
   * message header, where the first such traveller also counts a message (whose header is missing
   * or damaged).
   */
  void traveller(Segment s) {
    if (!headerSeen) {
      if (!headerless) {
        // The travellers before any header are a message of their own.
        headerless = true;
        count++;
      }
      warnings.add(
          new ManifestWarning(
              s.index(),
              s.tag(),
              "a traveller before the first message header (UNH), which is missing or damaged;"
                  + " read as part of a "
                  + type
                  + " message"));
    } else if (stray) {
      warnings.add(
          new ManifestWarning(
              s.index(),
              s.tag(),
              "a "
                  + type
                  + " traveller among the other message type's ("
                  + other
                  + "); read as a "
                  + type
                  + " traveller"));
    } else if (afterTrailer) {
      warnings.add(
          new ManifestWarning(
              s.index(),
              s.tag(),
              "a traveller after the message trailer (UNT); read as part of the message"));
    }
  }

  /** How many messages of this type began. */
  int count() {
    return count;
  }

  /** The first message's type version as sent ({@code D:05B}, {@code 13:1}). */
  String version() {
    return version;
  }

  /** A count as sent, or -1 when it is not a number. */
  static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
