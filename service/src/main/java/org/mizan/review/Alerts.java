package org.mizan.review;

import java.util.Optional;
import org.mizan.audit.AuditDraft;

/**
 * Alerts as stored (port; the store implements it). Each write appends its audit event in the same
 * transaction, and fails with {@link ReviewException.Kind#CONFLICT} when the alert changed since it
 * was read (two people deciding at once). Thread-safe.
 */
public interface Alerts {
  /**
   * An alert as a queue lists it.
   *
   * @param id the alert id
   * @param screeningId its screening
   * @param state {@code open}, {@code in-review} or {@code closed}
   * @param hits how many hits
   * @param createdAt ISO-8601 UTC
   * @param assignedTo the analyst it is assigned to, if any
   */
  record Summary(
      String id,
      String screeningId,
      String state,
      int hits,
      String createdAt,
      Optional<String> assignedTo) {}

  /**
   * Alerts in a state, oldest first.
   *
   * @param state {@code open}, {@code in-review} or {@code closed}
   * @param limit at most this many, 1–10,000
   */
  java.util.List<Summary> queue(Alert.State state, int limit);

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
