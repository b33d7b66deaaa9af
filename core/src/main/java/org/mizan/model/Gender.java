package org.mizan.model;

import java.util.Locale;

/** Gender as lists and travel documents record it; {@link #UNKNOWN} when not stated. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** The stable lower-case identifier ({@code male}, {@code female}, {@code unknown}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
