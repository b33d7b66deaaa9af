package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.ListFormatException;
import org.mizan.model.Watchlist;

/**
 * Random damage to the real excerpt (seeded, so every failure can be replayed): the parser must
 * either return a whole list or throw {@link ListFormatException}, never anything else.
 */
class UnListParserRandomInputTest {
  private static final byte[] EXCERPT = Excerpt.bytes();

  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    long seed = 0x6d697a616eL + repetition.getCurrentRepetition();
    byte[] damaged = damage(new Random(seed));
    try {
      Watchlist list = Excerpt.parse(damaged);
      assertThat(list.entries()).isNotEmpty();
    } catch (ListFormatException e) {
      assertThat(e.location()).isEqualTo(Excerpt.NAME);
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e, e);
    }
  }

  private static byte[] damage(Random random) {
    byte[] bytes = EXCERPT.clone();
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(6)) {
      case 0:
        return Arrays.copyOf(bytes, at);
      case 1:
        bytes[at] = (byte) random.nextInt(256);
        return bytes;
      case 2:
        for (int i = 0; i < 8; i++) {
          bytes[random.nextInt(bytes.length)] = (byte) "<>&/;\"' x".charAt(random.nextInt(9));
        }
        return bytes;
      case 3:
        int end = Math.min(bytes.length, at + random.nextInt(400));
        byte[] cut = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, cut, 0, at);
        System.arraycopy(bytes, end, cut, at, bytes.length - end);
        return cut;
      case 4:
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, random.nextInt(2000));
        byte[] grown = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, grown, 0, at);
        System.arraycopy(bytes, from, grown, at, length);
        System.arraycopy(bytes, at, grown, at + length, bytes.length - at);
        return grown;
      default:
        String text = Excerpt.text();
        String[] tags = {"REFERENCE_NUMBER", "FIRST_NAME", "DATE", "YEAR", "TO_YEAR", "LISTED_ON"};
        String tag = tags[random.nextInt(tags.length)];
        return text.replaceFirst("<" + tag + ">[^<]*<", "<" + tag + ">" + junk(random) + "<")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static String junk(Random random) {
    String[] values = {
      "", " ", "0000-00-00", "1999-02-29", "-1", "99999", "abc", "IQi.001", "2001-13"
    };
    return values[random.nextInt(values.length)];
  }
}
