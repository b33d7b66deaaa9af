package org.mizan.lists.eu;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.Damage;
import org.mizan.lists.ListFormatException;

/**
 * Random damage to the FSF fixture (seeded, so every failure can be replayed): the parser must
 * either return a whole list or throw {@link ListFormatException}, never anything else.
 */
class EuFsfParserRandomInputTest {
  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    Damage.assertListOrFormatError(
        EuFsfParserTest.FIXTURE, 0x6575L + repetition.getCurrentRepetition());
  }
}
