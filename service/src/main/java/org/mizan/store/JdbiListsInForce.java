package org.mizan.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.model.ListVersion;

/**
 * The list versions the service screens against ({@code lists_in_force}), written with the
 * re-screening of the monitored subjects ({@link JdbiMonitoring#rescreened}): each change of
 * version between two starts — a list added, replaced or no longer in force — is a {@code
 * list-changed} audit event naming the old and the new version.
 */
final class JdbiListsInForce {
  private JdbiListsInForce() {}

  /** The versions recorded in force, by source. */
  static Map<String, ListVersion> read(org.jdbi.v3.core.Handle h) {
    Map<String, ListVersion> versions = new java.util.TreeMap<>();
    h.createQuery("select source, published, sha256 from lists_in_force")
        .map(
            (rs, ctx) ->
                new ListVersion(
                    rs.getString("source"), rs.getString("published"), rs.getString("sha256")))
        .forEach(v -> versions.put(v.source(), v));
    return versions;
  }

  /**
   * Records {@code inForce} in {@code h}'s transaction.
   *
   * @return the audit events to append, one per change
   */
  static List<AuditDraft> record(
      org.jdbi.v3.core.Handle h, List<ListVersion> inForce, String actor, Instant at) {
    Map<String, ListVersion> before = new HashMap<>(read(h));
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
    return changes;
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
