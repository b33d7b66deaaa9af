package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.model.Gender;

/** One literal per way the UN list states a gender (forms seen in the 2026-02-27 list). */
class GendersTest {
  @ParameterizedTest(name = "[{0}] [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Male   | ''                                            | MALE",
        "Female | ''                                            | FEMALE",
        "Male   | Gender: male                                  | MALE",
        "''     | Gender: Male INTERPOL-UN Security Council     | MALE",
        "''     | Gender:  male                                 | MALE",
        "''     | Gender [Male]. INTERPOL-UN Security Council   | MALE",
        "''     | Gender: female                                | FEMALE",
        "''     | a female ISIL brigade. Sex: female. Photo     | FEMALE",
        "''     | Physical description: sex: male, hair colour  | MALE",
        "''     | committing sexual violence against civilians  | UNKNOWN",
        "''     | a female ISIL brigade in Al-Raqqa             | UNKNOWN",
        "''     | Gender: male. Sex: female.                    | UNKNOWN",
        "''     | ''                                            | UNKNOWN",
        "Unknown | Gender: female                                | FEMALE",
      })
  void gender(String element, String comments, Gender expected) {
    assertThat(Genders.of(element, comments)).isEqualTo(expected);
  }
}
