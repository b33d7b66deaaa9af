package org.mizan.model;

import java.util.Locale;

/** What a list entry designates: a natural person, an organisation, a vessel or an aircraft. */
public enum EntryKind {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT;

  /** The stable lower-case identifier used in output and options ({@code person}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
