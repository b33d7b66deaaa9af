package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.match.Names.token;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbdNamesTest {
  /**
   * Two Latin spellings are two names of abd when each is like one of abd-names.txt and none is
   * like both; a spelling like none of them (a name not among them) is never a different one.
   */
  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Rahman  | Rahim    | true
          Hakim   | Halim    | true
          Halim   | Alim     | true
          Karim   | Rahim    | true
          Rahman  | Rehman   | false
          Rahim   | Raheem   | false
          Qadir   | Qader    | false
          Majid   | Magid    | false
          Hussein | Hussain  | false
          Rahman  | Mohammed | false
          Smith   | Rahim    | false
          """)
  void tellsTwoNamesOfAbdApart(String a, String b, boolean different) {
    assertThat(AbdNames.different(token(a), token(b))).isEqualTo(different);
    assertThat(AbdNames.different(token(b), token(a))).isEqualTo(different);
  }
}
