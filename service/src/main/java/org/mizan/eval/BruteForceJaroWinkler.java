package org.mizan.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * Brute-force Jaro-Winkler over every name of every entry of one list, as moov-io/watchman and US
 * CBP's GTAS screen: the query and every list name folded the simple way (Unicode NFD, combining
 * marks removed, lower case, every run of characters that are not letters or digits made one
 * space); an entry's score is the best Jaro-Winkler similarity (Apache Commons Text, Winkler 1990)
 * of the folded query against any of its folded names, rounded to four decimals. Names only.
 *
 * <p>The baseline of {@code mizan eval} and {@code mizan bench}. Immutable and thread-safe once
 * built.
 */
public final class BruteForceJaroWinkler {
  /** GTAS's Jaro-Winkler threshold for a watchlist hit. */
  public static final double THRESHOLD = 0.95;

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  private final List<ListEntry> entries;
  private final List<String[]> folded;

  /** Folds every name of {@code list} once. */
  public BruteForceJaroWinkler(Watchlist list) {
    this.entries = list.entries();
    List<String[]> names = new ArrayList<>(entries.size());
    entries.forEach(e -> names.add(folded(e)));
    this.folded = List.copyOf(names);
  }

  /** The list's entries, in list order (the indexes of {@link #score}). */
  public List<ListEntry> entries() {
    return entries;
  }

  /**
   * Every entry of one of {@code kinds} scoring at least {@code floor} for {@code name}, in list
   * order.
   *
   * @param floor in [0, 1]
   * @return the indexes of those entries in {@link #entries()} with their scores
   */
  public List<Scored> search(String name, Set<EntryKind> kinds, double floor) {
    String query = fold(name);
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!kinds.contains(entries.get(i).kind())) {
        continue;
      }
      double score = score(query, folded.get(i));
      if (score >= floor) {
        out.add(new Scored(i, score));
      }
    }
    return out;
  }

  /**
   * An entry's score.
   *
   * @param index the entry's index in {@link #entries()}
   * @param score in [0, 1], rounded to four decimals
   */
  public record Scored(int index, double score) {}

  /** The score of {@code foldedQuery} against the folded names of one entry. */
  static double score(String foldedQuery, String[] foldedNames) {
    double best = 0;
    for (String name : foldedNames) {
      best = Math.max(best, JW.apply(foldedQuery, name));
    }
    return Math.round(best * 10_000) / 10_000.0;
  }

  /** The simple folding of {@code text} (see the class description). */
  static String fold(String text) {
    return NameText.fold(text);
  }

  /** The folded names of {@code entry}. */
  static String[] folded(ListEntry entry) {
    return entry.names().stream().map(EntryName::value).map(NameText::fold).toArray(String[]::new);
  }
}
