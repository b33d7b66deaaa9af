package org.mizan.cli;

/** Invalid content named on the command line (exit code 2), with a one-line message. */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }
}
