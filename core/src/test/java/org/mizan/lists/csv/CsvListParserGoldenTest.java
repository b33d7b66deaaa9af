package org.mizan.lists.csv;

import static org.mizan.lists.csv.CsvListParserTest.SAMPLE;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.WatchlistJson;

/**
 * Golden-file test: the committed list CSV, parsed and rendered by {@link WatchlistJson}, must
 * equal {@code src/test/resources/lists/csv/internal-watchlist.expected.json}.
 *
 * <p>After a deliberate change of the parser's output, regenerate the expected file and review it
 * as a diff before committing:
 *
 * <pre>./mvnw -B -q -pl core verify -Dtest=CsvListParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/csv/</pre>
 */
class CsvListParserGoldenTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/lists/csv/internal-watchlist.expected.json");

  @Test
  void sampleMatchesTheGoldenFile() throws IOException {
    WatchlistJson.assertMatchesGolden(SAMPLE.parse(), EXPECTED);
  }
}
