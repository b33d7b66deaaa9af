package org.mizan.lists.ofac;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.WatchlistJson;

/**
 * Golden-file test: the committed excerpt of the real OFAC SDN legacy CSV (sdn.csv, alt.csv,
 * add.csv of April 2021), parsed and rendered by {@link WatchlistJson}, must equal {@code
 * src/test/resources/lists/ofac/sdn-2021-04-excerpt.expected.json}. Regenerate after a deliberate
 * change and review the diff:
 *
 * <pre>./mvnw -B -q -pl core verify -Dtest=OfacSdnCsvParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/ofac/</pre>
 */
class OfacSdnCsvParserGoldenTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/lists/ofac/sdn-2021-04-excerpt.expected.json");

  @Test
  void excerptMatchesTheGoldenFile() throws IOException {
    WatchlistJson.assertMatchesGolden(OfacSdnCsvParserTest.parseAll(), EXPECTED);
  }
}
