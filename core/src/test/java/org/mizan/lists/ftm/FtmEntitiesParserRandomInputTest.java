package org.mizan.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.RandomDamage;
import org.mizan.model.Watchlist;

/**
 * Random damage to the fixtures (seeded, so every failure can be replayed): the parser must either
 * return a whole list or throw {@link ListFormatException}, never anything else.
 */
class FtmEntitiesParserRandomInputTest {
  private static final byte[] PUNCTUATION = {
    '"', ',', ':', '{', '}', '[', ']', '\n', '\\', ' ', 'x', '0', 'n'
  };

  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    long seed = 0x66746dL + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    String fixture = random.nextBoolean() ? Fixtures.UN : Fixtures.FICTIONAL;
    byte[] bytes = RandomDamage.of(Fixtures.bytes(fixture), PUNCTUATION, random);
    try {
      Watchlist list = Fixtures.parse(bytes, fixture);
      assertThat(list.entries()).isNotEmpty();
    } catch (ListFormatException e) {
      assertThat(e.location()).isEqualTo(fixture);
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e, e);
    }
  }
}
