package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;

/**
 * The deployment docs/api.md describes for PostgreSQL: a schema owned by one role (which runs the
 * migrations) and the service running as another, with the grants listed there. The service's role
 * works, and can neither change nor remove an audit row nor drop the trigger that guards them.
 * Skipped with a notice where no PostgreSQL server answers.
 */
class PostgresqlRolesTest {
  @TempDir Path dir;

  @Test
  void theServicesRoleCannotChangeOrRemoveAuditRows() throws SQLException {
    assumeTrue(TestDatabase.postgresqlAnswers(), "no PostgreSQL server at 127.0.0.1:5432");
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String owner = "mizan_owner_" + suffix;
    String app = "mizan_app_" + suffix;
    String schema = "mizan_roles_" + suffix;
    try (Connection admin = DriverManager.getConnection(TestDatabase.POSTGRESQL);
        Statement s = admin.createStatement()) {
      s.execute("create role " + owner + " login");
      s.execute("create role " + app + " login");
      s.execute("create schema " + schema + " authorization " + owner);
      try {
        String base = TestDatabase.POSTGRESQL + "?currentSchema=" + schema + "&user=";
        try (Database migrated = Database.open(Optional.of(base + owner), dir)) {
          new JdbiAuditLog(migrated, Clock.systemUTC()).append(List.of(draft("by the owner")));
        }
        for (String grant : grants(schema, app)) {
          s.execute(grant);
        }
        try (Database db = Database.open(Optional.of(base + app), dir)) {
          JdbiAuditLog audit = new JdbiAuditLog(db, Clock.systemUTC());
          audit.append(List.of(draft("by the service")));
          JdbiAccounts accounts = new JdbiAccounts(db);
          accounts.addKey(
              "0123456789ab",
              "desk",
              org.mizan.access.Role.ANALYST,
              "$argon2id$x",
              java.time.Instant.now(),
              draft("desk"));
          assertThat(accounts.revokeKey("desk", java.time.Instant.now(), draft("desk"))).isTrue();
          // Ending a monitoring is an update the service's role is granted (no such subject here).
          assertThat(
                  new JdbiMonitoring(db, Clock.systemUTC())
                      .end(
                          "00000000-0000-0000-0000-000000000000",
                          new org.mizan.screening.MonitoredSubjects.Ended(
                              "key:desk", java.time.Instant.now()),
                          draft("desk")))
              .isFalse();
          assertThat(audit.verify().intact()).isEqualTo(4);
          // Retention masks, reduces and deletes as the service's role.
          assertThat(retainedSixYearsOn(db)).containsExactly(1L, 1L, 1L, 1L);
        }
        try (Connection c = DriverManager.getConnection(base + app);
            Statement as = c.createStatement()) {
          assertThatThrownBy(
                  () -> as.executeUpdate("update " + schema + ".audit_events set target = 'x'"))
              .hasMessageContaining("permission denied");
          assertThatThrownBy(() -> as.executeUpdate("delete from " + schema + ".audit_events"))
              .hasMessageContaining("permission denied");
          assertThatThrownBy(
                  () -> as.executeUpdate("update " + schema + ".api_keys set key_hash = 'x'"))
              .hasMessageContaining("permission denied");
          // A follow-up task's status may change; what it asks, of whom and by when may not.
          assertThatThrownBy(
                  () ->
                      as.executeUpdate(
                          "update "
                              + schema
                              + ".follow_up_tasks set addressee = 'x', due_at = 'y'"))
              .hasMessageContaining("permission denied");
          assertThat(
                  as.executeUpdate(
                      "update "
                          + schema
                          + ".follow_up_tasks set status = 'done' where status = 'none'"))
              .isZero();
          assertThatThrownBy(
                  () ->
                      as.execute(
                          "drop trigger audit_events_append_only on " + schema + ".audit_events"))
              .hasMessageContaining("must be owner");
        }
      } finally {
        s.execute("drop schema " + schema + " cascade");
        s.execute("drop role " + app);
        s.execute("drop role " + owner);
      }
    }
  }

  /** The grants of docs/api.md, "The audit trail", for the service's role. */
  static List<String> grants(String schema, String app) {
    return List.of(
        "grant usage on schema " + schema + " to " + app,
        "grant select, insert on all tables in schema " + schema + " to " + app,
        "grant update on " + schema + ".audit_head to " + app,
        "grant update, delete on " + schema + ".lists_in_force to " + app,
        "grant update (revoked_at) on " + schema + ".api_keys to " + app,
        "grant update (disabled_at) on " + schema + ".users to " + app,
        "grant update (state, assigned_to) on " + schema + ".alerts to " + app,
        "grant delete on " + schema + ".good_guys to " + app,
        "grant update (confirmed_by, confirmed_at, confirm_reason) on "
            + schema
            + ".decisions to "
            + app,
        "grant update (subject, ended_by, ended_at) on " + schema + ".monitored_subjects to " + app,
        "grant update (status, closed_by, closed_at, close_reason) on "
            + schema
            + ".follow_up_tasks to "
            + app,
        "grant update (masked_at, reduced_at, matches) on " + schema + ".screenings to " + app,
        "grant delete on "
            + schema
            + ".screenings, "
            + schema
            + ".alerts, "
            + schema
            + ".decisions, "
            + schema
            + ".cases, "
            + schema
            + ".follow_up_tasks to "
            + app);
  }

  /**
   * Stores a PNR traveller and a clean screening now, and runs retention six years on.
   *
   * @return masked, reduced, PNR deleted, clean deleted
   */
  private static List<Long> retainedSixYearsOn(Database db) {
    java.time.Instant now =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    List<org.mizan.screening.Screenings.Pending> pending = new java.util.ArrayList<>();
    for (String channel : List.of("manifest", "screen")) {
      org.mizan.screening.ScreeningRecord r =
          new org.mizan.screening.ScreeningRecord(
              UUID.randomUUID().toString(),
              now,
              "key:desk",
              channel,
              "{\"name\":\"x\",\"context\":{\"format\":\"PNRGOV\"}}",
              "[]",
              "[]",
              0.85,
              false,
              0,
              Optional.empty());
      pending.add(
          new org.mizan.screening.Screenings.Pending(
              r,
              new AuditDraft(
                  "key:desk",
                  AuditEvent.SCREEN,
                  r.id(),
                  "",
                  "{\"record_sha256\":\"" + r.contentHash() + "\"}")));
    }
    Clock later =
        Clock.fixed(now.plus(java.time.Duration.ofDays(6 * 366)), java.time.ZoneOffset.UTC);
    try (JdbiScreenings screenings = new JdbiScreenings(db, Clock.systemUTC())) {
      screenings.store(pending);
      List<org.mizan.retention.Retention.Outcome> done =
          new org.mizan.retention.Retention(
                  new JdbiRetention(db, later),
                  org.mizan.retention.RetentionPolicy.defaults(),
                  screenings,
                  new JdbiAuditLog(db, later),
                  later,
                  "system")
              .run();
      List<Long> changed = new java.util.ArrayList<>();
      for (org.mizan.retention.Retention.Outcome o : done) {
        if (o.counts().screenings() > 0) {
          changed.add(o.counts().screenings());
        }
      }
      return changed;
    }
  }

  private static AuditDraft draft(String target) {
    return new AuditDraft("system", AuditEvent.SERVICE_STARTED, target, "", "{}");
  }
}
