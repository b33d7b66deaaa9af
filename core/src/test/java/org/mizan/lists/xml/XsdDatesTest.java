package org.mizan.lists.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publication timestamps and dates the UN list and the EU FSF write, literally. */
class XsdDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-02-27T00:00:09.554Z, true", // UN dateGenerated
    "2026-01-28T00:00:11.197Z, true",
    "2026-03-02T20:31:05.146+01:00, true", // EU generationDate
    "2026-02-27, false",
    "27/02/2026 00:00, false"
  })
  void dateTime(String text, boolean valid) {
    assertThat(XsdDates.isDateTime(text)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2003-06-27, 2003-06-27",
    "2015-04-07-04:00, 2015-04-07", // UN LISTED_ON with a time zone
    "2015-04-07Z, 2015-04-07",
    "2011-10-05+02:00, 2011-10-05"
  })
  void date(String text, LocalDate expected) {
    assertThat(XsdDates.date(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"27/06/2003", "2003-02-30", "2003", "2003-06-27T00:00:00", "''"})
  void notADate(String text) {
    assertThat(XsdDates.date(text)).isEmpty();
  }
}
