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

  /**
   * Parses an identifier as printed by {@link #id()}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is not one of them
   */
  public static EntryKind parse(String id) {
    for (EntryKind kind : values()) {
      if (kind.id().equalsIgnoreCase(id.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + id + "' (expected person, organization, vessel or aircraft)");
  }
}
