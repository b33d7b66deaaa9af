package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameOrderTest {
  /**
   * OFAC's SDN list writes individuals "LAST, First Middle" ({@code AL-ZAWAHIRI, Ayman}, an alias
   * of ent_num 2676, sdn-2021-04); a machine-readable zone writes the primary identifier, {@code
   * <<}, the secondary one (ICAO Doc 9303 Part 3). Both are read given names first; anything else
   * is left as written.
   */
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AL-ZAWAHIRI, Ayman                  | Ayman AL-ZAWAHIRI
          AMEZCUA CONTRERAS, Luis Ignacio     | Luis Ignacio AMEZCUA CONTRERAS
          '  KASSAB ,  Samir  '               | Samir KASSAB
          SMITH, John Jr.                     | John Jr. SMITH
          KASSAB<<SAMIR<H                     | SAMIR<H<KASSAB
          KASSAB<<SAMIR<H<<<<<<<<<            | SAMIR<H<KASSAB
          John Smith, Jr.                     | John Smith, Jr.
          'John Smith, III'                   | 'John Smith, III'
          Samir Kassab                        | Samir Kassab
          'KASSAB, Samir, Jr.'                | Samir Jr. KASSAB
          'KASSAB, '                          | 'KASSAB, '
          ', Samir'                           | ', Samir'
          '1234, 5678'                        | '1234, 5678'
          KASSAB<<SAMIR<<H                    | KASSAB<<SAMIR<<H
          <<SAMIR                             | <<SAMIR
          'KASSAB, SAMIR<<H'                  | 'KASSAB, SAMIR<<H'
          KASSAB<SAMIR<H                      | KASSAB<SAMIR<H
          'HADDAD, Laila, Jr.'                | Laila Jr. HADDAD
          'Laila Hamdan, IV'                  | 'Laila Hamdan, IV'
          'Laila Hamdan, MD'                  | 'Laila Hamdan, MD'
          'Laila Hamdan, Jnr'                 | 'Laila Hamdan, Jnr'
          HADDAD، Laila                       | Laila HADDAD
          HADDAD， Laila                      | Laila HADDAD
          HADDAD＜＜LAILA                     | LAILA<HADDAD
          KASSAB<<<SAMIR                      | SAMIR<KASSAB
          KASSAB<<<<SAMIR                     | SAMIR<KASSAB
          """)
  void aNameWrittenFamilyNameFirstIsReadGivenNamesFirst(String raw, String expected) {
    assertThat(NameOrder.givenNamesFirst(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ','
          '<<'
          ' '
          '<<<<'
          ',,'
          """)
  void marksWithoutNamesAroundThemAreLeftAsWritten(String raw) {
    assertThat(NameOrder.givenNamesFirst(raw)).isEqualTo(raw);
  }
}
