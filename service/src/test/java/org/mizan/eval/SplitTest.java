package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The split rule, against values computed with Python's {@code int(sha1(key), 16) % 5}. */
class SplitTest {
  @ParameterizedTest
  @CsvSource({
    "IQi.004, true",
    "IQi.001, false",
    "QDi.042, false",
    "10005, true",
    "19809, false",
    "Ahmed Ali, true",
    "محمد علي, true",
    "أحمد, false"
  })
  void devIsSha1ModFiveZero(String key, boolean dev) {
    assertThat(Split.isDev(key)).isEqualTo(dev);
    assertThat(Split.DEV.includes(key)).isEqualTo(dev);
    assertThat(Split.TEST.includes(key)).isEqualTo(!dev);
    assertThat(Split.ALL.includes(key)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"dev, DEV", "TEST, TEST", " all , ALL"})
  void parsesItsNames(String text, Split split) {
    assertThat(Split.parse(text)).contains(split);
  }
}
