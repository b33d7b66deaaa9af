package org.mizan.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.model.ListVersion;

/**
 * The list versions the service screens against ({@code lists_in_force}): each change of version
 * between two starts — a list added, replaced or no longer in force — is a {@code list-changed}
 * audit event naming the old and the new version.
 */
public final class JdbiListsInForce {
  private final Database db;
  private final Clock clock;

  public JdbiListsInForce(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Records the versions now in force, with an audit event for each change since the last call.
   *
   * @param actor who put them in force ({@code system} at start-up)
   * @return the audit events appended, one per change (none when nothing changed)
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  public List<AuditEvent> record(List<ListVersion> inForce, String actor) {
    Instant at = clock.instant();
    try {
      return db.jdbi()
          .inTransaction(
              TransactionIsolationLevel.READ_COMMITTED,
              h -> {
                Map<String, ListVersion> before = new HashMap<>();
                h.createQuery("select source, published, sha256 from lists_in_force")
                    .map(
                        (rs, ctx) ->
                            new ListVersion(
                                rs.getString("source"),
                                rs.getString("published"),
                                rs.getString("sha256")))
                    .forEach(v -> before.put(v.source(), v));
                List<AuditDraft> changes = new ArrayList<>();
                for (ListVersion now : inForce) {
                  ListVersion old = before.remove(now.source());
                  if (old != null && old.sha256().equals(now.sha256())) {
                    continue;
                  }
                  changes.add(change(actor, now.source(), old, now));
                  h.createUpdate("delete from lists_in_force where source = :source")
                      .bind("source", now.source())
                      .execute();
                  h.createUpdate(
                          "insert into lists_in_force (source, published, sha256, since)"
                              + " values (:source, :published, :sha256, :since)")
                      .bind("source", now.source())
                      .bind("published", now.published())
                      .bind("sha256", now.sha256())
                      .bind("since", Times.text(at))
                      .execute();
                }
                for (ListVersion gone : before.values()) {
                  changes.add(change(actor, gone.source(), gone, null));
                  h.createUpdate("delete from lists_in_force where source = :source")
                      .bind("source", gone.source())
                      .execute();
                }
                return AuditWriter.append(h, changes, at);
              });
    } catch (JdbiException e) {
      throw Database.unavailable("recording the lists in force", e);
    }
  }

  private static AuditDraft change(String actor, String source, ListVersion old, ListVersion now) {
    return new AuditDraft(
        actor,
        AuditEvent.LIST_CHANGED,
        source,
        "",
        "{\"old\":" + version(old) + ",\"new\":" + version(now) + "}");
  }

  private static String version(ListVersion v) {
    if (v == null) {
      return "null";
    }
    return "{\"published\":"
        + AuditDraft.quote(v.published())
        + ",\"sha256\":"
        + AuditDraft.quote(v.sha256())
        + "}";
  }
}
