package org.mizan.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mizan.model.EntryKind;
import org.mizan.model.Subject;

/**
 * Reads the subjects of a batch input file ({@code mizan screen --input}) one row at a time.
 *
 * <p>Formats (DESIGN.md, "Command-line contract", "Input and output"):
 *
 * <ul>
 *   <li>{@link InputFormat#CSV}: RFC 4180 with a required header row. The columns read are {@code
 *       id, name, dob, nationality, gender, document, kind} ({@code full_name} is accepted for
 *       {@code name}, {@code date_of_birth} for {@code dob}), matched trimmed and
 *       case-insensitively; other columns are ignored. Quoted values may hold commas, quotes
 *       (doubled) and line breaks; blank lines are skipped.
 *   <li>{@link InputFormat#JSONL}: JSON Lines, one JSON object per line with the same keys. Values
 *       are strings; {@code id} and {@code dob} may also be whole numbers; blank lines are skipped.
 * </ul>
 *
 * <p>Each row becomes a {@link Subject}: {@code id} as given, or {@code row-N} when missing or
 * blank, N counting data rows from 1 (the CSV header is not a data row; in JSONL, non-blank lines);
 * {@code name} is required; {@code dob} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * (none when blank); {@code gender} is {@code male}, {@code female}, {@code m} or {@code f},
 * case-insensitively ({@link org.mizan.model.Gender#UNKNOWN} when blank, {@code unknown}, {@code
 * u}, {@code other} or {@code x}); {@code kind} is {@code person} (or {@code individual}), {@code
 * organization} (or {@code organisation}, {@code entity}), {@code vessel}, {@code aircraft} or
 * {@code any} (all kinds, also when blank); {@code nationality} and {@code document} are taken
 * trimmed as given.
 *
 * <p>Bytes are decoded strictly in the charset given: bytes that are not valid in it are an error,
 * never replaced. A leading byte-order mark is dropped, so UTF-8 input may come with or without
 * one.
 *
 * <p>The reader streams: it holds one row at a time, so input of any length can be read. Problems
 * are {@link InputFormatException}s naming the file, the line where the row starts and the field. A
 * problem in one row's values (a blank name, an invalid dob, gender or kind, a JSONL line that is
 * not a JSON object) is thrown by {@link #next()} after that row is consumed, and reading may go on
 * with the next row. A problem that stops reading (undecodable bytes, broken CSV quoting) is thrown
 * by {@link #hasNext()}, and again by every later call; it cites the line of the bad bytes or the
 * line where the broken row starts, and may come before the row just above it is handed out.
 *
 * <p>Not thread-safe. Closing the reader closes the input stream.
 */
public final class SubjectReader implements Iterator<Subject>, AutoCloseable {
  private final String location;
  private final Rows rows;
  private final Set<EntryKind> defaultKinds;
  // Today in UTC from the system clock, as the command line's --dob is checked; once per file.
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private long rowNumber;
  private boolean rowReady;
  private boolean ended;
  private InputFormatException failure;

  private SubjectReader(String location, Rows rows, Set<EntryKind> defaultKinds) {
    this.defaultKinds = Set.copyOf(defaultKinds);
    this.location = location;
    this.rows = rows;
  }

  /**
   * Opens a batch input and, for CSV, reads its header row. An empty input has no subjects.
   *
   * @param in the input's bytes; closed by {@link #close()}, or at once if opening fails
   * @param location the file name to cite in errors, e.g. {@code people.csv}
   * @param format how the input is written
   * @param charset how the bytes are encoded, e.g. UTF-8, {@code windows-1256}, UTF-16
   * @throws InputFormatException when the CSV header is missing or has no {@code name} (or {@code
   *     full_name}) column, names a column twice, or the bytes before it cannot be decoded
   * @throws UncheckedIOException when reading fails
   */
  public static SubjectReader open(
      InputStream in, String location, InputFormat format, Charset charset) {
    return open(in, location, format, charset, EnumSet.allOf(EntryKind.class));
  }

  /**
   * As {@link #open(InputStream, String, InputFormat, Charset)}, a row with an empty {@code kind}
   * screened against {@code defaultKinds} (the command line's {@code --kind}).
   *
   * @param defaultKinds at least one kind
   */
  public static SubjectReader open(
      InputStream in,
      String location,
      InputFormat format,
      Charset charset,
      Set<EntryKind> defaultKinds) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    DecodingReader text = new DecodingReader(in, charset, location);
    try {
      Rows rows =
          switch (format) {
            case CSV -> CsvRows.open(text, location);
            case JSONL -> new JsonLinesRows(text, location);
          };
      return new SubjectReader(location, rows, defaultKinds);
    } catch (RuntimeException e) {
      try {
        text.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * The subject one JSON object describes, with the keys and rules of JSONL batch input ({@code id,
   * name, dob, nationality, gender, document, kind}; other keys ignored).
   *
   * @param object one JSON object, as text
   * @param location what to cite in errors, e.g. {@code subjects[3]}
   * @param number 1-based position of the subject, for the default id {@code row-N}; 0 for a
   *     subject on its own, whose default id is {@code query} as on the command line
   * @param today today's date, after which no date of birth can be
   * @throws InputFormatException when the object is not one, the name is missing, or a value is
   *     invalid; the message names the key and never quotes a name or document number
   */
  public static Subject fromJson(String object, String location, long number, LocalDate today) {
    return SubjectMapping.toSubject(
        location,
        number == 0 ? "query" : "row-" + number,
        JsonLinesRows.parse(object, location, 0),
        EnumSet.allOf(EntryKind.class),
        today);
  }

  /**
   * Opens a batch input file, its format told by its extension ({@link
   * InputFormat#fromFileName(String)}), citing the path as given in errors.
   *
   * @param file a {@code .csv}, {@code .jsonl} or {@code .ndjson} file
   * @param charset how the bytes are encoded
   * @throws InputFormatException when the extension is none of these, or as {@link
   *     #open(InputStream, String, InputFormat, Charset)}
   * @throws UncheckedIOException when the file cannot be opened or read
   */
  public static SubjectReader open(Path file, Charset charset) {
    String location = file.toString();
    InputFormat format = InputFormat.fromFileName(location);
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return open(in, location, format, charset);
  }

  /**
   * Whether another row follows; reads ahead one row.
   *
   * @throws InputFormatException when the input cannot be read further; every later call throws it
   *     again
   * @throws UncheckedIOException when reading fails
   */
  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw failure;
    }
    if (!rowReady && !ended) {
      try {
        rowReady = rows.advance();
      } catch (InputFormatException e) {
        failure = e;
        throw e;
      }
      ended = !rowReady;
    }
    return rowReady;
  }

  /**
   * The subject of the next row.
   *
   * @throws InputFormatException when the row is invalid; the row is consumed, and reading may go
   *     on with the next one
   * @throws NoSuchElementException when there are no more rows
   */
  @Override
  public Subject next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows in " + location);
    }
    rowReady = false;
    rowNumber++;
    return SubjectMapping.toSubject(location, rowNumber, rows.row(), defaultKinds, today);
  }

  /**
   * The remaining subjects as a sequential, ordered stream that closes this reader when closed;
   * errors are thrown as by {@link #next()} and end the stream.
   */
  public Stream<Subject> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Closes the input stream.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    rows.close();
  }
}
