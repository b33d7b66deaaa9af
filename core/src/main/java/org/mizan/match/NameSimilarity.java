package org.mizan.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.mizan.names.EuropeanLetters;
import org.mizan.names.NameNormalizer;
import org.mizan.names.NamePart;
import org.mizan.names.Particle;

/**
 * Similarity of two names, as an alignment of their parts.
 *
 * <p>Each query part is paired with at most one list part (greedily, best pairs first). The score
 * is the mean of two coverages: how much of the query is matched, and how much of the list name is
 * matched, each weighted by part weight (particles weigh {@value Token#PARTICLE_WEIGHT}). Part
 * similarity is the best of: the same text or equal Latin keys (1); Jaro-Winkler of the Latin keys
 * (scaled by {@value #CROSS_SCRIPT_FACTOR} across scripts); equal consonant skeletons ({@value
 * #SAME_SKELETON_LATIN} for two Latin spellings, {@value #SAME_SKELETON_CROSS_SCRIPT} across
 * scripts); Jaro-Winkler of the skeletons scaled by {@value #SKELETON_FACTOR}. Jaro-Winkler per
 * Winkler (1990), "String Comparator Metrics and Enhanced Decision Rules in the Fellegi-Sunter
 * Model of Record Linkage".
 */
final class NameSimilarity {
  static final double CROSS_SCRIPT_FACTOR = 0.9;
  static final double SAME_SKELETON_LATIN = 0.92;
  static final double SAME_SKELETON_CROSS_SCRIPT = 0.95;
  static final double SKELETON_FACTOR = 0.85;
  static final double SAME_ONE_LETTER_SKELETON = 0.9;

  /**
   * Most that two parts with the same consonants but a long vowel written on one side only can
   * score ({@link #longVowelsWritten}): below {@link #GOOD_PART}.
   */
  static final double LONG_VOWEL_CONFLICT = 0.8;

  /** Part similarity from which two parts count as matched, in explanations and rules. */
  static final double GOOD_PART = 0.85;

  /**
   * Weight of the shorter name's coverage when that name is wholly matched within the longer one
   * ({@link #contained}); the longer name's coverage has the rest. Otherwise the two weigh the
   * same.
   */
  static final double CONTAINED_WEIGHT = 0.6;

  /**
   * {@link #CONTAINED_WEIGHT} for two persons' names when the shorter is contained in the longer
   * with its first and last parts against the longer's first and last ({@link
   * #anchoredAtBothEnds}): the given name and the family name agree, and what the longer name has
   * besides are middle parts, which documents leave out more than any other (an Arabic name's nasab
   * chain, {@code Khalifa al-Subaiy} for {@code Khalifa Muhammad Turki al-Subaiy}; a middle name).
   * Set on the development split (docs/matching.md).
   */
  static final double ANCHORED_CONTAINED_WEIGHT = 0.7;

  /**
   * Least similarity of the first parts, and of the last parts, for {@link
   * #ANCHORED_CONTAINED_WEIGHT}: the same name, exact or written alike across scripts ({@link
   * #SAME_SKELETON_CROSS_SCRIPT}), not two names merely alike in their consonants ({@code Robert}
   * and {@code Rupert}, {@link #SAME_SKELETON_LATIN}). Set on the development split.
   */
  static final double ANCHOR_PART = 0.95;

  /** Parts the shorter name needs for {@link #contained}: one shared name alone proves little. */
  static final int MIN_CONTAINED_PARTS = 2;

  /** Factor applied to the name score when the first part of either name is unmatched. */
  static final double GIVEN_NAME_CONFLICT_FACTOR = 0.9;

  /**
   * Factor applied to the name score of two persons' names when neither is within the other and
   * their family names differ ({@link #familyNamesDiffer}): {@code Mohamed Coleman} is not {@code
   * Mohamed Osman}. Set on the development split (docs/matching.md).
   */
  static final double FAMILY_NAME_CONFLICT_FACTOR = 0.95;

  /**
   * Factor of a name score when both names have a patronymic and they differ ({@link
   * NameForm#patronymicsDiffer}): as for another given name.
   */
  static final double PATRONYMIC_CONFLICT_FACTOR = GIVEN_NAME_CONFLICT_FACTOR;

  /**
   * The result of aligning two names; the texts for explanations are rendered on demand.
   *
   * @param score the name similarity in [0, 1]
   * @param query the query name's parts
   * @param list the list name's parts
   * @param pairedWith for each query part, the index of its list counterpart, or -1
   * @param bestForQuery for each query part, its similarity with its counterpart (0 when none)
   * @param bestForList for each list part, its similarity with its counterpart (0 when none)
   * @param givenNameConflict whether the first part of either name has no good counterpart
   * @param familyNameConflict whether the last parts of two persons' names, in Latin script, have
   *     no good counterpart ({@link #familyNamesDiffer})
   * @param patronymicConflict whether both names have a patronymic ({@link NameForm#patronymicOf})
   *     and they are made from other given names ({@link NameForm#patronymicsDiffer})
   * @param contained whether the shorter name is wholly matched within the longer one
   * @param anchored whether, so contained, its first and last parts are paired with the longer
   *     name's first and last ({@link #anchoredAtBothEnds}), its coverage weighing {@link
   *     #ANCHORED_CONTAINED_WEIGHT}
   * @param persons whether both are persons' names, the only ones {@link #anchoredAtBothEnds}
   * @param factor what the score was multiplied by for parts left out ({@link NameForm#factor}), in
   *     (0, 1]
   */
  record Alignment(
      double score,
      List<Token> query,
      List<Token> list,
      int[] pairedWith,
      double[] bestForQuery,
      double[] bestForList,
      boolean givenNameConflict,
      boolean familyNameConflict,
      boolean patronymicConflict,
      boolean contained,
      boolean anchored,
      boolean persons,
      double factor) {
    static final Alignment NONE =
        new Alignment(
            0,
            List.of(),
            List.of(),
            new int[0],
            new double[0],
            new double[0],
            false,
            false,
            false,
            false,
            false,
            false,
            1);

    /**
     * This alignment with its score multiplied by {@code factor} (parts left out, {@link
     * NameForm#factor}), which {@link #factor} keeps; itself when {@code factor} is 1.
     */
    Alignment times(double factor) {
      return factor == 1
          ? this
          : new Alignment(
              score * factor,
              query,
              list,
              pairedWith,
              bestForQuery,
              bestForList,
              givenNameConflict,
              familyNameConflict,
              patronymicConflict,
              contained,
              anchored,
              persons,
              this.factor * factor);
    }

    /**
     * The weight of the larger coverage when one name is contained in the other: {@link
     * #ANCHORED_CONTAINED_WEIGHT} or {@link #CONTAINED_WEIGHT}.
     */
    double containedWeight() {
      return anchored ? ANCHORED_CONTAINED_WEIGHT : CONTAINED_WEIGHT;
    }

    /**
     * Whether, contained and not anchored, the names would be anchored at both ends but for a first
     * part that is a leading Muhammad or sayyid ({@link NameForm#commonLeadingWord}): for the
     * explanation, worked out only for it.
     */
    boolean commonFirstWord() {
      return contained
          && persons
          && !anchored
          && anchoredAtBothEnds(query, list, pairedWith, bestForQuery, true);
    }

    /**
     * Whether the query has fewer name parts than the list name (particles and the compounds'
     * second elements written apart not counted): for a {@link #contained} alignment, whether the
     * query is the name within the other.
     */
    boolean queryWithinList() {
      return countWhole(query, null) < countWhole(list, null);
    }

    /**
     * Each query part that is ({@code particles}) or is not a particle ({@link Token#particle()})
     * with its list counterpart and their similarity, in query order, as {@code query~list 0.95} or
     * {@code query~(none)}.
     */
    List<String> pairs(boolean particles) {
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < query.size(); i++) {
        if (query.get(i).particle() != particles) {
          continue;
        }
        pairs.add(
            pairedWith[i] >= 0
                ? query.get(i).text()
                    + "~"
                    + list.get(pairedWith[i]).text()
                    + " "
                    + Decimals.cut(bestForQuery[i], 2)
                : query.get(i).text() + "~(none)");
      }
      return pairs;
    }

    /**
     * The pairs of parts that are two names of abd ({@link #abdNamesApart}), as {@code query~list}:
     * their similarity at most {@value #LONG_VOWEL_CONFLICT}.
     */
    List<String> abdNamesApart() {
      List<String> apart = new ArrayList<>();
      for (int i = 0; i < query.size(); i++) {
        int j = pairedWith[i];
        if (j >= 0
            && bestForQuery[i] <= LONG_VOWEL_CONFLICT
            && NameSimilarity.abdNamesApart(query, i, list, j)) {
          apart.add(query.get(i).text() + "~" + list.get(j).text());
        }
      }
      return apart;
    }

    /** The list name's parts (not particles) that no query part matched well. */
    List<String> unmatchedList() {
      List<String> unmatched = new ArrayList<>();
      for (int j = 0; j < list.size(); j++) {
        if (!list.get(j).particle() && bestForList[j] < GOOD_PART) {
          unmatched.add(list.get(j).text());
        }
      }
      return unmatched;
    }

    /** Query parts (not particles) matched with similarity {@value #GOOD_PART} or more. */
    int matchedQueryParts() {
      return countGood(query, bestForQuery);
    }

    /** The share of the query matched, weighted by part, in [0, 1]. */
    double queryCoverage() {
      return coverage(query, bestForQuery);
    }

    /** The share of the list name matched, weighted by part, in [0, 1]. */
    double listCoverage() {
      return coverage(list, bestForList);
    }

    /** Query parts that are not particles. */
    int queryParts() {
      return NameForm.countParts(query);
    }

    /** List parts (not particles) matched with similarity {@value #GOOD_PART} or more. */
    int matchedListParts() {
      return countGood(list, bestForList);
    }

    /** List parts that are not particles. */
    int listParts() {
      return NameForm.countParts(list);
    }
  }

  private NameSimilarity() {}

  static Alignment best(NameForm query, NameForm list) {
    return best(query, list, PartMemo.NONE);
  }

  /**
   * The best alignment over the variants of each name, part similarities through {@code memo}; two
   * variants that both leave out initials or suffixes ({@link NameForm#initialsLeftOut}) are not
   * compared, nor a query's variant that leaves out anything with an organisation's name; a
   * variant's score is multiplied by its {@link NameForm#factor}.
   */
  static Alignment best(NameForm query, NameForm list, PartMemo memo) {
    return best(query, list, memo, null, 0);
  }

  /**
   * {@link #best(NameForm, NameForm, PartMemo)}, aligning only the pairs of variants that can
   * change the result: with {@code pairBounds} (the bound of each pair, {@link #pairBounds}), a
   * pair is passed over when its bound is at most the best score found so far, which it could not
   * beat, or below {@code least}; the best alignment is then the same whenever it scores at least
   * {@code least}.
   */
  static Alignment best(
      NameForm query, NameForm list, PartMemo memo, double[] pairBounds, double least) {
    Alignment best = Alignment.NONE;
    List<List<Token>> qs = query.variants();
    List<List<Token>> ls = list.variants();
    for (int qv = 0; qv < qs.size(); qv++) {
      for (int lv = 0; lv < ls.size(); lv++) {
        if (!compared(query, qv, list, lv)) {
          continue;
        }
        if (pairBounds != null) {
          double bound = pairBounds[qv * ls.size() + lv];
          if (bound <= best.score() || bound < least) {
            continue;
          }
        }
        Alignment a =
            align(
                    qs.get(qv),
                    query.ids(qv),
                    query.weights(qv),
                    query.patronymic(qv),
                    ls.get(lv),
                    list.ids(lv),
                    list.weights(lv),
                    list.patronymic(lv),
                    list.table(),
                    memo,
                    query.personal() && list.personal())
                .times(NameForm.pairFactor(query, qv, list, lv));
        if (a.score() > best.score() && meetsJoinedPart(a, query.joinedPart(qv))) {
          best = a;
        }
      }
    }
    return best;
  }

  /**
   * Whether the query part at {@code joined}, two parts read as one ({@link NameForm#joinedPart}),
   * meets a list part at {@link #GOOD_PART} or more in {@code a}; true when {@code joined} is -1
   * (no such part).
   */
  private static boolean meetsJoinedPart(Alignment a, int joined) {
    return joined < 0 || (a.pairedWith()[joined] >= 0 && a.bestForQuery()[joined] >= GOOD_PART);
  }

  /**
   * An upper bound on {@code best(query, list, memo).score()} from the two names' numbers of parts
   * and weights alone, with no part compared: {@link #align} pairs each part with one of the other
   * name's at most, so a variant of {@code n} parts matches at most {@code n} of the other's, whose
   * coverage is then at most the share of the weight of its {@code n} heaviest parts ({@link
   * NameForm#heaviestShare}), taken for the variant of each name with the most parts against the
   * other's (a share never falls as parts are added). The coverages weighed as for a contained name
   * (never below their mean); the variants' factors (at most 1) and which variants {@link #best}
   * compares left aside; with the margin of {@link #upper}. Seven query parts against a listed name
   * of three: at most 0.7 + 0.3 × 3/7, 0.83, for persons' names (0.6 + 0.4 × 3/7, 0.77, for
   * others), whatever the parts. In [0, 1 + 1e-9].
   */
  static double upperByPartCount(NameForm query, NameForm list) {
    return containedScore(
            query.heaviestShare(list.mostParts()),
            list.heaviestShare(query.mostParts()),
            query.personal() && list.personal() ? ANCHORED_CONTAINED_WEIGHT : CONTAINED_WEIGHT)
        + BOUND_ROUNDING;
  }

  /**
   * Whether variant {@code qv} of {@code query} is compared with variant {@code lv} of {@code
   * list}: not when both leave out initials or suffixes, which may differ ({@code John H} / {@code
   * John K Smith}, {@code Jr} / {@code Sr}), nor when the query's leaves out anything and {@code
   * list} is an organisation's name, which has no titles or initials to leave out, nor when the
   * query's has two parts read as one ({@link NameForm#joinedPart}) and either is not a person's.
   */
  private static boolean compared(NameForm query, int qv, NameForm list, int lv) {
    if (query.joinedPart(qv) >= 0 && !(query.personal() && list.personal())) {
      // Two parts read as one word are a person's name written so, not a vessel's or a company's.
      return false;
    }
    return !query.shortened(qv)
        || (list.personal() && !(query.initialsLeftOut(qv) && list.initialsLeftOut(lv)));
  }

  /**
   * An upper bound on {@code best(query, list, memo).score()}: the alignment's formula with each
   * part's similarity replaced by the best its counterparts could give ({@link PartMemo#upper}),
   * sought among the parts of every variant of the other name at once (each pair of distinct parts
   * looked at once, not once per pair of variants), for every pair of variants; the two coverages
   * weighed as for a contained name (which never gives less than their mean) when the bounds allow
   * the shorter name to be contained ({@link #contained}: fewer name parts, at least {@value
   * #MIN_CONTAINED_PARTS}, each with a counterpart that may reach {@value #GOOD_PART}), else
   * averaged; the given-name factor applied only when no counterpart of the first part can reach
   * {@value #GOOD_PART}, so in no variant either; over the pairs of variants {@link #best}
   * compares, each with its factors ({@link NameForm#factor}); with a margin for rounding (the
   * formula differs from the score's in order). Requires {@code memo.bounds(list.table())}.
   */
  static double upper(NameForm query, NameForm list, PartMemo memo) {
    if (!bestPairs(query.distinctIds(), list.distinctIds(), memo)) {
      return 0;
    }
    double[] bestForQuery = memo.scratch(0, 0);
    double[] bestForList = memo.scratch(1, 0);
    // What each list variant gives, worked out once for every query variant: its coverage, and as
    // flags its whole parts (shifted), whether they may all be good and whether its first is not.
    int listVariants = list.variants().size();
    double[] listCoverage = memo.scratch(2, listVariants);
    int[] listFlags = memo.flags(listVariants);
    for (int lv = 0; lv < listVariants; lv++) {
      listCoverage[lv] = coverage(list.weights(lv), bestForList, list.distinctIndex(lv));
      listFlags[lv] =
          list.wholePartIndex(lv).length << 2
              | (allGood(list, lv, bestForList) ? ALL_GOOD : 0)
              | (firstUnmatched(list, lv, bestForList) ? FIRST_UNMATCHED : 0);
    }
    double best = 0;
    double[] pairBounds = memo.scratch(PAIR_BOUNDS, query.variants().size() * listVariants);
    for (int qv = 0; qv < query.variants().size(); qv++) {
      int joined = query.joinedDistinct(qv);
      if (joined >= 0 && bestForQuery[joined] < GOOD_PART) {
        // Two parts read as one that can meet no list part at GOOD_PART: the variant counts for
        // nothing (#meetsJoinedPart).
        for (int lv = 0; lv < listVariants; lv++) {
          pairBounds[qv * listVariants + lv] = 0;
        }
        continue;
      }
      double cq = coverage(query.weights(qv), bestForQuery, query.distinctIndex(qv));
      boolean queryFirstUnmatched = firstUnmatched(query, qv, bestForQuery);
      int queryParts = query.wholePartIndex(qv).length;
      boolean queryMayBeContained =
          queryParts >= MIN_CONTAINED_PARTS && allGood(query, qv, bestForQuery);
      for (int lv = 0; lv < listVariants; lv++) {
        if (!compared(query, qv, list, lv)) {
          continue;
        }
        double cl = listCoverage[lv];
        int flags = listFlags[lv];
        int listParts = flags >>> 2;
        boolean mayBeContained =
            queryParts < listParts
                ? queryMayBeContained
                : listParts < queryParts
                    && listParts >= MIN_CONTAINED_PARTS
                    && (flags & ALL_GOOD) != 0;
        double score =
            !mayBeContained
                ? (cq + cl) / 2
                : containedScore(
                    cq,
                    cl,
                    mayBeAnchored(query, qv, list, lv, memo)
                        ? ANCHORED_CONTAINED_WEIGHT
                        : CONTAINED_WEIGHT);
        if (queryFirstUnmatched || (flags & FIRST_UNMATCHED) != 0) {
          score *= GIVEN_NAME_CONFLICT_FACTOR;
        }
        double bound = score * NameForm.pairFactor(query, qv, list, lv) + BOUND_ROUNDING;
        pairBounds[qv * listVariants + lv] = bound;
        best = Math.max(best, bound);
      }
    }
    return best;
  }

  /**
   * The bound of each pair of variants that the last {@link #upper} with {@code memo} worked out
   * (query variant {@code qv} and list variant {@code lv} at {@code qv × (list variants) + lv};
   * those {@link #best} does not compare hold what the scratch held before): their maximum is
   * {@link #upper}. Valid until the memo's next {@link #upper}.
   */
  static double[] pairBounds(PartMemo memo) {
    return memo.scratch(PAIR_BOUNDS, 0);
  }

  /** The memo's scratch array ({@link PartMemo#scratch}) of {@link #pairBounds}. */
  private static final int PAIR_BOUNDS = 3;

  /**
   * Whether every part of variant {@code v} that is not a particle may have a counterpart of {@link
   * #GOOD_PART} by the bounds {@code best}, by distinct part: a condition of {@link #contained}.
   */
  private static boolean allGood(NameForm name, int v, double[] best) {
    for (int k : name.wholePartIndex(v)) {
      if (best[k] < GOOD_PART) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether variant {@code v}'s first part (not a particle) has no counterpart of {@link
   * #GOOD_PART} by the bounds {@code best}, by distinct part.
   */
  private static boolean firstUnmatched(NameForm name, int v, double[] best) {
    int first = name.firstPart(v);
    return first >= 0 && firstPartUnmatched(name.distinctIndex(v)[first], best);
  }

  /**
   * For each query part the best bound ({@link PartMemo#upper}) with a list part, and for each list
   * part the best with a query part: two arrays of the memo's scratch ({@link PartMemo#scratch}),
   * valid until the next call; false when either name has no part (nothing written). A query part
   * with a row of values reads the bytes of their bounds beside it ({@link PartMemo#bounds}), at
   * most 1/254 above them, and {@link PartMemo#pairBound} where a byte is not yet written.
   */
  private static boolean bestPairs(int[] queryIds, int[] listIds, PartMemo memo) {
    if (queryIds.length == 0 || listIds.length == 0) {
      return false;
    }
    double[] bestForQuery = memo.scratch(0, queryIds.length);
    double[] bestForList = memo.scratch(1, listIds.length);
    for (int i = 0; i < queryIds.length; i++) {
      byte[] bounds = memo.bounds(queryIds[i]);
      double best = 0;
      for (int j = 0; j < listIds.length; j++) {
        int code = bounds == null ? 0 : PartMemo.code(bounds, listIds[j]);
        // The bound of parts of two kinds is 0 (PartSketches#upper), and kept as such.
        double s = code != 0 ? PartMemo.boundOf(code) : memo.pairBound(queryIds[i], listIds[j]);
        best = Math.max(best, s);
        // The first query part writes over what the scratch held before (similarities are >= 0).
        bestForList[j] = i == 0 ? s : Math.max(bestForList[j], s);
      }
      bestForQuery[i] = best;
    }
    return true;
  }

  /** {@link #coverage(double[], double[], int)} of the scores at {@code index}. */
  private static double coverage(double[] weights, double[] scores, int[] index) {
    double sum = 0;
    double total = 0;
    double plain = 0;
    for (int i = 0; i < index.length; i++) {
      double s = scores[index[i]];
      sum += weights[i] * s;
      total += weights[i];
      plain += s;
    }
    if (index.length == 0) {
      return 0;
    }
    return total == 0 ? plain / index.length : sum / total;
  }

  /**
   * The score of a name wholly matched within the other: the larger coverage weighs {@code weight}
   * ({@value #CONTAINED_WEIGHT} or {@value #ANCHORED_CONTAINED_WEIGHT}), never less than the mean
   * of the two.
   */
  private static double containedScore(double cq, double cl, double weight) {
    return weight * Math.max(cq, cl) + (1 - weight) * Math.min(cq, cl);
  }

  /**
   * Whether the first parts of two persons' names ({@link NameForm#firstPartOf}) are paired with
   * each other, and so are their last parts ({@link NameForm#familyPartOf}), each pair at least
   * {@link #ANCHOR_PART} alike and each name having the two apart; neither first part is a leading
   * Muhammad or sayyid ({@link NameForm#commonLeadingWord}), which so many names begin with that it
   * anchors nothing; and no name part of either name is left unpaired before its first part or
   * after its last (a generation, {@code II} against {@code III}): with {@link #contained}, what
   * the longer name has besides are middle parts ({@link #ANCHORED_CONTAINED_WEIGHT}). With {@code
   * commonWordsAnchor}, a leading Muhammad or sayyid anchors too (for the explanation alone).
   */
  private static boolean anchoredAtBothEnds(
      List<Token> query,
      List<Token> list,
      int[] pairedWith,
      double[] bestForQuery,
      boolean commonWordsAnchor) {
    int qf = NameForm.firstPartOf(query);
    int ql = NameForm.familyPartOf(query);
    int lf = NameForm.firstPartOf(list);
    int ll = NameForm.familyPartOf(list);
    if (!endsMayAnchor(query, qf, ql, list, lf, ll, commonWordsAnchor)
        || pairedWith[qf] != lf
        || pairedWith[ql] != ll
        || !anchors(query.get(qf), list.get(lf), bestForQuery[qf])
        || !anchors(query.get(ql), list.get(ll), bestForQuery[ql])) {
      return false;
    }
    boolean[] listPaired = new boolean[list.size()];
    for (int i = 0; i < query.size(); i++) {
      if (pairedWith[i] >= 0) {
        listPaired[pairedWith[i]] = true;
      } else if (outside(query, i, qf, ql)) {
        return false;
      }
    }
    for (int j = 0; j < list.size(); j++) {
      if (!listPaired[j] && outside(list, j, lf, ll)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether part {@code i} of {@code tokens}, not a particle, is before {@code first} or after
   * {@code last}.
   */
  private static boolean outside(List<Token> tokens, int i, int first, int last) {
    return !tokens.get(i).particle() && (i < first || i > last);
  }

  /**
   * Whether the bounds in {@code memo} allow variant {@code qv} of {@code query} and {@code lv} of
   * {@code list} to be anchored at both ends ({@link #anchoredAtBothEnds}): persons' names whose
   * first parts, and whose last parts, may be {@value #ANCHOR_PART} alike.
   */
  private static boolean mayBeAnchored(
      NameForm query, int qv, NameForm list, int lv, PartMemo memo) {
    if (!query.personal() || !list.personal()) {
      return false;
    }
    List<Token> qs = query.variants().get(qv);
    List<Token> ls = list.variants().get(lv);
    int qf = query.firstPart(qv);
    int lf = list.firstPart(lv);
    int ql = NameForm.familyPartOf(qs);
    int ll = NameForm.familyPartOf(ls);
    return endsMayAnchor(qs, qf, ql, ls, lf, ll, false)
        && anchors(qs.get(qf), ls.get(lf), memo.upper(query.ids(qv)[qf], list.ids(lv)[lf]))
        && anchors(qs.get(ql), ls.get(ll), memo.upper(query.ids(qv)[ql], list.ids(lv)[ll]));
  }

  /**
   * Whether names whose first parts are at {@code qf} and {@code lf} and last parts at {@code ql}
   * and {@code ll} ({@link NameForm#firstPartOf}, {@link NameForm#familyPartOf}; -1 for none) can
   * be anchored at both ends ({@link #anchoredAtBothEnds}) whatever their parts' likeness: each has
   * the two apart, and, unless {@code commonWordsAnchor}, neither first part is a leading Muhammad
   * or sayyid.
   */
  private static boolean endsMayAnchor(
      List<Token> query,
      int qf,
      int ql,
      List<Token> list,
      int lf,
      int ll,
      boolean commonWordsAnchor) {
    return qf >= 0
        && lf >= 0
        && ql > qf
        && ll > lf
        && (commonWordsAnchor
            || !(NameForm.commonLeadingWord(query.get(qf).text())
                || NameForm.commonLeadingWord(list.get(lf).text())));
  }

  /**
   * Whether two parts {@code similarity} alike are the same name for {@link #anchoredAtBothEnds}:
   * at least {@link #ANCHOR_PART}, and above {@link #SAME_SKELETON_CROSS_SCRIPT} unless each is in
   * Latin or Arabic script, whose readings make equal consonants across the two a spelling of one
   * name; across other scripts equal consonants are as far as the likeness goes (Devanagari {@code
   * चोधरी}, Chaudhary, and {@code قدير}, Qadir, are 0.95 alike).
   */
  private static boolean anchors(Token a, Token b, double similarity) {
    return similarity >= ANCHOR_PART
        && (similarity > SAME_SKELETON_CROSS_SCRIPT
            || ((a.latinScript() || a.arabicScript()) && (b.latinScript() || b.arabicScript())));
  }

  /** {@link #upper}'s flags of a list variant. */
  private static final int ALL_GOOD = 1;

  private static final int FIRST_UNMATCHED = 2;

  /** Added to {@link #upper}: computed in another order than the score, it may round below it. */
  private static final double BOUND_ROUNDING = 1e-9;

  /**
   * The share of a name matched: the mean of the first {@code n} {@code scores}, weighted by part
   * ({@code weights}); their plain mean when the name is of articles alone (weight 0), which are
   * all there is to compare.
   */
  private static double coverage(double[] weights, double[] scores, int n) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      sum += weights[i] * scores[i];
      total += weights[i];
    }
    return total == 0 ? Arrays.stream(scores, 0, n).average().orElse(0) : sum / total;
  }

  static Alignment align(List<Token> query, List<Token> list) {
    return align(
        query,
        new int[query.size()],
        NameForm.weightsOf(query),
        NameForm.patronymicOf(query),
        list,
        new int[list.size()],
        NameForm.weightsOf(list),
        NameForm.patronymicOf(list),
        null,
        PartMemo.NONE,
        false);
  }

  /**
   * The alignment, with the parts' weights ({@link NameForm#weightsOf}) and the index of each
   * name's patronymic ({@link NameForm#patronymicOf}, -1 for none) the name form keeps; {@code
   * persons}: both are persons' names, whose family names are compared ({@link
   * #familyNamesDiffer}).
   */
  private static Alignment align(
      List<Token> query,
      int[] queryIds,
      double[] queryWeights,
      int queryPatronymic,
      List<Token> list,
      int[] listIds,
      double[] listWeights,
      int listPatronymic,
      PartTable listTable,
      PartMemo memo,
      boolean persons) {
    if (query.isEmpty() || list.isEmpty()) {
      return Alignment.NONE;
    }
    int qn = query.size();
    int ln = list.size();
    // Row i holds query part i's similarity with each list part.
    double[] sim = new double[qn * ln];
    for (int i = 0; i < qn; i++) {
      Token q = query.get(i);
      for (int j = 0; j < ln; j++) {
        sim[i * ln + j] = memo.parts(q, queryIds[i], list.get(j), listIds[j], listTable);
      }
    }
    // When both names have a patronymic, it pairs with the other's alone: not with a family name
    // made from the same given name (Ivanovich and Ivanov, Petrova and Petrovna). Where one name
    // has none it may pair as any part (Abdullaevich and Abdulla ugli), weighing little.
    if (queryPatronymic >= 0 && listPatronymic >= 0) {
      for (int i = 0; i < qn; i++) {
        for (int j = 0; j < ln; j++) {
          if ((i == queryPatronymic) != (j == listPatronymic)) {
            sim[i * ln + j] = 0;
          }
        }
      }
    }
    separateAbdNames(query, list, sim);
    // Greedy one-to-one pairing, best pairs first.
    double[] bestForQuery = new double[qn];
    double[] bestForList = new double[ln];
    int[] pairedWith = new int[qn];
    Arrays.fill(pairedWith, -1);
    boolean[] listUsed = new boolean[ln];
    for (int round = 0; round < Math.min(qn, ln); round++) {
      int bi = -1;
      int bj = -1;
      double bs = 0;
      for (int i = 0; i < qn; i++) {
        if (pairedWith[i] >= 0) {
          continue;
        }
        for (int j = 0; j < ln; j++) {
          if (!listUsed[j] && sim[i * ln + j] > bs) {
            bs = sim[i * ln + j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      pairedWith[bi] = bj;
      listUsed[bj] = true;
      bestForQuery[bi] = bs;
      bestForList[bj] = bs;
    }
    double cq = coverage(queryWeights, bestForQuery, qn);
    double cl = coverage(listWeights, bestForList, ln);
    boolean contained = contained(query, bestForQuery, list, bestForList);
    boolean anchored =
        contained && persons && anchoredAtBothEnds(query, list, pairedWith, bestForQuery, false);
    double score =
        contained
            ? containedScore(cq, cl, anchored ? ANCHORED_CONTAINED_WEIGHT : CONTAINED_WEIGHT)
            : (cq + cl) / 2;
    boolean conflict =
        firstPartUnmatched(NameForm.firstPartOf(query), bestForQuery)
            || firstPartUnmatched(NameForm.firstPartOf(list), bestForList);
    if (conflict) {
      score *= GIVEN_NAME_CONFLICT_FACTOR;
    }
    boolean familyConflict =
        persons && !contained && familyNamesDiffer(query, bestForQuery, list, bestForList);
    if (familyConflict) {
      score *= FAMILY_NAME_CONFLICT_FACTOR;
    }
    boolean patronymicConflict =
        queryPatronymic >= 0
            && listPatronymic >= 0
            && NameForm.patronymicsDiffer(query.get(queryPatronymic), list.get(listPatronymic));
    if (patronymicConflict) {
      score *= PATRONYMIC_CONFLICT_FACTOR;
    }
    return new Alignment(
        score,
        query,
        list,
        pairedWith,
        bestForQuery,
        bestForList,
        conflict,
        familyConflict,
        patronymicConflict,
        contained,
        anchored,
        persons,
        1);
  }

  /**
   * Lowers to {@value #LONG_VOWEL_CONFLICT}, in {@code sim} (row {@code i} the query part {@code
   * i}'s similarities with each list part), the similarity of two parts in Latin script that each
   * follow abd ({@link #followsAbd}) and are two different names of a theophoric name ({@link
   * AbdNames#different}): Abdul Rahman is not Abdul Rahim (Jaro-Winkler 0.88), Abd al-Hakim is not
   * Abd al-Halim (0.89), however alike their spellings.
   */
  private static void separateAbdNames(List<Token> query, List<Token> list, double[] sim) {
    int ln = list.size();
    for (int i = 0; i < query.size(); i++) {
      if (!followsAbd(query, i)) {
        continue;
      }
      for (int j = 0; j < ln; j++) {
        if (sim[i * ln + j] > LONG_VOWEL_CONFLICT
            && followsAbd(list, j)
            && AbdNames.different(query.get(i), list.get(j))) {
          sim[i * ln + j] = LONG_VOWEL_CONFLICT;
        }
      }
    }
  }

  /**
   * Whether part {@code i} of {@code tokens} is a name part in Latin script written after abd,
   * apart or with the article between, as al or as a short word ({@code Abdul Rahman}, {@code Abd
   * al-Rahman}, {@code Abd ar-Rahman}, {@code Abd ur Rahman}), or with both joined ({@code abdar}).
   */
  private static boolean followsAbd(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i == 0 || t.particle() || !t.latinScript()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.kind() == Particle.ABD
        || (before.latinScript()
            && before.latin().startsWith("abd")
            && before.latin().length() <= MAX_ABD_LETTERS)
        || (i >= 2
            && tokens.get(i - 2).kind() == Particle.ABD
            && (before.kind() == Particle.ARTICLE
                || (!before.particle()
                    && before.latinScript()
                    && before.text().length() <= MAX_ASSIMILATED_ARTICLE_LETTERS)));
  }

  /**
   * The most letters of abd written joined to the article, as a word of its own ({@code abdar},
   * {@code abdash}; {@link #followsAbd}).
   */
  private static final int MAX_ABD_LETTERS = 6;

  /** The most letters of the article as written assimilated ({@code ash}; {@link #followsAbd}). */
  private static final int MAX_ASSIMILATED_ARTICLE_LETTERS = 3;

  /**
   * Whether both names have two name parts or more and the last of each ({@link
   * NameForm#familyPartOf}), in Latin script on both sides, found no counterpart of {@value
   * #GOOD_PART} or more: the family name, where a Latin spelling varies less than a given name
   * across scripts. Siblings share it; two people who share a given name and not it are two people.
   * Across scripts a family name's spelling varies too much for this (the development split lost
   * cross-script queries to it; a Cyrillic one too: ICU keys Измайлов izmajlov, which then missed
   * ISMAILOV), so it is not applied there.
   */
  private static boolean familyNamesDiffer(
      List<Token> query, double[] bestForQuery, List<Token> list, double[] bestForList) {
    int q = NameForm.familyPartOf(query);
    int l = NameForm.familyPartOf(list);
    return q >= 0
        && l >= 0
        && q != NameForm.firstPartOf(query)
        && l != NameForm.firstPartOf(list)
        && query.get(q).latinScript()
        && list.get(l).latinScript()
        && bestForQuery[q] < GOOD_PART
        && bestForList[l] < GOOD_PART;
  }

  /**
   * Whether the shorter of the two names (in name parts, particles and the compounds' second
   * elements written apart not counted: {@code هدايت الله} is one name) has at least {@value
   * #MIN_CONTAINED_PARTS} parts and every one of them found a good counterpart: one name written
   * within the other, as a passport's "Anas Dohan" within a listed "Anas Malik Dohan al-Hassan".
   */
  private static boolean contained(
      List<Token> query, double[] bestForQuery, List<Token> list, double[] bestForList) {
    int q = countWhole(query, null);
    int l = countWhole(list, null);
    if (q == l) {
      return false;
    }
    return q < l
        ? q >= MIN_CONTAINED_PARTS && countWhole(query, bestForQuery) == q
        : l >= MIN_CONTAINED_PARTS && countWhole(list, bestForList) == l;
  }

  /**
   * The parts of {@code tokens} that are neither particles nor a compound's second element written
   * apart ({@link NameForm#isApartElement}); with {@code best}, only those matched at {@value
   * #GOOD_PART} or more.
   */
  private static int countWhole(List<Token> tokens, double[] best) {
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).particle()
          && !NameForm.isApartElement(tokens, i)
          && (best == null || (best[i] >= GOOD_PART && elementsMatched(tokens, i, best)))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether every compound element written apart after part {@code i} ({@link
   * NameForm#isApartElement}) is matched at {@value #GOOD_PART} or more: {@code Amir Ullah} is
   * matched within another name only as the one name Amirullah, not as Amir with Ullah against
   * another part.
   */
  private static boolean elementsMatched(List<Token> tokens, int i, double[] best) {
    for (int j = i + 1; j < tokens.size(); j++) {
      if (tokens.get(j).particle() && tokens.get(j).kind() == Particle.ARTICLE) {
        continue;
      }
      if (!NameForm.isApartElement(tokens, j)) {
        return true;
      }
      if (best[j] < GOOD_PART) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the first vowels of two Latin spellings can write the same Arabic vowel: {@code a} with
   * {@code e} (Hassan, Hassen; Ahmad, Ahmed), {@code e} with {@code i} (Ibrahim, Ebrahim), {@code
   * o} with {@code u} (Osama, Usama; Mohamed, Muhammad; Hossein, Hussein). {@code a} against {@code
   * o} or {@code u} is another vowel: Hassan is not Hussein, Mahmoud is not Mohamed, Amar is not
   * Omar. A spelling with no vowel is compatible with any.
   */
  static boolean compatibleFirstVowels(String a, String b) {
    char va = firstVowel(a);
    char vb = firstVowel(b);
    if (va == 0 || vb == 0 || va == vb) {
      return true;
    }
    char low = (char) Math.min(va, vb);
    char high = (char) Math.max(va, vb);
    return (low == 'a' && high == 'e')
        || (low == 'e' && high == 'i')
        || (low == 'o' && high == 'u')
        || (va == 'a' && high >= 'o' && diphthongAw(a))
        || (vb == 'a' && high >= 'o' && diphthongAw(b));
  }

  /**
   * Whether a Latin spelling whose first vowel is {@code a} ({@link #firstVowel}) writes it as the
   * diphthong {@code aw} ({@code au}) before a consonant or at the end, as Arabic writes fatha and
   * a silent و: said and spelt {@code o} or {@code ou} too (Shawkat, Shokat; Nawfal, Naufal, Nofal;
   * Jawlani, Jolani).
   */
  private static boolean diphthongAw(String latin) {
    // No vowel comes before the first, so the first a is it.
    int i = latin.indexOf('a');
    return i + 1 < latin.length()
        && (latin.charAt(i + 1) == 'w' || latin.charAt(i + 1) == 'u')
        && (i + 2 == latin.length() || "aeiouy".indexOf(latin.charAt(i + 2)) < 0);
  }

  /**
   * Whether a part is in Latin script or another that writes its vowels as letters (Cyrillic,
   * Greek; {@link Token#vowelsWritten}), not in Arabic script: its Latin key spells the name as a
   * Latin spelling does.
   */
  private static boolean spelledWithVowels(Token t) {
    return t.latinScript() || (t.vowelsWritten() && !t.arabicScript());
  }

  /**
   * Whether two name parts (particles aside: bin, ibn) begin alike, both with a vowel or both with
   * a consonant: two Latin spellings ({@code a e i o u} against any other letter), a part in a
   * script that writes its vowels (Cyrillic, Greek) against another such or a Latin one, their keys
   * alike (a key beginning with y begins like any, for Cyrillic's я, ю, е), or an Arabic part that
   * begins with alef (its key begins with {@code a}) and a Latin one. An Arabic part beginning with
   * {@code و} or {@code ي} begins with a consonant w or y, spelt {@code w y v j} or a vowel ({@code
   * يوسف} Yusuf, Iosif; not Saif; Jusuf passes this test, but its skeleton, jsf, is not the Arabic
   * part's). A Latin part beginning with w is met by an Arabic part beginning with {@code و} alone
   * ({@link #beginsAsW}: {@code وسيم} Wasim, not {@code عاصم}). One beginning with {@code ح} or
   * {@code ه}, which every Latin spelling writes with an h first, is not met by a Latin part that
   * begins with a vowel and an h before a consonant ({@link #vowelThenClosingH}: Ahmed is not
   * {@code حامد}, Hamid). An Arabic part beginning with another letter can be spelt with a vowel
   * first ({@code عمر}, whose ʿayn the key drops, is {@code omar}), so it begins like anything. One
   * that begins with the article before a moon letter also begins like a Latin spelling of l, a or
   * e and two consonants, the alef unspoken after another word and left out in Maghrebi spellings
   * ({@link #spokenArticle}: {@code الأمين} Lamine, {@code العربي} Larbi, {@code الحسن} Lahcen). A
   * part in Hebrew or a Brahmic script against a Latin or an Arabic one: {@link #initialKind}.
   */
  static boolean sameInitialKind(Token a, Token b) {
    if (a.particle() || a.latin().isEmpty() || b.latin().isEmpty()) {
      return true;
    }
    if (a.latinScript() && b.latinScript()) {
      return startsWithVowel(a.latin()) == startsWithVowel(b.latin());
    }
    if (spelledWithVowels(a) && spelledWithVowels(b)) {
      // A script that writes its vowels as letters (Cyrillic, Greek) against another, as two Latin
      // spellings (Хан is not Akhwan); a key that begins with y either way, as ICU writes Cyrillic
      // я, ю and е without it (Ясин asin, Yasin).
      return a.latin().charAt(0) == 'y'
          || b.latin().charAt(0) == 'y'
          || startsWithVowel(a.latin()) == startsWithVowel(b.latin());
    }
    if (a.latinScript() != b.latinScript() && !(a.latinScript() ? b : a).arabicScript()) {
      Token other = a.latinScript() ? b : a;
      return kindsAgree(initialKind(other), latinInitialKind((a.latinScript() ? a : b).latin()));
    }
    if (a.latinScript() == b.latinScript()) {
      // Neither in Latin script: Arabic script against Hebrew or a Brahmic script. Two
      // Arabic-script parts begin alike whatever their first letters: a first alef may be a
      // spelling's own (Maghrebi امحمد for محمد, استانکزی and ستانکزی), so احمد meets حمد (a
      // rule that parted them lost such pairs, and TAi.067: docs/matching.md).
      return a.arabicScript() == b.arabicScript() || kindsAgree(initialKind(a), initialKind(b));
    }
    Token arabic = a.latinScript() ? b : a;
    Token latin = a.latinScript() ? a : b;
    char first = arabic.text().charAt(0);
    if (latin.latin().charAt(0) == 'w') {
      // A Latin w (or a French ou before a vowel) first in a word writes و, and no other letter.
      return beginsAsW(arabic.text());
    }
    if (first == WAW || first == YEH) {
      // First in a word, و and ي are the consonants w and y: Yusuf, Youssef, Walid (j and v pass
      // too, though Jusuf's and Vahid's skeletons are not the Arabic parts'; for ي, a vowel
      // too); يوسف is not Saif, وسيم is not Asim (French spellings' ou before a vowel is keyed w:
      // Ouassim). Of the one-part pairs of the general name data with a skeleton in common
      // whose Arabic part begins so (116, 422 and 1,708 in the Arabic names database, Google's and
      // Wikidata's), none, none and 7 begin otherwise; of other names with the same skeleton, 521
      // of 836 do (measured 2026-12-01).
      return (first == WAW ? "wv" : "aeiouywvj").indexOf(latin.latin().charAt(0)) >= 0;
    }
    if ((first == HAH || first == HEH) && vowelThenClosingH(latin.latin())) {
      // A first ح or ه is written with an h first in every Latin spelling: one that begins with a
      // vowel and an h before a consonant (Ahmed, Ehsan) is another name, though the consonants
      // are the same (حامد Hamid, حسن Hasan). Not an h before a vowel: Elahian, read as el and
      // ahian, against الهيان, read as ال and هيان.
      return false;
    }
    return first != ALEF
        || startsWithVowel(latin.latin())
        || spokenArticle(arabic.text(), latin.latin());
  }

  /**
   * How a part in Hebrew, Arabic or a Brahmic script (Devanagari, Bengali, Telugu, …) begins, as
   * {@link #sameInitialKind} compares it with a Latin part or across these scripts: {@link #VOWEL}
   * (alef or ʿayn), {@link #EITHER} or {@link #CONSONANT}; 0 for another script (begins like
   * anything). Hebrew, an abjad like Arabic, writes a first vowel with {@code א} (Arabic {@code ا})
   * or {@code ע} (Arabic {@code ع}), whose keys drop them; a part beginning with another letter
   * begins with a consonant ({@code ע׳}, gh, too), but {@code ו}, {@code י} and {@code ה} (Arabic
   * {@code و}, {@code ي}) may also be read as vowels ({@code יצחק} Itzhak). A Brahmic script writes
   * a first vowel as a letter of its own ({@code अ}, {@code उ}: {@code उमर} Umar), which its key
   * keeps, so the key's first letter tells (a y or w either way, {@link #SEMIVOWELS}). So {@code
   * मीरा} Meera is not Umer, {@code מאור} Maor is not Umar nor {@code عمر}, {@code אמיר} Amir is
   * not Mir, though their consonant skeletons are equal.
   */
  private static char initialKind(Token t) {
    String text = t.text();
    int first = text.codePointAt(0);
    Character.UnicodeScript script = Character.UnicodeScript.of(first);
    if (script == Character.UnicodeScript.HEBREW) {
      boolean marked = text.length() > 1 && text.charAt(1) == NameNormalizer.GERESH;
      return marked ? CONSONANT : abjadKind(first, HEBREW_VOWEL_KIND, HEBREW_EITHER_KIND);
    }
    if (t.arabicScript()) {
      return abjadKind(first, ARABIC_VOWEL_KIND, ARABIC_EITHER_KIND);
    }
    if (BRAHMIC.contains(script) && !t.latin().isEmpty()) {
      return latinInitialKind(t.latin());
    }
    return 0;
  }

  /**
   * The kind of an abjad's first letter {@code first}: a vowel among {@code vowels} (alef, ʿayn),
   * either among {@code either}, else a consonant.
   */
  private static char abjadKind(int first, String vowels, String either) {
    if (vowels.indexOf(first) >= 0) {
      return VOWEL;
    }
    return either.indexOf(first) >= 0 ? EITHER : CONSONANT;
  }

  /** How a Latin key begins: a vowel, y or w ({@link #SEMIVOWELS}: either), or a consonant. */
  private static char latinInitialKind(String latin) {
    return SEMIVOWELS.indexOf(latin.charAt(0)) >= 0
        ? EITHER
        : startsWithVowel(latin) ? VOWEL : CONSONANT;
  }

  /**
   * Whether two first letters' kinds ({@link #initialKind}) may begin one name: a consonant only a
   * consonant, a vowel only a vowel; a letter that may be either, or one of an unknown kind,
   * anything.
   */
  private static boolean kindsAgree(char x, char y) {
    if (x == 0 || y == 0 || x == EITHER || y == EITHER) {
      return true;
    }
    return (x == CONSONANT) == (y == CONSONANT);
  }

  private static final char VOWEL = 'v';
  private static final char EITHER = 'e';
  private static final char CONSONANT = 'c';

  /** Hebrew letters that begin a word with a vowel: alef, ayin. */
  private static final String HEBREW_VOWEL_KIND = "\u05D0\u05E2";

  /** Arabic letters that may begin a word with a vowel or a consonant: waw, yeh. */
  private static final String ARABIC_EITHER_KIND = "\u0648\u064A";

  /** Hebrew letters that may begin a word with a vowel or a consonant: vav, yod, he. */
  private static final String HEBREW_EITHER_KIND = "\u05D5\u05D9\u05D4";

  /**
   * First letters of a key that may begin a name either way: y and w, which other scripts and
   * spellings write with a vowel letter (Bengali {@code ইউনূস} Yunus, {@code ওয়াসিম} Wasim;
   * Devanagari {@code येलेना} Elena, Telugu {@code ఎ} spoken ye).
   */
  private static final String SEMIVOWELS = "yw";

  /**
   * Brahmic scripts, which write a word's first vowel as a letter of its own. Not Tamil, whose
   * spelling adds {@code இ} before a first r or l ({@code இராமன்} Raman).
   */
  private static final Set<Character.UnicodeScript> BRAHMIC =
      Set.of(
          Character.UnicodeScript.DEVANAGARI,
          Character.UnicodeScript.BENGALI,
          Character.UnicodeScript.GURMUKHI,
          Character.UnicodeScript.GUJARATI,
          Character.UnicodeScript.ORIYA,
          Character.UnicodeScript.TELUGU,
          Character.UnicodeScript.KANNADA,
          Character.UnicodeScript.MALAYALAM,
          Character.UnicodeScript.SINHALA);

  /** Whether a Latin key begins with a vowel and an h before a consonant (ahmed, ehsan). */
  private static boolean vowelThenClosingH(String latin) {
    return latin.length() > 2
        && startsWithVowel(latin)
        && latin.charAt(1) == 'h'
        && "aeiouy".indexOf(latin.charAt(2)) < 0;
  }

  /**
   * Whether a Latin key may begin with the article the Arabic part begins with, its alef unspoken
   * (Lamine {@code الأمين}, Larbi {@code العربي}, Lahcen {@code الحسن}): the article before a moon
   * letter, whose l is spoken (before a sun letter it is assimilated), and the key an l, an a or e
   * (the article's vowel where it is written) and two consonants or more, w not counted (not Lisa
   * or Lewis against {@code العيسى}, Lloyd against {@code العيد}, Lopez against {@code الأبيض}).
   */
  private static boolean spokenArticle(String arabic, String latin) {
    return arabic.startsWith(ARABIC_ARTICLE)
        && arabic.length() > ARABIC_ARTICLE.length()
        && !NameNormalizer.startsWithArabicSunLetter(arabic.substring(ARABIC_ARTICLE.length()))
        && latin.length() > 1
        && latin.charAt(0) == 'l'
        && (latin.charAt(1) == 'a' || latin.charAt(1) == 'e')
        && consonants(latin.substring(1)) >= 2;
  }

  private static boolean startsWithVowel(String latin) {
    return "aeiou".indexOf(latin.charAt(0)) >= 0;
  }

  /**
   * Whether an Arabic-script part begins as a Latin spelling that begins with w ({@code و}, or the
   * French {@code ou} before a vowel, keyed w: {@link
   * org.mizan.names.NameNormalizer#frenchInitialW}) may: with {@code و}, or with {@code و} after a
   * first {@code ع} or alef, whose u the spelling writes with it ({@code عويدات} Oueidat, Uwaydat;
   * {@code أويس} Ouais). Wasim is {@code وسيم}, not {@code عاصم}; Waheed is {@code وحيد}, not
   * {@code حيد}.
   */
  private static boolean beginsAsW(String arabic) {
    char first = arabic.charAt(0);
    return first == WAW
        || (arabic.length() > 1
            && arabic.charAt(1) == WAW
            && (first == AIN || ALEF_AND_HAMZA.indexOf(first) >= 0));
  }

  /** Latin pairs of letters that write a long vowel or a diphthong, as Arabic writes و or ي. */
  private static final List<String> LONG_VOWEL_SPELLINGS =
      List.of("ou", "oo", "ee", "ei", "ey", "ai", "ay");

  /** Arabic letters that write a long vowel or a diphthong (alef, waw, yeh and their forms). */
  private static final String LONG_VOWEL_LETTERS = "\u0627\u0648\u064A\u0649\u0626\u0624\u0622";

  /**
   * Whether an Arabic-script part writes at least as many long vowels (ا و ي after its first
   * letter, the article aside) as a Latin part spells with two letters ({@code ou oo ee ei ey ai
   * ay} after its first letter): {@code mahmoud} writes one, as {@code محمود} does and {@code محمد}
   * does not; {@code hussein} as {@code حسين}, not {@code حسن}. Of the Arabic–Latin name pairs in
   * Google's ar2en data that spell such a pair, 0.4 % fail this test (e.g. {@code زبير}, {@code
   * zoubeir}); none of the 81 in the Arabic names database. True when either part is not in these
   * two scripts.
   */
  static boolean longVowelsWritten(Token a, Token b) {
    if (!a.latinScript() && !b.latinScript()) {
      return !a.arabicScript()
          || !b.arabicScript()
          || (longVowelLetters(a.text()) == 0) == (longVowelLetters(b.text()) == 0);
    }
    Token latin = a.latinScript() ? a : b;
    Token arabic = a.latinScript() ? b : a;
    if (!latin.latinScript() || arabic.latinScript() || !arabic.arabicScript()) {
      return true;
    }
    String[] stems = stemsBeforeEnding(arabic.text(), latin.text());
    String arabicCounted = stems == null ? arabic.text() : stems[0];
    String latinCounted = stems == null ? latin.text() : stems[1];
    return longVowelSpellings(latinCounted) <= longVowelLetters(arabicCounted)
        && medialLongVowelsSpelt(arabic.text(), latin.latin())
        && finalAlefSpelt(arabic.text(), latin.latin())
        && finalYehSpelt(arabic.text(), latin.latin());
  }

  /**
   * What an Arabic-script part and a Latin one hold before a family-name ending both end in ({@link
   * NameNormalizer#familyNameEndings}: {@code محمدزاده} and Mahmoudzadeh, {@code محمد} and {@code
   * mahmoud}), for {@link #longVowelsWritten} to count the long vowels of the names before it: the
   * alef of {@code زاده} stood for the ou of Mahmoud, so {@code محمد زاده} met Mahmoudzadeh at 0.95
   * (a helper's find), and the ou of pour would ask a long vowel of {@code حسن پور}. Null when they
   * do not both end so.
   */
  private static String[] stemsBeforeEnding(String arabic, String latin) {
    for (NameNormalizer.FamilyNameEnding ending : NameNormalizer.familyNameEndings()) {
      for (String a : ending.arabic()) {
        if (endsIn(arabic, a)) {
          for (String l : ending.latin()) {
            if (endsIn(latin, l)) {
              return new String[] {
                arabic.substring(0, arabic.length() - a.length()),
                latin.substring(0, latin.length() - l.length())
              };
            }
          }
        }
      }
    }
    return null;
  }

  /** Latin letters that end a spelling of a final long a. */
  private static final String FINAL_VOWELS = "aeiouyh";

  /**
   * Whether a final {@code ا} of an Arabic-script part of two letters or more, a long a, is spelt
   * by a final vowel or h of the Latin part ({@code رضا} Reza, Riza; {@code ثنا} Sana, Thanaa; not
   * Son). Of the Arabic names database's 122 one-part pairs ending so, none fails; of Google's
   * ar2en data 20 of 1,776 (French names whose final consonant is silent: {@code فرانسوا}
   * Francois); of Wikidata's aligned labels about 2 % (the same, and Romanian ă).
   */
  static boolean finalAlefSpelt(String arabic, String latinKey) {
    return finalLetterSpelt(arabic, latinKey, ALEF, FINAL_VOWELS);
  }

  /**
   * Whether the Latin key ends in one of {@code endings} where the Arabic-script part, of two
   * letters or more, ends in {@code letter}; true where it does not end so, or either is empty.
   */
  private static boolean finalLetterSpelt(
      String arabic, String latinKey, char letter, String endings) {
    int last = arabic.length() - 1;
    if (last < 1 || arabic.charAt(last) != letter || latinKey.isEmpty()) {
      return true;
    }
    return endings.indexOf(latinKey.charAt(latinKey.length() - 1)) >= 0;
  }

  /**
   * Latin letters that end a spelling of a final long i (j as Slavic and Albanian spellings); an h
   * too, after one of them but j ({@link #finalYehSpelt}).
   */
  private static final String FINAL_I_VOWELS = "aeiouyj";

  /**
   * Whether a final {@code ي} of an Arabic-script part of two letters or more (or an alef maqsura,
   * normalised to it), a long i or a final a, is spelt by a final vowel, y, j or h of the Latin
   * part ({@code فادي} Fadi, Fady; {@code موسى} Musa; {@code الحسيني} al-Husseini; not Foad, not
   * Husayn), an h only after a vowel (after a consonant it ends a digraph: Laith and Quraish are
   * not {@code ليثي} and {@code قريشي}). None of the Arabic names database's 342 one-part pairs
   * ending so fails; of Google's ar2en data 17 of 2,558 (French names whose final consonant is
   * silent, {@code تورنيي} Tournier, a nisba against its place, {@code الصيدوني} Sidon, English gh,
   * Raleigh); of Wikidata's aligned labels about 1 % (the same, Latin forms such as Aquinas, and
   * misaligned labels). Not a final {@code و}: Latin spellings drop the silent waw of {@code عمرو}
   * (Amr), and French ones write it -aux, -ot, -aud.
   */
  static boolean finalYehSpelt(String arabic, String latinKey) {
    int n = latinKey.length();
    return finalLetterSpelt(arabic, latinKey, YEH, FINAL_I_VOWELS)
        || (n > 1
            && latinKey.charAt(n - 1) == 'h'
            && latinKey.charAt(n - 2) != 'j'
            && FINAL_I_VOWELS.indexOf(latinKey.charAt(n - 2)) >= 0);
  }

  private static boolean bothArabic(Token a, Token b) {
    return a.arabicScript() && b.arabicScript() && !a.latinScript() && !b.latinScript();
  }

  /**
   * Whether two Arabic-script parts write the same consonants ({@link #arabicConsonants}): two
   * spellings of one name in Arabic script differ in how they write long vowels and hamza ({@code
   * داود} and {@code داوود}), which the normaliser and this leave out, and in the letters of
   * Persian and Pashto that Arabic spelling lacks ({@code پرويز} and {@code برويز}); not in their
   * consonants, which Latin skeletons fold ({@code س} and {@code ص} are both s, {@code ح} and
   * {@code ه} both h, {@code ث} and {@code ت}-like readings, and {@code و} or {@code ي} first in a
   * word is a consonant the skeleton drops).
   */
  static boolean sameArabicConsonants(String a, String b) {
    return arabicConsonants(a).equals(arabicConsonants(b));
  }

  /**
   * The consonant letters of an Arabic-script part: alef, hamza and their seats left out, {@code و}
   * and {@code ي} left out after the first letter (long vowels; first, they are consonants), a
   * letter written twice in a row once, a final {@code ه} (ta marbuta, normalised) left out, and
   * the letters of Persian and Pashto written as the Arabic letter closest to them ({@code پ} as
   * {@code ب}, {@code چ} as {@code ج}, {@code ژ} as {@code ز}, {@code گ} as {@code ك}, Pashto
   * {@code ټ ډ ړ ښ} and Urdu {@code ٹ ڈ ڑ} as {@code ت د ر ش}, {@code ت د ر}, ...): Unicode's
   * Arabic block and the Pashto and Urdu alphabets.
   */
  private static String arabicConsonants(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean first = true;
    for (int i = 0; i < text.length(); i++) {
      char c = ARABIC_LETTER_OF.getOrDefault(text.charAt(i), text.charAt(i));
      if (!Character.isLetter(c)) {
        continue;
      }
      boolean vowel = c == WAW || c == YEH ? !first : ALEF_AND_HAMZA.indexOf(c) >= 0;
      first = false;
      if (vowel || (out.length() > 0 && out.charAt(out.length() - 1) == c)) {
        continue;
      }
      out.append(c);
    }
    if (out.length() > 1 && out.charAt(out.length() - 1) == HEH) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Persian and Pashto letters, and the Arabic letters that write them where these are lacking. */
  private static final Map<Character, Character> ARABIC_LETTER_OF =
      Map.ofEntries(
          Map.entry('\u067E', '\u0628'), // پ ب
          Map.entry('\u0686', '\u062C'), // چ ج
          Map.entry('\u0698', '\u0632'), // ژ ز
          Map.entry('\u0696', '\u0632'), // ږ ز
          Map.entry('\u06AF', '\u0643'), // گ ك
          Map.entry('\u06AB', '\u0643'), // ګ ك
          Map.entry('\u06A4', '\u0641'), // ڤ ف
          Map.entry('\u067C', '\u062A'), // ټ ت
          Map.entry('\u0689', '\u062F'), // ډ د
          Map.entry('\u0693', '\u0631'), // ړ ر
          Map.entry('\u069A', '\u0634'), // ښ ش
          Map.entry('\u0681', '\u0632'), // ځ ز
          Map.entry('\u0685', '\u0633'), // څ س
          Map.entry('\u06BC', '\u0646'), // ڼ ن
          Map.entry('\u06D0', '\u064A'), // ې ي
          Map.entry('\u06CD', '\u064A'), // ۍ ي
          Map.entry('\u0679', '\u062A'), // Urdu ٹ ت
          Map.entry('\u0688', '\u062F'), // Urdu ڈ د
          Map.entry('\u0691', '\u0631'), // Urdu ڑ ر
          Map.entry('\u06BA', '\u0646'), // Urdu ں ن
          Map.entry('\u06D2', '\u064A')); // Urdu ے ي

  /** Alef, hamza and the letters that carry hamza. */
  private static final String ALEF_AND_HAMZA = "\u0627\u0622\u0623\u0625\u0649\u0626\u0624\u0621";

  /**
   * Arabic letters that no consonant of a skeleton stands for: alef, waw, yeh, their forms, ʿayn.
   */
  private static final String NOT_CONSONANTS =
      "\u0627\u0648\u064A\u0622\u0623\u0625\u0649\u0626\u0624\u0639\u0621";

  private static final char ALEF = '\u0627';
  private static final char WAW = '\u0648';
  private static final char AIN = '\u0639';
  private static final char HAH = '\u062d';
  private static final char YEH = '\u064A';

  /**
   * Arabic letters that begin a word with a vowel ({@link #initialKind}): alef, its forms, ʿayn.
   */
  private static final String ARABIC_VOWEL_KIND = ALEF_AND_HAMZA + AIN;

  /** Alef and yeh: the yeh is the seat of a hamza ({@code رائد}, normalised from {@code ئ}). */
  private static final String HAMZA_SEAT = "\u0627\u064A";

  private static final char HEH = '\u0647';

  /**
   * Whether every long vowel that an Arabic-script part writes between two of its consonants is
   * spelt by the Latin part between the same two consonants: {@code ي} by {@code i}, {@code e} or
   * {@code y} ({@code حسين} Hussein, Husayn, Hossein), {@code و} by {@code o}, {@code u} or {@code
   * w} ({@code محمود} Mahmoud, Mahmud; {@code جواد} Jawad). No Latin spelling of an Arabic name
   * writes these with an {@code a} alone: {@code امير} is not Omar, {@code حميد} is not Ahmad,
   * {@code سعيد} is not Saad, though their skeletons are equal. A {@code ي} after alef is the seat
   * of a hamza ({@code رائد} Raed, Raad; the normaliser writes {@code ئ} as {@code ي}), and is not
   * asked for. True when the two parts do not have as many consonants ({@link
   * NameNormalizer#medialVowels}: consonants written twice, digraphs and a final h as the skeleton
   * reads them), since their gaps cannot be paired. Of the one-part Arabic–Latin pairs with a
   * skeleton in common in the general name data (the Arabic names database, Google's ar2en and
   * Wikidata's labels), this rejects 4 of 2,717, 208 of 12,855 and 694 of 51,277, nearly all of
   * them European names, whose long a Arabic writes {@code ي} (Baker {@code بيكر}); of other names
   * with the same skeleton, it tells 39 % apart ({@code LongVowelRuleDataTest}).
   */
  static boolean medialLongVowelsSpelt(String arabic, String latinKey) {
    if (latinKey.indexOf('v') >= 0) {
      // Turkish, Persian and Balkan spellings write و as v (Tevfik توفيق, Javad): a consonant
      // where the Arabic part writes a vowel letter, so the gaps cannot be paired.
      return true;
    }
    return everyGapFits(
        arabic,
        latinKey,
        (written, spelt) ->
            !(writesYeh(written) && !spellsOneOf(spelt, "iey"))
                && !(written.indexOf(WAW) >= 0 && !spellsOneOf(spelt, "ouw")));
  }

  /**
   * Whether each gap between two consonants of an Arabic-script part ({@link #medialGaps}) fits the
   * Latin key's gap between the same two ({@link NameNormalizer#medialVowels}); true when the two
   * do not have as many consonants, since their gaps cannot be paired.
   */
  private static boolean everyGapFits(
      String arabic, String latinKey, BiPredicate<String, String> fits) {
    List<String> arabicGaps = medialGaps(arabic);
    // A final ح is a consonant the Latin spelling writes (Mamdouh, ممدوح): the gap before the
    // spelling's final h is paired with the one before it, not left out as before a final ه.
    List<String> latinGaps =
        endsInHah(arabic)
            ? NameNormalizer.medialVowelsBeforeFinalH(latinKey)
            : NameNormalizer.medialVowels(latinKey);
    if (arabicGaps.size() != latinGaps.size()) {
      return true;
    }
    for (int k = 0; k < arabicGaps.size(); k++) {
      if (!fits.test(arabicGaps.get(k), latinGaps.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no two consonants of two Arabic-script parts have a long vowel {@code ي} or {@code و}
   * between them in one part and neither in the other ({@link #medialGaps}; a {@code ي} after alef
   * is a hamza's seat, not counted): {@code حميدي} Hamidi is not {@code احمدي} Ahmadi, {@code
   * سليمان} Sulayman not {@code سلمان} Salman, though their consonants are the same; {@code داود}
   * and {@code داوود} both write {@code و}, and {@code مسئول} and {@code مسؤول} a hamza on another
   * seat (written {@code ي} and {@code و} once normalised). True when the two do not have as many
   * consonants.
   */
  static boolean sameMedialLongVowels(String a, String b) {
    List<String> gapsA = medialGaps(a);
    List<String> gapsB = medialGaps(b);
    if (gapsA.size() != gapsB.size()) {
      return true;
    }
    for (int k = 0; k < gapsA.size(); k++) {
      if (writesLongVowel(gapsA.get(k)) != writesLongVowel(gapsB.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean writesLongVowel(String gap) {
    return gap.indexOf(WAW) >= 0 || writesYeh(gap);
  }

  /** Whether a gap between consonants writes the long vowel {@code ي}, not a hamza's seat. */
  private static boolean writesYeh(String gap) {
    return gap.indexOf(YEH) >= 0 && !gap.contains(HAMZA_SEAT);
  }

  /**
   * The letters of an Arabic-script part between each two of its consonants ({@link
   * #NOT_CONSONANTS} are none): a consonant written twice with nothing between is one, and a final
   * {@code ه} after another consonant is left out, as skeletons read them.
   */
  private static List<String> medialGaps(String arabic) {
    List<String> gaps = new ArrayList<>();
    StringBuilder gap = new StringBuilder();
    char last = 0;
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (NOT_CONSONANTS.indexOf(c) >= 0) {
        gap.append(c);
        continue;
      }
      if (c == last && gap.length() == 0) {
        continue;
      }
      if (last != 0) {
        gaps.add(gap.toString());
      }
      gap.setLength(0);
      last = c;
    }
    if (last == HEH && gap.length() == 0 && !gaps.isEmpty()) {
      gaps.remove(gaps.size() - 1);
    }
    return gaps;
  }

  /** Whether the last letter of an Arabic-script part is {@code ح}. */
  private static boolean endsInHah(String arabic) {
    for (int i = arabic.length() - 1; i >= 0; i--) {
      if (Character.isLetter(arabic.charAt(i))) {
        return arabic.charAt(i) == HAH;
      }
    }
    return false;
  }

  private static boolean spellsOneOf(String spelt, String letters) {
    for (int i = 0; i < spelt.length(); i++) {
      if (letters.indexOf(spelt.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int longVowelSpellings(String latin) {
    // The article, and abd's linking vowel in the French spelling ou (Abdoulaye, Abdourahmane),
    // write no long vowel of the name.
    int start =
        latin.startsWith("al") || latin.startsWith("el") ? 2 : latin.startsWith("abdou") ? 3 : 0;
    int n = 0;
    for (int i = start + 1; i + 1 < latin.length(); i++) {
      if (longVowelSpellingAt(latin, i)) {
        n++;
        i++;
      }
    }
    return n;
  }

  /** {@link #LONG_VOWEL_SPELLINGS} as a table of ASCII pairs: {@code first * 128 + second}. */
  private static final boolean[] LONG_VOWEL_PAIRS = asciiPairs(LONG_VOWEL_SPELLINGS);

  private static boolean[] asciiPairs(List<String> pairs) {
    boolean[] table = new boolean[128 * 128];
    for (String pair : pairs) {
      if (pair.length() != 2 || pair.charAt(0) >= 128 || pair.charAt(1) >= 128) {
        throw new IllegalArgumentException("not two ASCII letters: " + pair);
      }
      table[pair.charAt(0) * 128 + pair.charAt(1)] = true;
    }
    return table;
  }

  /** Whether one of {@link #LONG_VOWEL_SPELLINGS} begins at {@code i}, before the last letter. */
  private static boolean longVowelSpellingAt(String latin, int i) {
    char first = latin.charAt(i);
    char second = latin.charAt(i + 1);
    return first < 128 && second < 128 && LONG_VOWEL_PAIRS[first * 128 + second];
  }

  private static int longVowelLetters(String arabic) {
    int start = arabic.startsWith("\u0627\u0644") ? 2 : 0;
    // الله has a long a that its spelling leaves unwritten (a superscript alef at most), and so has
    // له, what is left of it after عبد ال ({@link #afterPrefix}): Abdoulaye spells it.
    int n = isAllah(arabic) ? 1 : 0;
    for (int i = start + 1; i < arabic.length(); i++) {
      if (LONG_VOWEL_LETTERS.indexOf(arabic.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }

  private static char firstVowel(String latin) {
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c == 'e' && i + 1 < latin.length() && latin.charAt(i + 1) == 'u') {
        // eu writes u in the Revised Romanization of Korean (Eun, Un).
        return 'u';
      }
      if ("aeiou".indexOf(c) >= 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Whether the first name part (not a particle) found no counterpart of similarity {@value
   * #GOOD_PART} or more. In Arabic names this part is the ism, the given name; siblings share the
   * rest of the chain (father's and grandfather's names, nisba), so a given name that finds no
   * counterpart is evidence of another person, stronger than any other missing part.
   */
  private static boolean firstPartUnmatched(int firstPart, double[] best) {
    return firstPart >= 0 && best[firstPart] < GOOD_PART;
  }

  private static int countGood(List<Token> tokens, double[] best) {
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).particle() && best[i] >= GOOD_PART) {
        n++;
      }
    }
    return n;
  }

  private static double coverage(List<Token> tokens, double[] scores) {
    return coverage(NameForm.weightsOf(tokens), scores, tokens.size());
  }

  /**
   * Whether equal skeletons are evidence: a one-letter skeleton ({@code ali} and {@code علي} give
   * {@code l}) is, only when the two parts are about as long; otherwise {@code co} would equal
   * {@code akay} (both {@code k}).
   */
  private static boolean comparableLength(Token a, Token b) {
    if (a.skeleton().length() > 1) {
      return true;
    }
    if (a.latinScript() != b.latinScript()) {
      // Arabic script leaves short vowels unwritten: its key is never longer than a Latin spelling
      // of the same name ("ly" for علي, "ali"), so a longer one ("allh" for الله) is another word.
      Token written = a.latinScript() ? b : a;
      Token latin = a.latinScript() ? a : b;
      // A doubled letter of a Latin spelling is one Arabic letter, its shadda unwritten: Awwad
      // is as long as Awad against عواد (wad).
      int latinLength = lengthWithoutDoubles(latin.latin());
      if (written.latin().length() > latinLength) {
        return false;
      }
      // الله's short vowels, unwritten, on each side of its consonant: له (lh) of عبد الله and
      // laye of Abdoulaye (an l first, so not ilah of Abdelilah, عبد الإله); no more consonants
      // than the other key has letters. Not for other parts: Aisha is not عيسى, Alia not علي.
      int longer = latinLength - written.latin().length();
      // Two letters, the second ه, both short vowels unwritten (طه, th, of Taha): the Latin
      // spelling adds vowels and nothing else; not Tahir, nor the له of عبد الله (Abdelilah).
      return longer <= 1
          || (longer == 2
              && isAllah(written.text())
              && latin.latin().charAt(0) == 'l'
              && consonants(latin.latin()) <= written.latin().length())
          || (longer == 2
              && written.text().length() == 2
              && written.text().charAt(1) == '\u0647'
              && !isAllah(written.text())
              && withoutVowels(latin.latin()).equals(written.latin()));
    }
    return Math.abs(a.latin().length() - b.latin().length()) <= 1;
  }

  /** The length of {@code latin} with each run of one letter counted once ({@code awwad}: 4). */
  private static int lengthWithoutDoubles(String latin) {
    int n = 0;
    for (int i = 0; i < latin.length(); i++) {
      if (i == 0 || latin.charAt(i) != latin.charAt(i - 1)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code skeleton} is the reading of the part {@code t} (Latin, or Cyrillic: Tajik writes
   * و as в) with v as و ({@link NameNormalizer#vAsWaw}) and {@code other} is not an Arabic-script
   * part that writes each v's و as a consonant ({@link #consonantWawSpelt}), the only part that
   * reading is for.
   */
  private static boolean vReadAsWaw(Token t, String skeleton, Token other) {
    return !t.arabicScript()
        && t.latin().indexOf('v') >= 0
        && !skeleton.equals(t.skeleton())
        && !(other.arabicScript() && consonantWawSpelt(other.text(), t.latin()))
        && skeleton.equals(NameNormalizer.vAsWaw(t.latin()));
  }

  /**
   * Whether {@code skeleton} is the reading of the Latin part {@code t} with q as gh ({@link
   * NameNormalizer#qAsGh}) and {@code other} is not a Latin part that writes gh before a vowel, the
   * only part that reading is for: a skeleton keeps gh as g, and q is no g in pinyin (Qi, Ge),
   * English (Quinn, Gwynn) or Egyptian spellings (Naqi, Nagy), nor the silent gh of English names
   * (Leigh, Laiq).
   */
  private static boolean qReadAsGh(Token t, String skeleton, Token other) {
    // The q and the reading first: most pairs compared have neither, and stop there.
    return t.latinScript()
        && t.latin().indexOf('q') >= 0
        && !skeleton.equals(t.skeleton())
        && skeleton.equals(NameNormalizer.qAsGh(t.latin()))
        && !(other.latinScript() && ghBeforeVowel(other.latin()));
  }

  /** Whether a Latin key writes gh before a vowel ({@code ghasem}, {@code taghi}; not leigh). */
  private static boolean ghBeforeVowel(String latin) {
    for (int i = latin.indexOf("gh"); i >= 0; i = latin.indexOf("gh", i + 1)) {
      if (i + 2 < latin.length() && "aeiouy".indexOf(latin.charAt(i + 2)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code skeleton} is the skeleton of the Arabic-script part {@code t} that reads its s
   * before heh as sh ({@link Token#shAcrossLetters}) and {@code other}, not in Arabic script, does
   * not write sh.
   */
  private static boolean shUnwritten(Token t, String skeleton, Token other) {
    return t.shAcrossLetters()
        && !other.arabicScript()
        && skeleton.equals(t.skeleton())
        && !other.latin().contains("sh");
  }

  /**
   * Whether each v of a Latin key writes a {@code و} of the Arabic part that is a consonant there:
   * a first v a first {@code و}; another a {@code و} before the long vowel ({@code ا}, {@code ي},
   * {@code و}) that the vowel after the v spells (a; i, e or y; o or u). {@code جواد} Javad, {@code
   * موسوي} Mousavi, {@code وحيد} Vahid; not Evans against {@code يونس}, Marvin against {@code
   * مروان}, David against {@code داود}, whose {@code و} is a vowel or another vowel follows.
   */
  private static boolean consonantWawSpelt(String arabic, String latin) {
    for (int j = latin.indexOf('v'); j >= 0; j = latin.indexOf('v', j + 1)) {
      if (j == 0) {
        if (arabic.isEmpty() || arabic.charAt(0) != WAW) {
          return false;
        }
        continue;
      }
      char vowel = j + 1 < latin.length() ? vowelClass(latin.charAt(j + 1)) : 0;
      boolean written = false;
      for (int i = arabic.indexOf(WAW, 1); i >= 0 && !written; i = arabic.indexOf(WAW, i + 1)) {
        written =
            vowel != 0 && i + 1 < arabic.length() && longVowelClass(arabic.charAt(i + 1)) == vowel;
      }
      if (!written) {
        return false;
      }
    }
    return true;
  }

  /** The long vowel a Latin vowel spells: a, i (i e y) or u (o u); 0 for another letter. */
  private static char vowelClass(char c) {
    return c == 'a' ? 'a' : "iey".indexOf(c) >= 0 ? 'i' : "ou".indexOf(c) >= 0 ? 'u' : 0;
  }

  /**
   * The long vowel an Arabic letter writes: a ({@code ا ى}), i ({@code ي ی}), u ({@code و}); 0
   * else.
   */
  private static char longVowelClass(char c) {
    return c == ALEF || c == '\u0649' ? 'a' : c == YEH || c == '\u06CC' ? 'i' : c == WAW ? 'u' : 0;
  }

  /** {@code latin} without the vowels a e i o u. */
  private static String withoutVowels(String latin) {
    StringBuilder b = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      if (VOWELS.indexOf(latin.charAt(i)) < 0) {
        b.append(latin.charAt(i));
      }
    }
    return b.toString();
  }

  /** The letters of a Latin key other than {@code a e i o u y w}. */
  private static int consonants(String latin) {
    int n = 0;
    for (int i = 0; i < latin.length(); i++) {
      if ("aeiouyw".indexOf(latin.charAt(i)) < 0) {
        n++;
      }
    }
    return n;
  }

  /** Similarity of two name parts in [0, 1]. */
  static double parts(Token a, Token b) {
    return lowered(a, b, measures(a, b));
  }

  /**
   * The best of the measures of two parts' likeness, before the rules that lower it ({@link
   * #lowered}): an upper bound on {@link #parts}, in [0, 1], at the cost of its Jaro-Winkler
   * comparisons alone.
   */
  static double measures(Token a, Token b) {
    return measures(a, b, latinMeasure(a, b));
  }

  /** {@link #measures(Token, Token)} when {@code latin}, its {@link #latinMeasure}, is known. */
  static double measures(Token a, Token b, double latin) {
    if (!Double.isNaN(settled(a, b))) {
      return latin;
    }
    // Consonants alike say as much across scripts that write their vowels as letters as in Latin.
    boolean bothVowelled = a.vowelsWritten() && b.vowelsWritten();
    double best = Math.max(latin, skeletons(a, b, a.skeleton(), b.skeleton(), bothVowelled));
    // The other readings of the same letters (Persian ض as z, ق as g, an assimilated article),
    // against each skeleton of the other part; a pair of skeletons is compared once.
    if (a.hasOtherReading() || b.hasOtherReading()) {
      List<String> as = a.skeletons();
      List<String> bs = b.skeletons();
      for (int i = 0; i < as.size(); i++) {
        for (int j = i == 0 ? 1 : 0; j < bs.size(); j++) {
          best = Math.max(best, skeletons(a, b, as.get(i), bs.get(j), bothVowelled));
        }
      }
      best = Math.max(best, arabicWritings(a, b, bothVowelled));
      best = Math.max(best, arabicWritings(b, a, bothVowelled));
    }
    return best;
  }

  /**
   * Whether each long vowel letter ({@code ا و ي}) that an Arabic-script part writes between two of
   * its consonants faces a vowel of the Latin key between the same two: Arabic script writes the
   * vowels of a European name, and no others (Mats is not {@code ممتاز}, Mumtaz; Sears is not
   * {@code شيراز}, Shiraz). True when the two do not have as many consonants ({@link #medialGaps},
   * {@link NameNormalizer#medialVowels}), since their gaps cannot be paired.
   */
  static boolean longVowelsFaceVowels(String arabic, String latinKey) {
    return everyGapFits(
        arabic,
        latinKey,
        (written, spelt) ->
            !spelt.isEmpty() || !(writesLongVowel(written) || written.indexOf(ALEF) >= 0));
  }

  /**
   * The best similarity through a writing of Latin-script {@code latin}'s European letters as
   * Arabic script writes them ({@link Token#arabicWritings}) against a skeleton of {@code arabic},
   * when {@code arabic} is in Arabic script and holds the letters the writing needs (Charles and
   * {@code تشارلز}, not Chase and {@code تساي}); 0 otherwise.
   */
  private static double arabicWritings(Token latin, Token arabic, boolean bothVowelled) {
    if (latin.arabicWritings().isEmpty() || !arabic.arabicScript()) {
      return 0;
    }
    double best = 0;
    // The vowels' test reads both parts' gaps: asked once, and only of a part that spells a
    // writing.
    Boolean vowelsFaced = null;
    for (EuropeanLetters.Writing w : latin.arabicWritings()) {
      if (!w.spelt(arabic.text())) {
        continue;
      }
      if (vowelsFaced == null) {
        vowelsFaced = longVowelsFaceVowels(arabic.text(), latin.latin());
      }
      if (!vowelsFaced) {
        return 0;
      }
      for (String skeleton : arabic.skeletons()) {
        best = Math.max(best, skeletons(latin, arabic, w.skeleton(), skeleton, bothVowelled));
      }
    }
    return best;
  }

  /**
   * The first of the measures of {@link #measures}: the settled similarity of two parts when they
   * have one ({@link #settled}), else Jaro-Winkler of their Latin keys (× {@value
   * #CROSS_SCRIPT_FACTOR} across scripts).
   */
  static double latinMeasure(Token a, Token b) {
    double settled = settled(a, b);
    return Double.isNaN(settled) ? latinJaroWinkler(a, b) : settled;
  }

  /**
   * The similarity of two parts whatever their spellings, or NaN: 0 for a particle against another
   * kind of part or for a single letter against another part, 1 for the same text or Latin key. No
   * rule lowers it.
   */
  private static double settled(Token a, Token b) {
    if (a.kind() != b.kind()) {
      // A particle (al, bin, abu, abd) only ever pairs with a particle of its kind, a name part
      // with a name part.
      return 0;
    }
    if (a.syllablesJoined() && b.syllablesJoined()) {
      // Both joined from short parts: where each name was split is lost (Un Gyong and Ung Yong are
      // both ungyong), so only a name written as one word meets a joined part.
      return 0;
    }
    if (a.text().equals(b.text())) {
      // The same part as written, even one with no ASCII rendering (a lone ع, or letters ICU cannot
      // transliterate), whose Latin key and skeleton are empty.
      return 1.0;
    }
    if (!a.latin().isEmpty() && a.latin().equals(b.latin())) {
      return 1.0;
    }
    if (a.syllablesJoined() || b.syllablesJoined()) {
      // Two short parts written as one (Jongun for Jong Un) meet only the same key: joined, short
      // parts of other names would meet longer names they begin (Ali Khan as alikhan against
      // Alikhanov).
      return 0;
    }
    if (a.text().length() == 1 || b.text().length() == 1) {
      // A single letter (an initial) matches only itself: "غ" must not resemble "GIA". (Matching
      // an initial with any Latin part of that first letter, at 0.85, raised the OFAC aliases' dev
      // recall at threshold by 0.007 and clean-name alerts by 0.4 per 1,000: a worse trade than
      // lowering the threshold.)
      return 0;
    }
    return Double.NaN;
  }

  /**
   * Jaro-Winkler of the Latin keys of two parts (× {@value #CROSS_SCRIPT_FACTOR} across scripts), 0
   * when either has none: {@link #latinMeasure} of parts whose similarity is not settled.
   */
  static double latinJaroWinkler(Token a, Token b) {
    return latinJaroWinkler(
        JaroWinkler.ascii(a.latin()),
        a.latinScript(),
        JaroWinkler.ascii(b.latin()),
        b.latinScript());
  }

  /**
   * {@link #latinJaroWinkler(Token, Token)} of two parts' Latin keys as bytes ({@link
   * JaroWinkler#ascii}) and whether each part was written in Latin script.
   */
  static double latinJaroWinkler(byte[] a, boolean aLatinScript, byte[] b, boolean bLatinScript) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    double jw = JaroWinkler.similarity(a, b);
    return aLatinScript && bLatinScript ? jw : jw * CROSS_SCRIPT_FACTOR;
  }

  /** {@code measures}, the result of {@link #measures}, lowered by the rules of {@link #parts}. */
  static double lowered(Token a, Token b, double measures) {
    if (!Double.isNaN(settled(a, b))) {
      return measures;
    }
    if (NameForm.NUMERALS.contains(a.text()) && NameForm.NUMERALS.contains(b.text())) {
      // II and III are two generations, or two sister ships: not one spelt two ways (the same
      // numeral twice is settled above, as the same text).
      return 0;
    }
    if ((a.partsJoined() || b.partsJoined())
        && (measures < GOOD_PART || !coversJoined(a, b) || !coversJoined(b, a))) {
      // Two parts read as one meet only a part that splits into two pieces alike to them, and
      // count only at GOOD_PART or more (NameForm#joinedPart): below it, 0 without the pieces
      // compared (retrieval compares many parts with each query part).
      return 0;
    }
    // A part joined to a family-name ending is not the name without it.
    double best = Math.min(measures, Math.min(endingLikeness(a, b), endingLikeness(b, a)));
    if (best == 0) {
      return 0;
    }
    if (!(a.vowelsWritten() && b.vowelsWritten())
        && a.skeleton().equals(b.skeleton())
        && !longVowelsWritten(a, b)) {
      // Another name, however alike the spellings: محمد and محمود are one letter apart.
      best = Math.min(best, LONG_VOWEL_CONFLICT);
    }
    if (best > 0) {
      best = Math.min(best, afterPrefix(a, b));
    }
    return best;
  }

  /**
   * Whether {@code other} splits into two pieces alike to the two parts a query's reading wrote as
   * {@code joined} ({@link Token#pieces}), each at {@link #GOOD_PART} or more: its Latin key cut
   * into two Latin parts, compared as parts are, when it is in Latin script; its text, by
   * Jaro-Winkler, when it is in Arabic script; never in another script. A skeleton of the joined
   * part would not do: it merges a letter doubled across the join and leaves out what it reads as
   * vowels, so {@code محمد داد} read {@code محمدداد} has Mohammed's skeleton, {@code بابا کاکړ}
   * Abubakar's and {@code میر یار} Amiri's (a helper's finds). True when {@code joined} is no such
   * part. Its cost falls on the pairs compared exactly, few.
   */
  private static boolean coversJoined(Token joined, Token other) {
    if (!joined.partsJoined()) {
      return true;
    }
    Token first = joined.pieces().get(0);
    Token second = joined.pieces().get(1);
    if (other.latinScript()) {
      String key = other.latin();
      if (JaroWinkler.similarity(joined.latin(), key) < JOINED_KEYS_ALIKE
          || NameNormalizer.beginsWithKunyaOrAbd(key)) {
        // Nor a name written as one word with its kunya or abd (Abubakar, Abuabbas): two name
        // parts read as one are not one (بابا داد met Abu Ubaydah, a helper's find).
        return false;
      }
      for (int cut = 1; cut < key.length(); cut++) {
        if (pieceAlike(first, key.substring(0, cut)) && pieceAlike(second, key.substring(cut))) {
          return true;
        }
      }
      return false;
    }
    if (other.arabicScript()) {
      String text = other.text();
      for (int cut = 1; cut < text.length(); cut++) {
        if (JaroWinkler.similarity(first.text(), text.substring(0, cut)) >= GOOD_PART
            && JaroWinkler.similarity(second.text(), text.substring(cut)) >= GOOD_PART) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code piece}, one of two parts read as one, is alike to {@code latin}, a piece of a
   * Latin key, as parts are, at {@link #GOOD_PART} or more ({@link #coversJoined}).
   */
  private static boolean pieceAlike(Token piece, String latin) {
    return parts(piece, latinPiece(latin)) >= GOOD_PART;
  }

  /**
   * The least Jaro-Winkler of the Latin keys of two parts read as one and a Latin part they meet
   * ({@link #coversJoined}). A piece is often a name of one consonant or two, whose skeleton alone
   * meets any spelling with those consonants ({@code بابا} and abu, {@code آقا} and iki: {@code
   * بابا داد} met Abu Ubaydah and {@code سعید آقا} Sidiki at 0.90 by their pieces' skeletons, a
   * helper's finds); the keys keep the vowels Arabic script writes.
   */
  static final double JOINED_KEYS_ALIKE = 0.75;

  /** A piece of a Latin key as a part in Latin script ({@link #coversJoined}). */
  private static Token latinPiece(String latin) {
    return NameForm.token(
        new NamePart(latin, latin, NameNormalizer.skeletonOf(latin), Particle.NONE));
  }

  /**
   * What the family-name ending joined to {@code joined} ({@link Token#ending}) allows it against
   * {@code other}: 0 unless {@code other} ends in a spelling of the ending after at least one
   * letter (its Latin key in a Latin spelling, its text in the Arabic-script one: {@code
   * ahmadinejad} meets Ahmadinezhad and {@code احمدی‌نژاد}, not Ahmadi; {@code shahzada} not
   * Shahzad); between two parts in Latin script, Jaro-Winkler of what comes before the endings
   * unless their skeletons are equal ({@code ahmadzai} and Mohammadzai are as alike as Ahmad and
   * Mohammad; {@code noorzai} and Nurzai as their whole parts); else 1, as when nothing was joined
   * to it.
   */
  private static double endingLikeness(Token joined, Token other) {
    List<String> ending = joined.ending();
    if (ending.isEmpty()) {
      return 1;
    }
    for (String spelling : ending.subList(1, ending.size())) {
      // A Latin spelling ends the Latin key; the Arabic-script one, the text.
      boolean latinEnds = endsIn(other.latin(), spelling);
      if (!latinEnds && !endsIn(other.text(), spelling)) {
        continue;
      }
      String key = latinEnds ? other.latin() : other.text();
      if (!(joined.latinScript() && other.latinScript())) {
        return 1;
      }
      String latin = joined.latin();
      String stem = latin.substring(0, Math.max(0, latin.length() - ending.get(0).length()));
      String otherStem = key.substring(0, key.length() - spelling.length());
      return stemsAlike(stem, otherStem) ? 1 : JaroWinkler.similarity(stem, otherStem);
    }
    return 0;
  }

  /**
   * Whether two Latin stems before a family-name ending are spellings of one name by the rules of
   * equal skeletons between Latin parts: the same skeleton, both beginning with a vowel or both
   * with a consonant, first vowels that can write the same Arabic vowel ({@link
   * #compatibleFirstVowels}: {@code noor} and {@code nur}, not {@code ahmad} and {@code hamid}).
   */
  private static boolean stemsAlike(String a, String b) {
    return !a.isEmpty()
        && !b.isEmpty()
        && startsWithVowel(a) == startsWithVowel(b)
        && compatibleFirstVowels(a, b)
        && NameNormalizer.skeletonOf(a).equals(NameNormalizer.skeletonOf(b));
  }

  /** Whether {@code text} ends in {@code ending} after at least one other character. */
  private static boolean endsIn(String text, String ending) {
    return text.length() > ending.length() && text.endsWith(ending);
  }

  /**
   * Two parts that begin with the same particle written joined are as alike as what follows it,
   * when that is less alike than {@link #GOOD_PART}: a shared beginning lifts Jaro-Winkler
   * (Abdulkarim and Abdulrahim 0.94, karim and rahim 0.73; Abdullah and Abdulbaqi 0.88; alnosim and
   * almansoorian 0.81; Abuzubair and Abubakar 0.86). The particles: abd ({@code abdulkarim}, {@code
   * abd al-rahman} joined, {@code عبدالرحمن}, X-scheme {@code ebd}), the article ({@code
   * altikriti}, {@code التكريتي}), the kunya's abu ({@code abubakar}, {@code ابوبكر}) and the
   * nasab's bin ({@code bensalem}, {@code بنسلمان}: Bensalem is not bin Salman). The best pairing
   * of {@link #afterPrefix(Token, Prefix)} of each; 1 when either does not begin with a particle.
   * Pairs alike after the particle keep their whole score ({@code abdelbaset} and {@code
   * abdelbasit} 0.96). Two parts that begin with different particles (a kunya written joined, as in
   * {@code Abubakar}, against abd) are as alike as what follows them too: the shared {@code ab}
   * made {@code aburana} and {@code abdulrazak} 0.85, {@code abukim} and {@code abdulkarim} 0.89.
   * Two kunyas written joined are as alike as their names, however alike ({@code abuali} and {@code
   * abusalim} scored 0.94, {@code ali} and {@code salim} 0.87). Returns 1 when nothing lowers the
   * pair.
   */
  private static double afterPrefix(Token a, Token b) {
    Prefix prefix = prefixOf(a);
    Prefix other = prefixOf(b);
    if (prefix == Prefix.NONE
        || other == Prefix.NONE
        || (prefix != other && (prefix == Prefix.ARTICLE || other == Prefix.ARTICLE))) {
      return 1;
    }
    List<Token> as = afterPrefix(a, prefix);
    List<Token> bs = as.isEmpty() ? List.of() : afterPrefix(b, other);
    if (bs.isEmpty()) {
      return 1;
    }
    double best = 0;
    for (Token x : as) {
      for (Token y : bs) {
        best = Math.max(best, parts(x, y));
      }
    }
    if (prefix == Prefix.ABD && other == Prefix.ABD && abdNamesDiffer(as, bs)) {
      best = Math.min(best, LONG_VOWEL_CONFLICT);
    }
    if (prefix != other) {
      // Another particle is another name (Abu Karim is not Abdul Karim), as written apart: a
      // particle without its counterpart, weighing 0.3 of 1.3.
      return best / (1 + Token.PARTICLE_WEIGHT);
    }
    // Two kunyas are as alike as their names, however alike: abu's three letters in common lift
    // Jaro-Winkler of short names (abuali and abusalim 0.94, ali and salim 0.87).
    return best < GOOD_PART || prefix == Prefix.ABU ? best : 1;
  }

  /**
   * Whether the readings of two names written joined to abd ({@link #afterPrefix(Token, Prefix)})
   * are two names of abd ({@link AbdNames}), however alike (abdulrahman and abdulrahim;
   * separateAbdNames): in some reading, and one in none. A reading like no name (abdulaziz read
   * laziz) does not make them one; a reading like one name of both does (abdulimam, abdulemam).
   */
  private static boolean abdNamesDiffer(List<Token> as, List<Token> bs) {
    boolean differ = false;
    for (Token x : as) {
      for (Token y : bs) {
        if (x.latinScript() && y.latinScript()) {
          if (AbdNames.same(x, y)) {
            return false;
          }
          differ |= AbdNames.known(x) && AbdNames.known(y);
        }
      }
    }
    return differ;
  }

  /**
   * Whether query part {@code i} and list part {@code j} are two names of abd, their similarity
   * lowered by {@link #separateAbdNames} or {@link #afterPrefix(Token, Token)}: for the
   * explanation.
   */
  static boolean abdNamesApart(List<Token> query, int i, List<Token> list, int j) {
    Token q = query.get(i);
    Token l = list.get(j);
    if (followsAbd(query, i) && followsAbd(list, j)) {
      return AbdNames.different(q, l);
    }
    return q.latinScript()
        && l.latinScript()
        && prefixOf(q) == Prefix.ABD
        && prefixOf(l) == Prefix.ABD
        && abdNamesDiffer(afterPrefix(q, Prefix.ABD), afterPrefix(l, Prefix.ABD));
  }

  /** The particle {@code t} may begin with, from its first letters alone (no allocation). */
  private static Prefix prefixOf(Token t) {
    if (t.particle()) {
      return Prefix.NONE;
    }
    String latin = t.latin();
    if (t.arabicScript()) {
      String text = t.text();
      if (text.startsWith(ARABIC_ABD)) {
        return Prefix.ABD;
      }
      if (text.startsWith(ARABIC_ABU)) {
        return Prefix.ABU;
      }
      if (text.startsWith(ARABIC_BIN) || text.startsWith(ARABIC_IBN)) {
        return Prefix.BIN;
      }
      return text.startsWith(ARABIC_ARTICLE) ? Prefix.ARTICLE : Prefix.NONE;
    }
    if (latin.startsWith("bin") || latin.startsWith("ben") || latin.startsWith("ibn")) {
      return Prefix.BIN;
    }
    if (latin.startsWith("abd") || latin.startsWith("ebd")) {
      return Prefix.ABD;
    }
    if (latin.startsWith("abu")
        || latin.startsWith("abou")
        || (latin.startsWith("abo") && latin.length() > 3 && VOWELS.indexOf(latin.charAt(3)) < 0)) {
      return Prefix.ABU;
    }
    return latin.startsWith("al") || latin.startsWith("el") ? Prefix.ARTICLE : Prefix.NONE;
  }

  /** The particle a part begins with, written joined. */
  enum Prefix {
    NONE,
    ABD,
    ARTICLE,
    ABU,
    BIN
  }

  /** بن and ابن, the nasab's particles in Arabic script. */
  static final String ARABIC_BIN = "\u0628\u0646";

  static final String ARABIC_IBN = "\u0627\u0628\u0646";

  private static final String ARABIC_ABD = "\u0639\u0628\u062F";
  private static final String ARABIC_ARTICLE = "\u0627\u0644";

  /** The last letters of {@code الله}, of {@code عبدالله} and {@code عبد الله} joined. */
  private static final String ALLAH_END = "\u0644\u0644\u0647";

  /**
   * Whether an Arabic-script part is or ends in {@code الله} ({@code عبدالله}), or is {@code له},
   * what is left of it after {@code عبد ال} ({@link #afterPrefix}): the parts whose long a is
   * unwritten and whose Latin spellings may write a short vowel each side of its l.
   */
  private static boolean isAllah(String arabic) {
    return arabic.endsWith(ALLAH_END) || arabic.equals(ALLAH_END.substring(1));
  }

  /**
   * Whether Arabic-script {@code arabic} and {@code other}, a part in a script that writes its
   * vowels (Latin, Cyrillic), differ in the element {@code الله} of a compound name: {@code arabic}
   * ends in it ({@code عبدالله}, {@code فضل الله} joined) and {@code other} holds no a, e, o or u
   * after its last l (Abdali, Fazli, Fazal and Fazil do not write the element; Abdullah, Abdulla,
   * Abdoulaye, Abdoulie, Rahmatullo and Abdallahi do); or {@code arabic} ends in l and the suffix i
   * ({@code فاضلي} Fazeli, {@code بوعبدلي} Bouabdelli) and {@code other}'s key in a spelling of the
   * element with its h after two letters or more ({@link #ALLAH_SPELLINGS}: Fazlollah, Abdullah).
   * Other endings keep their Latin spellings in -llah (Shallah {@code شلح}, Fallah {@code فلاح},
   * Mullah {@code ملا}, Uyghur {@code ئابدۇللا}). A part in Hebrew script, whose key has no vowels,
   * is left alone.
   */
  private static boolean allahUnmatched(Token arabic, Token other) {
    if (!arabic.arabicScript() || !other.vowelsWritten()) {
      return false;
    }
    String text = arabic.text();
    String key = other.latin();
    if (text.endsWith(ALLAH_END) || text.endsWith(ALLAH_END_YEH)) {
      for (int i = key.lastIndexOf('l') + 1; i < key.length(); i++) {
        if ("aeou".indexOf(key.charAt(i)) >= 0) {
          return false;
        }
      }
      return true;
    }
    if (text.endsWith(LAM_YEH)) {
      for (String spelling : ALLAH_SPELLINGS) {
        if (key.length() >= spelling.length() + 2 && key.endsWith(spelling)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String LAM_YEH = "\u0644\u064A";

  /** {@link #ALLAH_END} and the suffix i of Persian family names ({@code نصراللهي}). */
  private static final String ALLAH_END_YEH = ALLAH_END + YEH;

  /**
   * Latin spellings of {@code الله} that end a compound name with its h: as it is, with the suffix
   * i of Persian family names, and as Tajik and Uzbek write it ({@code ulloh}).
   */
  private static final List<String> ALLAH_SPELLINGS =
      List.of("ullah", "ullahi", "ollah", "ollahi", "allah", "allahi", "ellah", "ellahi", "ulloh");

  private static final String ARABIC_ABU = "\u0627\u0628\u0648";
  private static final String VOWELS = "aeiou";

  /**
   * What follows {@code prefix}, the particle {@code t} begins with ({@link #prefixOf}), one or two
   * readings, empty when too short ({@link #afterPrefix(Token, Token)}):
   *
   * <ul>
   *   <li>abd: the Latin key after abd and a linking vowel (ou, French, as one), without a leading
   *       l (the article), and with it too when a vowel follows, since an article before l is often
   *       written once ({@code abdelatif}); in Arabic script after عبد and ال; at least one
   *       consonant ({@code abdullah}: {@code lah});
   *   <li>the article: the Latin key after al or el, in Arabic script after ال; two consonants or
   *       more ({@code alexander}: {@code exander}; {@code ali} has no rest);
   *   <li>abu: the Latin key after abu or abou, in Arabic script after ابو; two consonants or more;
   *   <li>bin: the Latin key after bin, ben or ibn, in Arabic script after بن or ابن; at least one
   *       consonant.
   * </ul>
   */
  static List<Token> afterPrefix(Token t, Prefix prefix) {
    String latin = t.latin();
    String text = t.text();
    if (t.arabicScript()) {
      return switch (prefix) {
        case ABD -> {
          String rest = text.substring(ARABIC_ABD.length());
          String restLatin = latin.startsWith("bd") ? latin.substring(2) : latin;
          if (rest.startsWith(ARABIC_ARTICLE) && restLatin.startsWith("al")) {
            rest = rest.substring(ARABIC_ARTICLE.length());
            restLatin = restLatin.substring(2);
          }
          yield rests(prefix, t, 1, rest, restLatin);
        }
        case ARTICLE ->
            rests(prefix, t, 2, text.substring(ARABIC_ARTICLE.length()), after(latin, "al"));
        case BIN -> {
          boolean ibn = text.startsWith(ARABIC_IBN);
          yield rests(
              prefix,
              t,
              1,
              text.substring(ibn ? ARABIC_IBN.length() : ARABIC_BIN.length()),
              after(latin, ibn ? "abn" : "bn"));
        }
        case ABU -> {
          String rest = text.substring(ARABIC_ABU.length());
          String restLatin = after(latin, "abw");
          List<Token> out = rests(prefix, t, 1, rest, restLatin);
          if (rest.startsWith(ARABIC_ARTICLE) && restLatin.startsWith("al")) {
            // ابو الفضل: Abolfazl, Abulfazl, Abu al-Fadl.
            addRest(
                out, prefix, t, 1, rest.substring(ARABIC_ARTICLE.length()), restLatin.substring(2));
          }
          yield out;
        }
        case NONE -> List.of();
      };
    }
    return switch (prefix) {
      case ABD -> {
        int start = 3;
        if (latin.startsWith("ou", start)) {
          // French spelling of the linking u: Abdoulaye, Abdourahmane, Abdoulkarim.
          start += 2;
        } else if (start < latin.length() && VOWELS.indexOf(latin.charAt(start)) >= 0) {
          start++;
        }
        String rest = latin.substring(start);
        if (!rest.startsWith("l")) {
          yield rests(prefix, t, 1, rest, rest);
        }
        String name = rest.substring(1);
        if (!name.isEmpty() && VOWELS.indexOf(name.charAt(0)) >= 0) {
          // abdelatif: the l may be the name's own (latif) after an article written once.
          yield rests(prefix, t, 1, name, name, rest);
        }
        yield rests(prefix, t, 1, name, name);
      }
      case ABU -> {
        String rest = afterLatinAbu(latin);
        String name = kunyaArticleLeftOut(rest);
        yield name.equals(rest)
            ? rests(prefix, t, 1, rest, rest)
            : rests(prefix, t, 1, rest, rest, name);
      }
      case ARTICLE -> rests(prefix, t, 2, latin.substring(2), latin.substring(2));
      case BIN -> rests(prefix, t, 1, latin.substring(3), latin.substring(3));
      case NONE -> List.of();
    };
  }

  /**
   * Whether a part is a kunya written joined: abu (abou, ابو) and a name of two consonants or more
   * ({@code abubakar}, {@code ابوبكر}; not {@code aboud}).
   */
  private static boolean isJoinedKunya(Token t) {
    if (prefixOf(t) != Prefix.ABU) {
      return false;
    }
    String latin = t.latin();
    String rest = t.arabicScript() ? after(latin, "abw") : afterLatinAbu(latin);
    return NameNormalizer.skeletonOf(rest).length() >= 2;
  }

  /**
   * Whether the name of the kunya written joined, {@code a} or {@code b}, has the consonants of the
   * other part ({@code abubakar} and {@code بكر}: the kunya written apart).
   */
  private static boolean kunyaNameAlike(Token a, Token b) {
    Token kunya = isJoinedKunya(a) ? a : b;
    Token other = kunya == a ? b : a;
    for (Token rest : afterPrefix(kunya, Prefix.ABU)) {
      if (!Collections.disjoint(rest.skeletons(), other.skeletons())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of a kunya written joined without the article it may begin with: {@code alfazl},
   * {@code elhassan} and {@code ulqasim} without al, el or ul; {@code lfazl} (of {@code abolfazl},
   * {@code abulfazl}) without its l; else the name as it is.
   */
  private static String kunyaArticleLeftOut(String rest) {
    if (rest.length() > 3
        && VOWELS.indexOf(rest.charAt(0)) >= 0
        && rest.charAt(1) == 'l'
        && VOWELS.indexOf(rest.charAt(2)) < 0) {
      return rest.substring(2);
    }
    if (rest.length() > 2 && rest.charAt(0) == 'l' && VOWELS.indexOf(rest.charAt(1)) < 0) {
      return rest.substring(1);
    }
    return rest;
  }

  /**
   * A Latin key that begins with abu ({@link #prefixOf}: abu, abou, abo) without it: {@code
   * abubakar} and {@code aboubakar} give {@code bakar}, {@code abolfazl} gives {@code lfazl}.
   */
  private static String afterLatinAbu(String latin) {
    return latin.substring(latin.startsWith("abou") ? 4 : 3);
  }

  /** {@code latin} without {@code particle}'s key when it begins with it. */
  private static String after(String latin, String particle) {
    return latin.startsWith(particle) ? latin.substring(particle.length()) : latin;
  }

  private static List<Token> rests(
      Prefix prefix, Token t, int minConsonants, String text, String latin, String... more) {
    List<Token> out = new ArrayList<>(1 + more.length);
    addRest(out, prefix, t, minConsonants, text, latin);
    for (String other : more) {
      addRest(out, prefix, t, minConsonants, other, other);
    }
    return out;
  }

  /**
   * Adds what follows the particle, {@code rest} in Latin letters, when its skeleton has at least
   * {@code minConsonants} consonants; its other readings are those of {@code t} without the
   * particle's consonants ({@code عبدالقادر} read {@code bdlgdr} gives {@code gdr}; a consonant the
   * particle shares with the rest was written once, {@code ابوبكر} is {@code bkr}).
   */
  private static void addRest(
      List<Token> out, Prefix prefix, Token t, int minConsonants, String text, String latinRest) {
    // A French ou before a vowel after the particle is w, as first in a word (Abdelouahab).
    String rest = t.latinScript() ? NameNormalizer.frenchInitialW(latinRest) : latinRest;
    String skeleton = NameNormalizer.skeletonOf(rest);
    if (skeleton.length() < minConsonants) {
      return;
    }
    String particle =
        switch (prefix) {
          case ABD -> "bd";
          case ARTICLE -> "l";
          case BIN -> "bn";
          default -> "b";
        };
    if (!skeleton.isEmpty() && skeleton.charAt(0) == particle.charAt(particle.length() - 1)) {
      particle = particle.substring(0, particle.length() - 1);
    }
    Set<String> skeletons = new LinkedHashSet<>();
    skeletons.add(skeleton);
    for (String reading : t.skeletons().subList(1, t.skeletons().size())) {
      if (!reading.startsWith(particle)) {
        continue;
      }
      String r = reading.substring(particle.length());
      if (prefix == Prefix.ABD && r.startsWith("l") && !skeleton.startsWith("l")) {
        r = r.substring(1);
      }
      if (r.length() >= minConsonants) {
        skeletons.add(r);
      }
    }
    out.add(
        new Token(
            text,
            rest,
            skeleton,
            t.latinScript(),
            t.arabicScript(),
            Particle.NONE,
            List.copyOf(skeletons),
            t.vowelsWritten(),
            false,
            t.syllablesJoined(),
            List.of(),
            t.ending(),
            List.of()));
  }

  /**
   * The similarity two parts earn through one skeleton of each; {@code bothVowelled} when both are
   * written with their vowels as letters ({@link Token#vowelsWritten}: Latin, or a script
   * transliterated with them), whose consonants alone are weaker evidence.
   */
  private static double skeletons(Token a, Token b, String sa, String sb, boolean bothVowelled) {
    if (vReadAsWaw(a, sa, b) || vReadAsWaw(b, sb, a)) {
      // A Latin v read as و (NameNormalizer#vAsWaw) only against an Arabic-script part that
      // writes that و as a consonant: Javad and جواد, not Navid and ندى, Vali and علي, Evans and
      // يونس, nor two Latin spellings.
      return 0;
    }
    if (qReadAsGh(a, sa, b) || qReadAsGh(b, sb, a)) {
      // A Latin q read as gh (NameNormalizer#qAsGh) only against another Latin part: Qasem and
      // Ghasem, not Qasem and جاسم (Jasem, read g as Egyptian spellings write it).
      return 0;
    }
    if (shUnwritten(a, sa, b) || shUnwritten(b, sb, a)) {
      // An Arabic-script part's joined key reads س or ص before ه as ش (سهيل, shyl, as sl): a Latin
      // spelling meets that skeleton only when it writes sh, else Saleh and Salwa (sl) were
      // Suhail; the part's letter-by-letter skeleton (shl) meets the others.
      return 0;
    }
    if (sa.equals(sb) && bothVowelled && !compatibleFirstVowels(a.latin(), b.latin())) {
      // The same consonants with other vowels are another name: Hassan and Hussein, Mahmoud and
      // Mohamed; Jaro-Winkler of the spellings says how alike they still are.
      return 0;
    }
    if (sa.equals(sb) && !sameInitialKind(a, b)) {
      // A name that begins with a vowel is not one that begins with a consonant: Ansar is not
      // Nasser, احمد is not Hamad (Jaro-Winkler of the spellings still says how alike they are).
      return 0;
    }
    if (sa.equals(sb) && isJoinedKunya(a) != isJoinedKunya(b) && !kunyaNameAlike(a, b)) {
      // A kunya written joined is abu and a name: its consonants are those of one name only when
      // they are its name's (abuhurayrah, bhr, is not بهار Bahar; abubakar is bakr's, bkr, written
      // apart); Jaro-Winkler of the keys still counts.
      return 0;
    }
    if (sa.equals(sb) && (allahUnmatched(a, b) || allahUnmatched(b, a))) {
      // A skeleton leaves out a final h and writes a doubled letter once, so a compound with الله
      // keeps only the l of its first name: عبدالله (bdl) is not Abdali, فضلالله not Fazli
      // (Jaro-Winkler of the keys still counts).
      return 0;
    }
    if (sa.equals(sb)
        && bothArabic(a, b)
        && (!sameArabicConsonants(a.text(), b.text())
            || !sameMedialLongVowels(a.text(), b.text()))) {
      // In Arabic script the letters are known: يوسف is not سيف, صداح is not سعيد, though
      // their Latin skeletons are equal (Jaro-Winkler of the keys still counts).
      return 0;
    }
    if (sa.equals(sb) && !bothVowelled && !longVowelsWritten(a, b)) {
      // Across scripts the same: Mahmoud is not محمد, Hussein is not حسن; and in Arabic script
      // محمود is not محمد.
      return 0;
    }
    if (sa.equals(sb)) {
      if (sa.length() == 1
          && (!bothVowelled || (a.skeleton().length() == 1 && b.skeleton().length() == 1))
          && comparableLength(a, b)) {
        // One consonant in common ("علي" and "Ali", but also "Leo") is weaker evidence; between
        // two spellings with their vowels only when both are of one consonant, not through a
        // reading that drops letters (the article assimilated to a sun letter: al rawi joined,
        // read arrawi, is not Air).
        return SAME_ONE_LETTER_SKELETON;
      }
      if (sa.length() > 1) {
        return bothVowelled ? SAME_SKELETON_LATIN : SAME_SKELETON_CROSS_SCRIPT;
      }
      return 0;
    }
    if (sa.length() > 1 && sb.length() > 1) {
      // One consonant says too little for a partial match: "q" would resemble "aqi".
      return JaroWinkler.similarity(sa, sb) * SKELETON_FACTOR;
    }
    return 0;
  }
}
