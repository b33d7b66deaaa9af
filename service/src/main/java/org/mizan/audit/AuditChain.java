package org.mizan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of the audit trail: how an event's hash is computed and how a sequence of events
 * is checked.
 *
 * <p>Canonical form: the fields {@code seq, at, actor, action, target, reason, details,
 * previousHash}, each written as its length in UTF-16 code units, a colon and the value, joined by
 * line feeds; {@code at} as ISO-8601 UTC to the microsecond. Lengths make the form unambiguous
 * whatever the values contain. The hash is SHA-256 (FIPS 180-4) of the form's UTF-8 bytes, in
 * lower-case hex.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditChain {
  /** The previous hash of the first event: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * The event that follows {@code previous} (or starts the chain when it is empty).
   *
   * @param at truncated to microseconds, the precision every supported database keeps
   */
  public static AuditEvent next(Optional<AuditEvent> previous, Instant at, AuditDraft draft) {
    long seq = previous.map(p -> p.seq() + 1).orElse(1L);
    String previousHash = previous.map(AuditEvent::hash).orElse(GENESIS);
    return next(seq, previousHash, at, draft);
  }

  /** The event at {@code seq} after an event whose hash is {@code previousHash}. */
  public static AuditEvent next(long seq, String previousHash, Instant at, AuditDraft draft) {
    Instant micros = at.truncatedTo(ChronoUnit.MICROS);
    return new AuditEvent(seq, micros, draft, previousHash, hash(seq, micros, draft, previousHash));
  }

  /** SHA-256 hex of the canonical form of an event. */
  public static String hash(long seq, Instant at, AuditDraft draft, String previousHash) {
    StringBuilder b = new StringBuilder(256);
    field(b, Long.toString(seq));
    field(b, at.truncatedTo(ChronoUnit.MICROS).toString());
    field(b, draft.actor());
    field(b, draft.action());
    field(b, draft.target());
    field(b, draft.reason());
    field(b, draft.details());
    b.append(previousHash.length()).append(':').append(previousHash);
    return HexFormat.of().formatHex(sha256(b.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder b, String value) {
    b.append(value.length()).append(':').append(value).append('\n');
  }

  /**
   * Checks a run of events read in {@code seq} order from the start of the chain.
   *
   * @param events the events, from seq 1 on
   * @return the first broken link, or empty when every event is intact and in place
   */
  public static Optional<BrokenLink> verify(Iterable<AuditEvent> events) {
    Checker checker = new Checker();
    for (AuditEvent e : events) {
      Optional<BrokenLink> broken = checker.check(e);
      if (broken.isPresent()) {
        return broken;
      }
    }
    return Optional.empty();
  }

  /**
   * Checks events one at a time, in {@code seq} order from the start of the chain, so that a chain
   * of any length is checked without holding it.
   */
  public static final class Checker {
    private long expectedSeq = 1;
    private String previousHash = GENESIS;

    /** Checks the next event; empty when it is intact and follows the one before. */
    public Optional<BrokenLink> check(AuditEvent e) {
      if (e.seq() != expectedSeq) {
        return Optional.of(
            new BrokenLink(
                expectedSeq,
                e.seq() > expectedSeq
                    ? "event " + expectedSeq + " is missing (the next is " + e.seq() + ")"
                    : "event " + e.seq() + " is out of order"));
      }
      if (!e.previousHash().equals(previousHash)) {
        return Optional.of(
            new BrokenLink(
                e.seq(), "its previous-hash does not match the hash of event " + (e.seq() - 1)));
      }
      String computed = hash(e.seq(), e.at(), e.draft(), e.previousHash());
      if (!computed.equals(e.hash())) {
        return Optional.of(
            new BrokenLink(e.seq(), "its content does not match its hash (the row was changed)"));
      }
      expectedSeq++;
      previousHash = e.hash();
      return Optional.empty();
    }

    /** The hash of the last event found intact; {@link #GENESIS} before the first. */
    public String lastHash() {
      return previousHash;
    }

    /** The number of events checked and found intact. */
    public long intact() {
      return expectedSeq - 1;
    }
  }

  /**
   * Where the chain breaks.
   *
   * @param seq the first event that is changed, missing or out of place
   * @param problem what is wrong there
   */
  public record BrokenLink(long seq, String problem) {}
}
