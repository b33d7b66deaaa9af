package org.mizan.api;

/**
 * A request the API refuses or cannot serve: the HTTP status and a message for the caller.
 *
 * <p>The status is a 4xx for a request the caller must change (400 invalid, 401 unauthenticated,
 * 403 forbidden, 404 not found, 413 too large, 429 too many requests) and 503 when a store the
 * answer needs is unavailable. The message names the field at fault and never quotes a screened
 * name or document number; it is sent as {@code {"error": {"status", "message"}}}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status an HTTP status code, 400–599
   * @param message what is wrong and where, for the caller
   */
  public ApiException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  /** A 400: the request is invalid; {@code message} says which field and why. */
  public static ApiException invalid(String message) {
    return new ApiException(400, message);
  }

  /** The HTTP status code, 400–599. */
  public int status() {
    return status;
  }
}
