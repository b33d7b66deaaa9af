package org.mizan.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.index.ScreeningIndex;
import org.mizan.lists.un.Excerpt;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.names.NameNormalizer;

/**
 * The UN entries of the FtM fixture are found by screening through the core index, as they are when
 * read from the UN's own XML: same top entry, and a score within a hair of the XML's.
 */
class FtmScreeningTest {
  private static final Matcher MATCHER = Matcher.create(NameNormalizer.create(), Clock.systemUTC());
  private static final ScreeningIndex FTM =
      ScreeningIndex.build(MATCHER, List.of(FtmEntitiesParserTest.UN_ENTITIES.parse()));
  private static final ScreeningIndex XML = ScreeningIndex.build(MATCHER, List.of(Excerpt.LIST));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Saddam Hussein al-Tikriti, unsc-6908048, IQi.001, primary",
    "صدام حسين التكريتي, unsc-6908048, IQi.001, original-script",
    "Izzat Ibrahim al-Douri, unsc-6908053, IQi.006, primary",
    "عزت ابراهيم الدوري, unsc-6908053, IQi.006, original-script",
    "Dokka Umarov, unsc-2960872, QDi.290, alias-good",
    "Умаров Доку Хаматович, unsc-2960872, QDi.290, original-script",
    "Jo Yong Won, unsc-6908583, KPi.043, primary",
    "Allied Democratic Forces, unsc-6908402, CDe.001, alias-good",
    "Emarat Kavkaz, unsc-2971893, QDe.131, primary"
  })
  void theUnEntryIsTheTopHit(String name, String ftmId, String unId, String nameType) {
    Subject subject = Subject.ofName("q", name);
    List<Match> ftm = FTM.screen(subject, 0.5, 5);
    List<Match> xml = XML.screen(subject, 0.5, 5);
    assertThat(ftm).isNotEmpty();
    Match top = ftm.get(0);
    assertThat(top.entry().id()).isEqualTo(ftmId);
    assertThat(top.entry().recordId()).isEqualTo(unId);
    assertThat(top.score()).isGreaterThan(0.85);
    assertThat(top.listNameType().id()).isEqualTo(nameType);
    assertThat(xml.get(0).entry().id()).isEqualTo(unId);
    assertThat(top.score()).isCloseTo(xml.get(0).score(), offset(0.02));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Abu Ali, unsc-6908048", "Abu Brays, unsc-6908053"})
  void weakAliasesMatchWithTheirLowerWeight(String name, String ftmId) {
    Match top = FTM.screen(Subject.ofName("q", name), 0.5, 5).get(0);
    assertThat(top.entry().id()).isEqualTo(ftmId);
    assertThat(top.listNameType()).isEqualTo(NameType.ALIAS_LOW);
    assertThat(top.score()).isLessThan(1.0);
  }
}
