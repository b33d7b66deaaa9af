package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsonantSkeletonTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          khalid   | kld    | digraph kh
          ghassan  | gsn    | digraph gh
          sharif   | srf    | digraph sh
          cherif   | srf    | digraph ch
          thamir   | tmr    | digraph th
          dhafir   | dfr    | digraph dh
          philip   | flb    | digraph ph, p as b
          jack     | jk     | digraph ck
          belhadj  | blhj   | digraph dj, French for ج
          djamel   | jml    | digraph dj first
          dzhamal  | jml    | trigraph dzh, Russian дж (BGN/PCGN)
          dzhokhar | jkr    | trigraph dzh before digraph kh
          qasim    | ksm    | q as k
          carlos   | krls   | c as k
          feliciano | flsn  | c before i as s
          cecile   | sl     | c before e as s, run collapsed
          victor   | fktr   | v as f, c as k
          jamal    | jml    | j stays
          gamal    | gml    | g stays
          zaki     | zk     | z stays
          yusuf    | sf     | y and u dropped
          walid    | ld     | w dropped
          fatimah  | ftm    | final h dropped
          allah    | l      | final h dropped, run collapsed
          yahia    | h      | final h kept as the only consonant
          saddam   | sdm    | run collapsed
          2024     | 2024   | digits kept
          aeiouyw  | ""     | only vowels
          ""       | ""     | empty
          """)
  void followsTheRules(String latin, String expected, String rule) {
    assertThat(ConsonantSkeleton.of(latin)).isEqualTo(expected);
  }

  /** Latin spellings and the Arabic spelling of one name meet on one skeleton. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hussein   | hsn
          husayn    | hsn
          husain    | hsn
          حسين      | hsn
          saddam    | sdm
          صدام      | sdm
          mohammed  | mhmd
          muhammad  | mhmd
          mohamad   | mhmd
          محمد      | mhmd
          tikriti   | tkrt
          تكريتي    | tkrt
          ibrahim   | brhm
          ابراهيم   | brhm
          إبراهيم   | brhm
          ali       | l
          علي       | l
          omar      | mr
          عمر       | mr
          khalid    | kld
          خالد      | kld
          osama     | sm
          usama     | sm
          أسامة     | sm
          douri     | dr
          yahia     | h
          yahya     | h
          يحيى      | h
          """)
  void meetsAcrossScripts(String name, String expected) {
    assertThat(NORMALIZER.analyze(name).parts())
        .singleElement()
        .satisfies(part -> assertThat(part.skeleton()).isEqualTo(expected));
  }

  /**
   * An Arabic-script part is also read letter by letter, so that a consonant followed by ح or ه is
   * not taken for a digraph: its joined key reads one (سحر → shr → sr), its letters do not (shr, as
   * the Latin sahar). Both stay: Latin spellings write Ishaq with sh as well.
   */
  @ParameterizedTest(name = "{0} -> {1} and {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          سحر    | sr   | shr
          صهيب   | sb   | shb
          تحسين  | tsn  | thsn
          دحام   | dm   | dhm
          اسحاق  | sk   | shk
          """)
  void readsAnArabicPartLetterByLetterToo(String name, String joined, String byLetter) {
    assertThat(NORMALIZER.analyze(name).parts())
        .singleElement()
        .satisfies(
            part -> {
              assertThat(part.skeleton()).isEqualTo(joined);
              assertThat(part.readingSkeletons()).contains(byLetter);
            });
  }

  /**
   * The joined key's s before ه, read as one letter, is told (the matcher asks a Latin spelling to
   * write sh for it); not ح after s, nor ه after other consonants, which Latin spellings leave out
   * (Isaq, Chaudry), nor a part whose skeleton is the same letter by letter (a final ه is left out
   * either way: عيسه).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          سهيل   | true
          صهيب   | true
          سهام   | true
          عيسه   | false
          اسحاق  | false
          تحسين  | false
          دحام   | false
          ادهم   | false
          چودھری | false
          شريف   | false
          """)
  void tellsAnSBeforeHehThatTheJoinedKeyReadsAsOneLetter(String name, boolean across) {
    assertThat(NORMALIZER.analyze(name).parts())
        .singleElement()
        .satisfies(part -> assertThat(part.shAcrossLetters()).isEqualTo(across));
  }

  @Test
  void aLatinPartHasNoLetterByLetterReading() {
    assertThat(NORMALIZER.analyze("sahar").parts())
        .singleElement()
        .satisfies(part -> assertThat(part.readingSkeletons()).isEmpty());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // ذبیح: the skeleton db leaves the h out, which a part joined after it would keep.
    "dhbyh, true",
    "fatmh, true",
    // The h of a digraph is no final h; an h alone is kept.
    "darwish, false",
    "sheikh, false",
    "h, false",
    "zabih, true",
    "zabihpour, false"
  })
  void aFinalHLeftOutIsTold(String latin, boolean dropped) {
    assertThat(NameNormalizer.skeletonDropsFinalH(latin)).isEqualTo(dropped);
  }
}
