package org.mizan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;

/**
 * The benchmark's fixed, seeded query set over one list: the same list, count and seed give the
 * same names in the same order.
 *
 * <ul>
 *   <li>40 %: a Latin-script name of a listed entry (primary name or alias), as listed or with one
 *       change: one vowel for another, a letter doubled, the first part moved to the end, or (of
 *       three parts or more) one part dropped;
 *   <li>20 %: the Arabic-script name of a listed entry, as listed or with one part dropped (a clean
 *       Arabic-script name when the list has none);
 *   <li>40 %: clean names, yente's synthetic people on no list (Latin and other scripts, Arabic
 *       among them), in file order.
 * </ul>
 *
 * Queries are names only ({@link Subject#ofName}); ids are {@code q1}, {@code q2}, ...
 */
final class BenchQueries {
  private BenchQueries() {}

  /**
   * The query set.
   *
   * @param count the number of queries, at least 1
   */
  static List<Subject> of(Watchlist list, Vocabulary vocabulary, int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one query: " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> latin = new ArrayList<>();
    List<String> arabic = new ArrayList<>();
    for (ListEntry e : list.entries()) {
      for (EntryName n : e.names()) {
        if (NameNormalizer.isArabicScript(n.value())) {
          arabic.add(n.value());
        } else if (n.type() != NameType.ORIGINAL_SCRIPT) {
          latin.add(n.value());
        }
      }
    }
    List<String> cleanArabic =
        vocabulary.clean().stream().filter(NameNormalizer::isArabicScript).toList();
    List<Subject> queries = new ArrayList<>(count);
    int clean = 0;
    for (int i = 1; i <= count; i++) {
      int kind = random.nextInt(100);
      String name;
      if (kind < 40 && !latin.isEmpty()) {
        name = latinVariant(SyntheticList.pick(latin, random), random);
      } else if (kind < 60) {
        name =
            arabic.isEmpty()
                ? SyntheticList.pick(cleanArabic, random)
                : arabicVariant(SyntheticList.pick(arabic, random), random);
      } else {
        name = vocabulary.clean().get(clean++ % vocabulary.clean().size());
      }
      queries.add(Subject.ofName(String.format(Locale.ROOT, "q%d", i), name));
    }
    return List.copyOf(queries);
  }

  private static String latinVariant(String name, SplittableRandom random) {
    List<String> words = Vocabulary.words(name);
    if (words.isEmpty()) {
      return name;
    }
    int i = random.nextInt(words.size());
    switch (random.nextInt(5)) {
      case 0 -> {
        return name;
      }
      case 1 -> words.set(i, Spellings.changeVowel(words.get(i), random));
      case 2 -> words.set(i, Spellings.doubleLetter(words.get(i), random));
      case 3 -> words.add(words.remove(0));
      default -> {
        if (words.size() >= 3) {
          words.remove(i);
        }
      }
    }
    return String.join(" ", words);
  }

  private static String arabicVariant(String name, SplittableRandom random) {
    List<String> words = Vocabulary.words(name);
    if (words.size() >= 3 && random.nextBoolean()) {
      words.remove(random.nextInt(words.size()));
      return String.join(" ", words);
    }
    return name;
  }
}
