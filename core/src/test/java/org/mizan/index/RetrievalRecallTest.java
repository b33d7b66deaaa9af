package org.mizan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.lists.un.Excerpt;
import org.mizan.match.Candidate;
import org.mizan.match.Match;
import org.mizan.match.Matcher;
import org.mizan.match.Query;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;
import org.mizan.names.NameNormalizer;

/**
 * Retrieval recall measured on its own (DESIGN.md): the index must return what scoring over every
 * entry (brute force) puts at or above the reporting floor. Queries are real names of the UN list
 * excerpt, Latin and Arabic original-script, as written and with one letter changed or dropped;
 * each by name alone, and again with the date of birth of the entry it was made from moved 20 years
 * earlier and the entry's gender (the evidence raises the name score an entry needs: {@code
 * Matcher.nameFloor}), and with that date unchanged.
 */
class RetrievalRecallTest {
  private static final double FLOOR = 0.70;
  private static final long SEED = 97L;
  private static final int MUTATED_QUERIES = 300;
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
  private static final String ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

  private static final Matcher MATCHER = Matcher.create(NameNormalizer.create(), Clock.systemUTC());
  private static final ScreeningIndex INDEX = ScreeningIndex.build(MATCHER, List.of(Excerpt.LIST));
  private static final List<Candidate> EVERY_ENTRY =
      Excerpt.LIST.entries().stream()
          .map(e -> MATCHER.prepare(Excerpt.LIST.version().source(), e))
          .toList();

  /** A query made from one name of one entry. */
  private record Probe(String query, ListEntry from) {}

  /** Every name of every entry as written, then {@link #MUTATED_QUERIES} one-letter changes. */
  private static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      for (EntryName n : e.names()) {
        probes.add(new Probe(n.value(), e));
      }
    }
    Random random = new Random(SEED);
    while (probes.size() < MUTATED_QUERIES) {
      ListEntry e = Excerpt.LIST.entries().get(random.nextInt(Excerpt.LIST.entries().size()));
      String name = e.names().get(random.nextInt(e.names().size())).value();
      String mutated = oneLetterChangedOrDropped(name, random);
      if (!mutated.isBlank()) {
        probes.add(new Probe(mutated, e));
      }
    }
    return probes;
  }

  static String oneLetterChangedOrDropped(String name, Random random) {
    int[] cps = name.codePoints().toArray();
    int letters = (int) name.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return name;
    }
    int target = random.nextInt(letters);
    boolean drop = random.nextBoolean();
    StringBuilder b = new StringBuilder();
    int seen = 0;
    for (int cp : cps) {
      if (Character.isLetter(cp) && seen++ == target) {
        if (!drop) {
          String alphabet =
              Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC ? ARABIC : LATIN;
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      } else {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  /**
   * The probe by name alone (key {@code name}), and where its entry has a date of birth with it
   * moved 20 years earlier ({@code dob-20y}) and unchanged ({@code dob}), with the entry's gender.
   */
  private static Map<String, Subject> subjects(Probe p) {
    Map<String, Subject> subjects = new TreeMap<>(Map.of("name", Subject.ofName("q", p.query())));
    for (BirthDate d : p.from().birthDates().stream().limit(1).toList()) {
      for (int years : new int[] {-20, 0}) {
        BirthDate moved =
            new BirthDate(
                d.earliest().plusYears(years), d.latest().plusYears(years), d.approximate());
        subjects.put(
            years == 0 ? "dob" : "dob-20y",
            new Subject(
                "q",
                p.query(),
                List.of(moved),
                "",
                p.from().gender(),
                "",
                Set.of(EntryKind.values())));
      }
    }
    return subjects;
  }

  /** A probe screened both ways: scored against every entry, and through the index. */
  private record Screened(
      Probe probe, String evidence, Map<String, Match> bruteForce, List<Match> retrieved) {
    boolean retrieved(String id) {
      return retrieved.stream().anyMatch(m -> m.entry().id().equals(id));
    }
  }

  private static List<Screened> screened;

  @BeforeAll
  static void screenEveryProbeBothWays() {
    screened = new ArrayList<>();
    for (Probe p : probes()) {
      for (Map.Entry<String, Subject> e : subjects(p).entrySet()) {
        Subject s = e.getValue();
        Query q = MATCHER.prepare(s);
        Map<String, Match> brute = new TreeMap<>();
        for (Candidate c : EVERY_ENTRY) {
          Match m = MATCHER.score(q, c);
          if (m.score() >= FLOOR && m.explanation().get(0).score() >= FLOOR) {
            brute.put(m.entry().id(), m);
          }
        }
        screened.add(new Screened(p, e.getKey(), brute, INDEX.screen(s, FLOOR, 1000)));
      }
    }
  }

  /**
   * The evidence took part (the probes of entries with a date of birth, screened each way): a date
   * of birth 20 years off takes matches below the floor, the entry's own among them; with the same
   * date, the entry a probe was made from is reported whenever it is by name alone.
   */
  @Test
  void aDateOfBirthTwentyYearsOffReportsFewerMatches() {
    Map<String, Integer> reported = new TreeMap<>();
    Map<String, Integer> own = new TreeMap<>();
    Map<String, Integer> probes = new TreeMap<>();
    for (Screened s : screened) {
      if (!s.probe().from().birthDates().isEmpty()) {
        reported.merge(s.evidence(), s.bruteForce().size(), Integer::sum);
        own.merge(s.evidence(), s.retrieved(s.probe().from().id()) ? 1 : 0, Integer::sum);
        probes.merge(s.evidence(), 1, Integer::sum);
      }
    }
    assertThat(probes.get("dob-20y")).isEqualTo(probes.get("name")).isGreaterThan(150);
    assertThat(reported.get("dob-20y")).isLessThan(reported.get("name")).isPositive();
    assertThat(own.get("dob-20y")).isLessThan(own.get("name"));
    assertThat(own.get("dob")).isEqualTo(own.get("name"));
  }

  @Test
  void theEntryAQueryWasMadeFromIsRetrievedWheneverItScoresAboveTheFloor() {
    List<String> missed = new ArrayList<>();
    int checked = 0;
    for (Screened s : screened) {
      String own = s.probe().from().id();
      Match brute = s.bruteForce().get(own);
      if (brute != null) {
        checked++;
        if (!s.retrieved(own)) {
          missed.add(s.probe().query() + " -> " + own + " " + brute.score());
        }
      }
    }
    assertThat(checked).isGreaterThan(MUTATED_QUERIES / 2);
    assertThat(missed).isEmpty();
  }

  @Test
  void whatTheIndexReturnsIsWhatBruteForceScores() {
    for (Screened s : screened) {
      for (Match m : s.retrieved()) {
        assertThat(m).as(s.probe().query()).isEqualTo(s.bruteForce().get(m.entry().id()));
      }
    }
  }

  /**
   * The whole recall property: every entry that brute force puts at or above the floor is returned.
   * Disabled while retrieval was by keys (entries alike only through Jaro-Winkler on shared
   * beginnings and endings were never returned: 14 pairs with this seed); holds since retrieval
   * compares every distinct list part through a bound ({@code CandidateIndex}).
   */
  @Test
  void everyEntryBruteForceScoresAboveTheFloorIsRetrieved() {
    Map<String, String> missed = new TreeMap<>();
    for (Screened s : screened) {
      for (Match m : s.bruteForce().values()) {
        if (!s.retrieved(m.entry().id())) {
          missed.put(
              s.probe().query() + " -> " + m.entry().id() + " " + m.score(),
              m.explanation().get(0).detail());
        }
      }
    }
    assertThat(missed).isEmpty();
  }
}
