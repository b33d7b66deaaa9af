package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EuropeanLettersTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  /** The writings of a key as "skeleton:letters" strings, letters joined by +. */
  private static List<String> writings(String latin) {
    return EuropeanLetters.of(latin).stream()
        .map(w -> w.skeleton() + ":" + String.join("+", w.arabic()))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} is also {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          charles    | tsrls:تش
          charles    | tsrlz:تش+ز
          charles    | srlz:ز
          christian  | krstn:ك
          max        | mks:كس
          felix      | flks:كس
          williams   | lmz:ز
          jones      | jnz:ز
          john       | jn:ون
          johnson    | jnsn:ون
          jusuf      | sf:^ي
          """)
  void aKeyIsWrittenAsArabicScriptWritesItsLetters(String latin, String writing) {
    assertThat(writings(latin)).contains(writing);
  }

  @ParameterizedTest(name = "{0} has none")
  @ValueSource(
      strings = {
        // Arabic names in Latin spelling: their s is the Arabic letter
        "muhammad",
        "abbas",
        "anas",
        "idris",
        "yunus",
        "naser",
        "yasir",
        // w as German reads it is left out
        "wali",
        "marwan"
      })
  void keysOfArabicNamesAndLettersLeftOutHaveNoWriting(String latin) {
    assertThat(EuropeanLetters.of(latin)).isEmpty();
  }

  @Test
  void aWritingIsNeverTheKeysOwnSkeletonAndNeedsItsLetters() {
    for (String latin : List.of("charles", "christopher", "richards", "maxwell", "johns")) {
      String own = ConsonantSkeleton.of(latin);
      assertThat(EuropeanLetters.of(latin))
          .isNotEmpty()
          .allSatisfy(
              w -> {
                assertThat(w.skeleton()).isNotEqualTo(own);
                assertThat(w.arabic()).isNotEmpty();
              });
    }
  }

  @Test
  void aWritingCountsOnlyWhereTheArabicHoldsItsLetters() {
    EuropeanLetters.Writing tsh =
        EuropeanLetters.of("charles").stream()
            .filter(w -> w.skeleton().equals("tsrlz"))
            .findFirst()
            .orElseThrow();
    assertThat(tsh.spelt("تشارلز")).isTrue();
    // ت and س apart are no تش; a final س is no ز.
    assertThat(tsh.spelt("تسارلز")).isFalse();
    assertThat(tsh.spelt("تشارلس")).isFalse();
    // A first j is y only against a part that begins with ي.
    EuropeanLetters.Writing y = EuropeanLetters.of("jusuf").get(0);
    assertThat(y.spelt("يوسف")).isTrue();
    assertThat(y.spelt("سيفي")).isFalse();
  }

  @Test
  void onlyPartsInLatinScriptHaveWritings() {
    assertThat(NORMALIZER.analyze("Charles Williams").parts())
        .allSatisfy(p -> assertThat(p.arabicWritings()).isNotEmpty());
    // Cyrillic and Arabic script: ICU's keys of their letters are not European spellings.
    assertThat(NORMALIZER.analyze("Чарльз Уильямс").parts())
        .allSatisfy(p -> assertThat(p.arabicWritings()).isEmpty());
    assertThat(NORMALIZER.analyze("تشارلز وليامز").parts())
        .allSatisfy(p -> assertThat(p.arabicWritings()).isEmpty());
  }
}
