package org.mizan.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.model.BirthDate;

class UkDatesTest {
  @ParameterizedTest(name = "DOB {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/07/1970|1970-07-12",
        "1/7/1970|1970-07-01",
        "dd/07/1970|1970-07",
        "dd/mm/1945|1945",
        "DD/MM/1945|1945",
        "00/00/1969|1969",
        "--/--/1968|1968",
        "12/mm/1967|1967",
        "1966|1966",
        " 01/02/1960 |1960-02-01",
        "31/02/1972|1972",
        "12/13/1972|1972",
        "29/02/1972|1972-02-29",
      })
  void birthDatesKeepWhatIsKnown(String text, String expected) {
    assertThat(UkDates.birthDate(text).map(BirthDate::text)).contains(expected);
  }

  @ParameterizedTest(name = "DOB ''{0}'' gives no date")
  @CsvSource(
      delimiter = '|',
      value = {"unknown", "''", "1970-07-12", "12.07.1970", "12/07/70", "circa 1970", "dd/mm/1799"})
  void unreadableBirthDatesGiveNoDate(String text) {
    assertThat(UkDates.birthDate(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"02/03/2026|2026-03-02", "29/02/2024|2024-02-29"})
  void isoDates(String text, String expected) {
    assertThat(UkDates.isoDate(text)).contains(expected);
  }

  @ParameterizedTest(name = "''{0}'' is no date")
  @CsvSource(
      delimiter = '|',
      value = {"29/02/2023", "2026-03-02", "2/3/2026", "dd/mm/2026", "''", "02/03/2026 10:00"})
  void notIsoDates(String text) {
    assertThat(UkDates.isoDate(text)).isEqualTo(Optional.empty());
  }
}
