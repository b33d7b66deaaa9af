package org.mizan.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.lists.SharedData;

/**
 * The general Arabic–Latin name pairs of the shared data folder ({@code names/}), for the tests
 * that check a rule or table against them; skips the calling test where the folder is absent.
 */
public final class GeneralNameData {
  /** One name in Arabic script and a Latin spelling of it (lower case). */
  public record Pair(String arabic, String latin) {}

  /** One pair of Wikidata's labels and how many times it was seen. */
  public record CountedPair(String arabic, String latin, int count) {}

  private static List<Pair> google;
  private static List<Pair> wikidata;

  private GeneralNameData() {}

  /** Google's ar2en transliteration pairs: train, eval and test files. */
  public static synchronized List<Pair> googleAr2en() {
    if (google == null) {
      Path folder = SharedData.find("shared/data/names/google-ar2en");
      List<Pair> pairs = new ArrayList<>();
      for (String file : List.of("ar2en-train.txt", "ar2en-eval.txt", "ar2en-test.txt")) {
        for (String line : lines(folder.resolve(file))) {
          String[] f = line.split("\t");
          if (f.length >= 2) {
            pairs.add(new Pair(f[0], f[1].toLowerCase(Locale.ROOT)));
          }
        }
      }
      google = List.copyOf(pairs);
    }
    return google;
  }

  /** Wikidata's Arabic and Latin name labels of COLING 2018 (the aligned tokens file). */
  public static synchronized List<Pair> wikidata() {
    if (wikidata == null) {
      wikidata = wikidataCounted().stream().map(p -> new Pair(p.arabic(), p.latin())).toList();
    }
    return wikidata;
  }

  /**
   * Wikidata's Arabic and Latin name labels of COLING 2018 with the number of times each pair was
   * seen (the aligned tokens file's third column).
   */
  public static List<CountedPair> wikidataCounted() {
    Path file =
        SharedData.find(
            "shared/data/names/wikidata-coling2018/wd_arabic.normalized.aligned.tokens");
    List<CountedPair> pairs = new ArrayList<>();
    for (String line : lines(file)) {
      String[] f = line.split("\t");
      if (f.length >= 3) {
        pairs.add(
            new CountedPair(
                f[1].replace(" ", ""),
                f[0].toLowerCase(Locale.ROOT),
                Integer.parseInt(f[2].trim())));
      }
    }
    return pairs;
  }

  /** The Arabic names database ({@code arabic-name-to-en/fullnamedb.tsv}), header skipped. */
  public static List<Pair> arabicNames() {
    List<Pair> pairs = new ArrayList<>();
    List<String> all = lines(SharedData.find("shared/data/names/arabic-name-to-en/fullnamedb.tsv"));
    for (String line : all.subList(1, all.size())) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        pairs.add(new Pair(f[0], f[1].toLowerCase(Locale.ROOT)));
      }
    }
    return pairs;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
