package org.mizan.lists;

/**
 * A list file that cannot be read as the list format it claims or appears to be.
 *
 * <p>Carries where the problem is: the file (as the caller named it), line and column (1-based, 0
 * when unknown) and the element or field concerned (empty when none applies). {@link #getMessage()}
 * reads as one line for a user, e.g. {@code consolidated.xml:12:7: INDIVIDUAL/DATAID: unexpected
 * end of file}.
 */
public final class ListFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final long line;
  private final long column;
  private final String field;
  private final String problem;

  /**
   * @param location the file or stream name the caller gave, never null
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param field element path or field name, empty when none applies
   * @param problem what is wrong, in a few words
   * @param cause the underlying parser error, or null
   */
  public ListFormatException(
      String location, long line, long column, String field, String problem, Throwable cause) {
    super(render(location, line, column, field, problem), cause);
    this.location = location;
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = problem;
  }

  public ListFormatException(
      String location, long line, long column, String field, String problem) {
    this(location, line, column, field, problem, null);
  }

  private static String render(
      String location, long line, long column, String field, String problem) {
    StringBuilder b = new StringBuilder(location);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ");
    if (!field.isEmpty()) {
      b.append(field).append(": ");
    }
    return b.append(problem).toString();
  }

  public String location() {
    return location;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
