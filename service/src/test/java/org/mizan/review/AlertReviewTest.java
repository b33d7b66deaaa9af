package org.mizan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditDraft;

/** Alert review with fakes of the store: dispositions, four-eyes, states, audit events. */
class AlertReviewTest {
  /** Alerts in memory, refusing a write on an alert changed since it was read. */
  static final class InMemoryAlerts implements Alerts {
    final Map<String, Alert> alerts = new HashMap<>();
    final List<AuditDraft> audit = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    final Map<String, String> nationalities = new HashMap<>();

    @Override
    public List<Summary> queue(Alert.State state, Filter filter, int limit) {
      return alerts.values().stream()
          .filter(a -> a.state() == state)
          .limit(limit)
          .map(
              a ->
                  new Summary(
                      a.id(), a.screeningId(), state.id(), a.hits().size(), "", a.assignedTo()))
          .toList();
    }

    @Override
    public Optional<Alert> find(String id) {
      return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public void decided(
        Alert before, Decision decision, List<Task> created, List<AuditDraft> events) {
      check(before);
      List<Decision> decisions = new ArrayList<>(before.decisions());
      decisions.removeIf(d -> d.id().equals(decision.id()));
      decisions.add(decision);
      alerts.put(
          before.id(),
          new Alert(
              before.id(), before.screeningId(), before.hits(), before.assignedTo(), decisions));
      tasks.addAll(created);
      audit.addAll(events);
    }

    @Override
    public String screenedNationality(String screeningId) {
      return nationalities.getOrDefault(screeningId, "");
    }

    @Override
    public boolean unlist(String decisionId, AuditDraft event) {
      boolean known = alerts.values().stream().anyMatch(a -> a.decision(decisionId).isPresent());
      if (known) {
        audit.add(event);
      }
      return known;
    }

    @Override
    public void assigned(Alert before, String to, AuditDraft event) {
      check(before);
      alerts.put(
          before.id(),
          new Alert(
              before.id(),
              before.screeningId(),
              before.hits(),
              Optional.of(to),
              before.decisions()));
      audit.add(event);
    }

    private void check(Alert before) {
      if (!alerts.get(before.id()).equals(before)) {
        throw new ReviewException(ReviewException.Kind.CONFLICT, "the alert changed meanwhile");
      }
    }
  }

  static final Principal ANALYST = new Principal(Principal.Kind.USER, "omar", Role.ANALYST);
  static final Principal SUPERVISOR = new Principal(Principal.Kind.USER, "amina", Role.SUPERVISOR);
  static final Principal OTHER_SUPERVISOR =
      new Principal(Principal.Kind.USER, "lena", Role.SUPERVISOR);
  static final Principal AUDITOR = new Principal(Principal.Kind.KEY, "inspector", Role.AUDITOR);

  static final Alert.Hit QDI_059 = new Alert.Hit("un-sc-consolidated", "QDi.059");
  static final Alert.Hit QDI_060 = new Alert.Hit("un-sc-consolidated", "QDi.060");

  private final InMemoryAlerts alerts = new InMemoryAlerts();
  private final AtomicInteger ids = new AtomicInteger();
  private final AlertReview review =
      new AlertReview(
          alerts,
          Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC),
          () -> "d" + ids.incrementAndGet(),
          FollowUps.over(List.of(), FollowUps.Periods.DEFAULT));

  private Alert alert(Alert.Hit... hits) {
    Alert a = new Alert("a1", "s1", List.of(hits), Optional.empty(), List.of());
    alerts.alerts.put(a.id(), a);
    return a;
  }

  private Alert.State state() {
    return alerts.alerts.get("a1").state();
  }

  @Test
  void aTrueMatchTakesEffectOnlyWhenASecondPersonConfirmsIt() {
    alert(QDI_059);
    assertThat(state()).isEqualTo(Alert.State.OPEN);
    Decision d =
        review.decide(
            "a1", "un-sc-consolidated", "QDi.059", "true-match", "passport number agrees", ANALYST);
    assertThat(d.status()).isEqualTo("pending-confirmation");
    assertThat(state()).isEqualTo(Alert.State.IN_REVIEW);
    Decision c = review.confirm("a1", d.id(), "checked the passport scan", SUPERVISOR).decision();
    assertThat(c.status()).isEqualTo("effective");
    assertThat(c.confirmation())
        .get()
        .extracting(Decision.Confirmation::by)
        .isEqualTo("user:amina");
    assertThat(state()).isEqualTo(Alert.State.CLOSED);
    assertThat(alerts.audit)
        .extracting(a -> a.action() + " " + a.actor() + " " + a.reason())
        .containsExactly(
            "decision user:omar passport number agrees",
            "decision-confirmed user:amina checked the passport scan");
    assertThat(alerts.audit.get(0).details())
        .isEqualTo(
            "{\"decision\":\"d1\",\"source\":\"un-sc-consolidated\",\"entry\":\"QDi.059\","
                + "\"disposition\":\"true-match\",\"status\":\"pending-confirmation\"}");
  }

  @Test
  void noOneConfirmsTheirOwnDecision() {
    alert(QDI_059);
    Decision d =
        review.decide(
            "a1", "un-sc-consolidated", "QDi.059", "true-match", "dob agrees", SUPERVISOR);
    assertThatThrownBy(() -> review.confirm("a1", d.id(), "looks right", SUPERVISOR))
        .isInstanceOf(ReviewException.class)
        .hasMessage("four-eyes: the person who decided cannot confirm the same decision")
        .extracting(e -> ((ReviewException) e).kind())
        .isEqualTo(ReviewException.Kind.FORBIDDEN);
    assertThatThrownBy(() -> review.confirm("a1", d.id(), "looks right", ANALYST))
        .hasMessage("only a supervisor confirms a decision");
    assertThat(state()).isEqualTo(Alert.State.IN_REVIEW);
    review.confirm("a1", d.id(), "looks right", OTHER_SUPERVISOR);
    assertThat(state()).isEqualTo(Alert.State.CLOSED);
  }

  @Test
  void oneNameIsOnePersonWhetherUserOrKey() {
    alert(QDI_059);
    Principal asKey = new Principal(Principal.Kind.KEY, "amina", Role.SUPERVISOR);
    Decision d =
        review.decide("a1", "un-sc-consolidated", "QDi.059", "true-match", "dob agrees", asKey);
    assertThatThrownBy(() -> review.confirm("a1", d.id(), "looks right", SUPERVISOR))
        .hasMessage("four-eyes: the person who decided cannot confirm the same decision");
  }

  @Test
  void oneNameIsOnePersonWhateverItsCase() {
    alert(QDI_059);
    Principal upper = new Principal(Principal.Kind.USER, "ＡMINA", Role.SUPERVISOR);
    Decision d =
        review.decide("a1", "un-sc-consolidated", "QDi.059", "true-match", "dob agrees", upper);
    assertThatThrownBy(() -> review.confirm("a1", d.id(), "looks right", SUPERVISOR))
        .hasMessage("four-eyes: the person who decided cannot confirm the same decision");
  }

  @Test
  void aReasonSaysSomething() {
    alert(QDI_059);
    for (String empty :
        List.of("\u200b", "\u0000\u0001", " - ", "nul \u0000 inside", "lone \udc00 surrogate")) {
      assertThat(
              kind(
                  () ->
                      review.decide(
                          "a1", "un-sc-consolidated", "QDi.059", "false-positive", empty, ANALYST)))
          .as(empty)
          .isEqualTo(ReviewException.Kind.INVALID);
    }
    assertThat(
            review
                .decide(
                    "a1",
                    "un-sc-consolidated",
                    "QDi.059",
                    "false-positive",
                    "line one\nline two",
                    ANALYST)
                .status())
        .isEqualTo("effective");
  }

  @Test
  void aFalsePositiveTakesEffectAtOnceAndTheAlertClosesWhenEveryHitIsSettled() {
    alert(QDI_059, QDI_060);
    Decision fp =
        review.decide(
            "a1",
            "un-sc-consolidated",
            "QDi.059",
            "false-positive",
            "born 1990, listed 1961",
            ANALYST);
    assertThat(fp.status()).isEqualTo("effective");
    assertThat(state()).isEqualTo(Alert.State.IN_REVIEW);
    assertThatThrownBy(() -> review.confirm("a1", fp.id(), "fine", SUPERVISOR))
        .hasMessage("a false-positive decision needs no confirmation");
    review.decide(
        "a1", "un-sc-consolidated", "QDi.060", "false-positive", "other nationality", ANALYST);
    assertThat(state()).isEqualTo(Alert.State.CLOSED);
    assertThatThrownBy(
            () ->
                review.decide(
                    "a1",
                    "un-sc-consolidated",
                    "QDi.060",
                    "true-match",
                    "second thoughts",
                    ANALYST))
        .hasMessage("the alert is closed");
  }

  @Test
  void anEscalationOpensACaseAndClosesOnlyWithConfirmation() {
    alert(QDI_059);
    Decision e =
        review.decide(
            "a1",
            "un-sc-consolidated",
            "QDi.059",
            "escalated",
            "needs the liaison officer",
            ANALYST);
    assertThat(e.status()).isEqualTo("pending-confirmation");
    assertThat(alerts.audit.get(0).details()).endsWith(",\"case\":\"" + e.id() + "\"}");
    assertThat(state()).isEqualTo(Alert.State.IN_REVIEW);
    review.confirm("a1", e.id(), "handed over", SUPERVISOR);
    assertThat(state()).isEqualTo(Alert.State.CLOSED);
  }

  @Test
  void theLatestDecisionOnAHitCountsAndAReplacedOneCannotBeConfirmed() {
    alert(QDI_059);
    Decision first =
        review.decide("a1", "un-sc-consolidated", "QDi.059", "true-match", "first look", ANALYST);
    review.decide(
        "a1", "un-sc-consolidated", "QDi.059", "false-positive", "second look: other dob", ANALYST);
    assertThat(state()).isEqualTo(Alert.State.CLOSED);
    assertThatThrownBy(() -> review.confirm("a1", first.id(), "ok", SUPERVISOR))
        .hasMessage("a later decision on the same hit replaced this one");
  }

  @Test
  void badRequestsAreRefusedWithTheirKind() {
    alert(QDI_059);
    assertThat(
            kind(
                () ->
                    review.decide(
                        "a1", "un-sc-consolidated", "QDi.059", "true-match", " ", ANALYST)))
        .isEqualTo(ReviewException.Kind.INVALID);
    assertThat(
            kind(() -> review.decide("a1", "un-sc-consolidated", "QDi.059", "maybe", "r", ANALYST)))
        .isEqualTo(ReviewException.Kind.INVALID);
    assertThat(
            kind(
                () ->
                    review.decide(
                        "a1", "un-sc-consolidated", "QDi.999", "true-match", "r", ANALYST)))
        .isEqualTo(ReviewException.Kind.INVALID);
    assertThat(
            kind(
                () ->
                    review.decide(
                        "zz", "un-sc-consolidated", "QDi.059", "true-match", "r", ANALYST)))
        .isEqualTo(ReviewException.Kind.NOT_FOUND);
    assertThat(
            kind(
                () ->
                    review.decide(
                        "a1", "un-sc-consolidated", "QDi.059", "true-match", "r", AUDITOR)))
        .isEqualTo(ReviewException.Kind.FORBIDDEN);
    assertThat(kind(() -> review.confirm("a1", "nope", "r", SUPERVISOR)))
        .isEqualTo(ReviewException.Kind.NOT_FOUND);
    assertThat(
            kind(
                () ->
                    review.decide(
                        "a1",
                        "un-sc-consolidated",
                        "QDi.059",
                        "true-match",
                        "x".repeat(2001),
                        ANALYST)))
        .isEqualTo(ReviewException.Kind.INVALID);
    assertThat(alerts.audit).isEmpty();
  }

  @Test
  void onlyASupervisorWithAReasonTakesAPairOffTheGoodGuyList() {
    alert(QDI_059);
    Decision fp =
        review.decide(
            "a1", "un-sc-consolidated", "QDi.059", "false-positive", "other dob", ANALYST);
    assertThat(kind(() -> review.unlist(fp.id(), "new intelligence", ANALYST)))
        .isEqualTo(ReviewException.Kind.FORBIDDEN);
    assertThat(kind(() -> review.unlist(fp.id(), "\u200b", SUPERVISOR)))
        .isEqualTo(ReviewException.Kind.INVALID);
    assertThat(kind(() -> review.unlist("no-such-decision", "new intelligence", SUPERVISOR)))
        .isEqualTo(ReviewException.Kind.NOT_FOUND);
    review.unlist(fp.id(), "new intelligence", SUPERVISOR);
    assertThat(alerts.audit.get(alerts.audit.size() - 1))
        .extracting(AuditDraft::action, AuditDraft::target, AuditDraft::reason)
        .containsExactly("good-guy-removed", fp.id(), "new intelligence");
  }

  @Test
  void assigningPutsTheAlertInReview() {
    alert(QDI_059);
    review.assign("a1", "omar", SUPERVISOR);
    assertThat(state()).isEqualTo(Alert.State.IN_REVIEW);
    assertThat(alerts.alerts.get("a1").assignedTo()).contains("omar");
    assertThat(alerts.audit.get(0).action()).isEqualTo("alert-assigned");
  }

  @Test
  void anAlertIsAssignedToAName() {
    alert(QDI_059);
    for (String bad : List.of("a\u0000b", "a\u202eb", "a\ud800b", "x".repeat(101))) {
      assertThat(kind(() -> review.assign("a1", bad, SUPERVISOR)))
          .as(bad)
          .isEqualTo(ReviewException.Kind.INVALID);
    }
    assertThat(state()).isEqualTo(Alert.State.OPEN);
  }

  private static ReviewException.Kind kind(Runnable action) {
    try {
      action.run();
    } catch (ReviewException e) {
      return e.kind();
    }
    throw new AssertionError("not refused");
  }
}
