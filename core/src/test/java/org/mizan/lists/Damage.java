package org.mizan.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.mizan.model.Watchlist;

/**
 * Random damage to the bytes of a list file, for the random-input tests of every list parser:
 * truncation, a random byte, characters that matter to the format sprinkled about, a cut-out span,
 * a repeated span. Seeded by the caller, so every failure can be replayed.
 */
public final class Damage {
  /** How many kinds of damage {@link #apply} chooses from. */
  public static final int KINDS = 5;

  /** The characters that matter to XML and to CSV, the default punctuation to sprinkle. */
  public static final byte[] MARKUP = "<>&/;\"' x".getBytes(StandardCharsets.US_ASCII);

  private Damage() {}

  /**
   * A damaged copy of {@code original}, sprinkled with {@link #MARKUP} for kind 2.
   *
   * @param kind which damage, 0 to {@link #KINDS} - 1
   */
  public static byte[] apply(byte[] original, int kind, Random random) {
    return apply(original, kind, MARKUP, random);
  }

  /**
   * A damaged copy of {@code original}.
   *
   * @param original at least one byte; not changed
   * @param kind which damage, 0 to {@link #KINDS} - 1: cut the file short, replace a byte by any
   *     byte, replace 8 bytes by characters of {@code punctuation}, cut out a span of up to 400
   *     bytes, repeat a span of up to 2000 bytes elsewhere
   * @param punctuation the characters that matter to the format (quotes, separators, ...)
   * @param random the seeded source, so that a failure can be replayed
   */
  public static byte[] apply(byte[] original, int kind, byte[] punctuation, Random random) {
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
          bytes[random.nextInt(bytes.length)] = punctuation[random.nextInt(punctuation.length)];
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
   * Parses a copy of {@code fixture} damaged at random from {@code seed}, sprinkled with {@link
   * #MARKUP}, and asserts that the parser returns a whole list or throws a {@link
   * ListFormatException} naming the file, never anything else.
   */
  public static void assertListOrFormatError(Fixture fixture, long seed) {
    assertListOrFormatError(fixture, seed, MARKUP);
  }

  /**
   * As {@link #assertListOrFormatError(Fixture, long)}, sprinkling {@code punctuation}, the
   * characters that matter to the fixture's format.
   */
  public static void assertListOrFormatError(Fixture fixture, long seed, byte[] punctuation) {
    Random random = new Random(seed);
    byte[] damaged = apply(fixture.bytes(), random.nextInt(KINDS), punctuation, random);
    assertListOrFormatError(seed, () -> fixture.parse(damaged), fixture.name());
  }

  /**
   * Runs {@code parse} on damaged input and asserts that it returns a whole list or throws a {@link
   * ListFormatException} citing one of {@code locations}, never anything else.
   *
   * @param seed the seed of the damage, named when anything else is thrown
   */
  public static void assertListOrFormatError(
      long seed, Supplier<Watchlist> parse, String... locations) {
    try {
      Watchlist list = parse.get();
      assertThat(list.entries()).isNotEmpty();
    } catch (ListFormatException e) {
      assertThat(e.location()).isIn((Object[]) locations);
      assertThat(e.problem()).isNotBlank();
    } catch (RuntimeException e) {
      throw new AssertionError("seed " + seed + ": " + e, e);
    }
  }
}
