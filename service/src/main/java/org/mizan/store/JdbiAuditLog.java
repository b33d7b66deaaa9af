package org.mizan.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.mizan.audit.AuditChain;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;

/** The audit trail in the service's database ({@code audit_events}, {@code audit_head}). */
public final class JdbiAuditLog implements AuditLog {
  private final Database db;
  private final Clock clock;

  public JdbiAuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<AuditEvent> append(List<AuditDraft> drafts) {
    try {
      return db.jdbi().inTransaction(h -> AuditWriter.append(h, drafts, clock.instant()));
    } catch (JdbiException e) {
      throw Database.unavailable("writing the audit trail", e);
    }
  }

  @Override
  public List<AuditEvent> read(long fromSeq, int limit) {
    if (fromSeq < 1 || limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("fromSeq ≥ 1 and limit 1–10,000");
    }
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "select * from audit_events where seq >= :from order by seq limit :limit")
                      .bind("from", fromSeq)
                      .bind("limit", limit)
                      .map((rs, ctx) -> AuditWriter.event(rs))
                      .list());
    } catch (JdbiException e) {
      throw Database.unavailable("reading the audit trail", e);
    }
  }

  @Override
  public ChainCheck verify() {
    AuditChain.Checker checker = new AuditChain.Checker();
    try {
      // Pages by seq so that a chain of any length is checked in little memory.
      long after = 0;
      while (true) {
        long from = after;
        List<Row> page =
            db.jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "select * from audit_events where seq > :after order by seq"
                                    + " limit 5000")
                            .bind("after", from)
                            .map((rs, ctx) -> row(rs))
                            .list());
        for (Row r : page) {
          if (r.event().isEmpty()) {
            // Unreadable where the chain expects it, or an earlier gap is named first.
            Optional<AuditChain.BrokenLink> gap =
                r.seq() == checker.intact() + 1
                    ? Optional.empty()
                    : Optional.of(
                        new AuditChain.BrokenLink(
                            checker.intact() + 1,
                            "event "
                                + (checker.intact() + 1)
                                + " is missing (the next is "
                                + r.seq()
                                + ")"));
            return new ChainCheck(
                checker.intact(),
                Optional.of(
                    gap.orElse(
                        new AuditChain.BrokenLink(
                            r.seq(),
                            "its fields cannot be read (the row was changed outside Mizan)"))));
          }
          Optional<AuditChain.BrokenLink> broken = checker.check(r.event().get());
          if (broken.isPresent()) {
            return new ChainCheck(checker.intact(), broken);
          }
        }
        if (page.size() < 5_000) {
          break;
        }
        after = page.get(page.size() - 1).seq();
      }
      // The head must name the last event: a removed tail leaves it pointing past the end, and a
      // head moved back over a removed tail no longer holds the last event's hash.
      record Head(long seq, String hash) {}
      Head head =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("select seq, hash from audit_head where id = 1")
                          .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                          .one());
      if (head.seq() != checker.intact() || !head.hash().equals(checker.lastHash())) {
        long next = checker.intact() + 1;
        return new ChainCheck(
            checker.intact(),
            Optional.of(
                new AuditChain.BrokenLink(
                    next,
                    head.seq() > checker.intact()
                        ? "event "
                            + next
                            + " is missing (the chain's head is event "
                            + head.seq()
                            + ")"
                        : "events from "
                            + next
                            + " on are missing (the chain's head was moved"
                            + " back)")));
      }
      return new ChainCheck(checker.intact(), Optional.empty());
    } catch (JdbiException e) {
      throw Database.unavailable("reading the audit trail", e);
    }
  }

  @Override
  public boolean guarded() {
    // The guard of migration V2, whole: on audit_events, for UPDATE and DELETE (and TRUNCATE on
    // PostgreSQL), enabled, and calling what refuses them.
    String sql =
        db.isPostgresql()
            ? "select (select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                + " where c.relname = 'audit_events' and c.relnamespace ="
                + " current_schema()::regnamespace and t.tgenabled <> 'D' and t.tgname in"
                + " ('audit_events_append_only', 'audit_events_no_truncate') and t.tgfoid ="
                + " (select p.oid from pg_proc p where p.proname = 'mizan_audit_append_only'"
                + " and p.pronamespace = current_schema()::regnamespace and p.prosrc like"
                + " '%raise exception%'))"
            : "select count(*) from information_schema.triggers where trigger_name ="
                + " 'audit_events_append_only' and event_object_table = 'audit_events' and"
                + " event_manipulation in ('UPDATE', 'DELETE') and action_timing = 'BEFORE' and"
                + " java_class = 'org.mizan.store.AppendOnlyTrigger'";
    try {
      return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one()) == 2;
    } catch (JdbiException e) {
      throw Database.unavailable("reading the audit trail's guard", e);
    }
  }

  @Override
  public Head head() {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery("select seq, hash from audit_head where id = 1")
                      .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                      .one());
    } catch (JdbiException e) {
      throw Database.unavailable("reading the audit trail", e);
    }
  }

  /** A row of the audit trail: its seq, and its event when the row can be read. */
  private record Row(long seq, Optional<AuditEvent> event) {}

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    try {
      return new Row(rs.getLong("seq"), Optional.of(AuditWriter.event(rs)));
    } catch (org.mizan.audit.UnreadableEventException e) {
      return new Row(e.seq(), Optional.empty());
    }
  }
}
