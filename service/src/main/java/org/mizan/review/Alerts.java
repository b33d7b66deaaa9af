package org.mizan.review;

import java.util.Optional;
import org.mizan.audit.AuditDraft;

/**
 * Alerts as stored (port; the store implements it). Each write appends its audit event in the same
 * transaction, and fails with {@link ReviewException.Kind#CONFLICT} when the alert changed since it
 * was read (two people deciding at once). Thread-safe.
 */
public interface Alerts {
  /** The alert {@code id} with its hits and decisions, if any. */
  Optional<Alert> find(String id);

  /**
   * Records a new decision, or the confirmation of one (same id), on {@code before}.
   *
   * @throws ReviewException CONFLICT when the alert is no longer {@code before}
   */
  void decided(Alert before, Decision decision, AuditDraft audit);

  /**
   * Records the alert assigned to {@code to}.
   *
   * @throws ReviewException CONFLICT when the alert is no longer {@code before}
   */
  void assigned(Alert before, String to, AuditDraft audit);
}
