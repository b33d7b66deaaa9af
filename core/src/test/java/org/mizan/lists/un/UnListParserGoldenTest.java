package org.mizan.lists.un;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.WatchlistJson;

/**
 * Golden-file test: the committed excerpt of the real UN list, parsed and rendered by {@link
 * WatchlistJson}, must equal {@code src/test/resources/lists/un/excerpt-2026-02-27.expected.json}.
 *
 * <p>After a deliberate change of the parser's output, regenerate the expected file and review it
 * as a diff before committing:
 *
 * <pre>./mvnw -B -q -pl core verify -Dtest=UnListParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/un/</pre>
 *
 * With {@code -Dmizan.golden.update=true} the test writes the file (relative to the module
 * directory, where Surefire runs) and passes; see {@link WatchlistJson#assertMatchesGolden}.
 */
class UnListParserGoldenTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/lists/un/excerpt-2026-02-27.expected.json");

  @Test
  void excerptMatchesTheGoldenFile() throws IOException {
    WatchlistJson.assertMatchesGolden(Excerpt.FIXTURE.parse(), EXPECTED);
  }
}
