package org.mizan.lists;

import java.util.Arrays;
import java.util.Random;

/**
 * One random change to a file's bytes, for the parsers' random-input tests: cut the file short,
 * replace one byte by a character that matters to the format or by any byte, or drop one byte.
 */
public final class RandomDamage {
  private RandomDamage() {}

  /**
   * A damaged copy of {@code original}.
   *
   * @param original at least one byte; not changed
   * @param punctuation the characters that matter to the format (quotes, separators, ...)
   * @param random the seeded source, so that a failure can be replayed
   */
  public static byte[] of(byte[] original, byte[] punctuation, Random random) {
    byte[] bytes = original.clone();
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(4)) {
      case 0:
        return Arrays.copyOf(bytes, at);
      case 1:
        bytes[at] = punctuation[random.nextInt(punctuation.length)];
        return bytes;
      case 2:
        bytes[at] = (byte) random.nextInt(256);
        return bytes;
      default:
        byte[] out = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
        return out;
    }
  }
}
