package org.mizan.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.mizan.model.Watchlist;

/**
 * Random damage to the bytes of a list file, for the random-input tests of every list parser:
 * truncation, a random byte, XML and CSV punctuation sprinkled about, a cut-out span, a repeated
 * span. Seeded by the caller, so every failure can be replayed.
 */
public final class Damage {
  /** How many kinds of damage {@link #apply} chooses from. */
  public static final int KINDS = 5;

  private Damage() {}

  /**
   * A damaged copy of {@code original}.
   *
   * @param kind which damage, 0 to {@link #KINDS} - 1
   */
  public static byte[] apply(byte[] original, int kind, Random random) {
    byte[] bytes = original.clone();
    int at = random.nextInt(bytes.length);
    switch (kind) {
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
        throw new IllegalArgumentException("no damage of kind " + kind);
    }
  }

  /**
   * Parses a copy of {@code fixture} damaged at random from {@code seed}, and asserts that the
   * parser returns a whole list or throws a {@link ListFormatException} naming the file, never
   * anything else.
   */
  public static void assertListOrFormatError(Fixture fixture, long seed) {
    Random random = new Random(seed);
    byte[] damaged = apply(fixture.bytes(), random.nextInt(KINDS), random);
    try {
      Watchlist list = fixture.parse(damaged);
      assertThat(list.entries()).isNotEmpty();
    } catch (ListFormatException e) {
      assertThat(e.location()).isEqualTo(fixture.name());
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e, e);
    }
  }
}
