package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.match.Names.token;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbdNamesTest {
  /**
   * Two Latin spellings are two names of abd when each is like one of abd-names.txt and none is
   * like both, as written or as other regions spell it; a spelling like none of them (a name not
   * among them) is never a different one.
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
          Hafiz   | Khafiz   | false
          Halim   | Chalim   | false
          Gafar   | Gapar    | false
          Fattah  | Pattah   | false
          Wahid   | Vahid    | false
          Wahid   | Ouahid   | false
          Imam    | Emam     | false
          Aziz    | Azim     | true
          """)
  void tellsTwoNamesOfAbdApart(String a, String b, boolean different) {
    // Central Asian kh and x, old Indonesian ch, Uyghur p, Persian v and the French ou are read as
    // the letters they stand for (a helper's finds: Khafiz was like خافض only).
    assertThat(AbdNames.different(token(a), token(b))).isEqualTo(different);
    assertThat(AbdNames.different(token(b), token(a))).isEqualTo(different);
  }
}
