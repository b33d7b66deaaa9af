package org.mizan.retention;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.mizan.audit.AuditDraft;

/**
 * Stored screenings, alerts and cases as retention changes them (port; the store implements it).
 * Each change is made in a transaction with its audit event, appended only when it changed
 * something. Thread-safe.
 */
public interface RetentionStore {
  /**
   * Masks the screenings of {@code category} screened at or before {@code cutoff} and not yet
   * masked (the data stays stored).
   *
   * @param category {@code api} or {@code pnr}
   * @param now the time recorded as the masking time
   * @param audit the audit event, given how many were masked (at least 1)
   * @return how many were masked
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached; then none
   */
  long mask(String category, Instant cutoff, Instant now, LongFunction<AuditDraft> audit);

  /**
   * Drops the matches of the screenings of {@code category} screened at or before {@code cutoff}
   * and not yet reduced, keeping their SHA-256.
   *
   * @param category {@code clean}
   * @return how many were reduced
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached; then none
   */
  long reduce(String category, Instant cutoff, Instant now, LongFunction<AuditDraft> audit);

  /**
   * Deletes the screenings due, with their alerts, decisions (and the good-guy pairs those put on
   * the list) and cases: in batches, each in its transaction with its audit event.
   *
   * @param audit the audit event of a batch, given what it deleted
   * @return what was deleted in all
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached; then the
   *     batches before are deleted, the failing one not
   */
  Deleted delete(Deletion due, Function<Deleted, AuditDraft> audit);

  /**
   * Which screenings are due for deletion.
   *
   * @param category the screenings' category: {@code api}, {@code pnr}, {@code clean} or {@code
   *     alerts}
   * @param screenedBefore only those screened at or before this
   * @param alertsClosedBefore a screening with an alert only when the alert is closed and its last
   *     decision or confirmation was at or before this; empty: none with an alert
   * @param casesClosedBefore a screening whose alert has cases only when every case is closed and
   *     the alert's closing was at or before this; empty: none with a case
   */
  record Deletion(
      String category,
      Instant screenedBefore,
      Optional<Instant> alertsClosedBefore,
      Optional<Instant> casesClosedBefore) {}

  /**
   * What a deletion removed.
   *
   * @param screenings screenings deleted
   * @param alerts their alerts
   * @param decisions the alerts' decisions
   * @param cases the alerts' cases
   */
  record Deleted(long screenings, long alerts, long decisions, long cases) {
    /** Nothing. */
    public static final Deleted NONE = new Deleted(0, 0, 0, 0);

    /** Both added up. */
    public Deleted plus(Deleted other) {
      return new Deleted(
          screenings + other.screenings,
          alerts + other.alerts,
          decisions + other.decisions,
          cases + other.cases);
    }
  }
}
