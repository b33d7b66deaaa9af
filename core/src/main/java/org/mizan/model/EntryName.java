package org.mizan.model;

import java.util.List;
import java.util.Objects;

/**
 * One name of a list entry: its primary name, an alias or its original-script name.
 *
 * @param value the name as the list writes it, trimmed, never blank
 * @param type its role
 * @param quality the list's own label for an alias ({@code Good}, {@code Low}, {@code a.k.a.},
 *     {@code f.k.a.}), empty when the list gives none
 * @param parts the name parts as the list splits them (UN FIRST_NAME..FOURTH_NAME), empty when the
 *     list gives the name whole
 */
public record EntryName(String value, NameType type, String quality, List<String> parts) {
  public EntryName {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(quality, "quality");
    value = Objects.requireNonNull(value, "value").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a name must not be blank");
    }
    parts = List.copyOf(parts);
  }

  /** A name given whole, with no quality label and no parts. */
  public static EntryName of(String value, NameType type) {
    return new EntryName(value, type, "", List.of());
  }
}
