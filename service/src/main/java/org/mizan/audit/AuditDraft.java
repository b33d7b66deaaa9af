package org.mizan.audit;

import java.util.Objects;

/**
 * An audit event before it has a place in the chain: who did what to which target, and why.
 *
 * <p>No field may hold a screened name or document number: the audit trail records that a screening
 * happened, against which list versions and with what outcome, and points to the stored screening
 * by its id.
 *
 * @param actor the authenticated principal ({@code user:NAME}, {@code key:NAME}) or {@code system}
 *     / {@code cli} for work not started by a request
 * @param action what happened, one of the constants of {@link AuditEvent}, e.g. {@code screen}
 * @param target what it happened to, e.g. a screening id or a user name; may be empty
 * @param reason why, as the actor stated it; may be empty
 * @param details JSON object text with the facts of the event (list versions, hit count, record
 *     hash); {@code {}} when none
 */
public record AuditDraft(
    String actor, String action, String target, String reason, String details) {
  public AuditDraft {
    requireText(actor, "actor");
    requireText(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    requireText(details, "details");
  }

  /**
   * {@code value} as a JSON string literal (RFC 8259, quotes and escapes included), for building
   * {@link #details()}.
   */
  public static String quote(String value) {
    return '"'
        + new String(
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value))
        + '"';
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}
