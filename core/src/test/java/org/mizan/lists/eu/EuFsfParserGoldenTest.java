package org.mizan.lists.eu;

import static org.mizan.lists.eu.EuFsfParserTest.FIXTURE;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.lists.WatchlistJson;

/**
 * Golden-file test: the hand-written FSF fixture (see the README beside it), parsed and rendered by
 * {@link WatchlistJson}, must equal {@code
 * src/test/resources/lists/eu/fsf-taqa-fixture.expected.json}. Regenerate after a deliberate change
 * and review the diff:
 *
 * <pre>./mvnw -B -q -pl core verify -Dtest=EuFsfParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/eu/</pre>
 */
class EuFsfParserGoldenTest {
  private static final Path EXPECTED =
      Path.of("src/test/resources/lists/eu/fsf-taqa-fixture.expected.json");

  @Test
  void fixtureMatchesTheGoldenFile() throws IOException {
    WatchlistJson.assertMatchesGolden(FIXTURE.parse(), EXPECTED);
  }
}
