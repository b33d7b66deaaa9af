package org.mizan.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up task a confirmed true match creates (see {@link FollowUps}): a notification to a
 * partner, or a check, for people to do outside Mizan and record here. Mizan sends nothing.
 *
 * <p>The task holds ids and codes only: the screened person's data stays in the screening, reached
 * through {@code alertId}.
 *
 * @param id the task id
 * @param alertId the alert whose hit was confirmed
 * @param decisionId the confirmed true-match decision
 * @param source the list source of the hit's entry, e.g. {@code un-sc-consolidated}
 * @param entry the list entry id, e.g. {@code QDi.059}
 * @param kind what is to be done
 * @param addressee to whom: {@link #COMMITTEE}, {@link #INTERPOL_NCB}, a state's ISO 3166-1 alpha-2
 *     code ({@code SA}), or {@link #STATE_UNDETERMINED}; at most 40 characters
 * @param basis why this addressee: {@link #BASIS_LISTED} for the Committee and INTERPOL, else
 *     {@code screened-nationality}, {@code listed-nationality}, {@code
 *     screened-and-listed-nationality} or {@code none-known}
 * @param dueAt when it is due: the confirmation plus the kind's period ({@link FollowUps.Periods})
 * @param status {@code open} until someone closes it as {@code done} or {@code cancelled}
 * @param createdBy the supervisor whose confirmation created it ({@code user:NAME}, {@code
 *     key:NAME})
 * @param createdAt when: the confirmation's time
 * @param closing who closed it, when and why; present exactly when the status is not open
 */
public record Task(
    String id,
    String alertId,
    String decisionId,
    String source,
    String entry,
    Kind kind,
    String addressee,
    String basis,
    Instant dueAt,
    Status status,
    String createdBy,
    Instant createdAt,
    Optional<Closing> closing) {
  /** The order tasks are listed in: soonest due first, then by kind, addressee and id. */
  public static final java.util.Comparator<Task> LISTING =
      java.util.Comparator.comparing(Task::dueAt)
          .thenComparing(t -> t.kind().id())
          .thenComparing(Task::addressee)
          .thenComparing(Task::id);

  /** The addressee of {@link Kind#NOTIFY_COMMITTEE}: the 1267/1989/2253 Committee. */
  public static final String COMMITTEE = "un-1267-committee";

  /** The addressee of {@link Kind#CONFIRM_INTERPOL}: the INTERPOL National Central Bureau. */
  public static final String INTERPOL_NCB = "interpol-ncb";

  /** The addressee of {@link Kind#NOTIFY_STATE} when no state of the person is known. */
  public static final String STATE_UNDETERMINED = "state-to-be-determined";

  /** The basis of the tasks owed because the entry is on the list. */
  public static final String BASIS_LISTED = "listed";

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(closing, "closing");
    if (addressee.isBlank() || addressee.length() > 40) {
      throw new IllegalArgumentException("an addressee has 1–40 characters: " + addressee);
    }
    if ((status == Status.OPEN) != closing.isEmpty()) {
      throw new IllegalArgumentException("a task is closed exactly when its status is not open");
    }
  }

  /**
   * Who closed a task, when and why.
   *
   * @param by the actor ({@code user:NAME}, {@code key:NAME})
   * @param at when
   * @param reason why, as written; never blank
   */
  public record Closing(String by, Instant at, String reason) {
    public Closing {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("closing a task has a reason");
      }
    }
  }

  /** What a task asks for. */
  public enum Kind {
    /**
     * Report the designated person's presence (departure, attempted entry or transit) to the
     * Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015).
     */
    NOTIFY_COMMITTEE("notify-committee"),
    /** Share the information with the person's State of residence or nationality. */
    NOTIFY_STATE("notify-state"),
    /** Confirm the person's identity through the INTERPOL National Central Bureau. */
    CONFIRM_INTERPOL("confirm-interpol-ncb");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The name used in the API, the store and the audit trail, e.g. {@code notify-state}. */
    public String id() {
      return id;
    }

    /** The kind named {@code id}, if any. */
    public static Optional<Kind> parse(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
  }

  /** Where a task stands: {@code open → done} or {@code open → cancelled}, nothing else. */
  public enum Status {
    /** To be done. */
    OPEN("open"),
    /** Done outside Mizan, recorded here with a reason (e.g. how and when it was sent). */
    DONE("done"),
    /** Not to be done, with a reason; only a supervisor cancels. */
    CANCELLED("cancelled");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    /** The name used in the API and the store: {@code open}, {@code done}, {@code cancelled}. */
    public String id() {
      return id;
    }

    /** The status named {@code id}, if any. */
    public static Optional<Status> parse(String id) {
      return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
  }

  /** Whether it is open and its due time is before {@code now}. */
  public boolean overdue(Instant now) {
    return status == Status.OPEN && dueAt.isBefore(now);
  }

  /** The same task closed. */
  Task closed(Status to, Closing c) {
    return new Task(
        id,
        alertId,
        decisionId,
        source,
        entry,
        kind,
        addressee,
        basis,
        dueAt,
        to,
        createdBy,
        createdAt,
        Optional.of(c));
  }
}
