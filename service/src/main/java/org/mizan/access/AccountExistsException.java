package org.mizan.access;

/** A user or API key of that name already exists. The message names the kind and the name. */
public final class AccountExistsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountExistsException(String message) {
    super(message);
  }
}
