package org.mizan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.audit.AuditDraft;
import org.mizan.model.Watchlist;

/**
 * The follow-up tasks of resolution 2178 over the bundled UN list: which confirmations create them,
 * to whom and when they are due, and closing them.
 */
class FollowUpTasksTest {
  private static final List<Watchlist> LISTS = List.of(Mizan.bundledList());
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final String UN = "un-sc-consolidated";

  private final AlertReviewTest.InMemoryAlerts alerts = new AlertReviewTest.InMemoryAlerts();
  private final AtomicInteger ids = new AtomicInteger();
  private final AlertReview review =
      new AlertReview(
          alerts,
          Clock.fixed(NOW, ZoneOffset.UTC),
          () -> "id" + ids.incrementAndGet(),
          FollowUps.over(LISTS, FollowUps.Periods.DEFAULT));

  /** An alert a1 on screening s1 with these hits on the UN list; the subject's nationality. */
  private void alert(String nationality, String... entries) {
    List<Alert.Hit> hits = new ArrayList<>();
    for (String e : entries) {
      hits.add(new Alert.Hit(UN, e));
    }
    alerts.alerts.put("a1", new Alert("a1", "s1", hits, Optional.empty(), List.of()));
    alerts.nationalities.put("s1", nationality);
  }

  private Decision confirmedTrueMatch(String entry) {
    Decision d =
        review.decide(
            "a1",
            UN,
            entry,
            "true-match",
            "date of birth and passport agree",
            AlertReviewTest.ANALYST);
    return review
        .confirm("a1", d.id(), "checked the passport scan", AlertReviewTest.SUPERVISOR)
        .decision();
  }

  private static String row(Task t) {
    return t.kind().id() + " " + t.addressee() + " " + t.basis() + " " + t.dueAt();
  }

  @Test
  void aConfirmedTrueMatchOnAnAlQaidaEntryCreatesTheTasksOfResolution2178() {
    // QDi.059 lists one nationality, Saudi Arabia; the traveller was screened as a Yemeni.
    alert("Yemen", "QDi.059");
    Decision c = confirmedTrueMatch("QDi.059");
    assertThat(alerts.tasks)
        .extracting(FollowUpTasksTest::row)
        .containsExactly(
            "confirm-interpol-ncb interpol-ncb listed 2026-12-01T10:00:00Z",
            "notify-committee un-1267-committee listed 2026-12-03T10:00:00Z",
            "notify-state YE screened-nationality 2026-12-03T10:00:00Z",
            "notify-state SA listed-nationality 2026-12-03T10:00:00Z");
    for (Task t : alerts.tasks) {
      assertThat(t.alertId()).isEqualTo("a1");
      assertThat(t.decisionId()).isEqualTo(c.id());
      assertThat(t.entry()).isEqualTo("QDi.059");
      assertThat(t.status()).isEqualTo(Task.Status.OPEN);
      assertThat(t.createdBy()).isEqualTo("user:amina");
      assertThat(t.createdAt()).isEqualTo(NOW);
    }
    assertThat(alerts.audit)
        .extracting(AuditDraft::action)
        .containsExactly("decision", "decision-confirmed", "tasks-created");
    AuditDraft created = alerts.audit.get(2);
    assertThat(created.actor()).isEqualTo("user:amina");
    assertThat(created.target()).isEqualTo("a1");
    assertThat(created.details())
        .isEqualTo(
            "{\"decision\":\"id1\",\"source\":\"un-sc-consolidated\",\"entry\":\"QDi.059\","
                + "\"tasks\":[{\"id\":\"id2\",\"kind\":\"confirm-interpol-ncb\","
                + "\"addressee\":\"interpol-ncb\",\"due_at\":\"2026-12-01T10:00:00Z\"},"
                + "{\"id\":\"id3\",\"kind\":\"notify-committee\",\"addressee\":\"un-1267-committee\","
                + "\"due_at\":\"2026-12-03T10:00:00Z\"},{\"id\":\"id4\",\"kind\":\"notify-state\","
                + "\"addressee\":\"YE\",\"due_at\":\"2026-12-03T10:00:00Z\"},{\"id\":\"id5\","
                + "\"kind\":\"notify-state\",\"addressee\":\"SA\","
                + "\"due_at\":\"2026-12-03T10:00:00Z\"}]}");
    // The person's name is nowhere in the tasks or their audit event.
    assertThat(created.details()).doesNotContain("KHALID");
  }

  @Test
  void oneStateIsNotifiedOnceWhateverItsSpellingAndEveryListedNationalityCounts() {
    alert("SA", "QDi.059");
    confirmedTrueMatch("QDi.059");
    assertThat(alerts.tasks)
        .filteredOn(t -> t.kind() == Task.Kind.NOTIFY_STATE)
        .extracting(t -> t.addressee() + " " + t.basis())
        .containsExactly("SA screened-and-listed-nationality");
    // QDi.058: "Algeria" and "State of Palestine" as listed; no nationality screened.
    alerts.tasks.clear();
    alert("", "QDi.058");
    confirmedTrueMatch("QDi.058");
    assertThat(alerts.tasks)
        .filteredOn(t -> t.kind() == Task.Kind.NOTIFY_STATE)
        .extracting(t -> t.addressee() + " " + t.basis())
        .containsExactly("DZ listed-nationality", "PS listed-nationality");
  }

  @Test
  void withNoStateKnownOneTaskAsksForTheStateToBeDetermined() {
    // QDi.009 lists no nationality; the screening gave a nationality no ISO code matches.
    alert("Atlantis", "QDi.009");
    confirmedTrueMatch("QDi.009");
    assertThat(alerts.tasks)
        .extracting(t -> t.kind().id() + " " + t.addressee() + " " + t.basis())
        .containsExactly(
            "confirm-interpol-ncb interpol-ncb listed",
            "notify-committee un-1267-committee listed",
            "notify-state state-to-be-determined none-known");
    // An entity of the same list (QDe.001) is treated alike.
    alerts.tasks.clear();
    alert("", "QDe.001");
    confirmedTrueMatch("QDe.001");
    assertThat(alerts.tasks).extracting(Task::addressee).contains("state-to-be-determined");
  }

  @Test
  void aTrueMatchOnAnotherListOrNotYetConfirmedCreatesNone() {
    // IQi.001 is on the 1518 Iraq list: a true match there owes none of these notifications.
    alert("IQ", "IQi.001", "QDi.059");
    confirmedTrueMatch("IQi.001");
    assertThat(alerts.tasks).isEmpty();
    // Pending confirmation: nothing yet.
    Decision pending =
        review.decide(
            "a1", UN, "QDi.059", "true-match", "passport agrees", AlertReviewTest.ANALYST);
    assertThat(pending.status()).isEqualTo("pending-confirmation");
    assertThat(alerts.tasks).isEmpty();
    // An escalation confirmed on an Al-Qaida entry is not a true match: none either.
    Decision escalated =
        review.decide("a1", UN, "QDi.059", "escalated", "ask the NCB", AlertReviewTest.ANALYST);
    review.confirm("a1", escalated.id(), "handed to the case team", AlertReviewTest.SUPERVISOR);
    assertThat(alerts.tasks).isEmpty();
    assertThat(alerts.audit).extracting(AuditDraft::action).doesNotContain("tasks-created");
  }

  @Test
  void thePeriodsAreConfigurableAndBounded() {
    AlertReview quick =
        new AlertReview(
            alerts,
            Clock.fixed(NOW, ZoneOffset.UTC),
            () -> "q" + ids.incrementAndGet(),
            FollowUps.over(LISTS, new FollowUps.Periods(0, 10, 30)));
    alert("", "QDi.059");
    Decision d =
        quick.decide("a1", UN, "QDi.059", "true-match", "it is him", AlertReviewTest.ANALYST);
    quick.confirm("a1", d.id(), "agreed", AlertReviewTest.SUPERVISOR);
    assertThat(alerts.tasks)
        .extracting(t -> t.kind().id() + " " + t.dueAt())
        .containsExactly(
            "confirm-interpol-ncb 2026-11-30T10:00:00Z",
            "notify-committee 2026-12-10T10:00:00Z",
            "notify-state 2026-12-30T10:00:00Z");
    assertThatThrownBy(() -> new FollowUps.Periods(1, 366, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up periods are 0–365 days: 366");
    assertThatThrownBy(() -> new FollowUps.Periods(-1, 3, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Tasks in memory, refusing to close one that is no longer open. */
  static final class InMemoryTasks implements Tasks {
    final Map<String, Task> tasks = new LinkedHashMap<>();
    final List<AuditDraft> audit = new ArrayList<>();

    @Override
    public List<Task> list(Filter filter, int limit) {
      return tasks.values().stream().limit(limit).toList();
    }

    @Override
    public Optional<Task> find(String id) {
      return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public void closed(Task before, Task after, AuditDraft event) {
      if (!tasks.get(before.id()).equals(before)) {
        throw new ReviewException(ReviewException.Kind.CONFLICT, "closed meanwhile");
      }
      tasks.put(after.id(), after);
      audit.add(event);
    }
  }

  private TaskReview closing(InMemoryTasks tasks) {
    alert("Yemen", "QDi.059");
    confirmedTrueMatch("QDi.059");
    alerts.tasks.forEach(t -> tasks.tasks.put(t.id(), t));
    return new TaskReview(tasks, Clock.fixed(NOW.plusSeconds(3_600), ZoneOffset.UTC));
  }

  @Test
  void aTaskIsClosedOnceWithAReasonByWhomItsStatusAllows() {
    InMemoryTasks tasks = new InMemoryTasks();
    TaskReview closing = closing(tasks);
    // id2: the INTERPOL check; id4: Yemen.
    Task done =
        closing.close(
            "id2", "done", " NCB Sanaa confirmed, ref 2026/118 ", AlertReviewTest.ANALYST);
    assertThat(done.status()).isEqualTo(Task.Status.DONE);
    assertThat(done.closing())
        .contains(
            new Task.Closing(
                "user:omar",
                Instant.parse("2026-11-30T11:00:00Z"),
                "NCB Sanaa confirmed, ref 2026/118"));
    assertThat(tasks.tasks.get("id2")).isEqualTo(done);
    assertThat(tasks.audit).hasSize(1);
    assertThat(tasks.audit.get(0))
        .isEqualTo(
            new AuditDraft(
                "user:omar",
                "task-updated",
                "id2",
                "NCB Sanaa confirmed, ref 2026/118",
                "{\"alert\":\"a1\",\"kind\":\"confirm-interpol-ncb\",\"addressee\":\"interpol-ncb\","
                    + "\"from\":\"open\",\"to\":\"done\"}"));
    assertThatThrownBy(() -> closing.close("id2", "cancelled", "again", AlertReviewTest.SUPERVISOR))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.CONFLICT))
        .hasMessage("the task is done already");
    // Only a supervisor cancels.
    assertThatThrownBy(
            () -> closing.close("id4", "cancelled", "Yemen not reachable", AlertReviewTest.ANALYST))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.FORBIDDEN))
        .hasMessage("only a supervisor cancels a follow-up task");
    assertThat(
            closing
                .close(
                    "id4",
                    "cancelled",
                    "same person, notified under the earlier alert",
                    AlertReviewTest.SUPERVISOR)
                .status())
        .isEqualTo(Task.Status.CANCELLED);
    assertThat(tasks.audit).hasSize(2);
  }

  @Test
  void aBadRequestToCloseATaskChangesNothing() {
    InMemoryTasks tasks = new InMemoryTasks();
    TaskReview closing = closing(tasks);
    List<String> refused = new ArrayList<>();
    Runnable[] attempts = {
      () -> closing.close("id3", "done", "", AlertReviewTest.ANALYST),
      () -> closing.close("id3", "done", "  . ", AlertReviewTest.ANALYST),
      () -> closing.close("id3", "done", "x".repeat(2_001), AlertReviewTest.ANALYST),
      () -> closing.close("id3", "open", "reopen", AlertReviewTest.SUPERVISOR),
      () -> closing.close("id3", "finished", "sent", AlertReviewTest.SUPERVISOR),
      () -> closing.close("id3", "done", "sent", AlertReviewTest.AUDITOR),
      () -> closing.close("nope", "done", "sent", AlertReviewTest.SUPERVISOR)
    };
    for (Runnable r : attempts) {
      try {
        r.run();
        refused.add("not refused");
      } catch (ReviewException e) {
        refused.add(e.kind() + ": " + e.getMessage());
      }
    }
    // One line per attempt, in order: an attempt let through, or refused otherwise, shows.
    String required = "INVALID: reason: required: say why, for whoever reviews this";
    String status = "INVALID: status: done or cancelled (an open task is closed, never reopened)";
    assertThat(refused)
        .containsExactly(
            required,
            required,
            "INVALID: reason: at most 2000 characters",
            status,
            status,
            "FORBIDDEN: only an analyst or a supervisor updates tasks",
            "NOT_FOUND: no follow-up task with this id");
    assertThat(tasks.tasks.get("id3").status()).isEqualTo(Task.Status.OPEN);
    assertThat(tasks.audit).isEmpty();
  }
}
