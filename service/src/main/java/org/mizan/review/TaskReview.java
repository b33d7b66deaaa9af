package org.mizan.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;

/**
 * Closes follow-up tasks ({@link FollowUps}): a person records that a notification or check was
 * done outside Mizan, or that it is not to be done, always with a reason.
 *
 * <ul>
 *   <li>{@code open → done}: an analyst or a supervisor;
 *   <li>{@code open → cancelled}: a supervisor only (a notification the resolution calls for is not
 *       dropped by one analyst);
 *   <li>a closed task stays closed.
 * </ul>
 *
 * <p>Each change is a {@code task-updated} audit event with the reason as written. Thread-safe.
 */
public final class TaskReview {
  private final Tasks tasks;
  private final Clock clock;

  public TaskReview(Tasks tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  /**
   * Closes a task.
   *
   * @param status {@code done} or {@code cancelled}
   * @param reason why, or how it was done (e.g. the reference of the note sent); at most {@value
   *     org.mizan.audit.Reasons#MAX_LENGTH} characters
   * @return the closed task
   * @throws ReviewException FORBIDDEN for a role other than analyst or supervisor, or an analyst
   *     cancelling; INVALID for another status or a missing or too long reason; NOT_FOUND for no
   *     such task; CONFLICT for a task closed already
   */
  public Task close(String taskId, String status, String reason, Principal by) {
    if (by.role() != Role.ANALYST && by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only an analyst or a supervisor updates tasks");
    }
    Task.Status to =
        Task.Status.parse(status)
            .filter(s -> s != Task.Status.OPEN)
            .orElseThrow(
                () ->
                    new ReviewException(
                        ReviewException.Kind.INVALID,
                        "status: done or cancelled (an open task is closed, never reopened)"));
    if (to == Task.Status.CANCELLED && by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only a supervisor cancels a follow-up task");
    }
    AlertReview.checkReason(reason);
    Task before =
        tasks
            .find(taskId)
            .orElseThrow(
                () ->
                    new ReviewException(
                        ReviewException.Kind.NOT_FOUND, "no follow-up task with this id"));
    if (before.status() != Task.Status.OPEN) {
      throw new ReviewException(
          ReviewException.Kind.CONFLICT, "the task is " + before.status().id() + " already");
    }
    Task after =
        before.closed(
            to,
            new Task.Closing(
                by.actor(), clock.instant().truncatedTo(ChronoUnit.MICROS), reason.strip()));
    tasks.closed(
        before,
        after,
        new AuditDraft(
            by.actor(),
            AuditEvent.TASK_UPDATED,
            taskId,
            reason.strip(),
            "{\"alert\":"
                + AuditDraft.quote(before.alertId())
                + ",\"kind\":\""
                + before.kind().id()
                + "\",\"addressee\":"
                + AuditDraft.quote(before.addressee())
                + ",\"from\":\"open\",\"to\":\""
                + to.id()
                + "\"}"));
    return after;
  }
}
