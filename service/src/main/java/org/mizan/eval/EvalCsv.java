package org.mizan.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV files of the evaluation data (strict UTF-8; CSV syntax by Jackson).
 *
 * <p>People files (yente's fixtures) have a header row; the columns read are {@code full_name},
 * {@code date_of_birth} and {@code nationality}, kept as text (dates are checked where they are
 * used, leniently). The cross-script pairs file has no header, {@code #} comment lines and the
 * columns query, expected match, minimum score, description.
 */
final class EvalCsv {
  private static final CsvMapper MAPPER = new CsvMapper();

  private EvalCsv() {}

  /**
   * One row of a people file.
   *
   * @param row the data row's number, from 1 (the header is not counted)
   * @param name {@code full_name}
   * @param dob {@code date_of_birth} as written, empty when absent
   * @param nationality {@code nationality} as written, empty when absent
   */
  record Person(long row, String name, String dob, String nationality) {}

  /**
   * One row of the cross-script pairs file.
   *
   * @param number the pair's number in the file, from 1 (comments and blank lines not counted)
   * @param query the name in its own script
   * @param expected the Latin name it should match
   */
  record Pair(long number, String query, String expected) {}

  /**
   * Reads a people file.
   *
   * @throws EvalDataException when the file is not valid UTF-8 or CSV, or has no {@code full_name}
   *     column
   */
  static List<Person> people(InputStream in, String location) {
    List<Person> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader reader = strictUtf8(in);
        MappingIterator<Map<String, String>> it =
            MAPPER.readerForMapOf(String.class).with(schema).readValues(reader)) {
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        if (!row.containsKey("full_name")) {
          throw new EvalDataException(location + ": no full_name column in the header");
        }
        rows.add(
            new Person(
                rows.size() + 1,
                row.get("full_name").strip(),
                row.getOrDefault("date_of_birth", "").strip(),
                row.getOrDefault("nationality", "").strip()));
      }
    } catch (IOException | RuntimeException e) {
      throw invalid(location, e);
    }
    return rows;
  }

  /**
   * Reads the cross-script pairs file.
   *
   * @throws EvalDataException when the file is not valid UTF-8 or CSV, or a row has fewer than two
   *     columns
   */
  static List<Pair> pairs(InputStream in, String location) {
    List<Pair> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withComments();
    try (Reader reader = strictUtf8(in);
        MappingIterator<String[]> it =
            MAPPER
                .readerFor(String[].class)
                .with(schema)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(reader)) {
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        long number = rows.size() + 1;
        if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
          throw new EvalDataException(
              location + ": pair " + number + ": a pair needs a query and an expected match");
        }
        rows.add(new Pair(number, cells[0].strip(), cells[1].strip()));
      }
    } catch (IOException | RuntimeException e) {
      throw invalid(location, e);
    }
    return rows;
  }

  private static Reader strictUtf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * The exception for a failure while reading: invalid UTF-8 or CSV syntax is invalid data (with
   * the line where Jackson stopped, never the text there); any other I/O failure stays one.
   */
  private static RuntimeException invalid(String location, Exception e) {
    if (e instanceof EvalDataException d) {
      return d;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return new EvalDataException(location + ": not valid UTF-8");
      }
      if (t instanceof JsonProcessingException j) {
        long line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
        return new EvalDataException(
            location + ": not valid CSV" + (line > 0 ? " near line " + line : ""));
      }
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException("cannot read " + location + ": " + io.getMessage(), io);
    }
    return (RuntimeException) e;
  }
}
