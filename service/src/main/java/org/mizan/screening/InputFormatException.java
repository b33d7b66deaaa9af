package org.mizan.screening;

/**
 * A batch input file ({@code --input}) that cannot be read as subjects.
 *
 * <p>Carries where the problem is: the file as the caller named it, the 1-based physical line where
 * the offending row starts (0 when no line applies, e.g. an unknown file extension) and the column
 * or key concerned as written in the file (empty when none applies). {@link #getMessage()} reads as
 * one line for a user, e.g. {@code people.csv:7: dob: date '19x1' is not YYYY, YYYY-MM or
 * YYYY-MM-DD}.
 *
 * <p>The message never contains a screened name or document number; it quotes the value only for
 * {@code dob}, {@code gender} and {@code kind}. For the same reason it never carries a CSV or JSON
 * parser exception as its cause, since those quote the input.
 */
public final class InputFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final long line;
  private final String field;
  private final String problem;

  InputFormatException(String location, long line, String field, String problem, Throwable cause) {
    super(render(location, line, field, problem), cause);
    this.location = location;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  InputFormatException(String location, long line, String field, String problem) {
    this(location, line, field, problem, null);
  }

  private static String render(String location, long line, String field, String problem) {
    StringBuilder b = new StringBuilder(location);
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (!field.isEmpty()) {
      b.append(field).append(": ");
    }
    return b.append(problem).toString();
  }

  /** The file or stream name the caller gave. */
  public String location() {
    return location;
  }

  /** The 1-based physical line where the offending row starts, 0 when no line applies. */
  public long line() {
    return line;
  }

  /** The column or key as written in the input, empty when the problem concerns no one field. */
  public String field() {
    return field;
  }

  /** What is wrong, in a few words, without the location. */
  public String problem() {
    return problem;
  }
}
