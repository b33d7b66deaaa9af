package org.mizan.lists.uk;

import static org.mizan.lists.uk.UkSanctionsListParserTest.SAMPLE;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.WatchlistJson;

/**
 * Golden-file test: the committed UK sample, parsed and rendered by {@link WatchlistJson}, must
 * equal {@code src/test/resources/lists/uk/uk-sanctions-list-sample.expected.json}.
 *
 * <p>After a deliberate change of the parser's output, regenerate the expected file and review it
 * as a diff before committing:
 *
 * <pre>
 * ./mvnw -B -q -pl core verify -Dtest=UkSanctionsListParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/uk/</pre>
 */
class UkSanctionsListParserGoldenTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/lists/uk/uk-sanctions-list-sample.expected.json");

  @Test
  void sampleMatchesTheGoldenFile() throws IOException {
    WatchlistJson.assertMatchesGolden(SAMPLE.parse(), EXPECTED);
  }
}
