package org.mizan.lists.ftm;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.Damage;
import org.mizan.lists.Fixture;
import org.mizan.lists.ListFormatException;

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
    Fixture fixture =
        random.nextBoolean()
            ? FtmEntitiesParserTest.UN_ENTITIES
            : FtmEntitiesParserTest.FICTIONAL_ENTITIES;
    byte[] bytes = Damage.apply(fixture.bytes(), random.nextInt(Damage.KINDS), PUNCTUATION, random);
    Damage.assertListOrFormatError(seed, () -> fixture.parse(bytes), fixture.name());
  }
}
