package org.mizan.access;

/**
 * An administrator's API key or user that is the last one in force would be revoked or disabled:
 * refused, since no one could then manage accounts through the service. The message says what to do
 * first.
 */
public final class LastAdministratorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LastAdministratorException(String message) {
    super(message);
  }
}
