package org.mizan.lists.ofac;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.Damage;
import org.mizan.lists.ListFormatException;

/**
 * Random damage to the real XML excerpt (seeded, so every failure can be replayed): the parser must
 * either return a whole list or throw {@link ListFormatException}, never anything else.
 */
class OfacXmlParserRandomInputTest {
  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    Damage.assertListOrFormatError(
        OfacXmlParserTest.EXCERPT, 0x73646e78L + repetition.getCurrentRepetition());
  }
}
