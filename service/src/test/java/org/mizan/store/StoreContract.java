package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.access.AccountExistsException;
import org.mizan.access.Accounts;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditChain;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;
import org.mizan.screening.MonitoredSubjects;
import org.mizan.screening.ScreeningRecord;
import org.mizan.screening.Screenings;

/**
 * The store's contract, run on the embedded database ({@link H2StoreTest}) and on PostgreSQL
 * ({@link PostgresqlStoreTest}): the same behaviour from both.
 */
abstract class StoreContract {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T10:15:30.123456789Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  TestDatabase test;
  Database db;
  JdbiAuditLog audit;
  JdbiScreenings screenings;
  JdbiAccounts accounts;

  abstract TestDatabase database(Path dir);

  @BeforeEach
  void open() {
    test = database(dir);
    db = test.open();
    audit = new JdbiAuditLog(db, CLOCK);
    screenings = new JdbiScreenings(db, CLOCK);
    accounts = new JdbiAccounts(db);
  }

  @AfterEach
  void close() throws SQLException {
    screenings.close();
    db.close();
    test.close();
  }

  static AuditDraft draft(String target) {
    return new AuditDraft("key:desk", AuditEvent.SCREEN, target, "", "{\"hits\":0}");
  }

  @Test
  void eventsAreChainedFromGenesisWithoutGaps() {
    List<AuditEvent> first = audit.append(List.of(draft("a"), draft("b")));
    List<AuditEvent> second = audit.append(List.of(draft("c")));
    assertThat(first).extracting(AuditEvent::seq).containsExactly(1L, 2L);
    assertThat(first.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(first.get(1).previousHash()).isEqualTo(first.get(0).hash());
    assertThat(second.get(0).previousHash()).isEqualTo(first.get(1).hash());
    assertThat(audit.read(1, 10)).containsExactlyElementsOf(concat(first, second));
    // Stored to the microsecond: the instant read back is the one hashed.
    assertThat(audit.read(2, 1).get(0).at())
        .isEqualTo(Instant.parse("2026-11-30T10:15:30.123456Z"));
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(3, Optional.empty()));
  }

  @Test
  void concurrentWritersLeaveNoGapAndNoFork() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 25; i++) {
                  audit.append(List.of(draft(thread + "-" + i)));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(200, Optional.empty()));
  }

  @Test
  void theApplicationCannotChangeOrRemoveAnAuditEvent() throws SQLException {
    audit.append(List.of(draft("a"), draft("b")));
    try (Connection c = test.connect();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () -> s.executeUpdate("update audit_events set target = 'x' where seq = 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("delete from audit_events where seq = 2"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(audit.verify().broken()).isEmpty();
  }

  @Test
  void aStoreWhoseGuardWasRemovedSaysSo() throws SQLException {
    assertThat(audit.guarded()).isTrue();
    // Dropped on H2 (by tamper itself); disabled on PostgreSQL.
    test.tamper(
        test.isPostgresql()
            ? "alter table audit_events disable trigger audit_events_append_only"
            : "select 1");
    assertThat(audit.guarded()).isFalse();
  }

  @Test
  void aGuardThatNoLongerGuardsIsNoticed() throws SQLException {
    // The trigger's name kept, its effect gone: a function that lets everything through
    // (PostgreSQL), the trigger put on another table (H2).
    test.tamper(
        test.isPostgresql()
            ? "create or replace function mizan_audit_append_only() returns trigger language"
                + " plpgsql as $$ begin return old; end; $$"
            : "create trigger audit_events_append_only before update, delete on users for each"
                + " row call 'org.mizan.store.AppendOnlyTrigger'");
    assertThat(audit.guarded()).isFalse();
  }

  @Test
  void theHeadIsTheLastEvent() {
    assertThat(audit.head()).isEqualTo(new AuditLog.Head(0, AuditChain.GENESIS));
    List<AuditEvent> events = audit.append(List.of(draft("a"), draft("b")));
    assertThat(audit.head()).isEqualTo(new AuditLog.Head(2, events.get(1).hash()));
  }

  @Test
  void aChangedEventBreaksTheChainAtThatEvent() throws SQLException {
    audit.append(List.of(draft("a"), draft("b"), draft("c"), draft("d")));
    test.tamper("update audit_events set details = '{\"hits\":1}' where seq = 3");
    AuditLog.ChainCheck check = audit.verify();
    assertThat(check.intact()).isEqualTo(2);
    assertThat(check.broken()).get().extracting(AuditChain.BrokenLink::seq).isEqualTo(3L);
    assertThat(check.broken().get().problem()).contains("content does not match");
  }

  @Test
  void aRemovedEventBreaksTheChainWhereItWas() throws SQLException {
    audit.append(List.of(draft("a"), draft("b"), draft("c")));
    test.tamper("delete from audit_events where seq = 2");
    assertThat(audit.verify().broken()).get().extracting(AuditChain.BrokenLink::seq).isEqualTo(2L);
  }

  @Test
  void aHeadMovedBackOverARemovedTailIsNoticed() throws SQLException {
    audit.append(List.of(draft("a"), draft("b"), draft("c")));
    test.tamper("delete from audit_events where seq = 3");
    test.tamper("update audit_head set seq = 2");
    AuditLog.ChainCheck check = audit.verify();
    assertThat(check.broken()).get().extracting(AuditChain.BrokenLink::seq).isEqualTo(3L);
    assertThat(check.broken().get().problem()).contains("moved back");
  }

  @Test
  void anEventWhoseFieldsCannotBeReadIsNamed() throws SQLException {
    audit.append(List.of(draft("a"), draft("b"), draft("c")));
    test.tamper("update audit_events set at = 'garbage' where seq = 2");
    AuditLog.ChainCheck check = audit.verify();
    assertThat(check.intact()).isEqualTo(1);
    assertThat(check.broken()).get().extracting(AuditChain.BrokenLink::seq).isEqualTo(2L);
    assertThat(check.broken().get().problem()).contains("cannot be read");
    assertThatThrownBy(() -> audit.read(1, 10))
        .isInstanceOf(org.mizan.audit.UnreadableEventException.class)
        .hasMessageStartingWith("audit event 2 cannot be read");
  }

  @Test
  void aRemovedLastEventIsNoticedByTheHead() throws SQLException {
    audit.append(List.of(draft("a"), draft("b"), draft("c")));
    test.tamper("delete from audit_events where seq = 3");
    assertThat(audit.verify().broken()).get().extracting(AuditChain.BrokenLink::seq).isEqualTo(3L);
  }

  /**
   * A breaker's find: a store that a newer version had migrated opened in an older one, which then
   * read the newer records' hashes as changed after they were recorded (a false tamper alarm).
   */
  @Test
  void aStoreMigratedByANewerVersionIsRefusedAndLeftAsItIs() throws SQLException {
    test.tamper(
        "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
            + " \"installed_on\", \"execution_time\", \"success\") values (99, '99', 'newer',"
            + " 'SQL', 'V99__newer.sql', 0, 'mizan', current_timestamp, 0, true)");
    for (java.util.function.Supplier<Database> opening :
        List.<java.util.function.Supplier<Database>>of(
            test::open, () -> Database.openExisting(test.url(), test.dataDir()))) {
      assertThatThrownBy(opening::get)
          .isInstanceOf(org.mizan.audit.StoreUnavailableException.class)
          .hasMessageEndingWith(
              " was migrated by a newer version of Mizan (schema version 99): run that version, or"
                  + " a copy of the store from before it");
    }
    assertThat(audit.verify().broken()).isEmpty();
  }

  @Test
  void screeningsAreStoredWithTheirAlertsAndAuditEvents() {
    ScreeningRecord clean = record("11111111-1111-1111-1111-111111111111", 0, Optional.empty());
    ScreeningRecord hit =
        record(
            "22222222-2222-2222-2222-222222222222",
            2,
            Optional.of("33333333-3333-3333-3333-333333333333"),
            true);
    audit.append(List.of(draft("before")));
    List<Screenings.Stored> stored =
        screenings.store(
            List.of(
                new Screenings.Pending(clean, draft(clean.id())),
                new Screenings.Pending(hit, draft(hit.id()))));
    assertThat(stored).extracting(Screenings.Stored::auditSeq).containsExactly(2L, 3L);
    Screenings.Found found = screenings.find(hit.id()).orElseThrow();
    assertThat(found.record()).isEqualTo(hit);
    assertThat(found.record().hitsOnly()).isTrue();
    assertThat(found.record().contentHash()).isEqualTo(hit.contentHash());
    assertThat(found.stored()).isEqualTo(stored.get(1));
    assertThat(screenings.find(clean.id()).orElseThrow().record().alertId()).isEmpty();
    assertThat(screenings.find(clean.id()).orElseThrow().record().hitsOnly()).isFalse();
    assertThat(
            new JdbiAlerts(db, CLOCK)
                .queue(org.mizan.review.Alert.State.OPEN, org.mizan.review.Alerts.Filter.NONE, 10))
        .containsExactly(
            new org.mizan.review.Alerts.Summary(
                "33333333-3333-3333-3333-333333333333",
                hit.id(),
                "open",
                2,
                "2026-11-30T10:15:30.123456Z",
                Optional.empty()));
    assertThat(screenings.find("44444444-4444-4444-4444-444444444444")).isEmpty();
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(3, Optional.empty()));
  }

  @Test
  void aStoredScreeningChangedLaterNoLongerMatchesItsAuditEvent() throws SQLException {
    ScreeningRecord a = record("77777777-7777-7777-7777-777777777777", 0, Optional.empty());
    ScreeningRecord b =
        record(
            "88888888-8888-8888-8888-888888888888",
            1,
            Optional.of("99999999-9999-9999-9999-999999999999"));
    screenings.store(List.of(recorded(a), recorded(b)));
    assertThat(screenings.verifyRecords()).isEqualTo(new Screenings.RecordCheck(2));
    try (Connection c = test.connect();
        Statement s = c.createStatement()) {
      // "no hit" made of a screening that had one: the audit chain itself is untouched.
      s.executeUpdate(
          "update screenings set matches = '[]', hits = 0, alert_id = null where id = '"
              + b.id()
              + "'");
    }
    Screenings.RecordCheck check = screenings.verifyRecords();
    assertThat(check.intact()).isEqualTo(1);
    assertThat(check.changed()).get().extracting(Screenings.Stored::screeningId).isEqualTo(b.id());
    assertThat(check.problem()).isEqualTo("changed after it was recorded");
    assertThat(audit.verify().broken()).isEmpty();
    try (Connection c = test.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from screenings where id = '" + a.id() + "'");
    }
    check = screenings.verifyRecords();
    assertThat(check.intact()).isZero();
    assertThat(check.changed()).get().extracting(Screenings.Stored::screeningId).isEqualTo(a.id());
    assertThat(check.problem()).isEqualTo("removed");
  }

  @Test
  void oneCallersRefusedScreeningDoesNotFailTheOthersOfItsGroup() throws Exception {
    ScreeningRecord taken = record("00000000-0000-0000-0000-00000000000a", 0, Optional.empty());
    screenings.store(List.of(recorded(taken)));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Boolean>> done = new ArrayList<>();
    for (int t = 0; t < 24; t++) {
      // Every fourth caller sends a screening whose id is taken: the database refuses it.
      String id = t % 4 == 0 ? taken.id() : String.format("00000000-0000-0000-0000-%012d", t + 100);
      ScreeningRecord r = record(id, 0, Optional.empty());
      done.add(
          pool.submit(
              () -> {
                try {
                  screenings.store(List.of(recorded(r)));
                  return true;
                } catch (org.mizan.audit.StoreUnavailableException e) {
                  return false;
                }
              }));
    }
    int stored = 0;
    for (int t = 0; t < done.size(); t++) {
      boolean ok = done.get(t).get();
      assertThat(ok).as("caller " + t).isEqualTo(t % 4 != 0);
      stored += ok ? 1 : 0;
    }
    pool.shutdown();
    assertThat(stored).isEqualTo(18);
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(19, Optional.empty()));
  }

  @Test
  void anAlertIsReviewedWithFourEyesAndItsStateFollows() {
    ScreeningRecord hit =
        new ScreeningRecord(
            "abababab-abab-abab-abab-abababababab",
            Instant.parse("2026-11-30T10:15:30.123456Z"),
            "key:desk",
            ScreeningRecord.SCREEN,
            "{\"id\":\"query\",\"name\":\"x y\"}",
            "[]",
            "[{\"id\":\"QDi.059\",\"source\":\"un-sc-consolidated\",\"hit\":true},"
                + "{\"id\":\"QDi.060\",\"source\":\"un-sc-consolidated\",\"hit\":false}]",
            0.85,
            false,
            1,
            Optional.of("cdcdcdcd-cdcd-cdcd-cdcd-cdcdcdcdcdcd"));
    screenings.store(List.of(recorded(hit)));
    JdbiAlerts alerts = new JdbiAlerts(db, CLOCK);
    String alertId = hit.alertId().orElseThrow();
    org.mizan.review.Alert alert = alerts.find(alertId).orElseThrow();
    assertThat(alert.hits())
        .containsExactly(new org.mizan.review.Alert.Hit("un-sc-consolidated", "QDi.059"));
    int[] ids = {0};
    org.mizan.review.AlertReview review =
        new org.mizan.review.AlertReview(
            alerts,
            CLOCK,
            () -> "decision-" + ++ids[0],
            org.mizan.review.FollowUps.over(List.of(), org.mizan.review.FollowUps.Periods.DEFAULT));
    org.mizan.access.Principal omar =
        new org.mizan.access.Principal(
            org.mizan.access.Principal.Kind.USER, "omar", org.mizan.access.Role.ANALYST);
    org.mizan.access.Principal amina =
        new org.mizan.access.Principal(
            org.mizan.access.Principal.Kind.USER, "amina", org.mizan.access.Role.SUPERVISOR);
    org.mizan.review.Decision d =
        review.decide(alertId, "un-sc-consolidated", "QDi.059", "escalated", "ask the NCB", omar);
    assertThat(alerts.find(alertId).orElseThrow().decisions()).containsExactly(d);
    assertThat(
            alerts.queue(
                org.mizan.review.Alert.State.IN_REVIEW, org.mizan.review.Alerts.Filter.NONE, 10))
        .extracting(org.mizan.review.Alerts.Summary::id)
        .containsExactly(alertId);
    // Someone else's write in between: the stale alert is refused.
    assertThatThrownBy(() -> alerts.assigned(alert, "omar", draft(alertId)))
        .isInstanceOf(org.mizan.review.ReviewException.class)
        .hasMessageStartingWith("the alert changed meanwhile");
    review.confirm(alertId, d.id(), "handed to the case team", amina);
    assertThat(alerts.find(alertId).orElseThrow().state())
        .isEqualTo(org.mizan.review.Alert.State.CLOSED);
    assertThat(
            alerts.queue(
                org.mizan.review.Alert.State.CLOSED, org.mizan.review.Alerts.Filter.NONE, 10))
        .hasSize(1);
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(3, Optional.empty()));
  }

  private static final List<org.mizan.model.Watchlist> BUNDLED =
      List.of(org.mizan.app.Mizan.bundledList());

  /** A screening of a Yemeni national with a hit on QDi.059 (Al-Qaida), and its alert. */
  private String screenedHitOnQdi059(String screeningId, String alertId) {
    ScreeningRecord hit =
        new ScreeningRecord(
            screeningId,
            Instant.parse("2026-11-30T10:15:30.123456Z"),
            "key:desk",
            ScreeningRecord.SCREEN,
            "{\"id\":\"query\",\"name\":\"x y\",\"nationality\":\"Yemen\"}",
            "[]",
            "[{\"id\":\"QDi.059\",\"source\":\"un-sc-consolidated\",\"hit\":true}]",
            0.85,
            false,
            1,
            Optional.of(alertId));
    screenings.store(List.of(recorded(hit)));
    return alertId;
  }

  /** A true-match decision by Omar on an alert's QDi.059 hit, and the review that took it. */
  private record TrueMatch(
      org.mizan.review.AlertReview review, org.mizan.review.Decision decision) {}

  private TrueMatch trueMatchOnQdi059(JdbiAlerts alerts, String alertId) {
    int[] ids = {0};
    org.mizan.review.AlertReview review = reviewWithFollowUps(alerts, () -> "id-" + ++ids[0]);
    return new TrueMatch(
        review,
        review.decide(alertId, "un-sc-consolidated", "QDi.059", "true-match", "dob agrees", OMAR));
  }

  private org.mizan.review.AlertReview reviewWithFollowUps(
      JdbiAlerts alerts, java.util.function.Supplier<String> ids) {
    return new org.mizan.review.AlertReview(
        alerts,
        CLOCK,
        ids,
        org.mizan.review.FollowUps.over(BUNDLED, org.mizan.review.FollowUps.Periods.DEFAULT));
  }

  private static final Principal OMAR = new Principal(Principal.Kind.USER, "omar", Role.ANALYST);
  private static final Principal AMINA =
      new Principal(Principal.Kind.USER, "amina", Role.SUPERVISOR);

  @Test
  void aConfirmedTrueMatchStoresItsFollowUpTasksAndEachIsClosedOnce() {
    String alertId =
        screenedHitOnQdi059(
            "12121212-1212-1212-1212-121212121212", "34343434-3434-3434-3434-343434343434");
    JdbiAlerts alerts = new JdbiAlerts(db, CLOCK);
    JdbiTasks tasks = new JdbiTasks(db, CLOCK);
    TrueMatch tm = trueMatchOnQdi059(alerts, alertId);
    org.mizan.review.AlertReview review = tm.review();
    org.mizan.review.Decision d = tm.decision();
    assertThat(tasks.list(org.mizan.review.Tasks.Filter.NONE, 100)).isEmpty();
    review.confirm(alertId, d.id(), "passport scan checked", AMINA);
    List<org.mizan.review.Task> stored = tasks.list(org.mizan.review.Tasks.Filter.NONE, 100);
    assertThat(stored)
        .extracting(
            t ->
                t.id()
                    + " "
                    + t.kind().id()
                    + " "
                    + t.addressee()
                    + " "
                    + t.basis()
                    + " "
                    + t.dueAt()
                    + " "
                    + t.status().id())
        .containsExactly(
            "id-2 confirm-interpol-ncb interpol-ncb listed 2026-12-01T10:15:30.123456Z open",
            "id-3 notify-committee un-1267-committee listed 2026-12-03T10:15:30.123456Z open",
            "id-5 notify-state SA listed-nationality 2026-12-03T10:15:30.123456Z open",
            "id-4 notify-state YE screened-nationality 2026-12-03T10:15:30.123456Z open");
    org.mizan.review.Task interpol = tasks.find("id-2").orElseThrow();
    assertThat(interpol)
        .isEqualTo(
            new org.mizan.review.Task(
                "id-2",
                alertId,
                "id-1",
                "un-sc-consolidated",
                "QDi.059",
                org.mizan.review.Task.Kind.CONFIRM_INTERPOL,
                "interpol-ncb",
                "listed",
                Instant.parse("2026-12-01T10:15:30.123456Z"),
                org.mizan.review.Task.Status.OPEN,
                "user:amina",
                Instant.parse("2026-11-30T10:15:30.123456Z"),
                Optional.empty()));
    assertThat(
            tasks.list(
                new org.mizan.review.Tasks.Filter(
                    Optional.empty(),
                    Optional.of(Instant.parse("2026-12-02T00:00:00Z")),
                    Optional.empty()),
                100))
        .containsExactly(interpol);
    assertThat(
            tasks.list(
                new org.mizan.review.Tasks.Filter(
                    Optional.empty(), Optional.empty(), Optional.of("no-such-alert")),
                100))
        .isEmpty();
    assertThat(tasks.list(org.mizan.review.Tasks.Filter.NONE, 2)).hasSize(2);

    org.mizan.review.Task done =
        new org.mizan.review.TaskReview(tasks, CLOCK)
            .close("id-2", "done", "NCB confirmed the identity, ref 118", OMAR);
    assertThat(tasks.find("id-2")).contains(done);
    assertThat(done.closing().orElseThrow().at())
        .isEqualTo(Instant.parse("2026-11-30T10:15:30.123456Z"));
    assertThat(
            tasks.list(
                new org.mizan.review.Tasks.Filter(
                    Optional.of(org.mizan.review.Task.Status.OPEN),
                    Optional.empty(),
                    Optional.empty()),
                100))
        .extracting(org.mizan.review.Task::id)
        .containsExactly("id-3", "id-5", "id-4");
    // Closing it again from a stale read: refused, and not audited.
    assertThatThrownBy(() -> tasks.closed(interpol, done, draft("id-2")))
        .isInstanceOf(org.mizan.review.ReviewException.class)
        .hasMessage("the task was closed meanwhile: read it again");
    // screen, decision, decision-confirmed, tasks-created, task-updated.
    assertThat(audit.read(1, 10))
        .extracting(e -> e.draft().action())
        .containsExactly(
            "screen", "decision", "decision-confirmed", "tasks-created", "task-updated");
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(5, Optional.empty()));
  }

  @Test
  void anAlertWithAnOpenFollowUpTaskOutlivesItsRetentionPeriod() {
    String alertId =
        screenedHitOnQdi059(
            "56565656-5656-5656-5656-565656565656", "78787878-7878-7878-7878-787878787878");
    JdbiAlerts alerts = new JdbiAlerts(db, CLOCK);
    JdbiTasks tasks = new JdbiTasks(db, CLOCK);
    TrueMatch tm = trueMatchOnQdi059(alerts, alertId);
    org.mizan.review.AlertReview review = tm.review();
    org.mizan.review.Decision d = tm.decision();
    review.confirm(alertId, d.id(), "passport scan checked", AMINA);
    assertThat(alerts.find(alertId).orElseThrow().state())
        .isEqualTo(org.mizan.review.Alert.State.CLOSED);
    // Five years after the alert closed, its four open tasks keep it (and them).
    assertThat(changed(retentionAt("2031-12-01T10:15:30.123456Z").run())).isEmpty();
    assertThat(alerts.find(alertId)).isPresent();
    org.mizan.review.TaskReview closing = new org.mizan.review.TaskReview(tasks, CLOCK);
    for (org.mizan.review.Task t : tasks.list(org.mizan.review.Tasks.Filter.NONE, 100)) {
      closing.close(t.id(), "done", "sent through the national channel", AMINA);
    }
    // Closed: the alert goes, with its decision and its closed tasks.
    List<org.mizan.retention.Retention.Outcome> run =
        retentionAt("2031-12-01T10:15:30.123456Z").run();
    assertThat(changed(run)).containsExactly(java.util.Map.entry("alerts.delete", 1L));
    assertThat(run.get(run.size() - 1).counts())
        .isEqualTo(new org.mizan.retention.RetentionStore.Deleted(1, 1, 1, 0));
    assertThat(alerts.find(alertId)).isEmpty();
    assertThat(tasks.list(org.mizan.review.Tasks.Filter.NONE, 100)).isEmpty();
  }

  @Test
  void aConfirmationWhoseTasksCannotBeStoredKeepsNothing() {
    // Every task gets the same id: the second one violates the primary key.
    int[] ids = {0};
    JdbiAlerts alerts = new JdbiAlerts(db, CLOCK);
    org.mizan.review.AlertReview review =
        reviewWithFollowUps(alerts, () -> ++ids[0] == 1 ? "decision-1" : "task");
    String alertId =
        screenedHitOnQdi059(
            "56565656-5656-5656-5656-565656565656", "78787878-7878-7878-7878-787878787878");
    org.mizan.review.Decision d =
        review.decide(alertId, "un-sc-consolidated", "QDi.059", "true-match", "dob agrees", OMAR);
    assertThatThrownBy(() -> review.confirm(alertId, d.id(), "passport scan checked", AMINA))
        .isInstanceOf(org.mizan.audit.StoreUnavailableException.class);
    assertThat(alerts.find(alertId).orElseThrow().decisions())
        .singleElement()
        .extracting(org.mizan.review.Decision::status)
        .isEqualTo("pending-confirmation");
    assertThat(new JdbiTasks(db, CLOCK).list(org.mizan.review.Tasks.Filter.NONE, 100)).isEmpty();
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(2, Optional.empty()));
  }

  @Test
  void aFailedGroupKeepsNothing() {
    ScreeningRecord a = record("55555555-5555-5555-5555-555555555555", 0, Optional.empty());
    screenings.store(List.of(new Screenings.Pending(a, draft(a.id()))));
    // The same id again violates the primary key: the whole group, audit events too, is refused.
    ScreeningRecord b = record("66666666-6666-6666-6666-666666666666", 0, Optional.empty());
    assertThatThrownBy(
            () ->
                screenings.store(
                    List.of(
                        new Screenings.Pending(b, draft(b.id())),
                        new Screenings.Pending(a, draft(a.id())))))
        .isInstanceOf(org.mizan.audit.StoreUnavailableException.class)
        .hasMessageContaining("nothing was kept");
    assertThat(screenings.find(b.id())).isEmpty();
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(1, Optional.empty()));
  }

  @Test
  void accountsAreFoundByNameOrKeyIdAndNamesAreUnique() {
    accounts.addUser("amina", Role.SUPERVISOR, "$argon2id$hash", CLOCK.instant(), draft("amina"));
    accounts.addKey(
        "0123456789ab", "border-desk", Role.ANALYST, "$argon2id$key", CLOCK.instant(), draft("k"));
    assertThat(accounts.user("amina"))
        .contains(
            new Accounts.Stored(
                new Principal(Principal.Kind.USER, "amina", Role.SUPERVISOR), "$argon2id$hash"));
    assertThat(accounts.key("0123456789ab"))
        .contains(
            new Accounts.Stored(
                new Principal(Principal.Kind.KEY, "border-desk", Role.ANALYST), "$argon2id$key"));
    assertThat(accounts.user("nobody")).isEmpty();
    assertThat(accounts.key("ffffffffffff")).isEmpty();
    assertThat(accounts.isEmpty()).isFalse();
    assertThat(accounts.rolesOf("amina")).containsExactly(Role.SUPERVISOR);
    assertThat(accounts.rolesOf("border-desk")).containsExactly(Role.ANALYST);
    assertThat(accounts.rolesOf("nobody")).isEmpty();
    assertThatThrownBy(
            () ->
                accounts.addUser(
                    "amina", Role.ANALYST, "$argon2id$x", CLOCK.instant(), draft("amina")))
        .isInstanceOf(AccountExistsException.class)
        .hasMessage("a user named 'amina' already exists");
    // Each account written is an audit event; the refused one is not.
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(2, Optional.empty()));
  }

  @Test
  void aChangeOfListVersionIsAnAuditEvent() {
    JdbiMonitoring monitoring = new JdbiMonitoring(db, CLOCK);
    java.util.function.Function<List<org.mizan.model.ListVersion>, List<AuditEvent>> record =
        inForce -> {
          long before = audit.head().seq();
          monitoring.rescreened(
              new org.mizan.screening.MonitoredSubjects.Rescreening(
                  List.of(),
                  List.of(),
                  List.of(),
                  new java.util.HashSet<>(monitoring.inForce().values()),
                  inForce,
                  java.util.Set.of(),
                  CLOCK.instant(),
                  "system",
                  stored -> List.of()));
          return audit.read(before + 1, 100);
        };
    org.mizan.model.ListVersion january =
        new org.mizan.model.ListVersion(
            "un-sc-consolidated", "2026-01-28T00:00:00Z", "a".repeat(64));
    org.mizan.model.ListVersion february =
        new org.mizan.model.ListVersion(
            "un-sc-consolidated", "2026-02-27T00:00:09.554Z", "b".repeat(64));
    assertThat(record.apply(List.of(january)))
        .extracting(e -> e.draft().details())
        .containsExactly(
            "{\"old\":null,\"new\":{\"published\":\"2026-01-28T00:00:00Z\",\"sha256\":\""
                + "a".repeat(64)
                + "\"}}");
    assertThat(record.apply(List.of(january))).isEmpty();
    List<AuditEvent> changed = record.apply(List.of(february));
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).draft().action()).isEqualTo(AuditEvent.LIST_CHANGED);
    assertThat(changed.get(0).draft().target()).isEqualTo("un-sc-consolidated");
    assertThat(changed.get(0).draft().details())
        .contains("\"old\":{\"published\":\"2026-01-28T00:00:00Z\"")
        .contains("\"new\":{\"published\":\"2026-02-27T00:00:09.554Z\"");
    assertThat(record.apply(List.of()).get(0).draft().details()).endsWith("\"new\":null}");
    assertThat(audit.verify()).isEqualTo(new AuditLog.ChainCheck(3, Optional.empty()));
  }

  /** When the screenings of the retention tests were screened. */
  private static final Instant SCREENED = Instant.parse("2026-05-30T10:00:00Z");

  private static final String FLAGGED_ENTRY_HASH = "e".repeat(64);

  private org.mizan.retention.Retention retentionAt(String instant) {
    Clock at = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return new org.mizan.retention.Retention(
        new JdbiRetention(db, at),
        org.mizan.retention.RetentionPolicy.defaults(),
        screenings,
        audit,
        at,
        "system");
  }

  /** What each operation of a run changed, by {@code category.operation}, where it changed any. */
  private static java.util.Map<String, Long> changed(
      List<org.mizan.retention.Retention.Outcome> r) {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    for (org.mizan.retention.Retention.Outcome o : r) {
      if (o.counts().screenings() > 0) {
        out.put(o.category().id() + "." + o.operation().id(), o.counts().screenings());
      }
    }
    return out;
  }

  private static ScreeningRecord traveller(
      String id, String format, int hits, Optional<String> alert) {
    return new ScreeningRecord(
        id,
        SCREENED,
        "key:desk",
        ScreeningRecord.MANIFEST,
        "{\"id\":\"2\",\"name\":\"Ahmad Karimi\",\"dob\":\"1971-03-02\",\"context\":{\"format\":\""
            + format
            + "\",\"carrier\":\"XY\",\"flight\":\"123\",\"traveller\":2,\"booked_name\":\"KARIMI/AHMAD\"}}",
        "[{\"source\":\"un-sc-consolidated\"}]",
        hits == 0
            ? "[{\"id\":\"IRi.001\",\"source\":\"un-sc-consolidated\",\"score\":0.72,\"hit\":false}]"
            : flaggedMatches(),
        0.85,
        false,
        hits,
        alert);
  }

  private static String flaggedMatches() {
    return "[{\"id\":\"IRi.001\",\"source\":\"un-sc-consolidated\",\"name\":\"AHMAD KARIMI\","
        + "\"score\":0.93,\"hit\":true,\"entry_sha256\":\""
        + FLAGGED_ENTRY_HASH
        + "\"}]";
  }

  private static ScreeningRecord screened(String id, int hits, Optional<String> alert) {
    return screened(id, "Margaret Thorne", hits, alert);
  }

  private static ScreeningRecord screened(
      String id, String name, int hits, Optional<String> alert) {
    return new ScreeningRecord(
        id,
        SCREENED,
        "key:desk",
        ScreeningRecord.SCREEN,
        "{\"id\":\"query\",\"name\":\"" + name + "\"}",
        "[{\"source\":\"un-sc-consolidated\"}]",
        hits == 0
            ? "[{\"id\":\"GBi.002\",\"source\":\"un-sc-consolidated\",\"score\":0.71,\"hit\":false}]"
            : flaggedMatches(),
        0.85,
        false,
        hits,
        alert);
  }

  /** A screening with the audit event {@code AuditedScreening} gives it. */
  private static Screenings.Pending audited(ScreeningRecord r) {
    return new Screenings.Pending(
        r,
        new AuditDraft(
            r.actor(),
            AuditEvent.SCREEN,
            r.id(),
            "",
            "{\"channel\":\""
                + r.channel()
                + "\",\"category\":\""
                + r.category()
                + "\",\"screened_at\":\""
                + r.at()
                + "\",\"hits\":"
                + r.hits()
                + ",\"record_sha256\":\""
                + r.contentHash()
                + "\"}"));
  }

  @Test
  void retentionMasksAfterSixMonthsReducesCleanScreeningsAndDeletesAfterFiveYears()
      throws SQLException {
    ScreeningRecord api = traveller("a0000000-0000-0000-0000-000000000001", "PAXLST", 0, none());
    ScreeningRecord pnr = traveller("a0000000-0000-0000-0000-000000000002", "PNRGOV", 0, none());
    ScreeningRecord pnrHit =
        traveller(
            "a0000000-0000-0000-0000-000000000003",
            "PNRGOV",
            1,
            Optional.of("b0000000-0000-0000-0000-000000000003"));
    ScreeningRecord clean = screened("a0000000-0000-0000-0000-000000000004", 0, none());
    ScreeningRecord cleared =
        screened(
            "a0000000-0000-0000-0000-000000000005",
            1,
            Optional.of("b0000000-0000-0000-0000-000000000005"));
    ScreeningRecord escalated =
        screened(
            "a0000000-0000-0000-0000-000000000006",
            "Lars Holm",
            1,
            Optional.of("b0000000-0000-0000-0000-000000000006"));
    List<Screenings.Stored> stored =
        screenings.store(
            List.of(
                audited(api),
                audited(pnr),
                audited(pnrHit),
                audited(clean),
                audited(cleared),
                audited(escalated)));
    assertThat(List.of(api, pnr, pnrHit, clean, cleared, escalated))
        .extracting(ScreeningRecord::category)
        .containsExactly("api", "pnr", "pnr", "clean", "alerts", "alerts");
    // A day later: one alert closed as a false positive (the pair goes on the good-guy list),
    // one escalated and confirmed (closed, with an open case).
    Clock dayAfter = Clock.fixed(Instant.parse("2026-05-31T10:00:00Z"), ZoneOffset.UTC);
    JdbiAlerts alerts = new JdbiAlerts(db, dayAfter);
    int[] ids = {0};
    org.mizan.review.AlertReview review =
        new org.mizan.review.AlertReview(
            alerts,
            dayAfter,
            () -> "decision-" + ++ids[0],
            org.mizan.review.FollowUps.over(List.of(), org.mizan.review.FollowUps.Periods.DEFAULT));
    Principal omar = new Principal(Principal.Kind.USER, "omar", Role.ANALYST);
    Principal amina = new Principal(Principal.Kind.USER, "amina", Role.SUPERVISOR);
    review.decide(
        cleared.alertId().orElseThrow(),
        "un-sc-consolidated",
        "IRi.001",
        "false-positive",
        "born 1950",
        omar);
    org.mizan.review.Decision e =
        review.decide(
            escalated.alertId().orElseThrow(),
            "un-sc-consolidated",
            "IRi.001",
            "escalated",
            "ask the NCB",
            omar);
    review.confirm(escalated.alertId().orElseThrow(), e.id(), "agreed", amina);
    assertThat(suppressed(alerts)).isTrue();
    // Asked with a screening's other hits and another subject's, only the pair decided is listed.
    org.mizan.screening.GoodGuys.Pair listed = thornePair("IRi.001", FLAGGED_ENTRY_HASH);
    org.mizan.screening.GoodGuys.Pair otherContent = thornePair("IRi.001", "0".repeat(64));
    org.mizan.screening.GoodGuys.Pair otherEntry = thornePair("IRi.002", FLAGGED_ENTRY_HASH);
    org.mizan.screening.GoodGuys.Pair otherSource =
        new org.mizan.screening.GoodGuys.Pair(
            listed.subjectKey(), "eu-fsf", "IRi.001", FLAGGED_ENTRY_HASH);
    org.mizan.screening.GoodGuys.Pair otherSubject =
        new org.mizan.screening.GoodGuys.Pair(
            "f".repeat(64), "un-sc-consolidated", "IRi.001", FLAGGED_ENTRY_HASH);
    assertThat(
            alerts.suppressing(
                List.of(otherContent, listed, otherEntry, otherSource, otherSubject)))
        .containsExactly(java.util.Map.entry(listed, "decision-1"));
    assertThat(alerts.suppressing(List.of())).isEmpty();

    // Six months less a day: nothing is due.
    assertThat(changed(retentionAt("2026-11-29T10:00:00Z").run())).isEmpty();
    assertThat(screenings.find(api.id()).orElseThrow().retained())
        .isEqualTo(Screenings.Retained.NONE);

    // Six months: travellers masked (the data stays), the clean screening reduced.
    List<org.mizan.retention.Retention.Outcome> six = retentionAt("2026-11-30T10:00:00Z").run();
    assertThat(changed(six))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("api.mask", 1L, "pnr.mask", 2L, "clean.reduce", 1L));
    // Exact at month ends: 2026-05-31 plus six months is 2026-11-30 too.
    assertThat(six.get(0).cutoff()).isEqualTo(Instant.parse("2026-05-31T10:00:00Z"));
    Screenings.Found masked = screenings.find(pnr.id()).orElseThrow();
    assertThat(masked.retained().maskedAt()).contains(Instant.parse("2026-11-30T10:00:00Z"));
    assertThat(masked.record()).isEqualTo(pnr);
    Screenings.Found reduced = screenings.find(clean.id()).orElseThrow();
    assertThat(reduced.record().matches()).isEqualTo("[]");
    assertThat(reduced.record().subject()).isEqualTo(clean.subject());
    assertThat(reduced.retained().matchesSha256()).isEqualTo(clean.matchesSha256());
    assertThat(reduced.contentHash()).isEqualTo(clean.contentHash());
    assertThat(reduced.stored()).isEqualTo(stored.get(3));
    try (Connection c = test.connect();
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery("select matches from screenings where id = '" + clean.id() + "'")) {
      rs.next();
      assertThat(rs.getString(1)).as("the matches are gone from the store").isNull();
    }
    assertThat(screenings.verifyRecords()).isEqualTo(new Screenings.RecordCheck(6));
    assertThat(changed(retentionAt("2026-12-01T10:00:00Z").run())).as("done once").isEmpty();

    // Five years less a day: nothing deleted.
    assertThat(changed(retentionAt("2031-05-29T10:00:00Z").run())).isEmpty();

    // Five years: the travellers without hits and the clean screening are deleted; the cleared
    // alert was closed a day after, so it goes a day later; the traveller with an open alert and
    // the alert with an open case stay.
    assertThat(changed(retentionAt("2031-05-30T10:00:00Z").run()))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("api.delete", 1L, "pnr.delete", 1L, "clean.delete", 1L));
    assertThat(screenings.find(api.id())).isEmpty();
    assertThat(screenings.find(clean.id())).isEmpty();
    assertThat(screenings.find(cleared.id())).isPresent();
    List<org.mizan.retention.Retention.Outcome> later = retentionAt("2031-05-31T10:00:00Z").run();
    assertThat(changed(later)).containsExactly(java.util.Map.entry("alerts.delete", 1L));
    assertThat(later.get(later.size() - 1).counts())
        .isEqualTo(new org.mizan.retention.RetentionStore.Deleted(1, 1, 1, 0));
    assertThat(screenings.find(cleared.id())).isEmpty();
    assertThat(alerts.find(cleared.alertId().orElseThrow())).isEmpty();
    assertThat(suppressed(alerts)).as("the pair went with its decision").isFalse();
    assertThat(screenings.find(pnrHit.id())).isPresent();
    assertThat(screenings.find(escalated.id())).isPresent();
    assertThat(changed(retentionAt("2040-01-01T00:00:00Z").run())).isEmpty();

    // Deleted by retention, not tampering; the chain itself intact, every run an event.
    assertThat(screenings.verifyRecords()).isEqualTo(new Screenings.RecordCheck(2, 4));
    assertThat(audit.verify().broken()).isEmpty();
    List<String> runs = new ArrayList<>();
    for (AuditEvent ev : audit.read(1, 100)) {
      if (ev.draft().action().equals(AuditEvent.RETENTION)) {
        runs.add(ev.draft().details());
      }
    }
    assertThat(runs)
        .hasSize(7)
        .contains(
            "{\"category\":\"pnr\",\"operation\":\"mask\",\"period\":\"P6M\",\"cutoff\":\"2026-05-31T10:00:00Z\",\"screenings\":2}",
            "{\"category\":\"alerts\",\"operation\":\"delete\",\"period\":\"P5Y\",\"cutoff\":\"2026-05-31T10:00:00Z\",\"alerts_closed_before\":\"2026-05-31T10:00:00Z\",\"cases_closed_before\":\"2026-05-31T10:00:00Z\",\"screenings\":1,\"alerts\":1,\"decisions\":1,\"cases\":0}");
    assertThat(String.join("", runs)).doesNotContain("Karimi", "Thorne", "Holm");

    // A masked screening changed is still found out; so is a screening deleted outside retention.
    test.tamper(
        "update screenings set subject = replace(subject, 'Ahmad', 'Ahmed') where id = '"
            + pnrHit.id()
            + "'");
    Screenings.RecordCheck check = screenings.verifyRecords();
    assertThat(check.changed())
        .get()
        .extracting(Screenings.Stored::screeningId)
        .isEqualTo(pnrHit.id());
    assertThat(check.problem()).isEqualTo("changed after it was recorded");
  }

  @Test
  void dataMaskedReducedOrDeletedOutsideRetentionIsFoundOut() throws SQLException {
    ScreeningRecord clean = screened("c0000000-0000-0000-0000-000000000001", 0, none());
    ScreeningRecord pnr = traveller("c0000000-0000-0000-0000-000000000002", "PNRGOV", 0, none());
    screenings.store(List.of(audited(clean), audited(pnr)));
    retentionAt("2026-05-31T10:00:00Z").run();
    // Nothing is due yet, yet someone drops the matches by hand, keeping their hash.
    String where = " where id = '" + clean.id() + "'";
    test.tamper(
        "update screenings set matches = null, reduced_at = '2026-06-01T00:00:00.000000Z'" + where);
    Screenings.RecordCheck check = screenings.verifyRecords();
    assertThat(check.intact()).isZero();
    assertThat(check.changed())
        .get()
        .extracting(Screenings.Stored::screeningId)
        .isEqualTo(clean.id());
    assertThat(check.problem()).isEqualTo("reduced outside retention");
    test.tamper(
        "update screenings set matches = '" + clean.matches() + "', reduced_at = null" + where);
    assertThat(screenings.verifyRecords()).isEqualTo(new Screenings.RecordCheck(2));
    // A clean screening is never masked.
    test.tamper("update screenings set masked_at = '2026-06-01T00:00:00.000000Z'" + where);
    assertThat(screenings.verifyRecords().problem()).isEqualTo("masked outside retention");
    test.tamper("delete from screenings" + where);
    assertThat(screenings.verifyRecords().problem()).isEqualTo("removed");
    // Six months on, a reduction does not cover a row that is gone; five years on, no run deleted
    // a clean screening (the one due was gone): it stays a finding. The traveller is deleted.
    retentionAt("2026-11-30T10:00:00Z").run();
    assertThat(screenings.verifyRecords().problem()).isEqualTo("removed");
    retentionAt("2031-05-30T10:00:00Z").run();
    assertThat(screenings.find(pnr.id())).isEmpty();
    check = screenings.verifyRecords();
    assertThat(check.problem()).isEqualTo("removed");
    assertThat(check.changed())
        .get()
        .extracting(Screenings.Stored::screeningId)
        .isEqualTo(clean.id());
  }

  private boolean suppressed(JdbiAlerts alerts) {
    org.mizan.screening.GoodGuys.Pair pair = thornePair("IRi.001", FLAGGED_ENTRY_HASH);
    return alerts.suppressing(List.of(pair)).containsKey(pair);
  }

  /** The screened Margaret Thorne and list entry {@code entry} of the UN list, by content. */
  private static org.mizan.screening.GoodGuys.Pair thornePair(String entry, String entrySha256) {
    return new org.mizan.screening.GoodGuys.Pair(
        org.mizan.screening.GoodGuys.subjectKey(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("id", "query")
                .put("name", "Margaret Thorne")),
        "un-sc-consolidated",
        entry,
        entrySha256);
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  @Test
  void aReScreeningIsStoredOnlyWhileWhatItCoveredStillHolds() {
    JdbiMonitoring monitoring = new JdbiMonitoring(db, CLOCK);
    org.mizan.model.ListVersion january =
        new org.mizan.model.ListVersion(
            "un-sc-consolidated", "2026-01-28T00:00:11.197Z", "a".repeat(64));
    org.mizan.model.ListVersion february =
        new org.mizan.model.ListVersion(
            "un-sc-consolidated", "2026-02-27T00:00:09.554Z", "b".repeat(64));
    org.mizan.model.ListVersion march =
        new org.mizan.model.ListVersion(
            "un-sc-consolidated", "2026-03-27T00:00:00.000Z", "c".repeat(64));
    java.time.Instant since = CLOCK.instant().minusSeconds(60);
    assertThat(
            rescreen(monitoring, java.util.Set.of(), january, java.util.Set.of(), since).status())
        .isEqualTo(MonitoredSubjects.RescreenOutcome.Status.STORED);
    MonitoredSubjects.Monitored a = monitored("c0000000-0000-0000-0000-000000000001", "ref-a");
    MonitoredSubjects.Monitored b = monitored("c0000000-0000-0000-0000-000000000002", "ref-b");
    monitoring.register(
        List.of(a, b),
        List.of(
            recorded(record("d0000000-0000-0000-0000-000000000001", 0, Optional.empty())),
            recorded(record("d0000000-0000-0000-0000-000000000002", 0, Optional.empty()))),
        List.of(),
        List.of(draft(a.id()), draft(b.id())),
        java.util.Set.of(java.util.Set.of(january)));

    // A re-screening that did not cover b (registered meanwhile) stores nothing and names it.
    MonitoredSubjects.RescreenOutcome late =
        rescreen(monitoring, java.util.Set.of(january), february, java.util.Set.of(a.id()), since);
    assertThat(late.status()).isEqualTo(MonitoredSubjects.RescreenOutcome.Status.LATE);
    assertThat(late.late()).containsExactly(b.id());
    assertThat(monitoring.inForce().values()).containsExactly(january);

    // b's monitoring ended meanwhile: its new hit is left out, the versions go in force.
    assertThat(
            monitoring.end(
                b.id(), new MonitoredSubjects.Ended("user:omar", CLOCK.instant()), draft(b.id())))
        .isTrue();
    ScreeningRecord hitOnB =
        record(
            "d0000000-0000-0000-0000-000000000003",
            1,
            Optional.of("e0000000-0000-0000-0000-000000000003"));
    MonitoredSubjects.RescreenOutcome stored =
        monitoring.rescreened(
            new MonitoredSubjects.Rescreening(
                List.of(recorded(hitOnB)),
                List.of(b.id()),
                List.of(
                    new MonitoredSubjects.Hit(
                        b.id(),
                        new org.mizan.screening.GoodGuys.Pair(
                            "f".repeat(64), "un-sc-consolidated", "SDi.008", "0".repeat(64)),
                        hitOnB.id())),
                java.util.Set.of(january),
                List.of(february),
                java.util.Set.of(a.id(), b.id()),
                since,
                "system",
                n -> List.of()));
    assertThat(stored.status()).isEqualTo(MonitoredSubjects.RescreenOutcome.Status.STORED);
    assertThat(stored.ended()).containsExactly(b.id());
    assertThat(stored.stored()).isEmpty();
    assertThat(screenings.find(hitOnB.id())).isEmpty();
    assertThat(monitoring.hits(b.id())).isEmpty();
    assertThat(monitoring.inForce().values()).containsExactly(february);

    // Put in force by another instance already; or other versions since: nothing stored.
    assertThat(
            rescreen(monitoring, java.util.Set.of(january), february, java.util.Set.of(), since)
                .status())
        .isEqualTo(MonitoredSubjects.RescreenOutcome.Status.ALREADY);
    assertThat(
            rescreen(monitoring, java.util.Set.of(january), march, java.util.Set.of(), since)
                .status())
        .isEqualTo(MonitoredSubjects.RescreenOutcome.Status.MOVED);
    assertThat(monitoring.inForce().values()).containsExactly(february);

    // A reference names one monitored subject (checked in the transaction).
    MonitoredSubjects.Monitored again = monitored("c0000000-0000-0000-0000-000000000009", "ref-a");
    assertThatThrownBy(
            () ->
                monitoring.register(
                    List.of(again),
                    List.of(
                        recorded(
                            record("d0000000-0000-0000-0000-000000000009", 0, Optional.empty()))),
                    List.of(),
                    List.of(draft(again.id())),
                    java.util.Set.of(java.util.Set.of(february))))
        .isInstanceOf(org.mizan.screening.AlreadyMonitoredException.class)
        .hasMessageContaining(a.id());
    assertThat(monitoring.find(again.id())).isEmpty();

    // A subject screened against January is not registered once February is in force.
    MonitoredSubjects.Monitored c = monitored("c0000000-0000-0000-0000-000000000003", "ref-c");
    assertThatThrownBy(
            () ->
                monitoring.register(
                    List.of(c),
                    List.of(
                        recorded(
                            record("d0000000-0000-0000-0000-000000000004", 0, Optional.empty()))),
                    List.of(),
                    List.of(draft(c.id())),
                    java.util.Set.of(java.util.Set.of(january))))
        .isInstanceOf(org.mizan.screening.ListsMovedException.class);
    assertThat(monitoring.find(c.id())).isEmpty();
    assertThat(screenings.find("d0000000-0000-0000-0000-000000000004")).isEmpty();
    assertThat(audit.verify().broken()).isEmpty();
  }

  private static MonitoredSubjects.RescreenOutcome rescreen(
      JdbiMonitoring monitoring,
      java.util.Set<org.mizan.model.ListVersion> from,
      org.mizan.model.ListVersion to,
      java.util.Set<String> covered,
      java.time.Instant since) {
    return monitoring.rescreened(
        new MonitoredSubjects.Rescreening(
            List.of(),
            List.of(),
            List.of(),
            from,
            List.of(to),
            covered,
            since,
            "system",
            n -> List.of()));
  }

  private static MonitoredSubjects.Monitored monitored(String id, String reference) {
    return new MonitoredSubjects.Monitored(
        id,
        reference,
        Optional.of("{\"id\":\"" + id + "\",\"name\":\"Margaret Thorne\"}"),
        "f".repeat(64),
        "key:desk",
        CLOCK.instant(),
        Optional.empty());
  }

  @Test
  void aNewStoreHasNoAccounts() {
    assertThat(accounts.isEmpty()).isTrue();
  }

  /** A screening with the audit event AuditedScreening gives it: the record's hash in details. */
  private static Screenings.Pending recorded(ScreeningRecord r) {
    return new Screenings.Pending(
        r,
        new AuditDraft(
            r.actor(),
            AuditEvent.SCREEN,
            r.id(),
            "",
            "{\"record_sha256\":\"" + r.contentHash() + "\"}"));
  }

  private static ScreeningRecord record(String id, int hits, Optional<String> alert) {
    return record(id, hits, alert, false);
  }

  private static ScreeningRecord record(
      String id, int hits, Optional<String> alert, boolean hitsOnly) {
    return new ScreeningRecord(
        id,
        Instant.parse("2026-11-30T10:15:30.123456Z"),
        "key:desk",
        ScreeningRecord.SCREEN,
        "{\"id\":\"row-1\",\"name\":\"صدام حسين\"}",
        "[{\"source\":\"un-sc-consolidated\"}]",
        hits == 0 ? "[]" : "[{\"id\":\"IQi.001\",\"score\":0.89}]",
        0.85,
        hitsOnly,
        hits,
        alert);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
