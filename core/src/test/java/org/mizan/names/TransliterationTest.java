package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {
  private static final Transliteration TRANSLITERATION = new Transliteration();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          saddam    | saddam  | folded Latin is its own key
          vessel7   | vessel7 | digits kept
          محمد      | mhmd    | Arabic
          حسين      | hsyn    | Arabic with long vowel
          صدام      | sdam    | Arabic with alef
          خالد      | khald   | kha as kh
          علي       | ly      | ʿayn dropped
          عبد       | bd      | ʿayn dropped
          اسامه     | asamh   | ta marbuta folded to heh
          ال        | al      | Arabic article
          پرويز     | prwyz   | Persian pe
          путин     | putin   | Cyrillic
          αλεξης    | alexes  | Greek
          ŋ         | n       | Latin letter without decomposition
          ڨ         | ""      | no ASCII rendering
          """)
  void rendersAsciiKey(String text, String expected, String what) {
    assertThat(TRANSLITERATION.latin(text)).isEqualTo(expected).matches("[a-z0-9]*");
  }

  @Test
  void preparedOnAThreadOfItsOwnGivesTheSameKeys() {
    // Started before or after the class's instance was built: one chain per process, either way.
    NameNormalizer.prepareTransliteration();
    NameNormalizer.prepareTransliteration();
    Transliteration after = new Transliteration();
    assertThat(
            List.of("北京", "محمد", "путин").stream()
                .map(t -> List.of(after.latin(t), TRANSLITERATION.latin(t)))
                .toList())
        .containsExactly(
            List.of("beijing", "beijing"), List.of("mhmd", "mhmd"), List.of("putin", "putin"));
  }
}
