package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticlesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          al        | ARTICLE
          el        | ARTICLE
          ال        | ARTICLE
          bin       | NASAB
          ibn       | NASAB
          ben       | NASAB
          bint      | NASAB
          ould      | NASAB
          walad     | NASAB
          weld      | NASAB
          mint      | NASAB
          منت       | NASAB
          بن        | NASAB
          ابن       | NASAB
          بنت       | NASAB
          ولد       | NASAB
          abu       | KUNYA
          abou      | KUNYA
          abo       | KUNYA
          umm       | KUNYA
          um        | KUNYA
          ابو       | KUNYA
          ام        | KUNYA
          abd       | ABD
          abdul     | ABD
          abdur     | ABD
          abdus     | ABD
          abdush    | ABD
          abdes     | ABD
          abdel     | ABD
          abdal     | ABD
          abdol     | ABD
          abdoul    | ABD
          عبد       | ABD
          hussein   | NONE
          alexander | NONE
          altikriti | NONE
          abdullah  | NONE
          binladen  | NONE
          حسين      | NONE
          """)
  void classifiesStandaloneWords(String word, Particle expected) {
    assertThat(Particles.classify(word)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          التكريتي              | ال:ARTICLE تكريتي:NONE
          الدوري                | ال:ARTICLE دوري:NONE
          ال تكريتي             | ال:ARTICLE تكريتي:NONE
          الب                   | الب:NONE
          الي                   | الي:NONE
          صدام حسين التكريتي    | صدام:NONE حسين:NONE ال:ARTICLE تكريتي:NONE
          اسامه بن لادن         | اسامه:NONE بن:NASAB لادن:NONE
          ابو بكر البغدادي      | ابو:KUNYA بكر:NONE ال:ARTICLE بغدادي:NONE
          عبد الرحمن            | عبد:ABD ال:ARTICLE رحمن:NONE
          نورالدين              | نور:NONE ال:ARTICLE دين:NONE
          عزالدين               | عز:NONE ال:ARTICLE دين:NONE
          عزتالله               | عزت:NONE الله:NONE
          عبدالله               | عبدالله:NONE
          ابوالدين              | ابوالدين:NONE
          ابوعبدالله            | ابوعبدالله:NONE
          الدين                 | ال:ARTICLE دين:NONE
          الله                  | الله:NONE
          al tikriti            | al:ARTICLE tikriti:NONE
          altikriti             | altikriti:NONE
          alexander             | alexander:NONE
          el sayed              | el:ARTICLE sayed:NONE
          abu bakr al baghdadi  | abu:KUNYA bakr:NONE al:ARTICLE baghdadi:NONE
          abdul rahman          | abdul:ABD rahman:NONE
          abul hassan           | abul:KUNYA hassan:NONE
          abdur rahman          | abdur:ABD rahman:NONE
          """)
  void splitsIntoParts(String normalized, String expected) {
    String parts =
        Particles.split(normalized).stream()
            .map(t -> t.text() + ":" + t.particle())
            .collect(Collectors.joining(" "));
    assertThat(parts).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} read as {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          عبدالرحمن   | عبدرحمن
          عبدالسلام   | عبدسلام
          عبدالكريم   | ''
          عبدالله     | ''
          عبد         | ''
          التكريتي    | ''
          abdulrahman | ''
          """)
  void abdAndTheArticleBeforeASunLetterAreAlsoReadAssimilated(String word, String read) {
    assertThat(Particles.withAssimilatedArticle(word)).isEqualTo(read);
  }
}
