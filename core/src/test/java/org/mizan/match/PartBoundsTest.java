package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mizan.match.Names.NORMALIZER;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.names.GeneralNameData;

/**
 * The bounds retrieval and scoring skip work with ({@link PartSketches#upper}, {@link
 * NameSimilarity#measures}, {@link NameSimilarity#upper}) are never below what they bound, on every
 * pair of the real names at hand: the names of the committed UN excerpt (14 individuals, 5
 * entities, Latin and Arabic script) and, where the shared data folder is present, 300 Arabic names
 * with their Latin spellings. A bound below its value would make retrieval or scoring miss a match.
 */
class PartBoundsTest {

  /** Every name of the excerpt, each once. */
  private static List<String> excerptNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      for (EntryName n : e.names()) {
        names.add(n.value());
      }
    }
    return List.copyOf(names);
  }

  /** The first 300 names of the Arabic names database, in Arabic and in Latin script. */
  private static List<String> arabicNames() {
    List<String> names = new ArrayList<>();
    for (GeneralNameData.Pair p : GeneralNameData.arabicNames().subList(0, 300)) {
      names.add(p.arabic());
      names.add(p.latin());
    }
    return names;
  }

  /**
   * 300 European names of Wikidata's labels with letters Arabic script writes otherwise ({@link
   * org.mizan.names.EuropeanLetters}: Charles, تشارلز), in Arabic and in Latin script.
   */
  private static List<String> europeanNames() {
    List<String> names = new ArrayList<>();
    for (GeneralNameData.Pair p : GeneralNameData.wikidata()) {
      if (names.size() < 600 && !org.mizan.names.EuropeanLetters.of(p.latin()).isEmpty()) {
        names.add(p.arabic());
        names.add(p.latin());
      }
    }
    return names;
  }

  @Test
  void partBoundsHoldOnEuropeanNamesInBothScripts() {
    partBoundsHold(europeanNames(), 100_000);
  }

  @Test
  void nameBoundsHoldOnEuropeanNamesInBothScripts() {
    nameBoundsHold(europeanNames(), 20_000);
  }

  @Test
  void theScanPassesEveryPartWhoseBoundReachesOnEuropeanNames() {
    scanPassesWhatTheBoundKeeps(europeanNames());
  }

  @Test
  void partBoundsHoldOnTheExcerpt() {
    partBoundsHold(excerptNames(), 10_000);
  }

  @Test
  void partBoundsHoldOnArabicNames() {
    partBoundsHold(arabicNames(), 100_000);
  }

  @Test
  void nameBoundsHoldOnTheExcerpt() {
    nameBoundsHold(excerptNames(), 5_000);
  }

  @Test
  void nameBoundsHoldForArabicNamesAgainstTheExcerpt() {
    nameBoundsHold(arabicNames(), 20_000);
  }

  @Test
  void theBoundWithOneSecondPartHoldsOnTheExcerpt() {
    secondPartBoundHolds(excerptNames(), 1_000);
  }

  @Test
  void theBoundWithOneSecondPartHoldsForArabicNamesAgainstTheExcerpt() {
    secondPartBoundHolds(arabicNames(), 10_000);
  }

  @Test
  void theBoundWithOneSecondPartHoldsOnEuropeanNamesInBothScripts() {
    secondPartBoundHolds(europeanNames(), 10_000);
  }

  /**
   * Wherever an entry of the excerpt has at most one distinct name part {@code s} alike or more
   * with a name part of the query, or the query at most one such part with the entry's, each of its
   * names scores no more than {@link CandidateIndex#withOneSecondPart} ({@code s} at 0.60, 0.70 and
   * 0.80): what the second scan passes over could not have reached the floor. The same for each
   * name with at most one such pair of its own, from its own {@link NameForm#soleShare}, and with
   * none, from the two names' {@link NameForm#particleShare}: the names that scoring passes over
   * after the scan ({@link PartMemo#belowWithOnePair}). At least {@code atLeast} such pairs of
   * names are compared, some of them with one part alike, some with none.
   */
  private static void secondPartBoundHolds(List<String> names, int atLeast) {
    Matcher.Preparer preparer = Names.MATCHER.preparer();
    List<Candidate> candidates = new ArrayList<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      candidates.add(preparer.prepare("un", e));
    }
    int compared = 0;
    int withOne = 0;
    int withNone = 0;
    for (String queryName : names) {
      NameForm query = NameForm.of(NORMALIZER.analyze(queryName));
      double soleQuery = CandidateIndex.soleShare(List.of(query));
      for (Candidate c : candidates) {
        double soleList = CandidateIndex.soleShare(c.names());
        for (double second : new double[] {0.6, 0.7, 0.8}) {
          for (NameForm listName : c.names()) {
            int alike = alikeParts(query, List.of(listName), second);
            if (alike > 1) {
              continue;
            }
            double score = NameSimilarity.best(query, listName, PartMemo.NONE).score();
            double bound =
                alike == 0
                    ? CandidateIndex.withOneSecondPart(
                        second, query.particleShare(), listName.particleShare())
                    : CandidateIndex.withOneSecondPart(
                        second, query.soleShare(), listName.soleShare());
            assertThat(bound)
                .as("%s against a name of %s alone, at %s", queryName, c.entry().id(), second)
                .isGreaterThanOrEqualTo(score);
            withNone += alike == 0 && bound < 1 ? 1 : 0;
          }
          if (alikeParts(query, c, second) > 1) {
            continue;
          }
          double bound = CandidateIndex.withOneSecondPart(second, soleQuery, soleList);
          for (NameForm listName : c.names()) {
            double score = NameSimilarity.best(query, listName, PartMemo.NONE).score();
            assertThat(bound)
                .as("%s against a name of %s, at %s", queryName, c.entry().id(), second)
                .isGreaterThanOrEqualTo(score);
            compared++;
            if (alikeParts(query, c, second) == 1) {
              withOne++;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(atLeast);
    assertThat(withOne).isGreaterThan(atLeast / 20);
    assertThat(withNone).isGreaterThan(atLeast / 20);
  }

  /**
   * A name part twice pairs twice through one distinct part: {@code Ali Aly} against {@code Ali
   * Ali} scores 0.95 with one list part alike, above what one pair could give (0.9245 at 0.698), so
   * such a name is bounded by nothing (a helper's find).
   */
  @Test
  void aNamePartTwiceBoundsNothing() {
    NameForm query = NameForm.of(NORMALIZER.analyze("Ali Aly"));
    NameForm twice = NameForm.of(NORMALIZER.analyze("Ali Ali"));
    assertThat(NameSimilarity.best(query, twice, PartMemo.NONE).score()).isEqualTo(0.95);
    assertThat(twice.soleShare()).isInfinite();
    assertThat(CandidateIndex.withOneSecondPart(0.698, query.soleShare(), twice.soleShare()))
        .isGreaterThan(1);
    // A name with no part twice keeps its share: one of two parts.
    assertThat(query.soleShare()).isEqualTo(0.5);
    // Whatever the order of the variants: a variant of particles alone after or before it (its
    // share 1) leaves the part twice bounding nothing.
    NameForm particles = NameForm.of(NORMALIZER.analyze("Abdul Abdul"));
    assertThat(particles.soleShare()).isEqualTo(1.0);
    assertThat(particles.particleShare()).isEqualTo(1.0);
    for (NameForm[] order :
        new NameForm[][] {new NameForm[] {twice, particles}, new NameForm[] {particles, twice}}) {
      double[] shares =
          NameForm.sharesOf(
              List.of(order[0].variants().get(0), order[1].variants().get(0)),
              new double[][] {order[0].weights(0), order[1].weights(0)},
              new int[][] {order[0].ids(0), order[1].ids(0)});
      assertThat(shares[0]).isInfinite();
      assertThat(shares[1]).isEqualTo(1.0);
    }
  }

  /**
   * Of the pairs of a name part of the query and one of {@code c}'s names {@code second} alike or
   * more, the number of distinct list parts in them or the number of distinct query parts, the
   * fewer.
   */
  private static int alikeParts(NameForm query, Candidate c, double second) {
    return alikeParts(query, c.names(), second);
  }

  /** {@link #alikeParts(NameForm, Candidate, double)} of some names. */
  private static int alikeParts(NameForm query, List<NameForm> names, double second) {
    Set<Integer> alike = new java.util.HashSet<>();
    Set<String> queryParts = new java.util.HashSet<>();
    for (NameForm name : names) {
      for (int v = 0; v < name.variants().size(); v++) {
        List<Token> tokens = name.variants().get(v);
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.get(i).particle()) {
            continue;
          }
          for (List<Token> queryVariant : query.variants()) {
            for (Token q : queryVariant) {
              if (!q.particle() && NameSimilarity.parts(q, tokens.get(i)) >= second) {
                alike.add(name.ids(v)[i]);
                queryParts.add(q.text());
              }
            }
          }
        }
      }
    }
    return Math.min(alike.size(), queryParts.size());
  }

  @Test
  void aNameThatCannotBeContainedIsBoundedByTheMeanOfItsCoverages() {
    // Samir Haddad has fewer parts than Samir Kassab Nouri, but haddad has no part of the other
    // that may reach 0.85, so it cannot be contained in it: the bound is the mean of the two
    // coverages, below the contained weighting (0.6 of the larger coverage), as the score is.
    NameForm query = NameForm.of(NORMALIZER.analyze("Samir Haddad"));
    NameForm list = NameForm.of(NORMALIZER.analyze("Samir Kassab Nouri"));
    PartMemo memo = boundsOf(query, list);
    int[] q = query.ids(0);
    int[] l = list.ids(0);
    double haddad =
        Math.max(memo.upper(q[1], l[0]), Math.max(memo.upper(q[1], l[1]), memo.upper(q[1], l[2])));
    double kassab = Math.max(memo.upper(q[0], l[1]), memo.upper(q[1], l[1]));
    double nouri = Math.max(memo.upper(q[0], l[2]), memo.upper(q[1], l[2]));
    assertThat(memo.upper(q[0], l[0])).isEqualTo(1.0);
    assertThat(haddad).isLessThan(NameSimilarity.GOOD_PART);
    double cq = (1 + haddad) / 2;
    double cl = (1 + kassab + nouri) / 3;
    assertThat(cq).isNotEqualTo(cl);

    double upper = NameSimilarity.upper(query, list, memo);

    assertThat(upper).isCloseTo((cq + cl) / 2, within(1e-8));
    assertThat(upper).isLessThan(0.6 * Math.max(cq, cl) + 0.4 * Math.min(cq, cl));
    assertThat(upper).isGreaterThanOrEqualTo(NameSimilarity.best(query, list).score());
  }

  @Test
  void aNameThatMayBeContainedIsBoundedByTheContainedWeighting() {
    // Anas Dohan may be wholly matched within Anas Malik Dohan Hassan (as it is): the bound weighs
    // the larger coverage (the query's, 1) 0.6 and the list name's 0.4, as the score does, not
    // half each (which differs while the list name's coverage is below 1).
    NameForm query = NameForm.of(NORMALIZER.analyze("Anas Dohan"));
    NameForm list = NameForm.of(NORMALIZER.analyze("Anas Malik Dohan Hassan"));
    PartMemo memo = boundsOf(query, list);
    int[] q = query.ids(0);
    int[] l = list.ids(0);
    double malik = Math.max(memo.upper(q[0], l[1]), memo.upper(q[1], l[1]));
    double hassan = Math.max(memo.upper(q[0], l[3]), memo.upper(q[1], l[3]));
    double cl = (1 + malik + 1 + hassan) / 4;
    NameSimilarity.Alignment best = NameSimilarity.best(query, list);
    assertThat(best.contained()).isTrue();
    assertThat(cl).isLessThan(0.9);

    double upper = NameSimilarity.upper(query, list, memo);

    assertThat(upper).isCloseTo(0.6 + 0.4 * cl, within(1e-8));
    assertThat(upper).isGreaterThanOrEqualTo(best.score());
  }

  @Test
  void aLongNameAgainstAShortOneIsBoundedByItsNumberOfParts() {
    // The alignment pairs parts one to one: Anas Dohan matches two of the four parts of Anas Malik
    // Dohan Hassan at most, half of its weight, whatever the parts; 0.7 × 1 + 0.3 × 0.5 as a
    // contained name of persons, which may be anchored at both ends. Here the two are matched
    // exactly, not at both ends (Dohan is not the last part): 0.6 × 1 + 0.4 × 0.5.
    NameForm query = NameForm.of(NORMALIZER.analyze("Anas Malik Dohan Hassan"));
    NameForm list = NameForm.of(NORMALIZER.analyze("Anas Dohan"));
    NameForm other = NameForm.of(NORMALIZER.analyze("Anas Karim"));

    assertThat(NameSimilarity.upperByPartCount(query, list)).isCloseTo(0.85, within(1e-8));
    assertThat(NameSimilarity.best(query, list).score()).isCloseTo(0.8, within(1e-8));
    assertThat(NameSimilarity.upperByPartCount(query, other)).isCloseTo(0.85, within(1e-8));
    assertThat(NameSimilarity.best(query, other).score()).isLessThan(0.8);
    // Names of as many parts: the numbers rule nothing out.
    assertThat(NameSimilarity.upperByPartCount(list, other)).isCloseTo(1.0, within(1e-8));
  }

  /** A memo of bounds for {@code query} against the parts of {@code list}. */
  private static PartMemo boundsOf(NameForm query, NameForm list) {
    return PartMemo.forQuery(
        query, list.table(), PartSketches.of(list.table()), true, PartMemo.MAX_REMEMBERED);
  }

  /**
   * {@link PartSketches#matchable} is never below the characters Jaro-Winkler matches, and counts a
   * letter only as often as the string with fewer of it has it: {@code nasser} and {@code anwar}
   * share a, n, r (the bound by letters present alone also counted both s of nasser).
   */
  @Test
  void matchableCharactersCountEachLetterAsOftenAsTheRarerSide() {
    assertThat(matchable("nasser", "anwar")).isEqualTo(3);
    assertThat(matchable("muhammad", "mohammed")).isEqualTo(6);
    assertThat(matchable("abdullah", "abdallah")).isEqualTo(7);
    // Three or more of a letter on both sides: the occurrences beyond the second bound the rest.
    assertThat(matchable("mmmmh", "mmmhm")).isEqualTo(5);
    assertThat(matchable("mmmmh", "mhm")).isEqualTo(3);
    List<String> words = new ArrayList<>();
    for (String name : excerptNames()) {
      for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    long tighter = 0;
    for (String a : words) {
      for (String b : words) {
        int m = matchable(a, b);
        assertThat(m).as("%s, %s", a, b).isGreaterThanOrEqualTo(matchedByJaro(a, b));
        assertThat(m).isLessThanOrEqualTo(Math.min(a.length(), b.length()));
        long la = PartSketches.letters(a);
        long lb = PartSketches.letters(b);
        int byLetters =
            Math.min(a.length() - Long.bitCount(la & ~lb), b.length() - Long.bitCount(lb & ~la));
        assertThat(m).isLessThanOrEqualTo(byLetters);
        if (m < byLetters) {
          tighter++;
        }
      }
    }
    assertThat(words).hasSizeGreaterThan(100);
    assertThat(tighter).isGreaterThan(1_000);
  }

  private static int matchable(String a, String b) {
    return PartSketches.matchable(
        a.length(),
        PartSketches.letters(a),
        PartSketches.repeated(a),
        b.length(),
        PartSketches.letters(b),
        PartSketches.repeated(b));
  }

  /** Jaro's matched characters of two strings (each within the match window, each used once). */
  private static int matchedByJaro(String a, String b) {
    int window = Math.max(Math.max(a.length(), b.length()) / 2 - 1, 0);
    boolean[] taken = new boolean[b.length()];
    int m = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
        if (!taken[j] && a.charAt(i) == b.charAt(j)) {
          taken[j] = true;
          m++;
          break;
        }
      }
    }
    return m;
  }

  @Test
  void theScanPassesEveryPartWhoseBoundReaches() {
    scanPassesWhatTheBoundKeeps(excerptNames());
  }

  @Test
  void theScanPassesEveryPartWhoseBoundReachesOnArabicNames() {
    scanPassesWhatTheBoundKeeps(arabicNames());
  }

  /**
   * {@link PartScan#reaching} returns every list part whose {@link PartSketches#upper} with the
   * query part reaches the threshold, at the thresholds retrieval uses (0.78 without particles,
   * lower with them), and few others.
   */
  private static void scanPassesWhatTheBoundKeeps(List<String> names) {
    PartTable table = new PartTable();
    for (String name : names) {
      NameForm.of(NORMALIZER.analyze(name), table);
    }
    List<Token> parts = table.parts();
    PartSketches sketches = new PartSketches(parts);
    int[] nameParts =
        java.util.stream.IntStream.range(0, parts.size())
            .filter(p -> !parts.get(p).particle())
            .toArray();
    PartScan scan = new PartScan(parts, nameParts, allKinds(nameParts.length));
    // The same parts, a third of persons' names only, a third of organisations' only, a third of
    // both: a scan for persons passes exactly the parts the first scan passes that persons have.
    byte[] kinds = new byte[nameParts.length];
    int person = 1 << EntryKind.PERSON.ordinal();
    int organisation = 1 << EntryKind.ORGANIZATION.ordinal();
    for (int k = 0; k < kinds.length; k++) {
      kinds[k] = (byte) (k % 3 == 0 ? person : k % 3 == 1 ? organisation : person | organisation);
    }
    PartScan byKind = new PartScan(parts, nameParts, kinds);
    // A scan orders its positions its own way (by kind, then length): kinds go by part id.
    java.util.Map<Integer, Integer> kindOf = new java.util.HashMap<>();
    for (int k = 0; k < kinds.length; k++) {
      kindOf.put(nameParts[k], (int) kinds[k]);
    }
    boolean[] buffer = new boolean[scan.size()];
    long kept = 0;
    long passed = 0;
    for (double reach : new double[] {0.5, 0.64, 0.71, 0.78, 0.85}) {
      for (int i : nameParts) {
        Set<Integer> reaching = new java.util.HashSet<>();
        Set<Integer> persons = new java.util.HashSet<>();
        for (int position : scan.reaching(parts.get(i), reach, PartScan.ALL_KINDS, buffer)) {
          reaching.add(scan.id(position));
          if (kindOf.get(scan.id(position)) != organisation) {
            persons.add(scan.id(position));
          }
        }
        Set<Integer> byKindReaching = new java.util.HashSet<>();
        for (int position : byKind.reaching(parts.get(i), reach, person, buffer)) {
          byKindReaching.add(byKind.id(position));
        }
        assertThat(byKindReaching).isEqualTo(persons);
        for (int p : nameParts) {
          if (sketches.upper(sketches, i, p) >= reach) {
            kept++;
            assertThat(reaching)
                .as("%s and %s at %s", parts.get(i).text(), parts.get(p).text(), reach)
                .contains(p);
          }
        }
        passed += reaching.size();
        assertThat(buffer).doesNotContain(true);
      }
    }
    assertThat(kept).isGreaterThan(1_000);
    // The rounding margin lets through a few more than the bound keeps, not many.
    assertThat(passed).isLessThanOrEqualTo(kept + kept / 100);
  }

  /** Every part of entries of every kind. */
  private static byte[] allKinds(int parts) {
    byte[] kinds = new byte[parts];
    java.util.Arrays.fill(kinds, (byte) PartScan.ALL_KINDS);
    return kinds;
  }

  private static void partBoundsHold(List<String> names, int atLeast) {
    PartTable table = new PartTable();
    for (String name : names) {
      NameForm.of(NORMALIZER.analyze(name), table);
    }
    List<Token> parts = table.parts();
    PartSketches sketches = new PartSketches(parts);
    int pairs = 0;
    int skippable = 0;
    int unsettled = 0;
    for (int i = 0; i < parts.size(); i++) {
      Token a = parts.get(i);
      for (int p = 0; p < parts.size(); p++) {
        Token b = parts.get(p);
        double exact = NameSimilarity.parts(a, b);
        double measures = NameSimilarity.measures(a, b);
        double bound = sketches.upper(sketches, i, p);
        assertThat(measures)
            .as("measures of %s, %s", a.text(), b.text())
            .isGreaterThanOrEqualTo(exact);
        assertThat(NameSimilarity.lowered(a, b, measures)).isEqualTo(exact);
        assertThat(bound).as("bound of %s, %s", a.text(), b.text()).isGreaterThanOrEqualTo(exact);
        if (!sketches.maySettle(sketches, i, p)) {
          // Not settled: the Latin measure is Jaro-Winkler of the Latin keys.
          assertThat(NameSimilarity.latinJaroWinkler(a, b))
              .as("Latin measure of %s, %s", a.text(), b.text())
              .isEqualTo(NameSimilarity.latinMeasure(a, b));
          unsettled++;
        }
        pairs++;
        if (bound < 0.70) {
          skippable++;
        }
      }
    }
    assertThat(pairs).isGreaterThan(atLeast);
    assertThat((double) unsettled / pairs).isGreaterThan(0.5);
    // The bound is of use only if it rules out most pairs.
    assertThat((double) skippable / pairs).isGreaterThan(0.5);
  }

  private static void nameBoundsHold(List<String> names, int atLeast) {
    Matcher.Preparer preparer = Names.MATCHER.preparer();
    List<Candidate> candidates = new ArrayList<>();
    for (ListEntry e : Excerpt.LIST.entries()) {
      candidates.add(preparer.prepare("un", e));
    }
    PartTable table = preparer.table();
    List<Token> parts = table.parts();
    PartSketches sketches = new PartSketches(parts);
    int compared = 0;
    for (String queryName : names) {
      NameForm query = NameForm.of(NORMALIZER.analyze(queryName));
      PartMemo memo = PartMemo.forQuery(query, table, sketches, true, PartMemo.MAX_REMEMBERED);
      // Retrieval's judgement of each pair of parts: exact when it reaches, else not below it.
      List<Token> queryParts = query.table().parts();
      for (int i = 0; i < queryParts.size(); i++) {
        for (int p = 0; p < parts.size(); p++) {
          double exact = NameSimilarity.parts(queryParts.get(i), parts.get(p));
          double judged = memo.atLeast(queryParts.get(i), i, p, 0.78);
          if (judged >= 0.78) {
            assertThat(judged).isEqualTo(exact);
          } else {
            assertThat(judged).isGreaterThanOrEqualTo(exact);
          }
        }
      }
      for (Candidate c : candidates) {
        for (NameForm listName : c.names()) {
          double score = NameSimilarity.best(query, listName, PartMemo.NONE).score();
          assertThat(NameSimilarity.upper(query, listName, memo))
              .as("%s against a name of %s", queryName, c.entry().id())
              .isGreaterThanOrEqualTo(score);
          assertThat(NameSimilarity.upperByPartCount(query, listName))
              .as("%s against a name of %s, by numbers of parts", queryName, c.entry().id())
              .isGreaterThanOrEqualTo(score);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(atLeast);
  }
}
