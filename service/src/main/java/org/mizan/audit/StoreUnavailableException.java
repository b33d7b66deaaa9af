package org.mizan.audit;

/**
 * The store cannot be reached or refused the write: nothing of the operation was kept.
 *
 * <p>The message says what could not be done, for the caller (API 503, command line exit 1); the
 * cause is the database error, for the log.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
