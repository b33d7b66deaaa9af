package org.mizan.eval;

/**
 * Evaluation data that is missing or invalid: the data folder, a file a suite needs, or a row that
 * cannot be read. The message names the file (and line) and never repeats a name from it.
 */
public final class EvalDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EvalDataException(String message) {
    super(message);
  }

  EvalDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
