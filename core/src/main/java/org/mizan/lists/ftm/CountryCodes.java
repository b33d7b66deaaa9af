package org.mizan.lists.ftm;

import java.util.Locale;

/**
 * FtM country codes: ISO 3166-1 alpha-2 in lower case ({@code iq}, {@code ru}) plus FtM's own codes
 * for places ISO has none for ({@code suhh} the Soviet Union, {@code zz} global, {@code ge-ab}
 * Abkhazia). Pure.
 */
final class CountryCodes {
  private CountryCodes() {}

  /**
   * The code in upper case, as ISO 3166 writes it ({@code IQ}, {@code SUHH}); {@link
   * org.mizan.model.Countries} reads the ISO ones, and shows the others as not recognised.
   */
  static String of(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }
}
