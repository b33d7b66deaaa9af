package org.mizan.lists.ofac;

import static org.mizan.lists.ofac.OfacXmlParserTest.EXCERPT;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.WatchlistJson;

/**
 * Golden-file test: the committed excerpt of the real OFAC Consolidated list XML, parsed and
 * rendered by {@link WatchlistJson}, must equal {@code
 * src/test/resources/lists/ofac/consolidated-2026-01-08-excerpt.expected.json}. Regenerate after a
 * deliberate change and review the diff:
 *
 * <pre>./mvnw -B -q -pl core verify -Dtest=OfacXmlParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/ofac/</pre>
 */
class OfacXmlParserGoldenTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/lists/ofac/consolidated-2026-01-08-excerpt.expected.json");

  @Test
  void excerptMatchesTheGoldenFile() throws IOException {
    WatchlistJson.assertMatchesGolden(EXCERPT.parse(), EXPECTED);
  }
}
