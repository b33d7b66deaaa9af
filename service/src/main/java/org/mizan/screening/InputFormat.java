package org.mizan.screening;

import java.util.Locale;

/** The formats of a batch input file: CSV with a header row, or JSON Lines. */
public enum InputFormat {
  /** Comma-separated values with a header row (RFC 4180). */
  CSV,
  /** One JSON object per line (JSON Lines, also called NDJSON). */
  JSONL;

  /**
   * The format a file name announces by its extension, case-insensitively: {@code .csv} is {@link
   * #CSV}; {@code .jsonl} and {@code .ndjson} are {@link #JSONL}.
   *
   * @param fileName a file name or path as the user gave it
   * @throws InputFormatException (line 0, no field) naming the accepted extensions when the name
   *     has none of them
   */
  public static InputFormat fromFileName(String fileName) {
    String lower = fileName.strip().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return CSV;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSONL;
    }
    throw new InputFormatException(
        fileName, 0, "", "unknown input format: the file name must end in .csv, .jsonl or .ndjson");
  }
}
