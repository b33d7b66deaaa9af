package org.mizan.screening;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Lines rows: each non-blank line holds one JSON object whose keys name {@link Column}s.
 *
 * <p>Values are strings; {@code id} and {@code dob} may also be whole numbers ({@code 1971});
 * {@code null} counts as absent; other keys are ignored whatever their value. Source: JSON Lines
 * (jsonlines.org), RFC 8259. Lines end at CR, LF or CRLF.
 */
final class JsonLinesRows implements Rows {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final String location;
  private final Reader lines;
  private long lineNumber;
  private String text = "";
  private long line;

  JsonLinesRows(Reader text, String location) {
    this.location = location;
    this.lines = text;
  }

  /**
   * The longest line read: a row's longest value ({@link
   * StreamReadConstraints#getMaxStringLength()}) and room for its other fields. A longer line is
   * refused before it is held whole (a breaker's find: a line of 300 MB, mostly spaces, ran out of
   * memory before Jackson's limit was met).
   */
  static final int MAX_LINE_CHARS = StreamReadConstraints.defaults().getMaxStringLength() + 65_536;

  private final StringBuilder read = new StringBuilder();
  private final char[] chunk = new char[8192];
  private int at;
  private int end;

  /**
   * The next line, ended as {@link java.io.BufferedReader#readLine()} ends one (LF, CR or CR LF),
   * or null at the end.
   */
  private String readLine() throws IOException {
    read.setLength(0);
    int c = next();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n' && c != '\r') {
      if (read.length() == MAX_LINE_CHARS) {
        throw new InputFormatException(
            location,
            lineNumber + 1,
            "",
            "a line longer than " + MAX_LINE_CHARS + " characters (no row needs one)");
      }
      read.append((char) c);
      c = next();
    }
    if (c == '\r' && next() != '\n' && end > 0) {
      at--;
    }
    return read.toString();
  }

  /** The next character, read a chunk at a time, or -1 at the end. */
  private int next() throws IOException {
    if (at == end) {
      end = Math.max(0, lines.read(chunk, 0, chunk.length));
      at = 0;
      if (end == 0) {
        return -1;
      }
    }
    return chunk[at++];
  }

  @Override
  public boolean advance() {
    try {
      for (String next = readLine(); next != null; next = readLine()) {
        lineNumber++;
        if (!next.isBlank()) {
          text = next;
          line = lineNumber;
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public RawRow row() {
    return parse(text, location, line);
  }

  /**
   * The row one JSON object describes.
   *
   * @param text one JSON object
   * @param location the input's name, for errors
   * @param line 1-based line where the object starts, 0 when none applies
   * @throws InputFormatException when the text is not one JSON object or a key's value is not a
   *     string (or, for {@code id} and {@code dob}, a whole number)
   */
  static RawRow parse(String text, String location, long line) {
    Map<Column, String> keys = new EnumMap<>(Column.class);
    Map<Column, String> values = new EnumMap<>(Column.class);
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw error(location, line, "", "the line is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        Optional<Column> column = Column.forKey(key);
        if (column.isEmpty()) {
          String plain = SubjectFields.plainKey(key);
          if (Column.forKey(plain).isPresent()) {
            // Unknown as written, its value was left out without a word (a re-breaker's find:
            // "dob\u00a0" lost the date of birth, on the command line and in the API).
            throw error(
                location,
                line,
                "",
                "the key '"
                    + plain
                    + "' has an invisible character or a no-break space in it: remove it");
          }
          parser.skipChildren();
          continue;
        }
        String earlier = keys.putIfAbsent(column.get(), key);
        if (earlier != null) {
          throw error(
              location,
              line,
              key,
              "the object has this key twice (also as '" + earlier + "'); keep one");
        }
        if (value == JsonToken.VALUE_STRING
            || (value == JsonToken.VALUE_NUMBER_INT && acceptsNumber(column.get()))) {
          values.put(column.get(), parser.getText());
        } else if (value != JsonToken.VALUE_NULL) {
          throw error(
              location,
              line,
              key,
              "expected a string"
                  + (acceptsNumber(column.get()) ? " or a whole number" : "")
                  + ", found "
                  + describe(value));
        }
      }
      if (parser.nextToken() != null) {
        throw error(location, line, "", "more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the input (which may be a name), so it is neither copied nor kept.
      if (e instanceof JsonEOFException
          || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
        throw error(location, line, "", "the JSON object is not closed by the end of the line");
      }
      Optional<String> limit = beyondLimit(e);
      if (limit.isPresent()) {
        throw error(location, line, "", limit.get());
      }
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw error(location, line, "", "invalid JSON at column " + column);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RawRow(line, keys, values);
  }

  private static boolean acceptsNumber(Column column) {
    return column == Column.ID || column == Column.DOB;
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> "a number";
    };
  }

  private static InputFormatException error(
      String location, long line, String field, String problem) {
    return new InputFormatException(location, line, field, problem);
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a reader's limit refused (Jackson's {@link StreamConstraintsException}: a value longer
   * than {@link StreamReadConstraints#getMaxStringLength()} characters, nesting deeper than {@link
   * StreamReadConstraints#getMaxNestingDepth()} levels, or a number longer than allowed), in words
   * that quote no input; empty for other errors. Jackson's error locations are not kept there.
   */
  static Optional<String> beyondLimit(JsonProcessingException e) {
    if (!(e instanceof StreamConstraintsException)) {
      return Optional.empty();
    }
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    String message = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
    if (message.contains("nesting depth")) {
      return Optional.of(
          "nested deeper than " + limits.getMaxNestingDepth() + " levels (no row needs nesting)");
    }
    if (message.contains("string value length") || message.contains("string length")) {
      return Optional.of(
          "a value longer than "
              + limits.getMaxStringLength()
              + " characters (no name or field is that long)");
    }
    return Optional.of("a value beyond the reader's limits (" + e.getClass().getSimpleName() + ")");
  }
}
