package org.mizan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords and API keys: generation, slow hashing with Argon2id (RFC 9106, via Bouncy Castle) and
 * verification.
 *
 * <p>Hashes are stored in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}
 * (salt and hash in unpadded standard Base64), with the parameters OWASP recommends as a minimum
 * (19 MiB, 2 passes, 1 lane): about 50 ms per hash on one core, which makes guessing slow and is
 * why {@link Authenticator} remembers verified tokens.
 *
 * <p>A token (API key or session) reads {@code mzn_ID_SECRET}: {@code ID} (12 hex digits) finds the
 * stored record, {@code SECRET} (32 random bytes, unpadded Base64url) is what the hash protects.
 * Thread-safe.
 */
public final class Credentials {
  /** The prefix of every token Mizan issues; lets secret scanners recognise a leaked key. */
  public static final String TOKEN_PREFIX = "mzn_";

  private static final Pattern TOKEN = Pattern.compile("mzn_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int MEMORY_KIB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final SecureRandom random = new SecureRandom();

  /**
   * A token split into its parts.
   *
   * @param id the 12-hex-digit id that finds the stored record
   * @param secret the secret part
   */
  public record Token(String id, String secret) {
    /** The token as given to its holder. */
    public String text() {
      return TOKEN_PREFIX + id + "_" + secret;
    }
  }

  /** A new random token. */
  public Token newToken() {
    byte[] id = new byte[6];
    byte[] secret = new byte[32];
    random.nextBytes(id);
    random.nextBytes(secret);
    return new Token(
        HexFormat.of().formatHex(id),
        Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The token in {@code text}, if it has the token's form. */
  public static Optional<Token> parseToken(String text) {
    Matcher m = TOKEN.matcher(text);
    return m.matches() ? Optional.of(new Token(m.group(1), m.group(2))) : Optional.empty();
  }

  /** The Argon2id hash of {@code secret} with a new random salt, in PHC string format. */
  public String hash(String secret) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = argon2(secret, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * Whether {@code secret} is the one {@code phc} was made from; compares in constant time.
   *
   * @param phc a hash made by {@link #hash}; any other text verifies nothing
   */
  public static boolean verify(String secret, String phc) {
    Matcher m = PHC.matcher(phc);
    if (!m.matches()) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(m.group(5));
    byte[] actual =
        argon2(
            secret,
            b64.decode(m.group(4)),
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] argon2(
      String secret, byte[] salt, int memoryKib, int iterations, int parallelism) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[HASH_BYTES];
    generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
