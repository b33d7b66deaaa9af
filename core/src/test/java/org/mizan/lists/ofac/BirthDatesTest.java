package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.model.BirthDate;

/** The DOB forms of the real files, literally. */
class BirthDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12 Mar 1973|1973-03-12",
        "1973|1973",
        "Mar 1973|1973-03",
        "circa 1960|~1960",
        "circa 01 Jul 1960|~1960-07-01",
        "01 Jan 1960 to 31 Dec 1962|1960..1962",
        "1960 to 1962|1960..1962",
        "circa 1960-1962|~1960..1962",
        "Mar 1960 to Feb 1961|1960-03-01..1961-02-28",
      })
  void readsTheForms(String text, String expected) {
    assertThat(BirthDates.parse(text).map(BirthDate::text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"31 Feb 1970", "1962 to 1960", "unknown", "12 1970", "1750", "Foo 1970"})
  void leavesOtherTextUnread(String text) {
    assertThat(BirthDates.parse(text)).isEqualTo(Optional.empty());
  }
}
