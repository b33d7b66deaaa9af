package org.mizan.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mizan.audit.AuditDraft;

/**
 * Follow-up tasks as stored (port; the store implements it). They are created with the confirmation
 * that calls for them, in its transaction ({@link Alerts#decided(Alert, Decision, List, List)});
 * here they are read and closed. Each write appends its audit event in the same transaction.
 * Thread-safe.
 */
public interface Tasks {
  /**
   * Which tasks to read: each given criterion must hold.
   *
   * @param status only tasks in this status
   * @param dueBefore only tasks due strictly before this
   * @param alertId only the tasks of this alert
   */
  record Filter(
      Optional<Task.Status> status, Optional<Instant> dueBefore, Optional<String> alertId) {
    /** No criterion: every task. */
    public static final Filter NONE =
        new Filter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The tasks that pass {@code filter}, soonest due first, then by kind, addressee and id.
   *
   * @param limit at most this many, 1–10,000
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  List<Task> list(Filter filter, int limit);

  /** The task {@code id}, if any. */
  Optional<Task> find(String id);

  /**
   * Records {@code before} closed as {@code after} (its status and closing), with its audit event.
   *
   * @throws ReviewException CONFLICT when the task is no longer open (someone closed it meanwhile)
   */
  void closed(Task before, Task after, AuditDraft audit);
}
