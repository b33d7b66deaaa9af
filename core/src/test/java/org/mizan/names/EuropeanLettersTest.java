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

  /**
   * The writings of a key as "skeleton:needs" strings, the needs joined by +, without the need that
   * a European name's writing shares (none of the letters Arabic keeps for its own words).
   */
  private static List<String> writings(String latin) {
    return EuropeanLetters.of(latin).stream()
        .map(
            w ->
                w.skeleton()
                    + ":"
                    + w.arabic().stream()
                        .filter(n -> !n.startsWith("~"))
                        .collect(Collectors.joining("+")))
        .collect(Collectors.toList());
  }

  /** The writing of {@code latin} with this skeleton. */
  private static EuropeanLetters.Writing writing(String latin, String skeleton) {
    return EuropeanLetters.of(latin).stream()
        .filter(w -> w.skeleton().equals(skeleton))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} is also {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          charles    | tsrls:تش
          charles    | tsrlz:#ز+تش
          charles    | srlz:#ز
          christian  | krstn:ك
          max        | mks:كس
          felix      | flks:كس
          williams   | lmz:$ز
          jones      | jnz:#ز
          edwards    | drdz:$ز+^ا
          john       | jn:ون
          johnson    | jnsn:ون
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
        // j as y and w as German reads them are left out
        "jusuf",
        "jasser",
        "wali",
        "marwan",
        // a writing's skeleton has three consonants or more (John's two)
        "aws",
        "epps",
        // a Turkish final t is not read as د (Janet is not جنيد, Farhat not فرهاد)
        "mehmet",
        "janet"
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
    EuropeanLetters.Writing tsh = writing("charles", "tsrlz");
    assertThat(tsh.spelt("تشارلز")).isTrue();
    // ت and س apart are no تش; a final س is no ز.
    assertThat(tsh.spelt("تسارلز")).isFalse();
    assertThat(tsh.spelt("تشارلس")).isFalse();
    // A last s is a last ز, and -es one with no long vowel before it (the e unspoken).
    EuropeanLetters.Writing es = writing("jones", "jnz");
    assertThat(es.spelt("جونز")).isTrue();
    assertThat(es.spelt("جونزي")).isFalse();
    assertThat(es.spelt("جونيز")).isFalse();
    // A European name's writing never meets a part with a letter Arabic keeps for its own words.
    assertThat(es.spelt("جعنز")).isFalse();
    assertThat(es.spelt("جحنز")).isFalse();
    // ... and one of a key that begins with a vowel only a part that begins with alef.
    EuropeanLetters.Writing edwards = writing("edwards", "drdz");
    assertThat(edwards.spelt("ادواردز")).isTrue();
    assertThat(edwards.spelt("دواردز")).isFalse();
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
