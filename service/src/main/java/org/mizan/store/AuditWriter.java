package org.mizan.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.mizan.audit.AuditChain;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.UnreadableEventException;

/**
 * Appends audit events inside a caller's transaction: locks the chain's head row (so that writers
 * in this and other processes take turns and {@code seq} has no gaps), chains the events on, and
 * moves the head.
 */
final class AuditWriter {
  private AuditWriter() {}

  /**
   * Locks the chain's head row until the transaction ends: writers of accounts take it first, so
   * that they take turns with each other and with the audit trail's writers.
   */
  static void lockHead(Handle h) {
    h.createQuery("select seq from audit_head where id = 1 for update").mapTo(Long.class).one();
  }

  /**
   * Runs {@code change} in a transaction with the audit head locked and appends {@code audit} when
   * it changed a row; nothing when it changed none.
   *
   * @param what the operation, for the error when the store cannot be reached
   * @return whether a row changed
   */
  static boolean changeAudited(
      Database db,
      String what,
      Instant at,
      AuditDraft audit,
      java.util.function.ToIntFunction<Handle> change) {
    return changeAudited(db, what, at, change::applyAsInt, n -> audit) > 0;
  }

  /**
   * Runs {@code change} in a transaction with the audit head locked and appends the audit event
   * {@code audit} makes of the number of rows changed, when any; nothing when none.
   *
   * @param what the operation, for the error when the store cannot be reached
   * @return how many rows changed
   */
  static long changeAudited(
      Database db,
      String what,
      Instant at,
      java.util.function.ToLongFunction<Handle> change,
      java.util.function.LongFunction<AuditDraft> audit) {
    try {
      return db.jdbi()
          .inTransaction(
              h -> {
                lockHead(h);
                long changed = change.applyAsLong(h);
                if (changed > 0) {
                  append(h, List.of(audit.apply(changed)), at);
                }
                return changed;
              });
    } catch (org.jdbi.v3.core.JdbiException e) {
      throw Database.unavailable(what, e);
    }
  }

  static List<AuditEvent> append(Handle h, List<AuditDraft> drafts, Instant at) {
    record Head(long seq, String hash) {}
    Head head =
        h.createQuery("select seq, hash from audit_head where id = 1 for update")
            .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getString("hash")))
            .one();
    List<AuditEvent> events = new ArrayList<>(drafts.size());
    long seq = head.seq();
    String previous = head.hash();
    PreparedBatch batch =
        h.prepareBatch(
            "insert into audit_events (seq, at, actor, action, target, reason, details,"
                + " previous_hash, hash) values (:seq, :at, :actor, :action, :target, :reason,"
                + " :details, :previous, :hash)");
    for (AuditDraft d : drafts) {
      AuditEvent e = AuditChain.next(++seq, previous, at, d);
      previous = e.hash();
      events.add(e);
      batch
          .bind("seq", e.seq())
          .bind("at", Times.text(e.at()))
          .bind("actor", d.actor())
          .bind("action", d.action())
          .bind("target", d.target())
          .bind("reason", d.reason())
          .bind("details", d.details())
          .bind("previous", e.previousHash())
          .bind("hash", e.hash())
          .add();
    }
    if (!events.isEmpty()) {
      batch.execute();
      h.createUpdate("update audit_head set seq = :seq, hash = :hash where id = 1")
          .bind("seq", seq)
          .bind("hash", previous)
          .execute();
    }
    return events;
  }

  /**
   * The event of the current row.
   *
   * @throws UnreadableEventException when a field holds what no event can (changed outside Mizan)
   */
  static AuditEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
    long seq = rs.getLong("seq");
    try {
      return new AuditEvent(
          seq,
          Times.parse(rs.getString("at")),
          new AuditDraft(
              rs.getString("actor"),
              rs.getString("action"),
              rs.getString("target"),
              rs.getString("reason"),
              rs.getString("details")),
          rs.getString("previous_hash"),
          rs.getString("hash"));
    } catch (RuntimeException e) {
      throw new UnreadableEventException(seq, e);
    }
  }
}
