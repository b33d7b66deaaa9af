package org.mizan.lists.xml;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.Sha256Input;
import org.mizan.lists.StrictUtf8Reader;

/**
 * A forward-only walk over the elements of a list file in XML with the JDK's StAX parser, which
 * keeps the element path for error messages and turns every parser failure into a {@link
 * ListFormatException} (or an {@link UncheckedIOException} when the stream itself failed).
 *
 * <p>Hardened against hostile input: DTDs and external entities are disabled, no external DTD or
 * schema may be fetched, and any {@code DOCTYPE} is refused outright, so neither an external entity
 * nor an entity-expansion bomb ("billion laughs") is ever resolved. Not thread-safe.
 */
public final class XmlCursor {
  private static final Pattern JDK_PREFIX =
      Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*");
  private static final Pattern DOCTYPE_NAME =
      Pattern.compile("<!DOCTYPE\\s+([A-Za-z0-9_:.-]{1,40})");

  private final XMLStreamReader reader;
  private final Sha256Input bytes;
  private final StrictUtf8Reader input;
  private final String location;
  private final String format;
  private final Set<String> records;
  private final List<String> path = new ArrayList<>();
  // By depth, path()'s value there; each made once per distinct path (steps), not per element.
  private final List<String> paths = new ArrayList<>();
  private final Map<String, Map<String, String>> steps = new HashMap<>();
  private int stepCount;

  /**
   * The most distinct element paths {@link #steps} keeps, and the longest (a list's are under 100
   * characters; a hostile file's names may be long): others are joined afresh each time, so the
   * paths kept hold at most 2 million characters.
   */
  private static final int MAX_STEPS = 10_000;

  private static final int MAX_STEP_LENGTH = 200;

  private XmlCursor(
      XMLStreamReader reader,
      Sha256Input bytes,
      StrictUtf8Reader input,
      String location,
      String format,
      Set<String> records) {
    this.reader = reader;
    this.bytes = bytes;
    this.input = input;
    this.location = location;
    this.format = format;
    this.records = Set.copyOf(records);
  }

  /**
   * Starts parsing a file and checks the prolog. The bytes are hashed as they are read ({@link
   * Sha256Input}) and decoded as strict UTF-8 ({@link StrictUtf8Reader}), a leading byte-order mark
   * allowed.
   *
   * @param in the file's bytes; read to the very end by {@link #finish()}, never closed
   * @param location the file name to cite in errors
   * @param format the format's name for messages, e.g. {@code the UK Sanctions List XML}
   * @param records the names of the record elements ({@code INDIVIDUAL}, {@code Designation}):
   *     element paths in messages start at the innermost of them
   * @throws ListFormatException when the bytes are not XML, not UTF-8, or declare another encoding
   */
  public static XmlCursor open(
      InputStream in, String location, String format, Set<String> records) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(location, "location");
    Sha256Input bytes = new Sha256Input(in);
    StrictUtf8Reader input = new StrictUtf8Reader(bytes);
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are never read: " + systemId);
        });
    XMLStreamReader reader;
    try {
      reader = factory.createXMLStreamReader(input);
    } catch (XMLStreamException | RuntimeException e) {
      throw translate(e, input, location, "", Optional.empty());
    }
    XmlCursor cursor = new XmlCursor(reader, bytes, input, location, format, records);
    String encoding = reader.getCharacterEncodingScheme();
    if (encoding != null && !encoding.replace("-", "").equalsIgnoreCase("UTF8")) {
      throw new ListFormatException(
          location,
          1,
          0,
          "",
          "declared encoding " + encoding + " is not UTF-8 (" + format + " is UTF-8)");
    }
    return cursor;
  }

  /**
   * Moves to the root element and checks its name.
   *
   * @throws ListFormatException on a {@code DOCTYPE} or another root element
   */
  public void enterRoot(String expected) {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        push(reader.getLocalName());
        if (!name().equals(expected)) {
          throw here(
              name(),
              "the root element is <"
                  + name()
                  + ">, expected <"
                  + expected
                  + ">: this is not "
                  + format);
        }
        return;
      }
    }
  }

  /** The file name errors cite. */
  public String location() {
    return location;
  }

  /** The local name of the current element. */
  public String name() {
    return path.get(path.size() - 1);
  }

  /** The namespace URI of the current element, empty when it has none. */
  public String namespace() {
    String uri = reader.getNamespaceURI();
    return uri == null ? "" : uri;
  }

  /** An attribute of the current element, trimmed; empty when absent. */
  public String attribute(String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  /**
   * Moves to the next child element of the current element.
   *
   * @return true positioned on the child's start tag, which the caller must then consume with
   *     {@link #text()}, {@link #group()} or {@link #skip()}; false when the current element has
   *     ended (its end tag is consumed and its parent is current again)
   */
  public boolean nextChild() {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        push(reader.getLocalName());
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        pop();
        return false;
      }
    }
  }

  /** Reads the current element as text and leaves it. */
  public Field text() {
    String fieldPath = path();
    Position start = position();
    // Most fields are one piece of text: joined only when there are more.
    String first = null;
    StringBuilder more = null;
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          String piece = reader.getText();
          if (first == null) {
            first = piece;
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            more.append(piece);
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          throw here(
              fieldPath, "unexpected element <" + reader.getLocalName() + "> inside a text field");
        case XMLStreamConstants.END_ELEMENT:
          pop();
          String text = more != null ? more.toString() : first != null ? first : "";
          return new Field(fieldPath, text, start.line(), start.column());
        default:
          break;
      }
    }
  }

  /** Reads the current element as a flat container of text elements and leaves it. */
  public Group group() {
    String groupPath = path();
    Position start = position();
    List<Field> fields = new ArrayList<>();
    while (nextChild()) {
      fields.add(text());
    }
    return new Group(groupPath, fields, start.line(), start.column());
  }

  /** Leaves the current element without looking at its content. */
  public void skip() {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    pop();
  }

  /**
   * Reads past the root element to the end of the document, which must hold nothing else, and to
   * the end of the bytes.
   *
   * @return the SHA-256 of every byte of the file, lower-case hex: a list version names exactly the
   *     bytes parsed
   * @throws ListFormatException when anything but white space, comments and processing instructions
   *     follows the root element
   * @throws UncheckedIOException when reading fails
   */
  public String finish() {
    while (next() != XMLStreamConstants.END_DOCUMENT) {
      // Only white space, comments and processing instructions may follow; the parser says so.
    }
    try {
      reader.close();
    } catch (XMLStreamException e) {
      throw translate(e, input, location, "", Optional.empty());
    }
    return bytes.readToEndAndDigest();
  }

  /** 1-based line of the current event, 0 when unknown. */
  public long line() {
    return position().line();
  }

  /** 1-based column just after the current event, 0 when unknown. */
  public long column() {
    return position().column();
  }

  /** {@link #line} and {@link #column} of the current event, read from the reader at once. */
  private record Position(long line, long column) {}

  private Position position() {
    Location at = reader.getLocation();
    return new Position(Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
  }

  /**
   * An attribute of the current element holding an ISO 8601 date-time, such as a list's publication
   * timestamp ({@code 2026-02-27T00:00:09.554Z}; see {@link XsdDates#isDateTime}).
   *
   * @param field the path to cite in errors, e.g. {@code export/@generationDate}
   * @return the value as written, trimmed
   * @throws ListFormatException at the current element when the attribute is missing or empty, or
   *     is no ISO 8601 date-time
   */
  public String dateTimeAttribute(String name, String field) {
    String value = attribute(name);
    if (!XsdDates.isDateTime(value)) {
      throw here(
          field,
          value.isEmpty()
              ? "the " + name + " attribute is missing"
              : name + " '" + value + "' is not an ISO 8601 date-time");
    }
    return value;
  }

  /**
   * A format error for the element the cursor has just entered, which is not one its parent may
   * hold: {@code unexpected element <name> (expected ...)} at its path.
   *
   * @param expected what the parent may hold, for the message, e.g. {@code INDIVIDUALS or ENTITIES}
   */
  public ListFormatException unexpected(String expected) {
    return here(path(), "unexpected element <" + name() + "> (expected " + expected + ")");
  }

  /** A format error at the current position. */
  public ListFormatException here(String field, String problem) {
    return new ListFormatException(location, line(), column(), field, problem);
  }

  /** A format error in a field already read: its path, line and column. */
  public ListFormatException at(Field field, String problem) {
    return new ListFormatException(location, field.line(), field.column(), field.path(), problem);
  }

  /**
   * The element path for messages: from the current record (the innermost of the record elements
   * named at {@link #open}) down, or from the root outside records.
   */
  public String path() {
    return paths.isEmpty() ? "" : paths.get(paths.size() - 1);
  }

  /** Enters element {@code name}: path() there is its record's path to it. */
  private void push(String name) {
    String parent = paths.isEmpty() ? null : paths.get(paths.size() - 1);
    path.add(name);
    if (parent == null || records.contains(name)) {
      paths.add(name);
      return;
    }
    Map<String, String> children = steps.get(parent);
    String joined = children == null ? null : children.get(name);
    if (joined == null) {
      joined = parent + "/" + name;
      if (stepCount < MAX_STEPS && joined.length() <= MAX_STEP_LENGTH) {
        steps.computeIfAbsent(parent, p -> new HashMap<>()).put(name, joined);
        stepCount++;
      }
    }
    paths.add(joined);
  }

  /** Leaves the current element. */
  private void pop() {
    path.remove(path.size() - 1);
    paths.remove(paths.size() - 1);
  }

  private int next() {
    int event;
    try {
      event = reader.next();
    } catch (XMLStreamException | RuntimeException e) {
      throw translate(e, input, location, path(), Optional.of(reader));
    }
    if (event == XMLStreamConstants.DTD) {
      throw refuseDoctype();
    }
    if (event == XMLStreamConstants.END_DOCUMENT && !path.isEmpty()) {
      throw here(path(), "unexpected end of document");
    }
    return event;
  }

  private ListFormatException refuseDoctype() {
    Matcher m = DOCTYPE_NAME.matcher(reader.getText());
    String name = m.find() ? m.group(1) : "";
    String problem =
        (name.isEmpty() ? "a DOCTYPE" : "DOCTYPE " + name)
            + " refused: "
            + format
            + " has none, and DTDs and entities are never processed";
    if (name.toLowerCase(Locale.ROOT).equals("html")) {
      problem += " (this is an HTML page, not " + format + ")";
    }
    return here("", problem);
  }

  private static RuntimeException translate(
      Exception e,
      StrictUtf8Reader input,
      String location,
      String field,
      Optional<XMLStreamReader> reader) {
    if (input.readFailure().isPresent()) {
      return new UncheckedIOException(input.readFailure().get());
    }
    Optional<StrictUtf8Reader.Malformed> bad = input.malformed();
    if (bad.isPresent()) {
      return new ListFormatException(
          location, bad.get().line(), bad.get().column(), field, bad.get().problem(), e);
    }
    Location at = e instanceof XMLStreamException ? ((XMLStreamException) e).getLocation() : null;
    if (at == null && reader.isPresent()) {
      at = reader.get().getLocation();
    }
    long line = at == null ? 0 : Math.max(0, at.getLineNumber());
    long column = at == null ? 0 : Math.max(0, at.getColumnNumber());
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String problem = "malformed XML: " + JDK_PREFIX.matcher(message).replaceFirst("").strip();
    if (input.exhausted() && !field.isEmpty()) {
      problem =
          "unexpected end of file inside " + field + ": the file is truncated (" + problem + ")";
    }
    return new ListFormatException(location, line, column, field, problem, e);
  }
}
