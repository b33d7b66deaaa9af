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
   * What a queue holds besides the state: each given criterion must hold.
   *
   * @param list only alerts with a hit on this list source
   * @param minScore only alerts with a hit scoring at least this
   * @param createdBefore only alerts raised before this (ISO-8601 UTC), i.e. at least this old
   * @param flight only alerts on a traveller of this flight: carrier and number ({@code XY123}) or
   *     the number alone
   */
  record Filter(
      Optional<String> list,
      java.util.OptionalDouble minScore,
      Optional<java.time.Instant> createdBefore,
      Optional<String> flight) {
    /** No criterion. */
    public static final Filter NONE =
        new Filter(
            Optional.empty(), java.util.OptionalDouble.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Alerts in a state that pass {@code filter}, oldest first.
   *
   * @param state {@code open}, {@code in-review} or {@code closed}
   * @param limit at most this many, 1–10,000
   */
  java.util.List<Summary> queue(Alert.State state, Filter filter, int limit);

  /** The alert {@code id} with its hits and decisions, if any. */
  Optional<Alert> find(String id);

  /**
   * Records a new decision, or the confirmation of one (same id), on {@code before}.
   *
   * @throws ReviewException CONFLICT when the alert is no longer {@code before}
   */
  default void decided(Alert before, Decision decision, AuditDraft audit) {
    decided(before, decision, java.util.List.of(), java.util.List.of(audit));
  }

  /**
   * Records a new decision, or the confirmation of one (same id), on {@code before}, with the
   * follow-up tasks it creates ({@link FollowUps}) and the audit events, all in one transaction:
   * either all are kept or none.
   *
   * @param tasks the tasks created, open; may be empty
   * @param audit the decision's event, then the tasks' event when there are tasks
   * @throws ReviewException CONFLICT when the alert is no longer {@code before}
   */
  void decided(
      Alert before,
      Decision decision,
      java.util.List<Task> tasks,
      java.util.List<AuditDraft> audit);

  /**
   * The nationality of a screened subject as its screening recorded it (ISO code or English name,
   * as given), for the states to notify; empty when none was given.
   *
   * @param screeningId the alert's screening
   */
  String screenedNationality(String screeningId);

  /**
   * Takes off the good-guy list the pair (subject, entry) a false-positive decision put there.
   *
   * @param decisionId the decision ({@code suppressed_by} in later screenings)
   * @return false when no pair on the list came from that decision (nothing is audited then)
   */
  boolean unlist(String decisionId, AuditDraft audit);

  /**
   * Records the alert assigned to {@code to}.
   *
   * @throws ReviewException CONFLICT when the alert is no longer {@code before}
   */
  void assigned(Alert before, String to, AuditDraft audit);
}
