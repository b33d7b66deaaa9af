package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.lists.xml.Field;
import org.mizan.lists.xml.Group;
import org.mizan.model.BirthDate;

/** One literal per date form of the UN list; every input is a form the real list uses. */
class DatesTest {
  @ParameterizedTest(name = "{0} {1}{2}{3}{4}{5} -> {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // TYPE_OF_DATE | DATE | YEAR | FROM_YEAR | TO_YEAR | NOTE | expected BirthDate.text()
        "EXACT         | 1937-04-28 | -    | -    | -    | -                      | 1937-04-28",
        "EXACT         | -          | 1942 | -    | -    | -                      | 1942",
        "EXACT         | 1964-09-18 | -    | -    | -    | from false passport    | 1964-09-18",
        "EXACT         | -          | 1958 | -    | -    | Sep.                   | 1958",
        "APPROXIMATELY | -          | 1985 | -    | -    | -                      | ~1985",
        "APPROXIMATELY | 1970-01-01 | -    | -    | -    | -                      | ~1970-01-01",
        "BETWEEN       | -          | -    | 1984 | 1986 | -                      | 1984..1986",
        "BETWEEN       | -          | -    | 1955 | 1958 | 'Approximately '       | ~1955..1958",
        "EXACT         | -          | -    | -    | -    | 'Nov. 1973 '           | 1973-11",
        "EXACT         | -          | -    | -    | -    | August 1961            | 1961-08",
        "EXACT         | -          | -    | -    | -    | Between Aug. and Sep. 1977 | 1977-08-01..1977-09-30",
        "exact         | 1937-04-28 | -    | -    | -    | -                      | 1937-04-28",
      })
  void birthDate(
      String type, String date, String year, String from, String to, String note, String expected) {
    Group block = block(type, date, year, from, to, note);
    assertThat(Dates.birthDate(block)).map(BirthDate::text).contains(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> no date")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "''            | -",
        "EXACT         | 24/06/1402 (Hijri Calendar)",
        "APPROXIMATELY | 30-35 years old",
        "EXACT         | -",
      })
  void blocksWithoutADate(String type, String note) {
    assertThat(Dates.birthDate(block(type, null, null, null, null, note))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1937-13-01", "1937-04-31", "28.04.1937", "'  '"})
  void malformedDates(String date) {
    Group block = block("EXACT", date.isBlank() ? null : date, null, null, null, null);
    if (date.isBlank()) {
      assertThat(Dates.birthDate(block)).isEmpty();
    } else {
      assertThatThrownBy(() -> Dates.birthDate(block))
          .isInstanceOf(BadValue.class)
          .satisfies(e -> assertThat(((BadValue) e).field().named("DATE")).isTrue());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'2003-06-27', 2003-06-27",
    "'2015-04-07-04:00', 2015-04-07",
    "'2015-04-07Z', 2015-04-07"
  })
  void listedOn(String text, String expected) {
    assertThat(Dates.listedOn(field("LISTED_ON", text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"27/06/2003", "2003-02-30", "2003"})
  void malformedListedOn(String text) {
    assertThatThrownBy(() -> Dates.listedOn(field("LISTED_ON", text))).isInstanceOf(BadValue.class);
  }

  private static Group block(
      String type, String date, String year, String from, String to, String note) {
    List<Field> fields = new ArrayList<>();
    fields.add(field("TYPE_OF_DATE", type));
    Optional.ofNullable(date).ifPresent(v -> fields.add(field("DATE", v)));
    Optional.ofNullable(year).ifPresent(v -> fields.add(field("YEAR", v)));
    Optional.ofNullable(from).ifPresent(v -> fields.add(field("FROM_YEAR", v)));
    Optional.ofNullable(to).ifPresent(v -> fields.add(field("TO_YEAR", v)));
    Optional.ofNullable(note).ifPresent(v -> fields.add(field("NOTE", v)));
    return new Group("INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH", fields, 1, 1);
  }

  private static Field field(String name, String text) {
    return new Field("INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/" + name, text, 1, 1);
  }
}
