package org.mizan.audit;

import java.util.List;

/**
 * The append-only audit trail (port; the store implements it).
 *
 * <p>Implementations are thread-safe, give events consecutive {@code seq} numbers without gaps even
 * with several writers, and never update or delete an event.
 */
public interface AuditLog {
  /**
   * Appends events in one transaction, in the order given.
   *
   * @return the events as stored, with their place in the chain
   * @throws StoreUnavailableException when the store cannot be reached; nothing was appended
   */
  List<AuditEvent> append(List<AuditDraft> drafts);

  /**
   * Events from {@code fromSeq} on, in {@code seq} order.
   *
   * @param fromSeq first seq, ≥ 1
   * @param limit at most this many, 1–10,000
   * @throws StoreUnavailableException when the store cannot be reached
   */
  List<AuditEvent> read(long fromSeq, int limit);

  /**
   * Checks the whole chain from its first event.
   *
   * @return the outcome: the number of events intact and the first broken link, if any
   * @throws StoreUnavailableException when the store cannot be reached
   */
  ChainCheck verify();

  /**
   * Whether the store still refuses to change or remove audit events (its append-only guard is in
   * place and enabled). A guard removed is evidence that someone with the database owner's rights
   * stepped around Mizan, even when the chain still checks.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  boolean guarded();

  /**
   * The chain's head: the seq and hash of its last event. Kept outside the store (printed by {@code
   * mizan audit verify}, sent to a log of another owner), it anchors the chain: a tail removed by
   * someone who also moved the head back is then found by comparing heads.
   *
   * @throws StoreUnavailableException when the store cannot be reached
   */
  Head head();

  /**
   * The head of the chain.
   *
   * @param seq the last event's seq, 0 before the first
   * @param hash its hash, {@link AuditChain#GENESIS} before the first
   */
  record Head(long seq, String hash) {}

  /**
   * The outcome of checking the chain.
   *
   * @param intact events checked and found intact before the first broken link (or in all)
   * @param broken the first broken link; empty when the chain is intact
   */
  record ChainCheck(long intact, java.util.Optional<AuditChain.BrokenLink> broken) {}
}
