package org.mizan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Country codes and names, as subjects and lists write them, mapped to ISO 3166 alpha-2. */
class CountriesTest {
  private static final Countries COUNTRIES = Countries.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # ISO alpha-2 and alpha-3, any case
          IQ                                                   | IQ
          iq                                                   | IQ
          IRQ                                                  | IQ
          irq                                                  | IQ
          AFG                                                  | AF
          GB                                                   | GB
          GBR                                                  | GB
          KP                                                   | KP
          PRK                                                  | KP
          # English names
          Iraq                                                 | IQ
          IRAQ                                                 | IQ
          '  iraq '                                            | IQ
          Afghanistan                                          | AF
          Yemen                                                | YE
          Uganda                                               | UG
          Iran                                                 | IR
          Syria                                                | SY
          Russia                                               | RU
          North Korea                                          | KP
          Vietnam                                              | VN
          United Kingdom                                       | GB
          United States                                        | US
          Netherlands                                          | NL
          The Netherlands                                      | NL
          # UN formal names, as the UN list writes nationalities
          Iran (Islamic Republic of)                           | IR
          Syrian Arab Republic                                 | SY
          Russian Federation                                   | RU
          Democratic People's Republic of Korea                | KP
          Democratic People’s Republic of Korea                | KP
          Republic of Korea                                    | KR
          Viet Nam                                             | VN
          United Kingdom of Great Britain and Northern Ireland | GB
          United Republic of Tanzania                          | TZ
          Libyan Arab Jamahiriya                               | LY
          Democratic Republic of the Congo                     | CD
          Congo                                                | CG
          # case, diacritics, punctuation
          VIET NAM                                             | VN
          iran, islamic republic of                            | IR
          Côte d'Ivoire                                        | CI
          Cote d'Ivoire                                        | CI
          COTE D IVOIRE                                        | CI
          Türkiye                                              | TR
          Turkiye                                              | TR
          Turkey                                               | TR
          UK                                                   | GB
          Palestine                                            | PS
          Bosnia and Herzegovina                               | BA
          Czech Republic                                       | CZ
          East Timor                                           | TL
          Hong Kong                                            | HK
          Myanmar                                              | MM
          Burma                                                | MM
          # UN short names CLDR writes otherwise, Saint for St., dotted letters
          Saint Lucia                                          | LC
          St. Lucia                                            | LC
          Saint Kitts and Nevis                                | KN
          Saint Vincent and the Grenadines                     | VC
          Saint Pierre and Miquelon                            | PM
          Cabo Verde                                           | CV
          Brunei Darussalam                                    | BN
          Holy See                                             | VA
          Micronesia (Federated States of)                     | FM
          Netherlands (Kingdom of the)                         | NL
          China, Hong Kong Special Administrative Region       | HK
          Republic of the Congo                                | CG
          Kyrgyz Republic                                      | KG
          Republic of Türkiye                                  | TR
          UAE                                                  | AE
          Macau                                                | MO
          U.S.A.                                               | US
          U.K.                                                 | GB
          # Kosovo: no ISO code; the user-assigned XK (a breaker's find: refused), RKS, XKX
          XK                                                   | XK
          xk                                                   | XK
          RKS                                                  | XK
          XKX                                                  | XK
          Kosovo                                               | XK
          """)
  void knownCountries(String country, String code) {
    assertThat(COUNTRIES.code(country)).contains(code);
  }

  @ParameterizedTest(name = "''{0}'' is unknown")
  @ValueSource(strings = {"", "   ", "---", "xx", "XXX", "Atlantis", "former Soviet Union", "I"})
  void unknownIsEmpty(String country) {
    assertThat(COUNTRIES.code(country)).isEmpty();
  }
}
