package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.RandomDamage;
import org.mizan.model.Watchlist;

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
      files[i] = Excerpt.bytes(FILES[i]);
    }
    int which = random.nextInt(3);
    if (files[which].length > 0) {
      files[which] = RandomDamage.of(files[which], PUNCTUATION, random);
    }
    try {
      Watchlist list = Excerpt.parse(files[0], files[1], files[2]);
      assertThat(list.entries()).isNotEmpty();
    } catch (ListFormatException e) {
      assertThat(e.location()).isIn((Object[]) FILES);
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e, e);
    }
  }
}
