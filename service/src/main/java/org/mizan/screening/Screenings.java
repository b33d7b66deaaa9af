package org.mizan.screening;

import java.util.List;
import java.util.Optional;
import org.mizan.audit.AuditDraft;

/**
 * Stored screenings and their alerts (port; the store implements it).
 *
 * <p>A screening is acknowledged only once stored: {@link #store} returns after the transaction
 * holding the screenings, their alerts and their audit events has committed. Thread-safe.
 */
public interface Screenings {
  /**
   * A screening to store with its audit event.
   *
   * @param record the screening
   * @param audit its audit event
   */
  record Pending(ScreeningRecord record, AuditDraft audit) {}

  /**
   * Where a stored screening sits in the audit chain.
   *
   * @param screeningId the screening
   * @param auditSeq the seq of its audit event
   * @param auditHash the hash of its audit event
   */
  record Stored(String screeningId, long auditSeq, String auditHash) {}

  /**
   * Stores screenings, their alerts and audit events in one transaction, then returns.
   *
   * @return where each sits in the audit chain, in the order given
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached or the
   *     transaction failed: none of them is stored
   */
  List<Stored> store(List<Pending> pending);

  /** The stored screening {@code id} with its audit position, if any. */
  Optional<Found> find(String id);

  /**
   * Checks every screening audit event against its stored screening: there, and matching the record
   * hash the event carries.
   *
   * @return how many were checked, and the first one changed after it was recorded, if any
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  RecordCheck verifyRecords();

  /**
   * The outcome of {@link #verifyRecords()}.
   *
   * @param intact screenings checked and found to match their audit events (before the first
   *     changed one, or all)
   * @param changed the first screening, in audit order, that is gone or whose content no longer
   *     matches the hash its audit event carries; empty when none
   * @param problem what is wrong with it ({@code changed after it was recorded}, {@code removed});
   *     empty when none
   */
  record RecordCheck(long intact, Optional<Stored> changed, String problem) {
    /** All intact. */
    public RecordCheck(long intact) {
      this(intact, Optional.empty(), "");
    }
  }

  /**
   * A stored screening and where it sits in the audit chain.
   *
   * @param record the screening
   * @param stored its audit position
   */
  record Found(ScreeningRecord record, Stored stored) {}
}
