package org.mizan.eval;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The development / test split of the evaluation data, by entity.
 *
 * <p>A key (the UN reference number, the OFAC {@code ent_num}, the text of a clean name) is in the
 * <em>dev</em> split when {@code int(sha1(key), 16) % 5 == 0}, the SHA-1 taken over the key's UTF-8
 * bytes: the rule that made {@code shared/data/eval/un-cross-script-dev.tsv}. Every other key is in
 * the <em>test</em> split, which is only ever measured, never tuned on.
 */
public enum Split {
  DEV("dev"),
  TEST("test"),
  ALL("all");

  private final String id;

  Split(String id) {
    this.id = id;
  }

  /** {@code dev}, {@code test} or {@code all}. */
  public String id() {
    return id;
  }

  /** The split named {@code id}, or empty when there is none of that name. */
  public static Optional<Split> parse(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** Whether the entity with this key belongs to this split. */
  public boolean includes(String key) {
    return switch (this) {
      case DEV -> isDev(key);
      case TEST -> !isDev(key);
      case ALL -> true;
    };
  }

  /** Whether {@code int(sha1(key), 16) % 5 == 0}. */
  static boolean isDev(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).mod(BigInteger.valueOf(5)).signum() == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
