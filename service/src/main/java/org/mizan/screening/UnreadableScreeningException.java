package org.mizan.screening;

/**
 * A stored screening whose fields no screening can hold (a time that is not one, a missing value):
 * the row was changed outside Mizan. The message says so without quoting the row.
 */
public final class UnreadableScreeningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableScreeningException() {
    super(
        "the stored screening cannot be read: it was changed outside Mizan (run mizan audit verify)");
  }
}
