package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.store.TestDatabase;

/** {@code mizan users add}, {@code keys create} and {@code audit verify} on the embedded store. */
class ServiceCommandsTest {
  @TempDir Path dir;

  private final InputStream stdin = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(stdin);
  }

  private MainTest.Run addUser(String name, String role, String passwordLine) {
    System.setIn(new ByteArrayInputStream(passwordLine.getBytes(StandardCharsets.UTF_8)));
    return MainTest.run("users", "add", name, "--role", role, "--data-dir", dir.toString());
  }

  @Test
  void serveRefusesFollowUpPeriodsItCannotRead() {
    for (String days : new String[] {"1,3", "1,3,x", "1,3,366", "-1,3,3"}) {
      MainTest.Run run =
          MainTest.run(
              "serve", "--task-due-days", days, "--port", "0", "--data-dir", dir.toString());
      assertThat(run.exit()).as(days).isEqualTo(2);
      assertThat(run.err())
          .as(days)
          .contains(
              "--task-due-days: three whole numbers of days, 0–365, e.g. 1,3,3 (INTERPOL,"
                  + " Committee, state)");
    }
  }

  @Test
  void keysCreatePrintsTheKeyAndNothingElse() {
    MainTest.Run run =
        MainTest.run(
            "keys",
            "create",
            "--name",
            "border-desk",
            "--role",
            "analyst",
            "--data-dir",
            dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).matches("mzn_[0-9a-f]{12}_[A-Za-z0-9_-]{43}\\n");
    MainTest.Run again =
        MainTest.run(
            "keys",
            "create",
            "--name",
            "border-desk",
            "--role",
            "analyst",
            "--data-dir",
            dir.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("an API key named 'border-desk' already exists");
    assertThat(again.out()).isEmpty();
  }

  @Test
  void keysRevokeAndUsersDisable() {
    MainTest.run(
        "keys", "create", "--name", "desk", "--role", "analyst", "--data-dir", dir.toString());
    addUser("amina", "supervisor", "correct horse battery\n");
    MainTest.Run revoke = MainTest.run("keys", "revoke", "desk", "--data-dir", dir.toString());
    assertThat(revoke.exit()).as(revoke.err()).isZero();
    assertThat(revoke.err()).contains("API key 'desk' revoked");
    MainTest.Run again = MainTest.run("keys", "revoke", "desk", "--data-dir", dir.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("no API key named 'desk' in force");
    MainTest.Run disable = MainTest.run("users", "disable", "amina", "--data-dir", dir.toString());
    assertThat(disable.exit()).as(disable.err()).isZero();
    MainTest.Run verify = MainTest.run("audit", "verify", "--data-dir", dir.toString());
    assertThat(verify.out()).startsWith("audit trail intact: 4 events");
  }

  @Test
  void usersAddReadsThePasswordFromStandardInput() {
    MainTest.Run run = addUser("amina", "supervisor", "correct horse battery\n");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("user 'amina' added (role supervisor)").doesNotContain("horse");
    MainTest.Run shortPassword = addUser("omar", "analyst", "short\n");
    assertThat(shortPassword.exit()).isEqualTo(2);
    assertThat(shortPassword.err()).contains("the password is too short: at least 12 characters");
    MainTest.Run none = addUser("omar", "analyst", "");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no password on standard input");
    MainTest.Run role = addUser("omar", "root", "correct horse battery\n");
    assertThat(role.exit()).isEqualTo(2);
    assertThat(role.err()).contains("--role must be one of analyst, supervisor, auditor, admin");
  }

  @Test
  void auditVerifyPassesOnAnIntactChainAndNamesTheChangedEvent() throws Exception {
    addUser("amina", "supervisor", "correct horse battery\n");
    MainTest.run(
        "keys", "create", "--name", "a", "--role", "analyst", "--data-dir", dir.toString());
    MainTest.run(
        "keys", "create", "--name", "b", "--role", "auditor", "--data-dir", dir.toString());
    MainTest.Run ok = MainTest.run("audit", "verify", "--data-dir", dir.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).startsWith("audit trail intact: 3 events");
    try (TestDatabase db = TestDatabase.h2(dir)) {
      db.tamper("update audit_events set details = '{\"role\":\"admin\"}' where seq = 2");
    }
    MainTest.Run broken = MainTest.run("audit", "verify", "--data-dir", dir.toString());
    assertThat(broken.exit()).isEqualTo(3);
    assertThat(broken.out())
        .startsWith("audit trail BROKEN at event 2: its content does not match its hash")
        .contains("audit trail UNGUARDED: the trigger that refuses to change or remove audit");
  }

  @Test
  void retentionRunDeletesWhatIsDueAndAuditVerifyCountsIt() throws Exception {
    addUser("amina", "supervisor", "correct horse battery\n");
    // A clean screening of six years ago, stored as the service stores one.
    java.time.Instant longAgo =
        java.time.Instant.now()
            .minus(java.time.Duration.ofDays(6 * 366))
            .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    org.mizan.screening.ScreeningRecord r =
        new org.mizan.screening.ScreeningRecord(
            "d0000000-0000-0000-0000-000000000001",
            longAgo,
            "key:desk",
            org.mizan.screening.ScreeningRecord.SCREEN,
            "{\"id\":\"query\",\"name\":\"Margaret Thorne\"}",
            "[]",
            "[]",
            0.85,
            false,
            0,
            java.util.Optional.empty());
    try (TestDatabase test = TestDatabase.h2(dir)) {
      org.mizan.store.Database db = test.open();
      try (org.mizan.store.JdbiScreenings screenings =
          new org.mizan.store.JdbiScreenings(db, java.time.Clock.systemUTC())) {
        screenings.store(
            java.util.List.of(
                new org.mizan.screening.Screenings.Pending(
                    r,
                    new org.mizan.audit.AuditDraft(
                        "key:desk",
                        org.mizan.audit.AuditEvent.SCREEN,
                        r.id(),
                        "",
                        "{\"category\":\"clean\",\"screened_at\":\""
                            + r.at()
                            + "\",\"record_sha256\":\""
                            + r.contentHash()
                            + "\"}"))));
      } finally {
        db.close();
      }
    }
    MainTest.Run before = MainTest.run("audit", "verify", "--data-dir", dir.toString());
    assertThat(before.out()).contains("stored screenings intact: 1 match their audit events\n");
    MainTest.Run run =
        MainTest.run(
            "retention", "run", "--data-dir", dir.toString(), "--retention", "api.delete=never");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(':'))))
        .containsExactly(
            "api.mask", "pnr.mask", "clean.reduce", "pnr.delete", "clean.delete", "alerts.delete");
    assertThat(run.out())
        .contains("clean.reduce: 1 screenings screened at or before ")
        .contains("clean.delete: 1 screenings screened at or before ")
        .contains("pnr.delete: 0 screenings");
    MainTest.Run verify = MainTest.run("audit", "verify", "--data-dir", dir.toString());
    assertThat(verify.exit()).as(verify.out()).isZero();
    assertThat(verify.out())
        .startsWith("audit trail intact: 4 events")
        .contains("stored screenings intact: 0 match their audit events, 1 deleted by retention\n");
  }

  @Test
  void aBadRetentionSettingIsAUsageError() {
    addUser("amina", "supervisor", "correct horse battery\n");
    MainTest.Run run =
        MainTest.run(
            "retention", "run", "--data-dir", dir.toString(), "--retention", "pnr.mask=6M");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "--retention pnr.mask=6M: not an ISO-8601 period of days, weeks, months or years (e.g. P6M, P5Y, P30D), or never");
    MainTest.Run serve =
        MainTest.run(
            "serve", "--port", "0", "--data-dir", dir.toString(), "--retention", "clean.mask=P1M");
    assertThat(serve.exit()).isEqualTo(2);
    assertThat(serve.err()).contains("--retention clean.mask=P1M: clean takes reduce and delete");
    MainTest.Run none = MainTest.run("retention");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("a subcommand is required: run");
  }

  @Test
  void auditVerifyWithoutAStoreSaysSo() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    MainTest.Run run = MainTest.run("audit", "verify", "--data-dir", empty.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no embedded database in " + empty);
  }

  @Test
  void aMistypedPostgresqlSchemaIsRefusedNotCreated() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        TestDatabase.postgresqlAnswers(), "no PostgreSQL server at 127.0.0.1:5432");
    String schema = "mizan_no_such_schema_" + Long.toHexString(System.nanoTime());
    MainTest.Run run =
        MainTest.run(
            "keys",
            "create",
            "--name",
            "desk",
            "--role",
            "analyst",
            "--data-dir",
            dir.toString(),
            "--db",
            TestDatabase.POSTGRESQL + "?currentSchema=" + schema + ",public");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("the schema of its search path (currentSchema) does not exist; create it first");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestDatabase.POSTGRESQL);
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*) from information_schema.schemata where schema_name = '"
                        + schema
                        + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void auditVerifyOnAnEmptyPostgresqlSchemaCreatesNothingAndSaysSo() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        TestDatabase.postgresqlAnswers(), "no PostgreSQL server at 127.0.0.1:5432");
    try (TestDatabase db = TestDatabase.postgresql(dir)) {
      MainTest.Run run =
          MainTest.run(
              "audit", "verify", "--data-dir", dir.toString(), "--db", db.url().orElseThrow());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err())
          .contains("no Mizan store in the database at jdbc:postgresql:")
          .contains("no audit trail there");
      try (java.sql.Connection c = db.connect();
          java.sql.ResultSet tables =
              c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        int count = 0;
        while (tables.next()) {
          if (tables.getString("TABLE_SCHEM").startsWith("mizan_test_")) {
            count++;
          }
        }
        assertThat(count).as("tables created").isZero();
      }
    }
  }

  @Test
  void aDbThatIsNotPostgresqlIsAUsageError() {
    MainTest.Run run =
        MainTest.run("keys", "create", "--name", "a", "--role", "analyst", "--db", "mysql://x");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--db must be a PostgreSQL JDBC URL");
  }
}
