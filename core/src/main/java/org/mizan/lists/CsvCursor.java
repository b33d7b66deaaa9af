package org.mizan.lists;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A forward-only walk over the records of a list file in CSV with Jackson's CSV parser (RFC 4180:
 * comma-separated, double quotes around a value holding a comma, a quote or a line break, a doubled
 * quote for a quote; CR, LF or CRLF line ends), each record its cells and where each starts. Blank
 * lines are skipped. Shared by the list parsers in CSV ({@code lists.csv}, {@code lists.ofac});
 * knows no list format.
 *
 * <p>Every failure becomes a {@link ListFormatException} naming line and column (or an {@link
 * UncheckedIOException} when the stream itself failed); messages never quote the input, which may
 * be personal data. Not thread-safe.
 */
public final class CsvCursor {
  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private final StrictUtf8Reader text;
  private final String location;
  private final CsvParser parser;

  /**
   * One cell as read.
   *
   * @param text the value, quotes removed, stripped of surrounding white space
   * @param line 1-based line of the cell's first character
   * @param column 1-based column of the cell's first character (its opening quote if quoted)
   */
  public record Cell(String text, long line, long column) {}

  private CsvCursor(StrictUtf8Reader text, String location) {
    this.text = text;
    this.location = location;
    try {
      this.parser = FACTORY.createParser(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts reading CSV text.
   *
   * @param text the file's text, decoded as strict UTF-8; made by {@link StrictUtf8Reader#endingAt}
   *     when the file ends with an end-of-file mark
   * @param location the file name to cite in errors
   */
  public static CsvCursor open(StrictUtf8Reader text, String location) {
    return new CsvCursor(text, location);
  }

  /**
   * The next record.
   *
   * @return its cells, at least one; empty at the end of the text
   * @throws ListFormatException naming line and column when the bytes are not UTF-8, a quoted value
   *     is not closed by the end of the file (at its opening quote), a character other than a comma
   *     or a line end follows a closing quote, or anything but white space follows the end-of-file
   *     mark (at the mark)
   * @throws UncheckedIOException when reading fails
   */
  public Optional<List<Cell>> next() {
    try {
      while (parser.nextToken() != null) {
        List<Cell> cells = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          JsonLocation at = parser.currentTokenLocation();
          cells.add(new Cell(parser.getText().strip(), at.getLineNr(), at.getColumnNr()));
        }
        if (token != JsonToken.END_ARRAY) {
          throw new IllegalStateException("CSV parser gave " + token + " inside a record");
        }
        if (!cells.isEmpty()) {
          return Optional.of(cells);
        }
      }
      Optional<StrictUtf8Reader.Position> mark = text.textAfterEndMark();
      if (mark.isPresent()) {
        throw new ListFormatException(
            location,
            mark.get().line(),
            mark.get().column(),
            "",
            "text after the end-of-file mark (Ctrl-Z)");
      }
      return Optional.empty();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  // Jackson's messages may quote the input (personal data): neither copied nor kept as cause.
  private RuntimeException failure(IOException e) {
    if (text.readFailure().isPresent()) {
      return new UncheckedIOException(text.readFailure().get());
    }
    Optional<StrictUtf8Reader.Malformed> bad = text.malformed();
    if (bad.isPresent()) {
      return new ListFormatException(
          location, bad.get().line(), bad.get().column(), "", bad.get().problem());
    }
    if (!(e instanceof JsonProcessingException malformed)) {
      return new UncheckedIOException(e);
    }
    String message = String.valueOf(malformed.getOriginalMessage());
    if (message.startsWith("Missing closing quote")) {
      // The value that never ended is the current token: it starts at its opening quote.
      JsonLocation quote = parser.currentTokenLocation();
      return new ListFormatException(
          location,
          Math.max(0, quote.getLineNr()),
          Math.max(0, quote.getColumnNr()),
          "",
          "a quoted value is not closed by the end of the file (the file is truncated, or a quote"
              + " inside a quoted value is not doubled)");
    }
    if (malformed instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      // Jackson's limit on a value's length: its message names no place (a breaker's find:
      // "malformed CSV" alone, for a quote never closed near the top of a large list).
      JsonLocation value = parser.currentTokenLocation();
      return new ListFormatException(
          location,
          Math.max(0, value.getLineNr()),
          Math.max(0, value.getColumnNr()),
          "",
          ParserMessages.beyondLimit(message));
    }
    JsonLocation at = malformed.getLocation();
    long line = at == null ? 0 : Math.max(0, at.getLineNr());
    long column = at == null ? 0 : Math.max(0, at.getColumnNr());
    if (message.contains("Expected column separator")) {
      // Jackson points just past the character it could not take.
      return new ListFormatException(
          location,
          line,
          Math.max(0, column - 1),
          "",
          "text after a closing quote (expected a comma or a line end; a quote inside a quoted"
              + " value must be doubled)");
    }
    return new ListFormatException(location, line, column, "", "malformed CSV");
  }
}
