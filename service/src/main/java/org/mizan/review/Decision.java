package org.mizan.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's answer to one hit of an alert, and its confirmation by a second person.
 *
 * @param id the decision id
 * @param source the list source of the hit's entry, e.g. {@code un-sc-consolidated}
 * @param entry the list entry id, e.g. {@code QDi.059}
 * @param disposition the answer
 * @param reason why, as the person wrote it; never blank
 * @param decidedBy the actor ({@code user:NAME}, {@code key:NAME})
 * @param decidedAt when
 * @param confirmation the supervisor's confirmation, when given
 */
public record Decision(
    String id,
    String source,
    String entry,
    Disposition disposition,
    String reason,
    String decidedBy,
    Instant decidedAt,
    Optional<Confirmation> confirmation) {
  public Decision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(confirmation, "confirmation");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a decision has a reason");
    }
  }

  /**
   * A supervisor's confirmation.
   *
   * @param by the supervisor's actor, never the decider
   * @param at when
   * @param reason why, as the supervisor wrote it; never blank
   */
  public record Confirmation(String by, Instant at, String reason) {
    public Confirmation {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a confirmation has a reason");
      }
    }
  }

  /**
   * {@code effective}, or {@code pending-confirmation} for a true match or an escalation not yet
   * confirmed (an escalation's case is open either way).
   */
  public String status() {
    return disposition.needsConfirmation() && confirmation.isEmpty()
        ? "pending-confirmation"
        : "effective";
  }

  /** Whether this decision settles its hit for closing the alert. */
  boolean settles() {
    return !disposition.needsConfirmation() || confirmation.isPresent();
  }

  /** The same decision, confirmed. */
  Decision confirmed(Confirmation c) {
    return new Decision(
        id, source, entry, disposition, reason, decidedBy, decidedAt, Optional.of(c));
  }
}
