package org.mizan.lists.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text element's cleaned text, and the names a group's children are found by. */
class FieldTest {
  private static Field field(String path, String raw) {
    return new Field(path, raw, 1, 1);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A value as the UN list pads and wraps it, and as it writes most of them.
        "'  Saddam Hussein\n      Al-Tikriti  '|Saddam Hussein Al-Tikriti",
        "'Kabul'|Kabul",
        "'a\t\tb'|a b",
        "'a \r\n b'|a b",
        "'a\u000Bb'|a b",
        "'a\fb'|a b",
        // No-break space and em space are no white space of \\s: kept inside, stripped at the ends.
        "'a\u00A0 b'|a\u00A0 b",
        "'\u2003a\u2003b\u2003'|a\u2003b",
        "'   '|''",
        "''|''"
      })
  void textIsStrippedWithEachRunOfWhiteSpaceOneSpace(String raw, String text) {
    assertThat(field("INDIVIDUAL/FIRST_NAME", raw).text()).isEqualTo(text);
  }

  @Test
  void textIsWhatTheRegularExpressionMadeOfIt() {
    // The text was made by strip() and \s+ replaced by a space until 2026-12-06: the same text,
    // over strings of the characters where the two could part.
    Pattern spaces = Pattern.compile("\\s+");
    char[] alphabet = {
      'a', 'b', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u00A0', '\u2003', '\u0645',
      '\u0085'
    };
    SplittableRandom random = new SplittableRandom(20261206);
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[random.nextInt(0, 9)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String raw = new String(chars);
      assertThat(field("A/B", raw).text())
          .as("%s", raw.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(spaces.matcher(raw.strip()).replaceAll(" "));
    }
  }

  @Test
  void aChildIsFoundByTheLastStepOfItsPathOnly() {
    Group alias =
        new Group(
            "INDIVIDUAL/INDIVIDUAL_ALIAS",
            List.of(
                field("INDIVIDUAL/INDIVIDUAL_ALIAS/QUALITY", "Good"),
                field("INDIVIDUAL/INDIVIDUAL_ALIAS/ALIAS_NAME", " Abu  Ali "),
                field("INDIVIDUAL/INDIVIDUAL_ALIAS/NAME", "x"),
                field("INDIVIDUAL/INDIVIDUAL_ALIAS/CITY", "Mosul"),
                field("INDIVIDUAL/INDIVIDUAL_ALIAS/STREET", "Mosul"),
                field("INDIVIDUAL/INDIVIDUAL_ALIAS/NOTE", " ")),
            1,
            1);
    assertThat(alias.text("ALIAS_NAME")).isEqualTo("Abu Ali");
    assertThat(alias.text("NAME")).isEqualTo("x");
    assertThat(alias.text("ALIAS")).isEmpty();
    assertThat(alias.field("QUALITY")).map(Field::raw).contains("Good");
    assertThat(alias.texts("NOTE")).isEmpty();
    // The list sometimes repeats a city as street: taken once.
    assertThat(alias.joined("STREET", "CITY", "NOTE", "QUALITY")).isEqualTo("Mosul, Good");
    assertThat(field("QUALITY", "Good").named("QUALITY")).isTrue();
    assertThat(field("A/XQUALITY", "Good").named("QUALITY")).isFalse();
  }
}
