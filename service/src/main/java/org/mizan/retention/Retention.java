package org.mizan.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;
import org.mizan.retention.RetentionPolicy.Category;
import org.mizan.retention.RetentionPolicy.Operation;
import org.mizan.review.AlertReview;
import org.mizan.review.ReviewException;
import org.mizan.screening.Screenings;

/**
 * Retention of stored screenings by {@link RetentionPolicy}: {@link #run} masks, reduces and
 * deletes what is due at the clock's time, each change with a {@code retention} audit event; {@link
 * #unmask} shows a masked screening in full to a supervisor who gives a reason, audited.
 *
 * <p>Thread-safe; runs may overlap (a screening is changed once: the store only takes what is not
 * yet masked, reduced or deleted).
 */
public final class Retention {
  private final RetentionStore store;
  private final RetentionPolicy policy;
  private final Screenings screenings;
  private final AuditLog audit;
  private final Clock clock;
  private final String actor;

  /**
   * One operation of a run and what it did.
   *
   * @param category the category
   * @param operation what was done
   * @param cutoff screenings screened at or before this were due
   * @param counts what was changed: for a mask or reduce, {@code screenings} alone
   */
  public record Outcome(
      Category category, Operation operation, Instant cutoff, RetentionStore.Deleted counts) {}

  /**
   * @param actor who runs it, as the audit trail names it: {@code system} for the service, {@code
   *     cli} for the command line
   */
  public Retention(
      RetentionStore store,
      RetentionPolicy policy,
      Screenings screenings,
      AuditLog audit,
      Clock clock,
      String actor) {
    this.store = store;
    this.policy = policy;
    this.screenings = screenings;
    this.audit = audit;
    this.clock = clock;
    this.actor = actor;
  }

  /** The policy applied. */
  public RetentionPolicy policy() {
    return policy;
  }

  /**
   * Masks, reduces and deletes what is due now: masks {@code api} and {@code pnr}, reduces {@code
   * clean}, then deletes {@code api}, {@code pnr}, {@code clean} and {@code alerts} (the latter
   * with their alerts, decisions and cases when the {@code alerts} and {@code cases} periods
   * allow).
   *
   * @return one outcome per operation with a period (never: none), in that order
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached; what was
   *     done before stays done and audited
   */
  public List<Outcome> run() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Outcome> out = new ArrayList<>();
    record Step(Category category, Operation operation) {}
    for (Step step :
        List.of(
            new Step(Category.API, Operation.MASK),
            new Step(Category.PNR, Operation.MASK),
            new Step(Category.CLEAN, Operation.REDUCE))) {
      Optional<Period> period = policy.period(step.category(), step.operation());
      if (period.isEmpty()) {
        continue;
      }
      Instant cutoff = RetentionPolicy.cutoff(now, period.get());
      java.util.function.LongFunction<AuditDraft> audit =
          k -> event(step.category(), step.operation(), period.get(), cutoff, k);
      String id = step.category().id();
      long n =
          step.operation() == Operation.MASK
              ? store.mask(id, cutoff, now, audit)
              : store.reduce(id, cutoff, now, audit);
      out.add(
          new Outcome(
              step.category(), step.operation(), cutoff, new RetentionStore.Deleted(n, 0, 0, 0)));
    }
    Optional<Instant> alertsCutoff = cutoff(now, Category.ALERTS);
    Optional<Instant> casesCutoff = cutoff(now, Category.CASES);
    for (Category c : List.of(Category.API, Category.PNR, Category.CLEAN, Category.ALERTS)) {
      Optional<Instant> screened = c == Category.ALERTS ? alertsCutoff : cutoff(now, c);
      if (screened.isEmpty()) {
        continue;
      }
      RetentionStore.Deletion due =
          new RetentionStore.Deletion(c.id(), screened.get(), alertsCutoff, casesCutoff);
      RetentionStore.Deleted deleted = store.delete(due, d -> deleteEvent(due, d));
      out.add(new Outcome(c, Operation.DELETE, screened.get(), deleted));
    }
    return out;
  }

  private Optional<Instant> cutoff(Instant now, Category c) {
    return policy.period(c, Operation.DELETE).map(p -> RetentionPolicy.cutoff(now, p));
  }

  private AuditDraft event(Category c, Operation o, Period p, Instant cutoff, long count) {
    return new AuditDraft(
        actor,
        AuditEvent.RETENTION,
        c.id(),
        "",
        "{\"category\":\""
            + c.id()
            + "\",\"operation\":\""
            + o.id()
            + "\",\"period\":\""
            + p
            + "\",\"cutoff\":\""
            + cutoff
            + "\",\"screenings\":"
            + count
            + "}");
  }

  private AuditDraft deleteEvent(RetentionStore.Deletion due, RetentionStore.Deleted d) {
    Category c =
        java.util.Arrays.stream(Category.values())
            .filter(x -> x.id().equals(due.category()))
            .findFirst()
            .orElseThrow();
    StringBuilder details =
        new StringBuilder()
            .append("{\"category\":\"")
            .append(c.id())
            .append("\",\"operation\":\"delete\",\"period\":\"")
            .append(policy.period(c, Operation.DELETE).orElseThrow())
            .append("\",\"cutoff\":\"")
            .append(due.screenedBefore())
            .append('"');
    due.alertsClosedBefore()
        .ifPresent(a -> details.append(",\"alerts_closed_before\":\"").append(a).append('"'));
    due.casesClosedBefore()
        .ifPresent(a -> details.append(",\"cases_closed_before\":\"").append(a).append('"'));
    details
        .append(",\"screenings\":")
        .append(d.screenings())
        .append(",\"alerts\":")
        .append(d.alerts())
        .append(",\"decisions\":")
        .append(d.decisions())
        .append(",\"cases\":")
        .append(d.cases())
        .append('}');
    return new AuditDraft(actor, AuditEvent.RETENTION, c.id(), "", details.toString());
  }

  /**
   * Shows a masked screening in full: a supervisor's action with a reason (the EU PNR Directive,
   * Art. 12(3), allows the disclosure of depersonalised data only with the approval of a judicial
   * or other competent authority: the reason names it). The disclosure is an {@code unmask} audit
   * event with the reason, appended before the data is returned; the screening stays masked.
   *
   * @param screeningId the screening
   * @param reason why ({@link org.mizan.audit.Reasons})
   * @return the screening as stored, in full
   * @throws ReviewException FORBIDDEN for anyone but a supervisor; INVALID for a missing or bad
   *     reason; NOT_FOUND when no such screening is stored (never, or deleted by retention);
   *     CONFLICT when it is not masked
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached; then
   *     nothing is shown
   */
  public Screenings.Found unmask(String screeningId, String reason, Principal by) {
    if (by.role() != Role.SUPERVISOR) {
      throw new ReviewException(
          ReviewException.Kind.FORBIDDEN, "only a supervisor may unmask a screening");
    }
    AlertReview.checkReason(reason);
    Screenings.Found f =
        screenings
            .find(screeningId)
            .orElseThrow(
                () ->
                    new ReviewException(
                        ReviewException.Kind.NOT_FOUND,
                        "no screening with this id (never stored, or deleted by retention)"));
    if (!f.retained().masked()) {
      throw new ReviewException(
          ReviewException.Kind.CONFLICT,
          "the screening is not masked: GET /api/v1/screenings/" + f.record().id() + " shows it");
    }
    audit.append(
        List.of(
            new AuditDraft(
                by.actor(),
                AuditEvent.UNMASK,
                f.record().id(),
                reason.strip(),
                "{\"category\":\""
                    + f.record().category()
                    + "\",\"masked_at\":\""
                    + f.retained().maskedAt().orElseThrow()
                    + "\"}")));
    return f;
  }
}
