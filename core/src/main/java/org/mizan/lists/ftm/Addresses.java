package org.mizan.lists.ftm;

import java.util.ArrayList;
import java.util.List;

/** The text of an FtM {@code Address} entity. Pure. */
final class Addresses {
  private static final List<String> PARTS =
      List.of("street", "street2", "postOfficeBox", "city", "postalCode", "region", "state");

  private Addresses() {}

  /**
   * Its {@code full} address when given; else its {@code street}, {@code street2}, {@code
   * postOfficeBox}, {@code city}, {@code postalCode}, {@code region}, {@code state} and {@code
   * country} (upper-case code) joined by ", "; empty when it has none of these.
   */
  static String text(Entity address) {
    String full = address.first("full");
    if (!full.isEmpty()) {
      return full;
    }
    List<String> parts = new ArrayList<>();
    for (String part : PARTS) {
      String value = address.first(part);
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    String country = address.first("country");
    if (!country.isEmpty()) {
      parts.add(CountryCodes.of(country));
    }
    return String.join(", ", parts);
  }
}
