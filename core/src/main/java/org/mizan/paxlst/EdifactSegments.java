package org.mizan.paxlst;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the segments of a prepared interchange with StAEDI (the UN/EDIFACT syntax: separators,
 * release character, composites), its validation of control structure and code values switched off,
 * since real feeds break both. A segment StAEDI cannot read is skipped with a warning and reading
 * resumes after it, so one broken traveller never costs the others.
 */
final class EdifactSegments {
  /** How the warning of a text that is no segment begins. */
  static final String NOT_A_SEGMENT = "not a segment";

  private EdifactSegments() {}

  private static final EDIInputFactory FACTORY = factory();

  /** The most unreadable segments skipped before reading stops. */
  static final int MAX_SKIPPED = 1000;

  /**
   * The most segments read from one interchange: a wide-body manifest has a few thousand, a day's
   * PNR push for a flight some ten thousand.
   */
  static final int MAX_SEGMENTS = 1_000_000;

  /**
   * The most data elements and components read from one interchange (as many as {@link
   * #MAX_SEGMENTS} segments of ten values each; counted as the text is prepared, {@link
   * EdifactText.Prepared#values}): each takes memory when read, and 58 million empty ones in a 59
   * MB file took 4.6 GB.
   */
  static final int MAX_VALUES = 10_000_000;

  /** The most warnings about text that is no segment listed one by one; the rest are counted. */
  static final int MAX_LISTED = 100;

  private static EDIInputFactory factory() {
    EDIInputFactory f = EDIInputFactory.newFactory();
    f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
    f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
    return f;
  }

  /**
   * The segments of {@code prepared}, UNA excluded, in order; the trailers appended to close a
   * truncated interchange excluded.
   *
   * @throws PaxlstFormatException when not even the interchange header can be read
   */
  static Read read(EdifactText.Prepared prepared, String source, List<ManifestWarning> warnings) {
    String text = prepared.text();
    String una = text.substring(0, 9);
    List<String> raw = split(text.substring(9), prepared.release(), prepared.terminator());
    if (raw.size() > MAX_SEGMENTS) {
      throw new PaxlstFormatException(
          source,
          0,
          "",
          "more than "
              + MAX_SEGMENTS
              + " segments in one interchange: not one flight's message (split it)");
    }
    int real =
        raw.size()
            - prepared.appendedTrailers()
            - apostrophesInNames(raw, raw.size() - prepared.appendedTrailers(), prepared, warnings);
    cutLongSegments(raw, prepared, warnings);
    if (prepared.values() > MAX_VALUES) {
      throw new PaxlstFormatException(
          source,
          0,
          "",
          "more than "
              + MAX_VALUES
              + " data elements and components in one interchange: not one flight's message"
              + " (split it)");
    }
    // The segments (0-based indices into raw) the parser is given: UNB and those with a tag.
    List<Integer> valid = new ArrayList<>();
    valid.add(0);
    List<Segment> segments = new ArrayList<>(raw.size());
    int notSegments = 0;
    for (int k = 1; k < raw.size(); k++) {
      if (hasTag(raw.get(k), prepared) && !tagOf(raw.get(k)).equals("UNA")) {
        valid.add(k);
      } else if (k < real) {
        // Cheaper than letting the parser stop at it and starting again after it.
        if (++notSegments <= MAX_LISTED) {
          warnings.add(
              new ManifestWarning(k + 1, "", NOT_A_SEGMENT + " (no valid segment tag); skipped"));
        }
        // A traveller segment too broken to read still counts, as the segments after it show:
        // else they would be taken for the traveller before it.
        travellerPlaceholder(raw.get(k), prepared.element(), k + 1).ifPresent(segments::add);
      }
    }
    if (notSegments > MAX_LISTED) {
      warnings.add(
          ManifestWarning.ofFile(
              (notSegments - MAX_LISTED)
                  + " more texts between terminators that are not segments skipped"));
    }
    // The passes of a long interchange are read ahead on several threads, each as the loop below
    // builds it when every pass before it reads whole (the usual case); the loop takes a pass read
    // ahead only when it builds the very same pass, else reads it itself.
    List<PassRead> ahead = readAhead(una, raw, valid);
    int next = 0;
    Headers open = new Headers();
    int position = 0; // in valid: the next segment to read
    int skipped = 0;
    while (position < valid.size()) {
      Pass pass = pass(valid, position, open);
      int resent = pass.resent();
      PassRead read =
          next < ahead.size() && ahead.get(next).pass().equals(pass)
              ? ahead.get(next++)
              : read(una, raw, pass);
      segments.addAll(read.segments());
      int done = read.done();
      if (done < resent) {
        warnings.add(
            new ManifestWarning(
                valid.get(position) + 1, tagOf(raw.get(valid.get(position))), "reading stopped"));
        break;
      }
      for (int k : pass.indices().subList(resent, done)) {
        open.after(tagOf(raw.get(k)), k);
      }
      position += done - resent;
      if (done == pass.indices().size()) {
        continue;
      }
      int failed = pass.indices().get(done);
      String tag = tagOf(raw.get(failed));
      if (failed == 0) {
        if (!syntaxVersioned(raw.get(0), prepared)) {
          throw new PaxlstFormatException(
              source,
              1,
              tag,
              "the interchange header cannot be read: its syntax identifier has no version"
                  + " (such as UNOA:4)");
        }
        // Else most often separators the UNA declares that the UNB does not use: name them.
        throw new PaxlstFormatException(
            source,
            1,
            tag,
            "the interchange header cannot be read with the separators in use ("
                + prepared.separators()
                + ")");
      }
      if (failed < real) {
        warnings.add(
            new ManifestWarning(failed + 1, tag, "the segment cannot be read and was skipped"));
        placeholder(raw.get(failed), failed + 1).ifPresent(segments::add);
      }
      position++;
      if (++skipped > MAX_SKIPPED) {
        warnings.add(
            new ManifestWarning(
                failed + 1,
                tag,
                "more than " + MAX_SKIPPED + " segments cannot be read; reading stopped here"));
        break;
      }
    }
    return new Read(
        segments.stream()
            .filter(seg -> seg.index() <= real)
            .sorted(java.util.Comparator.comparingInt(Segment::index))
            .toList(),
        real);
  }

  /**
   * The segments read of one interchange, and how many it has as written (those skipped included,
   * the trailers appended to close a truncated interchange not): the positions of the next
   * interchange's segments follow on from it.
   */
  record Read(List<Segment> segments, int count) {}

  /**
   * The most data elements read of one segment: UN/EDIFACT segments have a few dozen at most, and a
   * segment of millions of empty elements would take gigabytes to read.
   */
  static final int MAX_ELEMENTS = 200;

  /**
   * Whether the interchange header {@code unb} (as split, {@code UNB+UNOA:4+...}) gives its
   * four-letter syntax identifier a version, after any one separator (the UNA may declare another
   * than the UNB uses): {@code UNB+UNOA+...} has none.
   */
  private static boolean syntaxVersioned(String unb, EdifactText.Prepared p) {
    int element = unb.indexOf(p.element());
    if (element < 0) {
      return false;
    }
    String id = unb.substring(element + 1);
    return id.length() >= 6
        && !Character.isLetterOrDigit(id.charAt(4))
        && Character.isDigit(id.charAt(5));
  }

  /**
   * Cuts each segment of {@code raw} after its {@link #MAX_ELEMENTS}th data element, with a warning
   * per segment cut (at most {@link #MAX_LISTED}).
   */
  private static void cutLongSegments(
      List<String> raw, EdifactText.Prepared p, List<ManifestWarning> warnings) {
    int cut = 0;
    for (int k = 0; k < raw.size(); k++) {
      String segment = raw.get(k);
      if (segment.length() <= MAX_ELEMENTS) {
        continue;
      }
      int separators = 0;
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c == p.release() && p.release() != p.terminator()) {
          i++;
        } else if (c == p.element() && ++separators > MAX_ELEMENTS) {
          raw.set(k, segment.substring(0, i) + p.terminator());
          if (++cut <= MAX_LISTED) {
            warnings.add(
                new ManifestWarning(
                    k + 1,
                    hasTag(segment, p) ? tagOf(segment) : "",
                    "more than " + MAX_ELEMENTS + " data elements; the rest were cut"));
          }
          break;
        }
      }
    }
  }

  /** Segments read per pass of the parser. */
  private static final int CHUNK = 500;

  /**
   * One pass of the parser: {@code indices} into the raw segments, the first {@code resent} of them
   * the interchange header and the headers still open, read before.
   */
  private record Pass(List<Integer> indices, int resent) {}

  /** What a pass read: how many of its segments ({@link #readPass}), and those after the resent. */
  private record PassRead(Pass pass, int done, List<Segment> segments) {}

  /**
   * The pass that starts at {@code position} in {@code valid}, under the headers {@code open}: a
   * chunk, so that starting again after a segment the parser cannot read costs a chunk, not the
   * rest of the file.
   */
  private static Pass pass(List<Integer> valid, int position, Headers open) {
    List<Integer> indices = new ArrayList<>();
    if (position > 0) {
      indices.add(0);
      open.addTo(indices);
    }
    int resent = indices.size();
    indices.addAll(valid.subList(position, Math.min(valid.size(), position + CHUNK)));
    return new Pass(indices, resent);
  }

  private static PassRead read(String una, List<String> raw, Pass pass) {
    StringBuilder b = new StringBuilder(una);
    for (int k : pass.indices()) {
      b.append(raw.get(k));
    }
    List<Segment> out = new ArrayList<>();
    Supplementary stand = Supplementary.of(b.toString());
    int done = readPass(stand.text(), pass.indices(), pass.resent(), out, stand.written());
    return new PassRead(pass, done, out);
  }

  /**
   * A pass's text with each character beyond the Basic Multilingual Plane (U+10000 and up: CJK
   * Extension B, mathematical letters, emoji) stood for by a private-use character the text does
   * not hold: StAEDI cannot read a segment that holds one, and the traveller would lose its name.
   *
   * @param written each stand-in and the character it stands for; empty when none was needed
   */
  private record Supplementary(String text, java.util.Map<Character, String> written) {
    static Supplementary of(String text) {
      boolean any = false;
      for (int i = 0; i < text.length() && !any; i++) {
        any = Character.isSurrogate(text.charAt(i));
      }
      if (!any) {
        return new Supplementary(text, java.util.Map.of());
      }
      java.util.Map<String, Character> stands = new java.util.HashMap<>();
      java.util.Map<Character, String> written = new java.util.HashMap<>();
      StringBuilder b = new StringBuilder(text.length());
      char next = '\uE000';
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        int n = Character.charCount(cp);
        if (cp < 0x10000) {
          b.append((char) cp);
        } else {
          String c = text.substring(i, i + n);
          Character stand = stands.get(c);
          if (stand == null) {
            while (next <= '\uF8FF' && text.indexOf(next) >= 0) {
              next++;
            }
            if (next > '\uF8FF') {
              // More distinct such characters than stand-ins: the text as it is.
              return new Supplementary(text, java.util.Map.of());
            }
            stand = next++;
            stands.put(c, stand);
            written.put(stand, c);
          }
          b.append(stand.charValue());
        }
        i += n;
      }
      return new Supplementary(b.toString(), written);
    }

    /** {@code value} with the characters its stand-ins stand for. */
    static String restored(String value, java.util.Map<Character, String> written) {
      if (written.isEmpty() || value == null) {
        return value;
      }
      StringBuilder b = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        String original = written.get(c);
        if (original == null) {
          b.append(c);
        } else {
          b.append(original);
        }
      }
      return b.toString();
    }
  }

  /**
   * Every pass of {@code valid} as {@link #read} builds them when each reads whole, read in
   * parallel; none when there is only one.
   */
  private static List<PassRead> readAhead(String una, List<String> raw, List<Integer> valid) {
    if (valid.size() <= CHUNK) {
      return List.of();
    }
    List<Pass> passes = new ArrayList<>();
    Headers open = new Headers();
    int position = 0;
    while (position < valid.size()) {
      Pass pass = pass(valid, position, open);
      passes.add(pass);
      List<Integer> indices = pass.indices();
      for (int k : indices.subList(pass.resent(), indices.size())) {
        open.after(tagOf(raw.get(k)), k);
      }
      position += indices.size() - pass.resent();
    }
    return passes.parallelStream().map(pass -> read(una, raw, pass)).toList();
  }

  /** The interchange's group and message headers open at a point, by index into raw. */
  private static final class Headers {
    int group = -1;
    int message = -1;

    void after(String tag, int k) {
      switch (tag) {
        case "UNG" -> group = k;
        case "UNE" -> group = -1;
        case "UNH" -> message = k;
        case "UNT" -> message = -1;
        default -> {}
      }
    }

    void addTo(List<Integer> pass) {
      if (group >= 0) {
        pass.add(group);
      }
      if (message >= 0) {
        pass.add(message);
      }
    }
  }

  /**
   * The placeholder ({@link #placeholder}) of a text that is no segment but was meant as a
   * traveller's: it begins, after any stray characters, with NAD or TIF, or its tag is damaged
   * ({@code N4D}, {@code .NAD}) and its first element is a traveller's NAD qualifier.
   */
  static java.util.Optional<Segment> travellerPlaceholder(String text, char element, int index) {
    String start = text.strip().toUpperCase(Locale.ROOT);
    int letter = 0;
    while (letter < start.length() && letter < 3 && !Character.isLetter(start.charAt(letter))) {
      letter++;
    }
    String from = start.substring(letter);
    if (from.startsWith("NAD") || from.startsWith("TIF")) {
      return placeholder(from, index);
    }
    int separator = start.indexOf(element);
    if (separator >= 1 && separator <= 4) {
      int end = start.indexOf(element, separator + 1);
      String qualifier = start.substring(separator + 1, end < 0 ? start.length() : end).strip();
      if (PaxlstMapping.isTraveller(qualifier)) {
        return placeholder("NAD" + start.substring(separator), index);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * What stands for a traveller segment (NAD, TIF) the parser could not read: its tag and, for a
   * NAD, its qualifier, so that the traveller is counted and the segments after it are not taken
   * for the traveller before.
   */
  static java.util.Optional<Segment> placeholder(String segment, int index) {
    String tag = tagOf(segment);
    if (tag.equals("TIF")) {
      return java.util.Optional.of(new Segment(index, tag, List.of()));
    }
    if (tag.equals("NAD")) {
      int from = 3;
      while (from < segment.length() && !Character.isLetter(segment.charAt(from))) {
        from++;
      }
      int end = from;
      while (end < segment.length() && end < from + 3 && Character.isLetter(segment.charAt(end))) {
        end++;
      }
      return java.util.Optional.of(
          new Segment(index, tag, List.of(List.of(segment.substring(from, end)))));
    }
    return java.util.Optional.empty();
  }

  /**
   * Reads one pass; adds its segments (after the first {@code resent}, which were read before) to
   * {@code out}.
   *
   * @return how many segments of the pass were read; fewer than {@code pass.size()} when the parser
   *     stopped at the next one
   */
  private static int readPass(
      String text,
      List<Integer> pass,
      int resent,
      List<Segment> out,
      java.util.Map<Character, String> written) {
    int count = 0;
    String tag = "";
    List<List<String>> elements = new ArrayList<>();
    try (EDIStreamReader r =
        FACTORY.createEDIStreamReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "UTF-8")) {
      while (r.hasNext()) {
        EDIStreamEvent event = r.next();
        switch (event) {
          case START_SEGMENT -> {
            tag = r.getText();
            elements = new ArrayList<>();
          }
          case ELEMENT_DATA ->
              put(elements, r.getLocation(), Supplementary.restored(r.getText(), written));
          case END_SEGMENT -> {
            if ("UNA".equals(tag)) {
              continue;
            }
            if (count >= resent && count < pass.size()) {
              out.add(new Segment(pass.get(count) + 1, tag.toUpperCase(Locale.ROOT), elements));
            }
            count++;
          }
          default -> {}
        }
      }
      return count;
    } catch (EDIStreamException | RuntimeException e) {
      // StAEDI reports a syntax error by exception: the segment being read is the broken one.
      return Math.min(count, pass.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(List<List<String>> elements, Location at, String text) {
    int e = at.getElementPosition();
    if (e < 1) {
      return;
    }
    while (elements.size() < e) {
      elements.add(new ArrayList<>());
    }
    List<String> element = elements.get(e - 1);
    int c = Math.max(1, at.getComponentPosition());
    while (element.size() < c) {
      element.add("");
    }
    element.set(c - 1, text == null ? "" : text);
  }

  /**
   * The segments of {@code body} as text, each with its terminator, split where the terminator is
   * not released.
   */
  static List<String> split(String body, char release, char terminator) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == release && release != terminator) {
        i++;
      } else if (c == terminator) {
        out.add(body.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < body.length()) {
      out.add(body.substring(from));
    }
    return out;
  }

  /**
   * Joins to a name segment (NAD, TIF) the text after an apostrophe that was not released inside a
   * name ({@code NAD+FL+++AL-TIKRITI:SAB'AWI IBRAHIM HASSAN'}): where the apostrophe, the segment
   * terminator, follows the first letters of a name part ({@link #beginsAName}), and what follows
   * it up to the next terminator is the rest of a name ({@link #continuesAName}) and no segment of
   * its own ({@link #tagOfItsOwn}), it is read as an apostrophe released ({@code ?'}), and a
   * warning says so. A separator right after such a terminator is kept by {@link EdifactText}, so
   * that nothing is glued to the part it ends ({@code AL-ZAWBA'+…}). The first {@code real} of
   * {@code raw} are the file's; raw is changed in place.
   *
   * @return how many segments were joined to the one before
   */
  private static int apostrophesInNames(
      List<String> raw, int real, EdifactText.Prepared p, List<ManifestWarning> warnings) {
    char release = p.release();
    char terminator = p.terminator();
    if (release == '\u0000' || release == terminator) {
      return 0;
    }
    int joined = 0;
    for (int k = 1; k < real - joined; k++) {
      String before = raw.get(k - 1);
      String after = raw.get(k);
      if (hasTag(before, p)
          && EdifactText.NAME_SEGMENTS.contains(tagOf(before))
          && before.length() > 4
          && before.charAt(before.length() - 1) == terminator
          && beginsAName(before, p)
          && continuesAName(after, p)
          && !tagOfItsOwn(after, p)) {
        raw.set(k - 1, before.substring(0, before.length() - 1) + release + terminator + after);
        raw.remove(k);
        joined++;
        warnings.add(
            new ManifestWarning(
                k,
                tagOf(before),
                "an apostrophe inside a name not released ("
                    + release
                    + terminator
                    + ") read as part of the name, not as the segment's end"));
        // The segment joined may hold another such apostrophe: it is looked at again.
        k--;
      }
    }
    return joined;
  }

  /** The most letters of a name part before an apostrophe inside it (ISMA'IL, SHAFI'I). */
  private static final int MOST_LETTERS_BEFORE_APOSTROPHE = 5;

  /**
   * Whether the segment {@code before} (its terminator last) ends with the first letters of a name
   * part as an apostrophe inside it follows them: one to {@value #MOST_LETTERS_BEFORE_APOSTROPHE}
   * letters after a separator, a space or a hyphen ({@code O}, {@code D}, {@code SAB}, {@code
   * AL-MA}); not a whole name such as {@code KHALID}, after which an apostrophe ends the segment.
   */
  private static boolean beginsAName(String before, EdifactText.Prepared p) {
    int letters = 0;
    for (int i = before.length() - 2; i >= 0; i--) {
      char c = before.charAt(i);
      if (Character.isLetter(c)) {
        if (++letters > MOST_LETTERS_BEFORE_APOSTROPHE) {
          return false;
        }
      } else {
        return letters > 0 && (c == p.element() || c == p.component() || c == ' ' || c == '-');
      }
    }
    return false;
  }

  /**
   * Whether {@code text} (up to its terminator) is the rest of a name after an apostrophe inside
   * it: a letter, then letters, spaces, hyphens, full stops and component separators, and after the
   * first component separator digits too (a PNRGOV reference, {@code MR:A:1}): {@code AWI IBRAHIM
   * HASSAN'}, {@code BRIEN:D'}. No data element separator, so that a segment whose tag is damaged
   * ({@code N AD+FL+++…}, a traveller of its own) is never taken into the name; not {@code N@D'}.
   */
  private static boolean continuesAName(String text, EdifactText.Prepared p) {
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return false;
    }
    boolean afterComponent = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == p.terminator() && i == text.length() - 1) {
        return true;
      }
      afterComponent |= c == p.component();
      if (!Character.isLetter(c)
          && c != ' '
          && c != '-'
          && c != '.'
          && c != p.component()
          && !(afterComponent && Character.isDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} begins with a known segment tag and a separator other than the terminator
   * right after it ({@code ATT:…}): a segment of its own. A tag that is all there is ({@code FAR'}
   * after {@code JA'}) is the rest of a name (JA'FAR); a service segment ({@code UNT'}) never is.
   */
  private static boolean tagOfItsOwn(String text, EdifactText.Prepared p) {
    if (!hasTag(text, p) || !EdifactText.TAGS.contains(tagOf(text))) {
      return false;
    }
    return tagOf(text).startsWith("UN") || text.charAt(3) != p.terminator();
  }

  /**
   * Whether a segment's text begins with a tag the parser accepts: a capital letter, two capital
   * letters or digits, then a separator or the terminator.
   */
  private static boolean hasTag(String segment, EdifactText.Prepared p) {
    if (segment.length() < 4) {
      return false;
    }
    char c = segment.charAt(3);
    return segment.charAt(0) >= 'A'
        && segment.charAt(0) <= 'Z'
        && isTagCharacter(segment.charAt(1))
        && isTagCharacter(segment.charAt(2))
        && (c == p.element() || c == p.terminator() || c == p.component());
  }

  private static boolean isTagCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String tagOf(String segment) {
    return segment.substring(0, Math.min(3, segment.length())).toUpperCase(Locale.ROOT);
  }
}
