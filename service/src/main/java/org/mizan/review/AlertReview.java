package org.mizan.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;

/**
 * Reviews alerts: a disposition for each hit with a mandatory reason, and four-eyes for true
 * matches and escalations (UN Security Council resolution 2396: an appointed official reviews every
 * hit; no adverse decision by a machine alone).
 *
 * <ul>
 *   <li>An analyst or a supervisor decides: {@code false-positive} takes effect at once; {@code
 *       true-match} is {@code pending-confirmation} until a supervisor confirms it; {@code
 *       escalated} opens a case at once and settles its hit when a supervisor confirms it.
 *   <li>The confirming supervisor is never the person who decided.
 *   <li>The latest decision on a hit counts; a new one replaces an unconfirmed one. A closed alert
 *       takes no more decisions.
 *   <li>The confirmation of a true match on the ISIL (Da'esh) &amp; Al-Qaida Sanctions List creates
 *       the follow-up tasks of resolution 2178 (2014) ({@link FollowUps}) in its transaction.
 * </ul>
 *
 * <p>Every action is an audit event with the reason as written. Thread-safe (the store refuses a
 * write on an alert that changed since it was read).
 */
public final class AlertReview {
  private final Alerts alerts;
  private final Clock clock;
  private final Supplier<String> ids;
  private final FollowUps followUps;
  private final java.util.function.Function<String, java.util.Set<Role>> rolesOf;

  /**
   * @param ids new decision and task ids (random UUIDs in the service)
   * @param followUps the tasks a confirmed true match creates
   */
  public AlertReview(Alerts alerts, Clock clock, Supplier<String> ids, FollowUps followUps) {
    this(alerts, clock, ids, followUps, name -> java.util.Set.of(Role.ANALYST));
  }

  /**
   * @param rolesOf the roles of the active accounts of a name ({@link
   *     org.mizan.access.Accounts#rolesOf}): an alert is assigned only to an analyst or a
   *     supervisor
   */
  public AlertReview(
      Alerts alerts,
      Clock clock,
      Supplier<String> ids,
      FollowUps followUps,
      java.util.function.Function<String, java.util.Set<Role>> rolesOf) {
    this.alerts = alerts;
    this.clock = clock;
    this.ids = ids;
    this.followUps = followUps;
    this.rolesOf = rolesOf;
  }

  /**
   * Gives a hit of an alert a disposition.
   *
   * @param disposition {@code true-match}, {@code false-positive} or {@code escalated}
   * @return the decision, with its id and {@link Decision#status()}
   * @throws ReviewException FORBIDDEN for a role other than analyst or supervisor; NOT_FOUND for no
   *     such alert; INVALID for a hit not in the alert, an unknown disposition or a missing or too
   *     long reason; CONFLICT for a closed alert
   */
  public Decision decide(
      String alertId,
      String source,
      String entry,
      String disposition,
      String reason,
      Principal by) {
    if (by.role() != Role.ANALYST && by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only an analyst or a supervisor decides on hits");
    }
    Alert alert = alert(alertId);
    if (alert.state() == Alert.State.CLOSED) {
      throw new ReviewException(ReviewException.Kind.CONFLICT, "the alert is closed");
    }
    Alert.Hit hit = new Alert.Hit(source, entry);
    if (!alert.hits().contains(hit)) {
      throw new ReviewException(
          ReviewException.Kind.INVALID, "source, entry: the alert has no hit on this list entry");
    }
    Disposition d =
        Disposition.parse(disposition)
            .orElseThrow(
                () ->
                    new ReviewException(
                        ReviewException.Kind.INVALID, "disposition: one of " + Disposition.ids()));
    checkReason(reason);
    Decision decision =
        new Decision(
            ids.get(),
            source,
            entry,
            d,
            reason.strip(),
            by.actor(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            Optional.empty());
    // An escalation's case is opened with the decision, in its transaction, under its id.
    String caseId = d == Disposition.ESCALATED ? decision.id() : "";
    alerts.decided(
        alert,
        decision,
        new AuditDraft(
            by.actor(),
            AuditEvent.DECISION,
            alertId,
            decision.reason(),
            details(decision, caseId)));
    return decision;
  }

  /**
   * Confirms a true match or an escalation (four-eyes). A true match on the ISIL (Da'esh) &amp;
   * Al-Qaida Sanctions List creates its follow-up tasks ({@link FollowUps}) with the confirmation,
   * audited as one {@code tasks-created} event after the {@code decision-confirmed} one.
   *
   * @return the confirmed decision and the follow-up tasks it created (stored with it)
   * @throws ReviewException FORBIDDEN unless {@code by} is a supervisor other than the person who
   *     decided; NOT_FOUND for no such alert or decision; INVALID for a missing reason; CONFLICT
   *     for a false positive (it needs none), a decision confirmed already or replaced by a later
   *     one
   */
  public Confirmed confirm(String alertId, String decisionId, String reason, Principal by) {
    if (by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only a supervisor confirms a decision");
    }
    Alert alert = alert(alertId);
    Decision decision =
        alert
            .decision(decisionId)
            .orElseThrow(
                () ->
                    new ReviewException(
                        ReviewException.Kind.NOT_FOUND, "the alert has no decision of this id"));
    // One name is one person, whether it signed in as a user or with a key.
    if (org.mizan.access.AccountNames.tooAlike(nameOf(decision.decidedBy()), by.name())) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN,
          "four-eyes: the person who decided cannot confirm the same decision");
    }
    if (!decision.disposition().needsConfirmation()) {
      throw new ReviewException(
          ReviewException.Kind.CONFLICT, "a false-positive decision needs no confirmation");
    }
    if (decision.confirmation().isPresent()) {
      throw new ReviewException(ReviewException.Kind.CONFLICT, "the decision is confirmed already");
    }
    if (!alert.counts(decision)) {
      throw new ReviewException(
          ReviewException.Kind.CONFLICT, "a later decision on the same hit replaced this one");
    }
    checkReason(reason);
    Decision confirmed =
        decision.confirmed(
            new Decision.Confirmation(
                by.actor(), clock.instant().truncatedTo(ChronoUnit.MICROS), reason.strip()));
    // A true match on the ISIL (Da'esh) & Al-Qaida list takes effect with its follow-up tasks.
    List<Task> tasks =
        followUps.after(
            alert, confirmed, () -> alerts.screenedNationality(alert.screeningId()), ids);
    List<AuditDraft> audit = new ArrayList<>();
    audit.add(
        new AuditDraft(
            by.actor(),
            AuditEvent.DECISION_CONFIRMED,
            alertId,
            reason.strip(),
            details(confirmed, "")));
    if (!tasks.isEmpty()) {
      audit.add(
          new AuditDraft(by.actor(), AuditEvent.TASKS_CREATED, alertId, "", tasksDetails(tasks)));
    }
    alerts.decided(alert, confirmed, tasks, audit);
    return new Confirmed(confirmed, tasks);
  }

  /**
   * A confirmation as stored.
   *
   * @param decision the confirmed decision
   * @param tasks the follow-up tasks created with it, possibly none, in {@link Task#LISTING} order
   */
  public record Confirmed(Decision decision, List<Task> tasks) {
    public Confirmed {
      tasks = tasks.stream().sorted(Task.LISTING).toList();
    }
  }

  /**
   * Assigns an alert to an analyst (or takes it).
   *
   * @throws ReviewException FORBIDDEN for a role other than analyst or supervisor; NOT_FOUND for no
   *     such alert; INVALID for a blank name; CONFLICT for a closed alert
   */
  public void assign(String alertId, String to, Principal by) {
    if (by.role() != Role.ANALYST && by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only an analyst or a supervisor assigns alerts");
    }
    Alert alert = alert(alertId);
    if (alert.state() == Alert.State.CLOSED) {
      throw new ReviewException(ReviewException.Kind.CONFLICT, "the alert is closed");
    }
    if (to == null || to.isBlank()) {
      throw new ReviewException(ReviewException.Kind.INVALID, "to: the analyst's name");
    }
    String problem = org.mizan.access.Authenticator.nameProblem(to.strip());
    if (!problem.isEmpty()) {
      throw new ReviewException(ReviewException.Kind.INVALID, "to: " + problem);
    }
    java.util.Set<Role> roles = rolesOf.apply(to.strip());
    if (!roles.contains(Role.ANALYST) && !roles.contains(Role.SUPERVISOR)) {
      throw new ReviewException(
          ReviewException.Kind.INVALID,
          "to: no analyst or supervisor of this name (an active user or API key)");
    }
    alerts.assigned(
        alert,
        to.strip(),
        new AuditDraft(
            by.actor(),
            AuditEvent.ALERT_ASSIGNED,
            alertId,
            "",
            "{\"to\":" + AuditDraft.quote(to.strip()) + "}"));
  }

  /**
   * Takes a pair off the good-guy list: the hit its false-positive decision suppressed raises
   * alerts again.
   *
   * @param decisionId the false-positive decision ({@code suppressed_by} of the suppressed hit)
   * @throws ReviewException FORBIDDEN unless {@code by} is a supervisor; INVALID for a missing or
   *     too long reason; NOT_FOUND when no pair on the list came from that decision
   */
  public void unlist(String decisionId, String reason, Principal by) {
    if (by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only a supervisor takes a pair off the good-guy list");
    }
    checkReason(reason);
    boolean removed =
        alerts.unlist(
            decisionId,
            new AuditDraft(
                by.actor(), AuditEvent.GOOD_GUY_REMOVED, decisionId, reason.strip(), "{}"));
    if (!removed) {
      throw new ReviewException(
          ReviewException.Kind.NOT_FOUND, "no pair on the good-guy list comes from this decision");
    }
  }

  private Alert alert(String alertId) {
    return alerts
        .find(alertId)
        .orElseThrow(
            () -> new ReviewException(ReviewException.Kind.NOT_FOUND, "no alert with this id"));
  }

  private static String nameOf(String actor) {
    int colon = actor.indexOf(':');
    return colon < 0 ? actor : actor.substring(colon + 1);
  }

  /**
   * Checks a reason a person gives for an audited action (a decision, an unmask): the rule of
   * {@link org.mizan.audit.Reasons}.
   *
   * @throws ReviewException INVALID naming what is wrong (never quoting the reason)
   */
  public static void checkReason(String reason) {
    Optional<String> problem = org.mizan.audit.Reasons.problem(reason);
    if (problem.isPresent()) {
      throw new ReviewException(ReviewException.Kind.INVALID, problem.get());
    }
  }

  private static String tasksDetails(List<Task> tasks) {
    Task first = tasks.get(0);
    StringBuilder b =
        new StringBuilder("{\"decision\":")
            .append(AuditDraft.quote(first.decisionId()))
            .append(",\"source\":")
            .append(AuditDraft.quote(first.source()))
            .append(",\"entry\":")
            .append(AuditDraft.quote(first.entry()))
            .append(",\"tasks\":[");
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      b.append(i == 0 ? "" : ",")
          .append("{\"id\":")
          .append(AuditDraft.quote(t.id()))
          .append(",\"kind\":\"")
          .append(t.kind().id())
          .append("\",\"addressee\":")
          .append(AuditDraft.quote(t.addressee()))
          .append(",\"due_at\":\"")
          .append(t.dueAt())
          .append("\"}");
    }
    return b.append("]}").toString();
  }

  private static String details(Decision d, String caseId) {
    return "{\"decision\":\""
        + d.id()
        + "\",\"source\":"
        + AuditDraft.quote(d.source())
        + ",\"entry\":"
        + AuditDraft.quote(d.entry())
        + ",\"disposition\":\""
        + d.disposition().id()
        + "\",\"status\":\""
        + d.status()
        + "\""
        + (caseId.isEmpty() ? "" : ",\"case\":" + AuditDraft.quote(caseId))
        + "}";
  }
}
