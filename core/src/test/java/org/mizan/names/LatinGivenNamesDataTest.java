package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mizan.lists.SharedData;

/**
 * {@code latin-given-names.txt} is what its header says, recomputed from the shared data folder's
 * Wikidata tokens (skipped where the folder is absent).
 */
class LatinGivenNamesDataTest {
  @Test
  void theTableIsRecomputedFromWikidataAndTheArabicGivenNames() throws IOException {
    Path tokens =
        SharedData.find(
            "shared/data/names/wikidata-coling2018/wd_arabic.normalized.aligned.tokens");
    Set<String> arabic =
        resourceLines("arabic-given-names.txt").stream()
            .map(LatinGivenNamesDataTest::fold)
            .collect(Collectors.toSet());
    Map<String, Integer> counts = new HashMap<>();
    for (String line : Files.readAllLines(tokens, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      String latin = f[0].toLowerCase(java.util.Locale.ROOT);
      if (f.length >= 3
          && latin.length() >= 3
          && latin.chars().allMatch(c -> c >= 'a' && c <= 'z')
          && arabic.contains(fold(f[1].replace(" ", "")))) {
        counts.merge(latin, Integer.parseInt(f[2].strip()), Integer::sum);
      }
    }
    Set<String> expected = new TreeSet<>();
    counts.forEach(
        (latin, n) -> {
          if (n >= 5) {
            expected.add(latin);
          }
        });
    List<String> table = resourceLines("latin-given-names.txt");
    assertThat(table).hasSize(749).isSorted();
    assertThat(new TreeSet<>(table)).isEqualTo(expected);
  }

  /** Alef and hamza forms, ی, ک, ى and ة folded, as the tables' headers say. */
  private static String fold(String arabic) {
    return arabic
        .replace('أ', 'ا')
        .replace('إ', 'ا')
        .replace('آ', 'ا')
        .replace('ٱ', 'ا')
        .replace('ی', 'ي')
        .replace('ک', 'ك')
        .replace('ى', 'ي')
        .replace('ة', 'ه');
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = NameNormalizer.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(String::strip)
          .toList();
    }
  }
}
