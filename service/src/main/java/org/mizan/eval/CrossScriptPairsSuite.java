package org.mizan.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The cross-script-pairs smoke test: the Arabic and Cyrillic rows of moov-io/watchman's hand-made
 * pairs, each query searched in a list made of the expected Latin names of those rows (one person
 * entry per row, id {@code pair-LINE}). The file's minimum scores are embedding cosines and are not
 * used. Too small to split: every row runs in every split.
 */
final class CrossScriptPairsSuite {
  /** The source id of the list made of the expected names. */
  static final String SOURCE = "eval-cross-script-pairs";

  private CrossScriptPairsSuite() {}

  /**
   * The query set of {@code pairs}.
   *
   * @param location the file the pairs were read from, for messages
   * @throws EvalDataException when no pair has an Arabic or Cyrillic query (an empty file, a header
   *     alone): there would be nothing to measure
   */
  static List<QuerySet> of(List<EvalCsv.Pair> pairs, String sha256, String location) {
    List<ListEntry> entries = new ArrayList<>();
    List<LabelledQuery> queries = new ArrayList<>();
    long arabic = 0;
    long cyrillic = 0;
    for (EvalCsv.Pair p : pairs) {
      boolean isArabic = NameText.hasArabic(p.query());
      boolean isCyrillic = NameText.hasScript(p.query(), Character.UnicodeScript.CYRILLIC);
      if (!isArabic && !isCyrillic) {
        continue;
      }
      arabic += isArabic ? 1 : 0;
      cyrillic += isCyrillic ? 1 : 0;
      String id = "pair-" + p.number();
      entries.add(
          ListEntry.named(
              id, EntryKind.PERSON, List.of(EntryName.of(p.expected(), NameType.PRIMARY))));
      queries.add(LabelledQuery.positive(Subject.ofName(id, p.query()), Set.of(id)));
    }
    if (queries.isEmpty()) {
      throw new EvalDataException(
          location
              + ": no row whose query is in Arabic or Cyrillic script ("
              + pairs.size()
              + " rows read)");
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("pairs in the file", (long) pairs.size());
    counts.put("Arabic rows", arabic);
    counts.put("Cyrillic rows", cyrillic);
    Watchlist list = new Watchlist(new ListVersion(SOURCE, "", sha256), entries);
    return List.of(
        new QuerySet(
            Suite.CROSS_SCRIPT_PAIRS,
            "cross-script-pairs/name-only",
            "moov-io/watchman's hand-made Arabic and Cyrillic pairs (cross_script_pairs.csv), each"
                + " query against a list of the expected Latin names of those rows.",
            true,
            Evidence.NAME_ONLY,
            list,
            queries,
            counts));
  }
}
