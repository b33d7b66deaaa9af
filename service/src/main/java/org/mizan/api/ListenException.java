package org.mizan.api;

/**
 * The API cannot listen on the address and port asked for: the port is taken, or the address is not
 * one of this machine's. The message names both, for the person starting the service.
 */
public final class ListenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ListenException(String message, Throwable cause) {
    super(message, cause);
  }
}
