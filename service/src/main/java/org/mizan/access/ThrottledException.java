package org.mizan.access;

/**
 * A credential that needs its slow check while the caller's allowance of failed checks is used up
 * (HTTP 429). A credential verified before is never refused this way.
 */
public final class ThrottledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ThrottledException(String message) {
    super(message);
  }
}
