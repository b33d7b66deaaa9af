package org.mizan.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.mizan.audit.AuditDraft;
import org.mizan.retention.RetentionStore;

/**
 * Retention's changes in the service's database: masking and reduction are one statement each,
 * deletion goes in batches of {@link #BATCH} screenings; each in a transaction with the audit head
 * locked (so that no review write on an alert being deleted slips in between) and its audit event.
 */
public final class JdbiRetention implements RetentionStore {
  /** The most screenings deleted in one transaction. */
  static final int BATCH = 1_000;

  private final Database db;
  private final Clock clock;

  /**
   * @param clock the time audit events are recorded at
   */
  public JdbiRetention(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public long mask(String category, Instant cutoff, Instant now, LongFunction<AuditDraft> audit) {
    return update(
        "masking screenings",
        "update screenings set masked_at = :now where category = :category and at <= :cutoff and"
            + " masked_at is null",
        category,
        cutoff,
        now,
        audit);
  }

  @Override
  public long reduce(String category, Instant cutoff, Instant now, LongFunction<AuditDraft> audit) {
    return update(
        "reducing screenings",
        "update screenings set matches = null, reduced_at = :now where category = :category and"
            + " at <= :cutoff and reduced_at is null and matches_sha256 is not null",
        category,
        cutoff,
        now,
        audit);
  }

  /** Runs one of the updates above, with its audit event when it changed a row. */
  private long update(
      String what,
      String sql,
      String category,
      Instant cutoff,
      Instant now,
      LongFunction<AuditDraft> audit) {
    return AuditWriter.changeAudited(
        db,
        what,
        clock.instant(),
        h ->
            h.createUpdate(sql)
                .bind("now", Times.text(now))
                .bind("category", category)
                .bind("cutoff", Times.text(cutoff))
                .execute(),
        audit);
  }

  @Override
  public Deleted delete(Deletion due, Function<Deleted, AuditDraft> audit) {
    Deleted all = Deleted.NONE;
    while (true) {
      Deleted batch;
      try {
        batch =
            db.jdbi()
                .inTransaction(
                    h -> {
                      AuditWriter.lockHead(h);
                      Deleted d = deleteBatch(h, due);
                      if (d.screenings() > 0) {
                        AuditWriter.append(h, List.of(audit.apply(d)), clock.instant());
                      }
                      return d;
                    });
      } catch (JdbiException e) {
        throw Database.unavailable("deleting screenings", e);
      }
      all = all.plus(batch);
      if (batch.screenings() < BATCH) {
        return all;
      }
    }
  }

  private static Deleted deleteBatch(Handle h, Deletion due) {
    StringBuilder sql =
        new StringBuilder(
            "select s.id, s.alert_id from screenings s left join alerts a on a.id = s.alert_id"
                + " where s.category = :category and s.at <= :screened and ");
    if (due.alertsClosedBefore().isEmpty()) {
      sql.append("s.alert_id is null");
    } else {
      // Closed, and no decision or confirmation after the cut-off: closed at or before it; and
      // its follow-up tasks all closed at or before it too (an open task keeps its alert).
      sql.append(
          "(s.alert_id is null or (a.state = 'closed' and not exists (select 1 from decisions d"
              + " where d.alert_id = a.id and (d.decided_at > :alerts or d.confirmed_at >"
              + " :alerts)) and not exists (select 1 from follow_up_tasks t where t.alert_id ="
              + " a.id and (t.status = 'open' or t.closed_at > :alerts)) and ");
      if (due.casesClosedBefore().isEmpty()) {
        sql.append("not exists (select 1 from cases c where c.alert_id = a.id)");
      } else {
        sql.append(
            "(not exists (select 1 from cases c where c.alert_id = a.id) or (not exists (select 1"
                + " from cases c where c.alert_id = a.id and c.state <> 'closed') and not exists"
                + " (select 1 from decisions d where d.alert_id = a.id and (d.decided_at > :cases"
                + " or d.confirmed_at > :cases))))");
      }
      sql.append("))");
    }
    sql.append(" order by s.at, s.id limit ").append(BATCH);
    List<String> screenings = new ArrayList<>();
    List<String> alerts = new ArrayList<>();
    var query =
        h.createQuery(sql.toString())
            .bind("category", due.category())
            .bind("screened", Times.text(due.screenedBefore()));
    due.alertsClosedBefore().ifPresent(a -> query.bind("alerts", Times.text(a)));
    due.casesClosedBefore().ifPresent(c -> query.bind("cases", Times.text(c)));
    query
        .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("alert_id")})
        .forEach(
            row -> {
              screenings.add(row[0]);
              if (row[1] != null) {
                alerts.add(row[1]);
              }
            });
    if (screenings.isEmpty()) {
      return Deleted.NONE;
    }
    long cases = 0;
    long decisions = 0;
    long alertRows = 0;
    if (!alerts.isEmpty()) {
      // A good-guy pair goes with the decision that put it on the list.
      h.createUpdate(
              "delete from good_guys where decision_id in (select id from decisions where"
                  + " alert_id in (<alerts>))")
          .bindList("alerts", alerts)
          .execute();
      deleteIn(h, "follow_up_tasks", "alert_id", alerts);
      cases = deleteIn(h, "cases", "alert_id", alerts);
      decisions = deleteIn(h, "decisions", "alert_id", alerts);
      alertRows = deleteIn(h, "alerts", "id", alerts);
    }
    long deleted = deleteIn(h, "screenings", "id", screenings);
    return new Deleted(deleted, alertRows, decisions, cases);
  }

  private static long deleteIn(Handle h, String table, String column, List<String> ids) {
    return h.createUpdate("delete from " + table + " where " + column + " in (<ids>)")
        .bindList("ids", ids)
        .execute();
  }
}
