package org.mizan.review;

/**
 * A review action refused: what is wrong, and of which kind (the API's status: 400, 403, 404, 409).
 * The message never quotes a screened name.
 */
public final class ReviewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an action is refused. */
  public enum Kind {
    /** The request itself is wrong (400). */
    INVALID,
    /** The person may not do this (403). */
    FORBIDDEN,
    /** No such alert or decision (404). */
    NOT_FOUND,
    /** Not now: closed, already confirmed, superseded or changed meanwhile (409). */
    CONFLICT
  }

  private final Kind kind;

  public ReviewException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Why it was refused. */
  public Kind kind() {
    return kind;
  }
}
