package org.mizan.lists.ftm;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.lists.un.WatchlistJson;

/**
 * Golden-file test: each committed FtM fixture, parsed and rendered by {@link WatchlistJson}, must
 * equal its {@code .expected.json} beside it in {@code src/test/resources/lists/ftm/}.
 *
 * <p>After a deliberate change of the parser's output, regenerate and review as a diff:
 *
 * <pre>./mvnw -B -q -pl core verify -Dtest=FtmEntitiesParserGoldenTest -Dmizan.golden.update=true
 * git diff core/src/test/resources/lists/ftm/</pre>
 */
class FtmEntitiesParserGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {Fixtures.UN, Fixtures.FICTIONAL})
  void fixtureMatchesItsGoldenFile(String fixture) throws IOException {
    Path expected =
        Path.of("src/test/resources/lists/ftm", fixture.replace(".ftm.json", ".expected.json"));
    WatchlistJson.assertMatchesGolden(Fixtures.parse(fixture), expected);
  }
}
