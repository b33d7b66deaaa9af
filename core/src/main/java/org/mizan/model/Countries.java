package org.mizan.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps country codes and English country names to ISO 3166-1 alpha-2 codes.
 *
 * <p>Immutable and thread-safe. Sources: the JDK's ISO 3166 tables ({@link
 * Locale#getISOCountries()}, English display names, alpha-3 codes) plus the formal names the United
 * Nations uses in its lists (UN M49 / UNTERM short names such as "Iran (Islamic Republic of)" and
 * "Syrian Arab Republic") and common or former names (Turkey, Burma, Swaziland), so that every JDK
 * from 17 on, whose locale data (CLDR) renames countries now and then, reads the same names.
 */
public final class Countries {
  private static final Map<String, String> UN_NAMES =
      Map.ofEntries(
          Map.entry("iran islamic republic of", "IR"),
          Map.entry("syrian arab republic", "SY"),
          Map.entry("russian federation", "RU"),
          Map.entry("democratic people s republic of korea", "KP"),
          Map.entry("republic of korea", "KR"),
          Map.entry("united republic of tanzania", "TZ"),
          Map.entry("viet nam", "VN"),
          Map.entry("lao people s democratic republic", "LA"),
          Map.entry("republic of moldova", "MD"),
          Map.entry("bolivia plurinational state of", "BO"),
          Map.entry("venezuela bolivarian republic of", "VE"),
          Map.entry("state of palestine", "PS"),
          Map.entry("turkiye", "TR"),
          // The JDK's English name until CLDR 42 (JDK 21 and later say Türkiye), still the most
          // common in passenger data and lists.
          Map.entry("turkey", "TR"),
          Map.entry("united kingdom of great britain and northern ireland", "GB"),
          Map.entry("united states of america", "US"),
          Map.entry("democratic republic of the congo", "CD"),
          Map.entry("congo", "CG"),
          Map.entry("cote d ivoire", "CI"),
          Map.entry("libyan arab jamahiriya", "LY"),
          Map.entry("the former yugoslav republic of macedonia", "MK"),
          Map.entry("kosovo", "XK"),
          Map.entry("uk", "GB"),
          Map.entry("great britain", "GB"),
          Map.entry("palestine", "PS"),
          Map.entry("ivory coast", "CI"),
          Map.entry("czech republic", "CZ"),
          Map.entry("east timor", "TL"),
          Map.entry("burma", "MM"),
          Map.entry("swaziland", "SZ"),
          Map.entry("macedonia", "MK"),
          // More of the UN's short names (M49) that CLDR writes otherwise (its "St." names are read
          // as "Saint" below).
          Map.entry("brunei darussalam", "BN"),
          Map.entry("cabo verde", "CV"),
          Map.entry("holy see", "VA"),
          Map.entry("micronesia federated states of", "FM"),
          Map.entry("netherlands kingdom of the", "NL"),
          Map.entry("saint vincent and the grenadines", "VC"),
          Map.entry("sint maarten dutch part", "SX"),
          Map.entry("saint martin french part", "MF"),
          Map.entry("falkland islands malvinas", "FK"),
          Map.entry("china hong kong special administrative region", "HK"),
          Map.entry("china macao special administrative region", "MO"),
          Map.entry("united states virgin islands", "VI"),
          Map.entry("wallis and futuna islands", "WF"),
          Map.entry("svalbard and jan mayen islands", "SJ"),
          Map.entry("republic of turkiye", "TR"),
          // Common English names and abbreviations.
          Map.entry("republic of the congo", "CG"),
          Map.entry("kyrgyz republic", "KG"),
          Map.entry("uae", "AE"),
          Map.entry("macau", "MO"),
          Map.entry("vatican", "VA"),
          // Kosovo's codes, none of them ISO's: XK, the user-assigned alpha-2 code the EU and
          // CLDR use (Java's list of ISO codes leaves it out), RKS on its passports'
          // machine-readable zones, XKX where an alpha-3 code is wanted (as the EU uses it).
          Map.entry("xk", "XK"),
          Map.entry("rks", "XK"),
          Map.entry("xkx", "XK"));

  private final Map<String, String> byKey;

  private Countries(Map<String, String> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The standard table: ISO 3166 codes and English names, and the UN's formal names. */
  public static Countries standard() {
    return Standard.INSTANCE;
  }

  /** Built on first use, once: about 250 locales are looked up. */
  private static final class Standard {
    static final Countries INSTANCE = build();
  }

  private static Countries build() {
    Map<String, String> map = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale locale = new Locale("", code);
      map.put(key(code), code);
      map.put(key(locale.getISO3Country()), code);
      String english = locale.getDisplayCountry(Locale.ENGLISH);
      map.put(key(english), code);
      // CLDR writes "Bosnia & Herzegovina", "Myanmar (Burma)", "Hong Kong SAR China".
      map.putIfAbsent(key(english.replace("&", "and")), code);
      map.putIfAbsent(key(english.replaceAll("\\s*\\(.*\\)", "")), code);
      map.putIfAbsent(key(english.replace(" SAR China", "")), code);
      // CLDR writes "St. Lucia", "St. Kitts & Nevis"; people write Saint.
      if (english.startsWith("St. ")) {
        map.putIfAbsent(key("Saint " + english.substring(4).replace("&", "and")), code);
      }
    }
    UN_NAMES.forEach((name, code) -> map.put(key(name), code));
    return new Countries(map);
  }

  /**
   * The ISO 3166-1 alpha-2 code for a country code or English name, compared without case, accents
   * or punctuation.
   *
   * @return the code, or empty when the country is not recognised
   */
  public Optional<String> code(String country) {
    String key = key(country);
    String code = byKey.get(key);
    if (code == null && key.matches("[a-z]( [a-z])+")) {
      // Letters with dots: "U.S.A.", "U.K.".
      code = byKey.get(key.replace(" ", ""));
    }
    return Optional.ofNullable(code);
  }

  private static String key(String text) {
    if (isAsciiLetterOrDigits(text)) {
      // Most values are codes ("IRQ", "FR"), which the steps below would only lower-case.
      return text.toLowerCase(Locale.ROOT);
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  private static boolean isAsciiLetterOrDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
