package org.mizan.lists.ofac;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.Damage;
import org.mizan.lists.ListFormatException;

/**
 * Random damage to the real excerpt (seeded, so every failure can be replayed): the parser must
 * either return a whole list or throw {@link ListFormatException}, never anything else.
 */
class OfacSdnCsvParserRandomInputTest {
  private static final String[] FILES = {"sdn.csv", "alt.csv", "add.csv"};
  private static final byte[] PUNCTUATION = {'"', ',', '\r', '\n', 0x1A, ' ', '-', '0', 'x', ';'};

  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    long seed = 0x6f666163L + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    byte[][] files = new byte[3][];
    for (int i = 0; i < 3; i++) {
      files[i] = OfacSdnCsvParserTest.bytes(FILES[i]);
    }
    int which = random.nextInt(3);
    files[which] = Damage.apply(files[which], random.nextInt(Damage.KINDS), PUNCTUATION, random);
    Damage.assertListOrFormatError(
        seed, () -> OfacSdnCsvParserTest.parse(files[0], files[1], files[2]), FILES);
  }
}
