package org.mizan.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of the audit trail, in its place in the hash chain.
 *
 * <p>{@code hash} is the SHA-256 (lower-case hex) of the event's canonical form ({@link
 * AuditChain#hash}), which includes {@code previousHash}: the hash of the event at {@code seq - 1},
 * or 64 zeros for the first event.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param at when the event was recorded, to the microsecond (UTC)
 * @param draft who, what, which target, why and the details
 * @param previousHash SHA-256 hex of the previous event
 * @param hash SHA-256 hex of this event
 */
public record AuditEvent(long seq, Instant at, AuditDraft draft, String previousHash, String hash) {
  /** A screening of one subject or one manifest. */
  public static final String SCREEN = "screen";

  /** A successful login of a user. */
  public static final String LOGIN = "login";

  /** A refused login (unknown user or wrong password). */
  public static final String LOGIN_FAILED = "login-failed";

  /** A user created. */
  public static final String USER_CREATED = "user-created";

  /** An API key created. */
  public static final String KEY_CREATED = "key-created";

  /** An API key revoked. */
  public static final String KEY_REVOKED = "key-revoked";

  /** A user disabled. */
  public static final String USER_DISABLED = "user-disabled";

  /** A disposition given to a hit of an alert. */
  public static final String DECISION = "decision";

  /** A decision confirmed by a second person (four-eyes). */
  public static final String DECISION_CONFIRMED = "decision-confirmed";

  /** A pair taken off the good-guy list by a supervisor. */
  public static final String GOOD_GUY_REMOVED = "good-guy-removed";

  /** The follow-up tasks a confirmed true match created (one event for all of them). */
  public static final String TASKS_CREATED = "tasks-created";

  /** A follow-up task closed: done or cancelled. */
  public static final String TASK_UPDATED = "task-updated";

  /** An alert assigned to an analyst. */
  public static final String ALERT_ASSIGNED = "alert-assigned";

  /** A list version stored or made current. */
  public static final String LIST_CHANGED = "list-changed";

  /** Data read out of the store (audit events, certificates). */
  public static final String EXPORT = "export";

  /**
   * A retention run masked, reduced or deleted stored data of one category: the details name the
   * category, the operation, the period, the cut-off and the counts.
   */
  public static final String RETENTION = "retention";

  /** A masked screening shown in full to a supervisor, with the reason. */
  public static final String UNMASK = "unmask";

  /** The service started over these list versions. */
  public static final String SERVICE_STARTED = "service-started";

  /** A subject registered for monitoring, with its first screening. */
  public static final String SUBJECT_MONITORED = "subject-monitored";

  /** Monitoring of a subject ended (its screened data is cleared). */
  public static final String MONITORING_ENDED = "monitoring-ended";

  /** The monitored subjects re-screened against a new list version's added and changed entries. */
  public static final String RESCREENED = "rescreened";

  public AuditEvent {
    if (seq < 1) {
      throw new IllegalArgumentException("seq starts at 1: " + seq);
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }
}
