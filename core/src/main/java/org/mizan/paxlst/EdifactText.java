package org.mizan.paxlst;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repairs real airline feeds need before a UN/EDIFACT parser can read them: the bytes decoded
 * in the character set the interchange header declares, the teletype or e-mail envelope around the
 * interchange stripped, lines wrapped at 64 columns joined, stray spaces between segments and after
 * segment tags removed, and the service string advice (UNA) mended where it is short, names a
 * segment terminator the file does not use, or names a repetition separator (syntax version 4) that
 * occurs inside names. Each repair adds a {@link ManifestWarning}.
 *
 * <p>The result always begins with a complete, six-character UNA, so the parser reads the
 * separators this class settled on. Syntax: ISO 9735 (UN/EDIFACT application level syntax rules),
 * parts 1 (service string advice, default separators of syntax levels A and B) and 4 (character
 * repertoires UNOA … UNOY).
 */
final class EdifactText {
  private EdifactText() {}

  /**
   * An interchange ready for the parser.
   *
   * @param text the interchange from its UNA to its UNZ, separators as in {@code una}
   * @param component component data element separator
   * @param element data element separator
   * @param release release character
   * @param terminator segment terminator
   * @param appendedTrailers how many trailer segments (UNT, UNE, UNZ) were appended to close a
   *     truncated interchange; they are the last segments of {@code text}
   * @param end where the interchange ends in the decoded file: after its UNZ, or the file's end
   * @param fromUna whether the separators are those a UNA declares (not those the UNB shows)
   * @param values how many data elements and components the parser will read: a segment's tag and
   *     each of its separators, up to its {@link EdifactSegments#MAX_ELEMENTS}th data element
   */
  record Prepared(
      String text,
      char component,
      char element,
      char release,
      char terminator,
      int appendedTrailers,
      int end,
      boolean fromUna,
      long values) {

    /** The separators, as a message names them: {@code component ':', data element '+', ...}. */
    String separators() {
      return "component "
          + visible(component)
          + ", data element "
          + visible(element)
          + ", segment terminator "
          + visible(terminator);
    }
  }

  /**
   * Adds to {@code warnings} a warning of the file that {@code n} repairs of one kind were made:
   * {@code n} and {@code one} or {@code many}, then {@code rest}; nothing when {@code n} is 0.
   */
  private static void counted(
      List<ManifestWarning> warnings, long n, String one, String many, String rest) {
    if (n > 0) {
      warnings.add(ManifestWarning.ofFile(ManifestWarning.count(n, one, many) + rest));
    }
  }

  /** Whether an interchange header (UNB) begins at or after {@code from}. */
  static boolean hasInterchange(String text, int from) {
    return UNB.matcher(text).find(from);
  }

  /** The group or message header, or the trailer, that follows a UNB. */
  private static final Pattern NEXT_HEADER = Pattern.compile("UN[GHZ]");

  /** UNB, a separator, the four-letter syntax identifier, a separator. */
  private static final Pattern UNB = Pattern.compile("UNB([^A-Za-z0-9])([A-Z]{4})([^A-Za-z0-9])");

  /** UNB and a separator, where no syntax identifier follows: a header too damaged to read. */
  private static final Pattern DAMAGED_UNB = Pattern.compile("(?<![A-Za-z0-9])UNB[^A-Za-z0-9]");

  /** Character repertoires of ISO 9735-4 (UNOA…UNOK, UNOW, UNOY) by syntax identifier. */
  private static final Map<String, Charset> REPERTOIRES =
      Map.ofEntries(
          Map.entry("UNOA", StandardCharsets.US_ASCII),
          Map.entry("UNOB", StandardCharsets.US_ASCII),
          Map.entry("UNOC", StandardCharsets.ISO_8859_1),
          Map.entry("UNOD", Charset.forName("ISO-8859-2")),
          Map.entry("UNOE", Charset.forName("ISO-8859-5")),
          Map.entry("UNOF", Charset.forName("ISO-8859-7")),
          Map.entry("UNOG", Charset.forName("ISO-8859-3")),
          Map.entry("UNOH", Charset.forName("ISO-8859-4")),
          Map.entry("UNOI", Charset.forName("ISO-8859-6")),
          Map.entry("UNOJ", Charset.forName("ISO-8859-8")),
          Map.entry("UNOK", Charset.forName("ISO-8859-9")),
          Map.entry("UNOW", StandardCharsets.UTF_8),
          Map.entry("UNOY", StandardCharsets.UTF_8));

  /**
   * IATA's own syntax identifiers (PADIS, which PNRGOV follows: {@code UNB+IATA:1}), levels A and
   * B: ASCII text, read as the bytes show.
   */
  private static final java.util.Set<String> IATA_SYNTAX = java.util.Set.of("IATA", "IATB");

  /** Repetition separators to hand the parser: the first not found in the interchange is used. */
  private static final String SPARE_SEPARATORS = "*^~|`\u001E\u001B";

  /**
   * Repairs the first interchange of {@code text} that begins at or after {@code from}.
   *
   * @param text the decoded file ({@link #decode})
   * @param source the file name, for errors
   * @param warnings receives one warning per kind of repair
   * @throws PaxlstFormatException when the bytes hold no interchange header UNB, or its UNA cannot
   *     be read
   */
  static Prepared prepare(String text, int from, String source, List<ManifestWarning> warnings) {
    return prepare(text, from, source, warnings, false);
  }

  /**
   * {@link #prepare(String, int, String, List)}; with {@code ignoreUna}, a UNA before the
   * interchange is passed over and the separators are those the UNB shows.
   */
  static Prepared prepare(
      String text, int from, String source, List<ManifestWarning> warnings, boolean ignoreUna) {
    Matcher unb = UNB.matcher(text);
    if (!unb.find(from)) {
      if (DAMAGED_UNB.matcher(text).find(from)) {
        throw new PaxlstFormatException(
            source,
            1,
            "UNB",
            "the interchange header cannot be read: it does not begin with a syntax identifier"
                + " and version (such as UNOA:4)");
      }
      throw new PaxlstFormatException(
          source, 0, "", "no interchange header (UNB): not a UN/EDIFACT interchange");
    }
    int start = unb.start();
    int una = unaBefore(text, from, start);
    boolean hasUna = una >= 0 && !ignoreUna;
    int begin = una >= 0 ? una : start;
    if (!text.substring(from, begin).isBlank()) {
      warnings.add(
          ManifestWarning.ofFile(
              "text before the interchange (a transmission envelope, "
                  + (begin - from)
                  + " characters) was ignored"));
    }
    String syntax = unb.group(2);
    boolean version4 = text.startsWith("4", unb.end());
    char component;
    char element;
    char decimal = '.';
    char release = '?';
    char repetition = version4 ? '*' : ' ';
    char terminator;
    String advice = "";
    if (hasUna) {
      String raw = text.substring(una + 3, start);
      try {
        advice =
            raw.length() >= 6
                    && (raw.charAt(5) == '\n' || raw.charAt(5) == '\r')
                    && raw.substring(6).chars().allMatch(ch -> ch == '\n' || ch == '\r')
                    && lineEndsSegments(text, start)
                ? raw.substring(0, 6)
                : serviceString(raw, source, warnings);
      } catch (PaxlstFormatException e) {
        // A UNA cut short: the UNB that follows still shows the separators.
        warnings.add(
            ManifestWarning.ofFile(
                "the UNA cannot be read (" + e.problem() + "); separators taken from the UNB"));
      }
    }
    if (!advice.isEmpty()) {
      component = advice.charAt(0);
      element = advice.charAt(1);
      decimal = advice.charAt(2);
      release = advice.charAt(3);
      repetition = advice.charAt(4);
      terminator = advice.charAt(5);
      if (release == ' ') {
        warnings.add(
            ManifestWarning.ofFile(
                "the UNA declares a space as release character; read without one, so that spaces"
                    + " in names stay spaces"));
        release = '\u0000';
      }
    } else {
      element = unb.group(1).charAt(0);
      char afterSyntax = unb.group(3).charAt(0);
      component = afterSyntax == element ? ':' : afterSyntax;
      terminator = defaultTerminator(text, start, element, component);
      if ("UNOB".equals(syntax) && element == '\u001D') {
        release = '\u0000';
      }
    }
    if (!usesUnreleased(text, start, terminator, release)
        && terminator != '\n'
        && terminator != '\r'
        && lineEndsSegments(text, start)) {
      // A breaker's find: a file that declares ' and ends its segments at line ends was refused
      // as having no UNH.
      warnings.add(
          ManifestWarning.ofFile(
              "the UNA declares "
                  + visible(terminator)
                  + " as segment terminator but the file never uses it; its segments end at line"
                  + " ends, and are read so"));
      // Every line end ends a segment, CR alone, LF or CR LF, however the file mixes them (a
      // re-breaker's finds); each CR read as LF keeps every offset (a CR LF is then an empty
      // segment, passed over).
      text = text.substring(0, start) + text.substring(start).replace('\r', '\n');
      terminator = '\n';
    } else if (text.indexOf(terminator, start) < 0
        && terminator != '\''
        && text.indexOf('\'', start) > 0) {
      warnings.add(
          ManifestWarning.ofFile(
              "the UNA declares "
                  + visible(terminator)
                  + " as segment terminator but the file never uses it; read with ' instead"));
      terminator = '\'';
    }
    String twice = twice(component, element, release, terminator);
    if (!twice.isEmpty()) {
      throw new PaxlstFormatException(
          source,
          hasUna ? 0 : 1,
          hasUna ? "UNA" : "UNB",
          (hasUna ? "the UNA declares " : "the UNB shows ")
              + twice
              + ": the segments cannot be told apart");
    }
    Body body = body(text, start, component, element, release, terminator, warnings);
    if (release == '\u0000') {
      // Syntax level B without UNA has no release character; the parser needs one the text lacks.
      release = spare(body.text, component, element, decimal, terminator);
    }
    char spare = spare(body.text, component, element, decimal, release, terminator);
    // Only as a UNA declares them: without one, the repetition separator is the default.
    int alsoRepetition = advice.isEmpty() ? -1 : repetitionAlso(advice);
    if (alsoRepetition >= 0) {
      // The repetition separator named as another: that other one it is (PAXLST and PNRGOV
      // repeat no data element).
      warnings.add(
          ManifestWarning.ofFile(
              "the UNA declares "
                  + visible(advice.charAt(4))
                  + " as both repetition separator and "
                  + SEPARATORS[alsoRepetition]
                  + "; read as the "
                  + SEPARATORS[alsoRepetition]));
    } else if (version4 && repetition != spare && body.text.indexOf(repetition) >= 0) {
      warnings.add(
          ManifestWarning.ofFile(
              repetition == ' '
                  ? "the UNA's fifth character, a space, is the repetition separator in syntax"
                      + " version 4; spaces in the data were read as spaces, as senders mean them"
                  : "the repetition separator "
                      + visible(repetition)
                      + " (syntax version 4) occurs inside data elements; it was read as text,"
                      + " since PAXLST and PNRGOV repeat no data element"));
    }
    if (decimal == component || decimal == element || decimal == terminator || decimal == release) {
      decimal = '.' == component || '.' == element || '.' == terminator ? ',' : '.';
    }
    String una2 = "UNA" + component + element + decimal + release + spare + terminator;
    return new Prepared(
        una2 + body.text,
        component,
        element,
        release,
        terminator,
        body.appendedTrailers,
        body.end,
        !advice.isEmpty(),
        body.values);
  }

  /**
   * Where the UNA of the interchange header at {@code unb} begins: no further than {@code from}
   * back, with at most 8 characters of line breaks or spaces between its six service characters and
   * the UNB, and no letter or digit; -1 when there is none.
   */
  private static int unaBefore(String text, int from, int unb) {
    int una = text.lastIndexOf("UNA", unb);
    return una >= from && unb - una <= 3 + 6 + 8 && noLetters(text, una + 3, unb) ? una : -1;
  }

  /**
   * Where the interchange after the next one from {@code from} begins (its UNA, else its UNB), or
   * -1 when none follows.
   */
  static int nextInterchange(String text, int from) {
    Matcher unb = UNB.matcher(text);
    if (!unb.find(from)) {
      return -1;
    }
    int current = unb.end();
    if (!unb.find(current)) {
      return -1;
    }
    int una = unaBefore(text, current, unb.start());
    return una >= 0 ? una : unb.start();
  }

  /**
   * The segments of the interchange whose header is the next from {@code from}, up to {@code to}:
   * its segment terminators, as its UNA declares or {@code '}, counted; for positions after an
   * interchange that cannot be read.
   */
  static int segmentsBetween(String text, int from, int to) {
    Matcher unb = UNB.matcher(text);
    if (!unb.find(from) || unb.start() >= to) {
      return 0;
    }
    int una = unaBefore(text, from, unb.start());
    // The sixth service character, when the UNA has all six.
    char terminator = una >= 0 && una + 8 < unb.start() ? text.charAt(una + 8) : '\'';
    int n = 0;
    for (int i = unb.start(); i < to; i++) {
      if (text.charAt(i) == terminator) {
        n++;
      }
    }
    return n;
  }

  private static boolean noLetters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The six service characters of a UNA, repaired when five were sent. */
  private static String serviceString(String raw, String source, List<ManifestWarning> warnings) {
    // Not String.stripTrailing: it would take the information separators of syntax level B too.
    int length = raw.length();
    while (length > 0 && isLineSpace(raw.charAt(length - 1))) {
      length--;
    }
    String advice = raw.substring(0, length);
    if (advice.length() > 6) {
      advice = advice.substring(0, 6);
    }
    if (advice.length() == 6) {
      return advice;
    }
    if (advice.length() == 5) {
      String mended =
          advice.charAt(2) == '.' || advice.charAt(2) == ','
              // component, element, decimal, release, terminator: no repetition separator
              ? advice.substring(0, 4) + ' ' + advice.charAt(4)
              // component, element, release, repetition, terminator: no decimal mark
              : advice.substring(0, 2) + '.' + advice.substring(2);
      warnings.add(
          ManifestWarning.ofFile(
              "the UNA has 5 service characters instead of 6; read as component "
                  + visible(mended.charAt(0))
                  + ", element "
                  + visible(mended.charAt(1))
                  + ", release "
                  + visible(mended.charAt(3))
                  + ", terminator "
                  + visible(mended.charAt(5))));
      return mended;
    }
    throw new PaxlstFormatException(
        source,
        0,
        "UNA",
        "the service string advice has "
            + advice.length()
            + (advice.length() == 1 ? " character" : " characters")
            + ", 6 expected");
  }

  /**
   * The segment terminator of an interchange without UNA: the character before the segment that
   * follows UNB, else the default apostrophe.
   */
  private static char defaultTerminator(String text, int unb, char element, char component) {
    Matcher next = NEXT_HEADER.matcher(text);
    if (next.find(unb + 3)) {
      for (int i = next.start() - 1; i > unb; i--) {
        char c = text.charAt(i);
        if (!isLineSpace(c)) {
          return Character.isLetterOrDigit(c) || c == element || c == component ? '\'' : c;
        }
      }
    }
    return '\'';
  }

  /**
   * Whether the segments after UNB end at line ends, with no other terminator: the line break
   * before the next UNG or UNH follows a letter or digit.
   */
  private static boolean lineEndsSegments(String text, int unb) {
    Matcher next = NEXT_HEADER.matcher(text);
    if (!next.find(unb + 3)) {
      return false;
    }
    int k = next.start() - 1;
    if (k < 0 || (text.charAt(k) != '\n' && text.charAt(k) != '\r')) {
      return false;
    }
    // Spaces or tabs at a line's end are not the segment's (a re-breaker's find).
    while (k > unb && isLineSpace(text.charAt(k))) {
      k--;
    }
    return Character.isLetterOrDigit(text.charAt(k));
  }

  /**
   * Whether {@code text} from {@code from} holds {@code terminator} other than after the release
   * character {@code release} (a released one is text: {@code O?'COOLEY}, a re-breaker's find).
   */
  private static boolean usesUnreleased(String text, int from, char terminator, char release) {
    for (int i = text.indexOf(terminator, from); i >= 0; i = text.indexOf(terminator, i + 1)) {
      int released = 0;
      for (int k = i - 1; k >= from && text.charAt(k) == release && release != '\u0000'; k--) {
        released++;
      }
      if (released % 2 == 0) {
        return true;
      }
    }
    return false;
  }

  private record Body(String text, int appendedTrailers, int end, long values) {}

  /**
   * The interchange from UNB up to and including the UNZ segment, line breaks and stray spaces
   * removed; closed with the missing trailers when the file ends before UNZ.
   */
  private static Body body(
      String text,
      int start,
      char component,
      char element,
      char release,
      char terminator,
      List<ManifestWarning> warnings) {
    StringBuilder out = new StringBuilder(text.length() - start + 32);
    int lineBreaks = 0;
    int elementLength = 0;
    boolean cut = false;
    boolean danglingRelease = false;
    int strayTrailers = 0;
    int strayReleases = 0;
    int apostrophes = 0;
    int missingTerminators = 0;
    int strays = 0;
    int tagSpaces = 0;
    // The segment whose tag was last repaired (written + 1): a tag with two faults is one repair.
    int lastTagRepair = 0;
    boolean atSegmentStart = true;
    int segmentStart = 0;
    int openMessages = 0;
    boolean openGroup = false;
    boolean ended = false;
    // Segments written to out, UNB the first: the position of the one being written is one more.
    int written = 0;
    // Segments that held control characters (position, where in out), and how many there were.
    List<int[]> controls = new ArrayList<>();
    // The first segment with an element cut (its number and start in out; 0 when none), components
    // so far in the current data element, and whether the rest of that element is dropped.
    int[] cutSegment = new int[2];
    int components = 0;
    int segmentComponents = 0;
    // Data values read (EdifactSegments.MAX_VALUES), and data elements of the current segment.
    long values = 0;
    int segmentElements = 0;
    boolean skippingElement = false;
    boolean componentsCut = false;
    int controlSegments = 0;
    int lastControl = 0;
    int i = start;
    int n = text.length();
    boolean segmentPerLine = segmentPerLine(text, start, element, terminator);
    // Whether the segment last written is a NAD or TIF that ended after a letter.
    boolean afterNameLetter = false;
    while (i < n) {
      char c = text.charAt(i);
      if (atSegmentStart) {
        if (c == terminator
            || ((c == element || c == component)
                && !(afterNameLetter && !startsSegment(text, i + 1, element)))) {
          // an empty segment: nothing to read. A separator right after a name segment that ended
          // after a letter, and before no segment, is kept: that terminator may be an apostrophe
          // that ends a name part (AL-ZAWBA'+MUTHANNA), and what follows must not be read as the
          // rest of that part (EdifactSegments.apostrophesInNames).
          i++;
          continue;
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
          if (c != '\r' && c != '\n') {
            strays++;
          }
          i++;
          continue;
        }
        atSegmentStart = false;
        segmentStart = out.length();
        elementLength = 0;
      }
      if (c == release && release != '\u0000') {
        int j = i + 1;
        while (j < n
            && (text.charAt(j) == '\r' || text.charAt(j) == '\n')
            && text.charAt(j) != terminator) {
          j++;
        }
        if (j < n && text.charAt(j) == terminator && startsSegment(text, j + 1, element)) {
          // A release character left before the terminator: the next segment shows it ends here.
          strayReleases++;
          i = j;
          continue;
        }
        i++;
        while (i < n
            && (text.charAt(i) == '\r' || text.charAt(i) == '\n')
            && text.charAt(i) != terminator) {
          lineBreaks++;
          i++;
        }
        if (i == n) {
          // A release character with nothing to release: the file was cut after it.
          danglingRelease = true;
          continue;
        }
        if (skippingElement) {
          // Released text in the part of a data element dropped after its last component read.
        } else if (elementLength + 2 <= MAX_ELEMENT) {
          out.append(c).append(text.charAt(i));
          elementLength += 2;
        } else {
          cut = true;
          noteCut(cutSegment, written + 1, segmentStart);
        }
        i++;
        continue;
      }
      if (terminator == '\''
          && APOSTROPHES.indexOf(c) >= 0
          && c != element
          && c != component
          && startsSegment(text, i + 1, element)) {
        // A word processor's apostrophe where the terminator belongs, before the next segment.
        apostrophes++;
        c = terminator;
      }
      if ((c == '\r' || c == '\n')
          && c != terminator
          && segmentPerLine
          && out.length() - segmentStart > 3
          && !FREE_TEXT.contains(out.substring(segmentStart, segmentStart + 3))
          && startsSegment(text, i + 1, element)) {
        // In a file of one segment a line, a line that ends without its terminator where the next
        // line begins a segment (NAD+… then ATT+…): the terminator was left out, and what follows
        // is no part of this segment. Not in a file wrapped at a width, where a line may end in a
        // name and the next begin with letters that spell a tag (JA, FAR+…).
        missingTerminators++;
        c = terminator;
      }
      if ((c == '\r' || c == '\n') && c != terminator) {
        if (out.indexOf("UNZ", segmentStart) == segmentStart && text.indexOf(terminator, i) < 0) {
          // A trailer without its terminator, followed by free text to the end of the file.
          warnings.add(
              ManifestWarning.ofFile(
                  "the interchange trailer (UNZ) has no segment terminator; the text after its"
                      + " line was ignored"));
          out.append(terminator);
          ended = true;
          i = n;
          break;
        }
        lineBreaks++;
        i++;
        continue;
      }
      if ((c == ' ' || c == '\t')
          && c != element
          && out.length() - segmentStart == 3
          && isTag(out, segmentStart)) {
        if (lastTagRepair != written + 1) {
          lastTagRepair = written + 1;
          tagSpaces++;
        }
        i++;
        continue;
      }
      if (isControl(c) && c != element && c != component && c != terminator) {
        // No ISO 9735 repertoire has control characters in data: a NUL or ESC inside a name is
        // damage, removed (a tab read as a space, since it may part two names).
        if (lastControl != written + 1) {
          lastControl = written + 1;
          if (++controlSegments <= EdifactSegments.MAX_LISTED) {
            controls.add(new int[] {lastControl, segmentStart});
          }
        }
        if (c != '\t') {
          i++;
          continue;
        }
        c = ' ';
      }
      if (out.length() - segmentStart == 3 && (c == element || c == terminator)) {
        String tag = out.substring(segmentStart).toUpperCase(java.util.Locale.ROOT);
        if (!out.substring(segmentStart).equals(tag) && TAGS.contains(tag)) {
          // A tag in lower case (nad+FL…): the parser accepts capitals only.
          out.replace(segmentStart, segmentStart + 3, tag);
          if (lastTagRepair != written + 1) {
            lastTagRepair = written + 1;
            tagSpaces++;
          }
        }
      }
      i++;
      if (c == component
          && (++components > MAX_COMPONENTS || ++segmentComponents > MAX_SEGMENT_COMPONENTS)) {
        // The rest of this data element is dropped, up to the next element or terminator.
        componentsCut = true;
        noteCut(cutSegment, written + 1, segmentStart);
        skippingElement = true;
        continue;
      }
      if (c == element || c == terminator) {
        components = 0;
        skippingElement = false;
      }
      if (c == terminator) {
        segmentComponents = 0;
      }
      if (skippingElement) {
        continue;
      }
      if (c == element || c == component || c == terminator) {
        elementLength = 0;
        // The values read: a segment's tag (counted at its end) and each separator, up to the
        // segment's last element read (EdifactSegments.MAX_ELEMENTS).
        if (c == terminator) {
          values++;
          segmentElements = 0;
        } else if (c == element
            ? ++segmentElements <= EdifactSegments.MAX_ELEMENTS
            : segmentElements <= EdifactSegments.MAX_ELEMENTS) {
          values++;
        }
      } else if (++elementLength > MAX_ELEMENT) {
        cut = true;
        noteCut(cutSegment, written + 1, segmentStart);
        continue;
      }
      out.append(c);
      if (c == terminator) {
        written++;
        atSegmentStart = true;
        String tag = out.substring(segmentStart, Math.min(segmentStart + 3, out.length()));
        afterNameLetter =
            NAME_SEGMENTS.contains(tag)
                && out.length() >= 2
                && Character.isLetter(out.charAt(out.length() - 2));
        if ("UNZ".equals(tag) && isStrayTrailer(text, i, element)) {
          // Segments of the interchange follow: this UNZ does not end it. Renamed, not removed,
          // so that the positions of the segments after it stay those of the file.
          out.replace(segmentStart, segmentStart + 3, IGNORED_TRAILER);
          strayTrailers++;
          continue;
        }
        switch (tag) {
          case "UNH" -> openMessages++;
          case "UNT" -> openMessages = Math.max(0, openMessages - 1);
          case "UNG" -> openGroup = true;
          case "UNE" -> openGroup = false;
          default -> {}
        }
        if ("UNZ".equals(tag)) {
          ended = true;
          break;
        }
      }
    }
    counted(
        warnings,
        lineBreaks,
        "line break",
        "line breaks",
        " inside segments (lines wrapped for transmission) removed");
    counted(
        warnings,
        strayReleases,
        "release character",
        "release characters",
        " just before a segment terminator, where the next segment begins, read as stray: the"
            + " terminator ends the segment");
    counted(
        warnings,
        missingTerminators,
        "line",
        "lines",
        " ending without a segment terminator before a line that begins a segment (a tag and a"
            + " data element separator) read as ending the segment");
    counted(
        warnings,
        apostrophes,
        "typographic apostrophe",
        "typographic apostrophes",
        " (such as ’) before a segment tag read as the segment terminator '");
    if (cut || componentsCut) {
      // Said on the first segment cut: one warning, however many were.
      List<String> what = new ArrayList<>();
      if (cut) {
        what.add(
            "data elements longer than "
                + MAX_ELEMENT
                + " characters were cut to that length (no name or number is that long)");
      }
      if (componentsCut) {
        what.add(
            "data elements of more than "
                + MAX_COMPONENTS
                + " components, or past a segment's "
                + MAX_SEGMENT_COMPONENTS
                + "th component, were cut there (no segment has that many)");
      }
      warnings.add(
          new ManifestWarning(
              cutSegment[0],
              tagAt(out, cutSegment[1]),
              String.join("; ", what) + ", from this segment on"));
    }
    if (danglingRelease) {
      warnings.add(
          ManifestWarning.ofFile(
              "the file ends with a release character, which was dropped: it may be truncated"));
    }
    if (strayTrailers > 0) {
      warnings.add(
          ManifestWarning.ofFile(
              ManifestWarning.count(strayTrailers, "interchange trailer", "interchange trailers")
                  + " (UNZ) followed by more segments of the interchange ignored"));
    }
    if (strays > 0) {
      warnings.add(
          ManifestWarning.ofFile(
              ManifestWarning.count(
                      strays,
                      "stray space or control character",
                      "stray spaces or control characters")
                  + " between segments removed"));
    }
    if (tagSpaces > 0) {
      warnings.add(
          ManifestWarning.ofFile(
              ManifestWarning.count(tagSpaces, "segment tag", "segment tags")
                  + " repaired (a space or tab after the tag, or the tag in lower case)"));
    }
    for (int[] control : controls) {
      warnings.add(
          new ManifestWarning(
              control[0],
              tagAt(out, control[1]),
              "control characters (such as NUL) inside the segment removed, tabs read as"
                  + " spaces"));
    }
    if (controlSegments > controls.size()) {
      warnings.add(
          ManifestWarning.ofFile(
              ManifestWarning.count(
                      controlSegments - controls.size(), "more segment", "more segments")
                  + " held control characters, removed"));
    }
    if (!ended && !atSegmentStart && tagAt(out, segmentStart).equals("UNZ")) {
      // The trailer is there, only its terminator is not: nothing was cut.
      warnings.add(
          new ManifestWarning(
              written + 1,
              "UNZ",
              "the interchange trailer has no segment terminator; read as ended"));
      out.append(terminator);
      ended = true;
    }
    int appended = 0;
    if (ended) {
      // Text after UNZ is the caller's: another interchange, or an envelope's end.
    } else {
      if (!atSegmentStart) {
        warnings.add(
            new ManifestWarning(
                written + 1,
                tagAt(out, segmentStart),
                "the file ends inside this segment, before its terminator: its last data element"
                    + " may be cut short"));
        out.append(terminator);
      }
      warnings.add(
          ManifestWarning.ofFile(
              "the file ends before the interchange trailer (UNZ): it may be truncated; read up to"
                  + " its end"));
      for (int m = 0; m < openMessages; m++) {
        out.append(trailer("UNT", element, terminator));
        appended++;
      }
      if (openGroup) {
        out.append(trailer("UNE", element, terminator));
        appended++;
      }
      out.append(trailer("UNZ", element, terminator));
      appended++;
    }
    return new Body(out.toString(), appended, ended ? i : n, values);
  }

  /**
   * The longest data element handed to the parser, in characters: StAEDI refuses longer ones
   * (4,096), and no name, number or code is near it.
   */
  static final int MAX_ELEMENT = 4000;

  /**
   * The most components read of one data element: UN/EDIFACT composites have a few dozen at most,
   * and an element of millions of component separators would take gigabytes to read.
   */
  static final int MAX_COMPONENTS = 100;

  /**
   * The most components read of one segment, over its data elements: past it each element keeps its
   * first component only (200 elements of 100 components each, segment after segment, took
   * gigabytes).
   */
  static final int MAX_SEGMENT_COMPONENTS = 1000;

  /**
   * Notes segment {@code position} (starting at {@code start} in the text written) in {@code cut}
   * as the first one with a data element cut, unless one is noted already.
   */
  private static void noteCut(int[] cut, int position, int start) {
    if (cut[0] == 0) {
      cut[0] = position;
      cut[1] = start;
    }
  }

  /**
   * Whether a UNZ ending at {@code from} is followed by more segments of the same interchange (a
   * segment tag other than UNA or UNB), not by an envelope's text or another interchange.
   */
  private static boolean isStrayTrailer(String text, int from, char element) {
    if (!startsSegment(text, from, element)) {
      return false;
    }
    int k = from;
    while (k < text.length() && isLineSpace(text.charAt(k))) {
      k++;
    }
    return !text.startsWith("UNA", k) && !text.startsWith("UNB", k);
  }

  /**
   * Whether the text from {@code start} to its interchange trailer is written one segment a line:
   * of its lines that hold anything, at least four, all but one end with the terminator (spaces
   * after it aside). A file wrapped at a width (64 or 80 columns) ends most of its lines inside
   * segments, and one with other lines wrapped may have wrapped this one too (TIF+TUR, then ABI+…:
   * a name, not a tag).
   */
  private static boolean segmentPerLine(String text, int start, char element, char terminator) {
    if (terminator == '\n' || terminator == '\r') {
      return false;
    }
    int lines = 0;
    int ended = 0;
    char last = '\n';
    // Up to the end of the line of this interchange's trailer: text after it (a disclaimer, the
    // next interchange) is not of it, and each interchange of a file is counted once.
    int trailer = text.indexOf("UNZ" + element, start);
    int lineEnd = trailer < 0 ? -1 : text.indexOf('\n', trailer);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (last != '\n') {
          lines++;
          if (last == terminator) {
            ended++;
          }
        }
        last = '\n';
      } else if (c != ' ' && c != '\t') {
        last = c;
      }
    }
    return lines >= 4 && lines - ended <= 1;
  }

  /**
   * Segments of free text (PAXLST's FTX; PNRGOV's IFT, SSR, fares, tickets…), whose text may hold
   * what looks like a segment's beginning ({@code …7TIF+…}, a line that begins {@code DOC+}): the
   * repairs of a lost terminator never split them.
   */
  static final java.util.Set<String> FREE_TEXT =
      java.util.Set.of(
          "IFT", "FTX", "FOP", "ADD", "SSR", "LTS", "TXD", "FAR", "MON", "TKT", "PTK", "REF");

  /** The segments that hold a traveller's name: PAXLST's NAD, PNRGOV's TIF. */
  static final java.util.Set<String> NAME_SEGMENTS = java.util.Set.of("NAD", "TIF");

  /**
   * The segment tags of the interchange envelope, PAXLST (UNTDID D.01B–D.15B) and PNRGOV: where a
   * repair must recognise the start of a segment, only these count, so that a name such as {@code
   * AL-?'ALI+…} is not taken for the end of one.
   */
  static final java.util.Set<String> TAGS =
      java.util.Set.of(
          "UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ", "BGM", "RFF", "NAD", "COM", "CTA", "TDT",
          "LOC", "DTM", "ATT", "MEA", "GEI", "GIS", "FTX", "EMP", "NAT", "DOC", "CPI", "QTY", "CNT",
          "AUT", "MSG", "ORG", "TVL", "EQN", "SRC", "RCI", "DAT", "IFT", "TIF", "FTI", "SSR", "REF",
          "TKT", "FAR", "MON", "TXD", "FOP", "PTK", "ADD", "ABI", "LTS", "RPI", "SAC", "TRI", "SSD",
          "TBD", "APD", "EBD", "TRA", "PDI", "EQD", "DMT", "RVM");

  /** The tag a stray UNZ is given: no mapping reads it. */
  static final String IGNORED_TRAILER = "UZZ";

  /** Look-alikes of the apostrophe that word processors and mail systems put for it. */
  private static final String APOSTROPHES = "\u2019\u2018\u00B4\u0060";

  /**
   * Whether a segment begins at {@code from}: line space, then a tag (a capital letter, two
   * capitals or digits) and the data element separator.
   */
  private static boolean startsSegment(String text, int from, char element) {
    int k = from;
    while (k < text.length() && isLineSpace(text.charAt(k))) {
      k++;
    }
    if (k + 3 >= text.length()) {
      return false;
    }
    if (!TAGS.contains(text.substring(k, k + 3).toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    // The tag repairs (a space or tab after it, lower case) apply to the segment found here too.
    int e = k + 3;
    while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t') && e < k + 6) {
      e++;
    }
    return e < text.length() && text.charAt(e) == element;
  }

  /** A trailer segment with zero counts, closing what a truncated file left open. */
  private static String trailer(String tag, char element, char terminator) {
    return tag + element + '0' + element + '0' + terminator;
  }

  /** A C0 or C1 control character or DEL; line breaks are read before this is asked. */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** Space, tab or line break: what transmission adds between segments. */
  private static boolean isLineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** The known segment tag that begins at {@code from} in {@code out}, else empty. */
  private static String tagAt(StringBuilder out, int from) {
    String tag = out.substring(from, Math.min(from + 3, out.length()));
    return TAGS.contains(tag) ? tag : "";
  }

  private static boolean isTag(StringBuilder out, int from) {
    return TAGS.contains(out.substring(from, from + 3).toUpperCase(java.util.Locale.ROOT));
  }

  private static char spare(String body, char... separators) {
    outer:
    for (int k = 0; k < SPARE_SEPARATORS.length(); k++) {
      char c = SPARE_SEPARATORS.charAt(k);
      for (char s : separators) {
        if (s == c) {
          continue outer;
        }
      }
      if (body.indexOf(c) < 0) {
        return c;
      }
    }
    // Every spare character occurs: the parser must treat one of them as a separator. The last
    // (ESC) is the least likely in airline data.
    return SPARE_SEPARATORS.charAt(SPARE_SEPARATORS.length() - 1);
  }

  /**
   * The first character given for two of the separators, and for which (e.g. {@code ':' as both
   * component separator and data element separator}); empty when all four differ.
   */
  private static String twice(char component, char element, char release, char terminator) {
    char[] cs = {component, element, release, terminator};
    for (int a = 0; a < cs.length; a++) {
      for (int b = a + 1; b < cs.length; b++) {
        if (cs[a] == cs[b]) {
          return visible(cs[a]) + " as both " + SEPARATORS[a] + " and " + SEPARATORS[b];
        }
      }
    }
    return "";
  }

  private static final String[] SEPARATORS = {
    "component separator", "data element separator", "release character", "segment terminator"
  };

  /**
   * Where the UNA's service characters (six, as {@link #serviceString}) give {@link #SEPARATORS}.
   */
  private static final int[] ADVICE_OF_SEPARATORS = {0, 1, 3, 5};

  /**
   * Which of {@link #SEPARATORS} the UNA's repetition separator (its fifth character) is too, by
   * its index there; -1 when none.
   */
  private static int repetitionAlso(String advice) {
    for (int a = 0; a < ADVICE_OF_SEPARATORS.length; a++) {
      if (advice.charAt(ADVICE_OF_SEPARATORS[a]) == advice.charAt(4)) {
        return a;
      }
    }
    return -1;
  }

  /** A separator as a user can read it in a message. */
  static String visible(char c) {
    if (c == ' ') {
      return "' ' (space)";
    }
    if (c < 0x20 || c == 0x7F) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    if (c > 0x7E) {
      return String.format(Locale.ROOT, "'%c' (U+%04X)", c, (int) c);
    }
    return "'" + c + "'";
  }

  /** UTF-16 by its byte-order mark, or by the zero bytes of ASCII text; null when not. */
  private static Charset utf16(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean strictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The text of {@code bytes} in the repertoire the UNB declares; UTF-8, else ISO 8859-1, when the
   * bytes are not valid in it or the identifier is not one of ISO 9735's (e.g. {@code IATA}).
   */
  static String decode(byte[] bytes, String source, List<ManifestWarning> warnings) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      warnings.add(
          ManifestWarning.ofFile(
              "the file is encoded in UTF-16, which no UN/EDIFACT repertoire uses; read as "
                  + utf16.name()));
      String text = new String(bytes, utf16);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    Matcher unb = UNB.matcher(latin);
    String syntax = unb.find() ? unb.group(2) : "";
    Charset declared = REPERTOIRES.get(syntax);
    if (declared == null && !syntax.isEmpty() && !IATA_SYNTAX.contains(syntax)) {
      warnings.add(
          ManifestWarning.ofFile(
              "the interchange declares character set "
                  + syntax
                  + ", which Mizan does not know (ISO 9735 UNOA to UNOK, UNOW, UNOY expected); read"
                  + " as UTF-8 where its bytes are UTF-8, else as ISO-8859-1"));
    }
    List<Charset> tries = new ArrayList<>();
    // Decoded strictly once: a manifest can be megabytes.
    boolean beyondAscii = latin.chars().anyMatch(ch -> ch >= 0x80);
    boolean utf8 = beyondAscii && strictUtf8(bytes);
    if (declared != null
        && !declared.equals(StandardCharsets.UTF_8)
        && !declared.equals(StandardCharsets.US_ASCII)
        && utf8) {
      // Every byte is valid in a single-byte repertoire; valid UTF-8 beyond ASCII is no accident.
      warnings.add(
          ManifestWarning.ofFile(
              "the interchange declares character set "
                  + syntax
                  + " but its bytes are UTF-8; read as UTF-8"));
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (beyondAscii && !utf8) {
      // The other bytes in the single-byte set declared, else ISO 8859-1.
      Charset single =
          declared != null
                  && !declared.equals(StandardCharsets.UTF_8)
                  && !declared.equals(StandardCharsets.US_ASCII)
              ? declared
              : StandardCharsets.ISO_8859_1;
      Mixed mixed = mixed(bytes, single);
      if (mixed.utf8() > 0) {
        // UTF-8 beyond ASCII is no accident in a single-byte text (a letter followed by a symbol
        // such as © in a name): reading the whole file in one single-byte set would garble every
        // UTF-8 name, an Arabic-script one among them, for a few names typed in another code page.
        warnings.add(
            ManifestWarning.ofFile(
                "the file is UTF-8 but for "
                    + ManifestWarning.count(mixed.other(), "byte that is", "bytes that are")
                    + " not (the first at byte "
                    + (mixed.first() + 1)
                    + "); those were read as "
                    + single.name()
                    + ", the rest as UTF-8"));
        String text = mixed.text();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      }
    }
    if (declared != null) {
      tries.add(declared);
    }
    tries.add(StandardCharsets.UTF_8);
    tries.add(StandardCharsets.ISO_8859_1);
    for (Charset charset : tries) {
      try {
        String text =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        if (declared != null && !charset.equals(declared)) {
          warnings.add(
              ManifestWarning.ofFile(
                  "the interchange declares character set "
                      + syntax
                      + " but holds bytes outside it; read as "
                      + charset.name()));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      } catch (CharacterCodingException e) {
        // not this character set: try the next
      }
    }
    throw new AssertionError("ISO 8859-1 decodes every byte (" + source + ")");
  }

  /**
   * Bytes read as UTF-8 where they form valid UTF-8 sequences, each other byte in a single-byte set
   * ({@link #mixed(byte[], Charset)}).
   *
   * @param utf8 the sequences of two bytes or more read as UTF-8
   * @param other the bytes read in the single-byte set
   * @param first the 0-based offset of the first of those, -1 when none
   */
  private record Mixed(String text, int utf8, int other, int first) {}

  private static Mixed mixed(byte[] bytes, Charset single) {
    byte[] all = new byte[256];
    for (int k = 0; k < all.length; k++) {
      all[k] = (byte) k;
    }
    String table = new String(all, single);
    StringBuilder b = new StringBuilder(bytes.length);
    java.nio.charset.CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int valid = 0;
    int other = 0;
    int first = -1;
    int i = 0;
    while (i < bytes.length) {
      int c = bytes[i] & 0xFF;
      if (c < 0x80) {
        b.append((char) c);
        i++;
        continue;
      }
      int n =
          c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (n > 0 && i + n <= bytes.length) {
        try {
          b.append(utf8.reset().decode(ByteBuffer.wrap(bytes, i, n)));
          valid++;
          i += n;
          continue;
        } catch (CharacterCodingException e) {
          // not a sequence: the byte alone, below
        }
      }
      b.append(table.charAt(c));
      other++;
      if (first < 0) {
        first = i;
      }
      i++;
    }
    return new Mixed(b.toString(), valid, other, first);
  }
}
