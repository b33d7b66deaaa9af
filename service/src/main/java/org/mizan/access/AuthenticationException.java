package org.mizan.access;

/**
 * A request without valid credentials (HTTP 401). The message says what is missing or wrong, never
 * the credential itself.
 */
public final class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }
}
