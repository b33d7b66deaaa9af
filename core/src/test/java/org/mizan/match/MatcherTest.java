package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mizan.match.Names.MATCHER;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;

/** The Matcher on real entries of the UN list excerpt. */
class MatcherTest {
  private static final Map<String, Double> WEIGHTS =
      Arrays.stream(Feature.values()).collect(Collectors.toMap(Feature::id, Feature::weight));

  private static Match score(Subject subject, String entryId) {
    return MATCHER.score(MATCHER.prepare(subject), Names.candidate(entryId));
  }

  private static Match score(String name, String entryId) {
    return score(Subject.ofName("q", name), entryId);
  }

  private static Subject subject(
      String name, List<BirthDate> dob, String nationality, Gender gender, String document) {
    return new Subject("q", name, dob, nationality, gender, document, Set.of(EntryKind.values()));
  }

  private static List<String> features(Match m) {
    return m.explanation().stream().map(FeatureScore::feature).toList();
  }

  @ParameterizedTest(name = "{0} -> IQi.001 through {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SADDAM HUSSEIN AL-TIKRITI  | PRIMARY         | 1.00
          Saddam Hussein al-Tikriti  | PRIMARY         | 1.00
          saddam hussein altikriti   | PRIMARY         | 1.00
          ALTIKRITI<<SADDAM<HUSSEIN  | PRIMARY         | 1.00
          صدام حسين التكريتي         | ORIGINAL_SCRIPT | 1.00
          صدام حسين                  | ORIGINAL_SCRIPT | 0.83
          Saddam Husayn al-Takriti   | ORIGINAL_SCRIPT | 0.94
          Saddam Hussein             | PRIMARY         | 0.83
          """)
  void saddamHusseinInArabicLatinAndMrz(String query, NameType through, double atLeast) {
    Match m = score(query, "IQi.001");
    assertThat(m.score()).isGreaterThanOrEqualTo(atLeast);
    assertThat(m.listNameType()).isEqualTo(through);
    assertThat(m.entry().id()).isEqualTo("IQi.001");
    assertThat(m.source()).isEqualTo("un-sc-consolidated");
    assertThat(m.queryName()).isEqualTo(query.strip());
  }

  @Test
  void anArabicQueryAgainstTheLatinPrimaryNameAloneStillScoresHigh() {
    ListEntry iqi001 = Excerpt.entry("IQi.001");
    ListEntry latinOnly =
        iqi001.withNames(
            iqi001.names().stream().filter(n -> n.type() != NameType.ORIGINAL_SCRIPT).toList());
    Match m =
        MATCHER.score(
            MATCHER.prepare(Subject.ofName("q", "صدام حسين التكريتي")),
            MATCHER.prepare("un", latinOnly));
    assertThat(m.score()).isGreaterThanOrEqualTo(0.94);
    assertThat(m.listName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
  }

  @Test
  void aDateOfBirthThatAgreesRaisesTheScoreAndOneThatConflictsLowersIt() {
    String name = "Saddam Husayn";
    double nameOnly = score(name, "IQi.001").score();
    Match agrees = score(subject(name, dob("1937-04-28"), "", Gender.UNKNOWN, ""), "IQi.001");
    Match conflicts = score(subject(name, dob("1980-01-01"), "", Gender.UNKNOWN, ""), "IQi.001");
    Match yearOnly = score(subject(name, dob("1937"), "", Gender.UNKNOWN, ""), "IQi.001");
    Match twoYearsOff = score(subject(name, dob("1939-04-28"), "", Gender.UNKNOWN, ""), "IQi.001");

    assertThat(nameOnly).isLessThan(1.0);
    assertThat(agrees.score()).isGreaterThan(nameOnly);
    // The same day, both known to the day, is stronger evidence than the same year.
    assertThat(yearOnly.score()).isGreaterThan(nameOnly).isLessThan(agrees.score());
    assertThat(agrees.explanation().get(1).weight()).isEqualTo(BirthDates.SAME_DAY_WEIGHT);
    assertThat(yearOnly.explanation().get(1).weight()).isEqualTo(Feature.BIRTH_DATE.weight());
    assertThat(conflicts.score()).isLessThan(nameOnly);
    assertThat(twoYearsOff.score()).isBetween(conflicts.score(), nameOnly);
    assertThat(features(conflicts)).containsExactly("name", "dob");
    FeatureScore dob = conflicts.explanation().get(1);
    assertThat(dob.score()).isZero();
    assertThat(dob.query()).isEqualTo("1980-01-01");
    assertThat(dob.list()).isEqualTo("1937-04-28");
  }

  @Test
  void theSameFullDateOfBirthWeighsAsMuchAsTheName() {
    // Two people share a full date of birth about once in 20,000 pairs: with a name reported
    // (0.70 or more), the same day makes an alert for a human to decide. With the same day
    // weighing 0.75, OFAC aliases such as LOPEZ, Luis, born on the day listed for Luis Ignacio
    // AMEZCUA CONTRERAS, scored 0.83 and were no alert (development split).
    String name = "Hussein al-Tikriti";
    assertThat(score(name, "IQi.001").score()).isEqualTo(0.78);
    Match sameDay = score(subject(name, dob("1937-04-28"), "", Gender.UNKNOWN, ""), "IQi.001");
    assertThat(sameDay.score()).isEqualTo(0.89);
    assertThat(sameDay.explanation().get(1).weight()).isEqualTo(1.0);
    // 1 January often stands for an unknown day (37 of the UN list's 454 full dates; JOSEPH KONY,
    // CFi.009, is listed as born 1961-01-01, and in 1961): on both sides, it weighs as the year
    // does, and its explanation says why.
    Match januaryFirst =
        score(subject("Joseph Kony", dob("1961-01-01"), "", Gender.UNKNOWN, ""), "CFi.009");
    assertThat(januaryFirst.explanation().get(1).weight()).isEqualTo(0.25);
    BirthDates.Comparison newYear =
        BirthDates.compare(dob("1961-01-01").get(0), dob("1961-01-01").get(0));
    assertThat(newYear.sameDay()).isFalse();
    assertThat(newYear.detail())
        .isEqualTo("the listed date, 1 January, which often stands for an unknown day");
    // The same year is weaker evidence: (0.78 + 0.25) / 1.25.
    Match sameYear = score(subject(name, dob("1937"), "", Gender.UNKNOWN, ""), "IQi.001");
    assertThat(sameYear.score()).isEqualTo(0.824);
  }

  /**
   * The name floor ({@link Matcher#nameFloor}) is the least name score with which a match reaches
   * the floor given its other features: Saddam Hussein's name born 20 years before IQi.001 needs
   * 0.70 × 1.25 (less the rounding margin), 0.875 where 0.70 would do without a date; and over
   * every pair of an excerpt name with an excerpt entry, under dates of birth, genders,
   * nationalities and documents that agree and conflict, a name score below it never reaches 0.70
   * and one 0.002 above it always does.
   */
  /**
   * The quick test of dates of birth far apart that the name floor takes first ({@link
   * Candidate#birthDatesFarFrom}) holds only where every pair of dates scores 0 and none is the
   * same day, on every excerpt individual with a listed date against query dates (a day, a month, a
   * year; one or two of them) from 30 years before to 30 years after.
   */
  @Test
  void datesOfBirthFarApartAreOnlyThoseThatScoreZero() {
    int far = 0;
    int near = 0;
    for (ListEntry e : Excerpt.LIST.entries()) {
      if (e.birthDates().isEmpty()) {
        continue;
      }
      Candidate c = Names.candidate(e.id());
      java.time.LocalDate base = e.birthDates().get(0).earliest();
      for (int days = -11_000; days <= 11_000; days += 37) {
        java.time.LocalDate d = base.plusDays(days);
        for (List<BirthDate> dates :
            List.of(
                dob(d.toString()),
                dob(d.toString().substring(0, 7)),
                dob(String.valueOf(d.getYear())),
                List.of(BirthDate.parse(d.toString()), BirthDate.parse(base.toString())))) {
          Query q = MATCHER.prepare(subject("Any Name", dates, "", Gender.UNKNOWN, ""));
          BirthDates.Agreement a = BirthDates.agreement(dates, e.birthDates());
          if (c.birthDatesFarFrom(q)) {
            assertThat(a.score()).as("%s against %s", dates, e.id()).isZero();
            assertThat(a.sameDay()).isFalse();
            far++;
          } else {
            near++;
          }
        }
      }
    }
    assertThat(far).isGreaterThan(1_000);
    assertThat(near).isGreaterThan(1_000);
    assertThat(
            Names.candidate("IQi.001").birthDatesFarFrom(MATCHER.prepare(Subject.ofName("q", "x"))))
        .isFalse();
  }

  /**
   * The name's explanation says which parts matched at {@value NameSimilarity#GOOD_PART} or more,
   * shows every pair the alignment made (the particles', which are not counted as name parts,
   * apart), and names the list name's parts below that (which may still be in a pair: they are not
   * called unmatched).
   */
  @Test
  void theNameExplanationShowsEveryPairAndThePartsBelowAGoodMatch() {
    Match m = score("Saddam Hussein al-Majid", "IQi.001");
    assertThat(m.explanation().get(0).detail())
        .startsWith(
            "2 of 3 query name parts and 2 of 3 list name parts matched at 0.85 or more (pairs:"
                + " saddam~saddam 1.00, hussein~hussein 1.00, majid~altikriti 0.54; particles:"
                + " al~(none));"
                + " list name parts below 0.85: altikriti; name score = mean of the shares"
                + " matched, 0.85 of the query and 0.85 of the list name");
  }

  /**
   * A pair just below a good match (jamal and jalahmah, 0.848) is written cut to 0.84, as the part
   * below 0.85 that the same text calls it; rounded, it read 0.85 (a helper saw it).
   */
  @Test
  void aPairBelowAGoodMatchIsNeverWrittenAsOne() {
    Match m =
        MATCHER.score(
            MATCHER.prepare(Subject.ofName("q", "Muhammad Jamal")),
            MATCHER.prepare("test", Names.person("E1", "Muhammad Jalahmah")));
    assertThat(NameSimilarity.parts(Names.token("jamal"), Names.token("jalahmah")))
        .isBetween(0.845, 0.85);
    assertThat(m.explanation().get(0).detail())
        .contains("jamal~jalahmah 0.84)")
        .contains("list name parts below 0.85: jalahmah");
  }

  @Test
  void theNameFloorIsTheLeastNameScoreWithWhichTheScoreReachesTheFloor() {
    Subject saddam =
        subject("Saddam Hussein al-Tikriti", dob("1917-04-28"), "", Gender.UNKNOWN, "");
    assertThat(MATCHER.nameFloor(MATCHER.prepare(saddam), Names.candidate("IQi.001"), 0.7, 0.7))
        .isCloseTo(0.7 * 1.25 - Matcher.NAME_FLOOR_MARGIN, within(1e-9));

    List<String> names =
        Excerpt.LIST.entries().stream()
            .flatMap(e -> e.names().stream())
            .map(EntryName::value)
            .toList();
    int pairs = 0;
    int raised = 0;
    int strong = 0;
    for (ListEntry e : Excerpt.LIST.entries()) {
      Candidate c = Names.candidate(e.id());
      List<List<BirthDate>> dates = new java.util.ArrayList<>(List.of(List.of()));
      for (int years : new int[] {0, -3, -20}) {
        e.birthDates().stream()
            .findFirst()
            .ifPresent(
                d ->
                    dates.add(
                        List.of(
                            new BirthDate(
                                d.earliest().plusYears(years),
                                d.latest().plusYears(years),
                                d.approximate()))));
      }
      String nationality = e.nationalities().isEmpty() ? "Iraq" : e.nationalities().get(0);
      String document = e.documents().isEmpty() ? "" : e.documents().get(0).number();
      for (String name : names) {
        for (List<BirthDate> dob : dates) {
          for (Gender gender : new Gender[] {Gender.UNKNOWN, Gender.MALE, Gender.FEMALE}) {
            for (String nat : new String[] {"", nationality, "France"}) {
              for (String doc : new String[] {"", document}) {
                Query q = MATCHER.prepare(subject(name, dob, nat, gender, doc));
                double floor = MATCHER.nameFloor(q, c, 0.7, 0.7);
                Match m = MATCHER.score(q, c);
                double nameScore = m.explanation().get(0).score();
                boolean reported = m.score() >= 0.7 && nameScore >= 0.7;
                if (nameScore < floor || nameScore >= floor + 0.002) {
                  assertThat(reported)
                      .as("%s against %s: %s", q.subject(), e.id(), m.explanation())
                      .isEqualTo(nameScore >= floor);
                }
                pairs++;
                raised += floor > 0.7 ? 1 : 0;
                strong += floor >= CandidateIndex.STRONG_FLOOR ? 1 : 0;
              }
            }
          }
        }
      }
    }
    assertThat(pairs).isGreaterThan(50_000);
    assertThat(raised).isGreaterThan(pairs / 4);
    assertThat(strong).isGreaterThan(pairs / 20);
  }

  @Test
  void aDateOfBirthCountsOnlyWhenTheEntryHasOne() {
    // SDi.007 lists no date of birth
    Match m = score(subject("Gedo Hamdan Ahmed", dob("1960"), "", Gender.UNKNOWN, ""), "SDi.007");
    assertThat(features(m)).containsExactly("name");
    assertThat(m.score()).isEqualTo(score("Gedo Hamdan Ahmed", "SDi.007").score());
  }

  @Test
  void nationalityTakesPartOnlyWhenBothSidesHaveOne() {
    // IQi.001: nationality Iraq, no documents
    Match both = score(subject("Saddam Hussein", List.of(), "IQ", Gender.UNKNOWN, ""), "IQi.001");
    assertThat(features(both)).containsExactly("name", "nationality");
    assertThat(both.explanation().get(1).score()).isEqualTo(1.0);
    assertThat(both.explanation().get(1).list()).isEqualTo("Iraq");

    Match subjectHasNone = score("Saddam Hussein", "IQi.001");
    assertThat(features(subjectHasNone)).containsExactly("name");

    // QDi.352 lists no nationality
    Match entryHasNone =
        score(subject("Maulana Fazlullah", List.of(), "PK", Gender.UNKNOWN, ""), "QDi.352");
    assertThat(features(entryHasNone)).containsExactly("name");
  }

  @ParameterizedTest(name = "{0} vs QDi.290 (Russian Federation; former Soviet Union) = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          RU                  | 1.0
          RUS                 | 1.0
          Russia              | 1.0
          Russian Federation  | 1.0
          former Soviet Union | 1.0
          IQ                  | 0.0
          Iraq                | 0.0
          """)
  void nationalityIsComparedAsIsoCountries(String given, double expected) {
    Match m = score(subject("Doku Umarov", List.of(), given, Gender.UNKNOWN, ""), "QDi.290");
    assertThat(m.explanation().get(1).feature()).isEqualTo("nationality");
    assertThat(m.explanation().get(1).score()).isEqualTo(expected);
  }

  @Test
  void documentNumberTakesPartOnlyWhenBothSidesHaveOne() {
    // KPi.043 holds passport 108210124; IQi.001 lists no document
    Match same =
        score(subject("Jo Yong-Won", List.of(), "", Gender.UNKNOWN, "108 210-124"), "KPi.043");
    assertThat(features(same)).containsExactly("name", "document");
    assertThat(same.explanation().get(1).score()).isEqualTo(1.0);
    assertThat(same.explanation().get(1).list()).isEqualTo("108210124");

    Match other =
        score(subject("Jo Yong-Won", List.of(), "", Gender.UNKNOWN, "108210125"), "KPi.043");
    assertThat(other.explanation().get(1).score()).isZero();
    // People hold several documents: a different number is shown, not counted against the name.
    assertThat(other.explanation().get(1).weight()).isZero();
    assertThat(other.score()).isEqualTo(score("Jo Yong-Won", "KPi.043").score());

    Match entryHasNone =
        score(subject("Saddam Hussein", List.of(), "", Gender.UNKNOWN, "A1234567"), "IQi.001");
    assertThat(features(entryHasNone)).containsExactly("name");
  }

  @Test
  void genderTakesPartOnlyWhenBothSidesKnowIt() {
    // KPi.043 is male; IQi.001 states no gender
    Match same = score(subject("Jo Yong-Won", List.of(), "", Gender.MALE, ""), "KPi.043");
    Match different = score(subject("Jo Yong-Won", List.of(), "", Gender.FEMALE, ""), "KPi.043");
    assertThat(features(same)).containsExactly("name", "gender");
    assertThat(same.explanation().get(1).score()).isEqualTo(1.0);
    assertThat(different.explanation().get(1).score()).isZero();
    Match unknownOnList =
        score(subject("Saddam Hussein", List.of(), "", Gender.MALE, ""), "IQi.001");
    assertThat(features(unknownOnList)).containsExactly("name");
  }

  @Test
  void everyFeatureInOrderWhenAllAreGiven() {
    Match m =
        score(
            subject("Jo Yong-Won", dob("1957-10-24"), "North Korea", Gender.MALE, "108210124"),
            "KPi.043");
    assertThat(features(m)).containsExactly("name", "dob", "nationality", "gender", "document");
    assertThat(m.score()).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} -> {1} through its Low alias {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Abu Ali      | IQi.001 | Abu Ali
          Mullah Radio | QDi.352 | Mullah Radio
          Umm Layth    | QDi.356 | Umm Layth
          Abu Hanifa   | QDi.368 | Abu Hanifa
          """)
  void aLowQualityAliasCountsNineTenths(String query, String entryId, String alias) {
    Match m = score(query, entryId);
    assertThat(m.listNameType()).isEqualTo(NameType.ALIAS_LOW);
    assertThat(m.listName()).isEqualTo(alias);
    assertThat(m.score()).isCloseTo(Matcher.LOW_QUALITY_ALIAS_FACTOR, within(1e-4));
    assertThat(m.explanation().get(0).detail()).endsWith(", × 0.90 for a low-quality alias");

    // the same alias marked Good counts in full
    ListEntry entry = Excerpt.entry(entryId);
    ListEntry good =
        entry.withNames(
            entry.names().stream()
                .map(
                    n ->
                        n.type() == NameType.ALIAS_LOW
                            ? new EntryName(n.value(), NameType.ALIAS_GOOD, "Good", n.parts())
                            : n)
                .toList());
    Match asGood =
        MATCHER.score(MATCHER.prepare(Subject.ofName("q", query)), MATCHER.prepare("un", good));
    assertThat(asGood.score()).isEqualTo(1.0);
    assertThat(m.score())
        .isCloseTo(asGood.score() * Matcher.LOW_QUALITY_ALIAS_FACTOR, within(1e-4));
  }

  @Test
  void aBetterNameOutweighsALowAlias() {
    // "Abu Ali" is IQi.001's Low alias; its primary name matches the query better
    Match m = score("Saddam Hussein al-Tikriti", "IQi.001");
    assertThat(m.listNameType()).isEqualTo(NameType.PRIMARY);
  }

  @Test
  void everyMatchIsWellFormed() {
    List<Subject> subjects =
        List.of(
            Subject.ofName("1", "Saddam Hussein"),
            Subject.ofName("2", "صدام حسين التكريتي"),
            Subject.ofName("3", "ALTIKRITI<<SADDAM<HUSSEIN"),
            Subject.ofName("4", "John Smith"),
            Subject.ofName("5", "---"),
            subject("Jo Yong Won", dob("1957"), "KP", Gender.MALE, "108210124"),
            subject("Doku Umarov", dob("1964-04-13"), "Russia", Gender.FEMALE, "96 03 464086"),
            subject("Abu Ali", dob("1990-01-01"), "Atlantis", Gender.MALE, "X"),
            subject("Izzat Ibrahim", dob("1942"), "Iraq", Gender.UNKNOWN, ""));
    List<Candidate> candidates =
        Excerpt.LIST.entries().stream().map(e -> MATCHER.prepare("un", e)).toList();
    for (Subject s : subjects) {
      Query q = MATCHER.prepare(s);
      for (Candidate c : candidates) {
        assertWellFormed(MATCHER.score(q, c));
      }
    }
  }

  /** Score in [0, 1], name first, the table's weights, score = weighted mean of the explanation. */
  static void assertWellFormed(Match m) {
    assertThat(m.score()).isBetween(0.0, 1.0);
    assertThat(m.explanation()).isNotEmpty();
    assertThat(m.explanation().get(0).feature()).isEqualTo(Feature.NAME.id());
    assertThat(m.explanation().stream().map(FeatureScore::feature).distinct().count())
        .isEqualTo(m.explanation().size());
    double sum = 0;
    double weights = 0;
    for (FeatureScore f : m.explanation()) {
      assertThat(WEIGHTS).containsKey(f.feature());
      if (f.weight() == 0) {
        // Nationality and document only ever raise a score: a difference is shown, not counted.
        assertThat(f.score()).isZero();
        assertThat(Feature.valueOf(featureName(f.feature())).countsWhenDifferent()).isFalse();
      } else {
        double expected =
            f.feature().equals(Feature.BIRTH_DATE.id()) && f.detail().endsWith("to the day")
                ? BirthDates.SAME_DAY_WEIGHT
                : WEIGHTS.get(f.feature());
        assertThat(f.weight()).isEqualTo(expected);
      }
      assertThat(f.score()).isBetween(0.0, 1.0);
      sum += f.weight() * f.score();
      weights += f.weight();
    }
    assertThat(m.score()).isCloseTo(sum / weights, within(1e-4));
    assertThat(m.entry().names().stream().map(EntryName::value)).contains(m.listName());
  }

  private static String featureName(String id) {
    for (Feature f : Feature.values()) {
      if (f.id().equals(id)) {
        return f.name();
      }
    }
    throw new AssertionError("no feature " + id);
  }

  private static List<BirthDate> dob(String date) {
    return List.of(BirthDate.parse(date));
  }
}
