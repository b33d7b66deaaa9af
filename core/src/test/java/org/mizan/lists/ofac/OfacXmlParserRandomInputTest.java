package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.lists.ofac.OfacXmlParserTest.EXCERPT;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.Damage;
import org.mizan.lists.ListFormatException;
import org.mizan.model.Watchlist;

/**
 * Random damage to the real XML excerpt (seeded, so every failure can be replayed): the parser must
 * either return a whole list or throw {@link ListFormatException}, never anything else.
 */
class OfacXmlParserRandomInputTest {
  private static final byte[] BYTES = EXCERPT.bytes();

  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    long seed = 0x73646e78L + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    byte[] damaged = Damage.apply(BYTES, random.nextInt(Damage.KINDS), random);
    try {
      Watchlist list = EXCERPT.parse(damaged);
      assertThat(list.entries()).isNotEmpty();
    } catch (ListFormatException e) {
      assertThat(e.location()).isEqualTo(EXCERPT.name());
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e, e);
    }
  }
}
