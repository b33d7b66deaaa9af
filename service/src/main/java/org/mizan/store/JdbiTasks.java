package org.mizan.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.mizan.audit.AuditDraft;
import org.mizan.review.ReviewException;
import org.mizan.review.Task;
import org.mizan.review.Tasks;

/**
 * Follow-up tasks in the service's database (table {@code follow_up_tasks}). They are written by
 * {@link JdbiAlerts} in the transaction of the confirmation that creates them ({@link #insert});
 * closing one changes its row only while it is open, with the audit head locked.
 */
public final class JdbiTasks implements Tasks {
  private final Database db;
  private final Clock clock;

  public JdbiTasks(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Task> list(Filter filter, int limit) {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "select * from follow_up_tasks where (:status = '' or status = :status)"
                              + " and due_at < :before and (:alert = '' or alert_id = :alert)"
                              // Task.LISTING
                              + " order by due_at, kind, addressee, id limit :limit")
                      .bind("status", filter.status().map(Task.Status::id).orElse(""))
                      .bind("before", filter.dueBefore().map(Times::text).orElse("9999"))
                      .bind("alert", filter.alertId().orElse(""))
                      .bind("limit", limit)
                      .map((rs, ctx) -> task(rs))
                      .list());
    } catch (JdbiException e) {
      throw Database.unavailable("reading follow-up tasks", e);
    }
  }

  @Override
  public Optional<Task> find(String id) {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery("select * from follow_up_tasks where id = :id")
                      .bind("id", id)
                      .map((rs, ctx) -> task(rs))
                      .findOne());
    } catch (JdbiException e) {
      throw Database.unavailable("reading a follow-up task", e);
    }
  }

  @Override
  public void closed(Task before, Task after, AuditDraft audit) {
    Task.Closing c = after.closing().orElseThrow();
    boolean changed =
        AuditWriter.changeAudited(
            db,
            "closing a follow-up task",
            clock.instant(),
            audit,
            h ->
                h.createUpdate(
                        "update follow_up_tasks set status = :status, closed_by = :by, closed_at"
                            + " = :at, close_reason = :reason where id = :id and status = 'open'")
                    .bind("status", after.status().id())
                    .bind("by", c.by())
                    .bind("at", Times.text(c.at()))
                    .bind("reason", c.reason())
                    .bind("id", before.id())
                    .execute());
    if (!changed) {
      throw new ReviewException(
          ReviewException.Kind.CONFLICT, "the task was closed meanwhile: read it again");
    }
  }

  /** Writes new tasks in the caller's transaction. */
  static void insert(Handle h, List<Task> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "insert into follow_up_tasks (id, alert_id, decision_id, source, entry, kind,"
                + " addressee, basis, due_at, status, created_by, created_at) values (:id, :alert,"
                + " :decision, :source, :entry, :kind, :addressee, :basis, :due, :status, :by,"
                + " :at)");
    for (Task t : tasks) {
      batch
          .bind("id", t.id())
          .bind("alert", t.alertId())
          .bind("decision", t.decisionId())
          .bind("source", t.source())
          .bind("entry", t.entry())
          .bind("kind", t.kind().id())
          .bind("addressee", t.addressee())
          .bind("basis", t.basis())
          .bind("due", Times.text(t.dueAt()))
          .bind("status", t.status().id())
          .bind("by", t.createdBy())
          .bind("at", Times.text(t.createdAt()))
          .add();
    }
    batch.execute();
  }

  private static Task task(java.sql.ResultSet rs) throws java.sql.SQLException {
    Optional<Task.Closing> closing =
        rs.getString("closed_by") == null
            ? Optional.empty()
            : Optional.of(
                new Task.Closing(
                    rs.getString("closed_by"),
                    Times.parse(rs.getString("closed_at")),
                    rs.getString("close_reason")));
    return new Task(
        rs.getString("id"),
        rs.getString("alert_id").strip(),
        rs.getString("decision_id"),
        rs.getString("source"),
        rs.getString("entry"),
        Task.Kind.parse(rs.getString("kind")).orElseThrow(),
        rs.getString("addressee"),
        rs.getString("basis"),
        Times.parse(rs.getString("due_at")),
        Task.Status.parse(rs.getString("status")).orElseThrow(),
        rs.getString("created_by"),
        Times.parse(rs.getString("created_at")),
        closing);
  }
}
