package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The feature table in {@code docs/matching.md} says what the code does. */
class FeatureTableTest {
  @Test
  void docsTableListsEveryFeatureWithItsWeightAndDescription() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "matching.md"), StandardCharsets.UTF_8);
    for (Feature f : Feature.values()) {
      String row =
          String.format(Locale.ROOT, "| `%s` | %.2f | %s |", f.id(), f.weight(), f.description());
      assertThat(doc).as("docs/matching.md row for " + f.id()).contains(row);
    }
    long rows = doc.lines().filter(l -> l.startsWith("| `")).count();
    assertThat(rows).isEqualTo(Feature.values().length);
  }
}
