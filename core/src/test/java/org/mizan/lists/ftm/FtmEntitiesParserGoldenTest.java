package org.mizan.lists.ftm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.lists.Fixture;
import org.mizan.lists.WatchlistJson;

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
  static Stream<Fixture> fixtures() {
    return Stream.of(FtmEntitiesParserTest.UN_ENTITIES, FtmEntitiesParserTest.FICTIONAL_ENTITIES);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixtureMatchesItsGoldenFile(Fixture fixture) throws IOException {
    Path expected =
        Path.of(
            "src/test/resources/lists/ftm", fixture.name().replace(".ftm.json", ".expected.json"));
    WatchlistJson.assertMatchesGolden(fixture.parse(), expected);
  }
}
