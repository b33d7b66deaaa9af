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
   * @param intact stored screenings checked and found to match their audit events (before the first
   *     changed one, or all), masked and reduced ones included
   * @param deleted screenings whose audit event is there but whose row is gone, deleted by a
   *     retention run that covers them (a {@code retention} audit event of their category with a
   *     cut-off at or after the time they were screened)
   * @param changed the first screening, in audit order, that is gone or whose content no longer
   *     matches the hash its audit event carries; empty when none
   * @param problem what is wrong with it ({@code changed after it was recorded}, {@code removed},
   *     {@code masked outside retention}, {@code reduced outside retention}); empty when none
   */
  record RecordCheck(long intact, long deleted, Optional<Stored> changed, String problem) {
    /** All intact, none deleted. */
    public RecordCheck(long intact) {
      this(intact, 0, Optional.empty(), "");
    }

    /** All intact or deleted by retention. */
    public RecordCheck(long intact, long deleted) {
      this(intact, deleted, Optional.empty(), "");
    }
  }

  /**
   * A stored screening and where it sits in the audit chain.
   *
   * @param record the screening; when reduced, its {@link ScreeningRecord#matches()} are {@code []}
   *     (the matches screened are gone)
   * @param stored its audit position
   * @param retained what retention did to it
   */
  record Found(ScreeningRecord record, Stored stored, Retained retained) {
    /** A screening retention has not touched. */
    public Found(ScreeningRecord record, Stored stored) {
      this(record, stored, Retained.NONE);
    }

    /**
     * The record hash the screening's audit event must carry: of the record as stored, with the
     * kept SHA-256 of the matches when they were dropped.
     */
    public String contentHash() {
      return retained.reducedAt().isPresent()
          ? record.contentHash(retained.matchesSha256())
          : record.contentHash();
    }
  }

  /**
   * What retention did to a stored screening.
   *
   * @param maskedAt when its subject was masked: the API no longer shows it but to a supervisor who
   *     unmasks it with a reason; the data is still stored
   * @param reducedAt when its matches were dropped (a clean screening: what the "no hit"
   *     certificate needs is kept)
   * @param matchesSha256 SHA-256 hex of the matches as screened, kept when they were dropped; empty
   *     when they were not
   */
  record Retained(
      Optional<java.time.Instant> maskedAt,
      Optional<java.time.Instant> reducedAt,
      String matchesSha256) {
    /** Untouched. */
    public static final Retained NONE = new Retained(Optional.empty(), Optional.empty(), "");

    /** Whether the subject is masked. */
    public boolean masked() {
      return maskedAt.isPresent();
    }
  }
}
