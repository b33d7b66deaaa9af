package org.mizan.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
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
      return db.jdbi()
          .inTransaction(
              TransactionIsolationLevel.READ_COMMITTED,
              h -> AuditWriter.append(h, drafts, clock.instant()));
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
      long from = 1;
      while (true) {
        List<AuditEvent> page = read(from, 5_000);
        for (AuditEvent e : page) {
          Optional<AuditChain.BrokenLink> broken = checker.check(e);
          if (broken.isPresent()) {
            return new ChainCheck(checker.intact(), broken);
          }
        }
        if (page.size() < 5_000) {
          break;
        }
        from = page.get(page.size() - 1).seq() + 1;
      }
      // The head must name the last event: a removed tail leaves it pointing past the end.
      long headSeq =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("select seq from audit_head where id = 1")
                          .mapTo(Long.class)
                          .one());
      if (headSeq != checker.intact()) {
        return new ChainCheck(
            checker.intact(),
            Optional.of(
                new AuditChain.BrokenLink(
                    checker.intact() + 1,
                    "event "
                        + (checker.intact() + 1)
                        + " is missing (the chain's head is event "
                        + headSeq
                        + ")")));
      }
      return new ChainCheck(checker.intact(), Optional.empty());
    } catch (JdbiException e) {
      throw Database.unavailable("reading the audit trail", e);
    }
  }
}
