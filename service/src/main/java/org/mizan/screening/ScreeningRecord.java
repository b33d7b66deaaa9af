package org.mizan.screening;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.mizan.audit.AuditChain;

/**
 * A screening as the store keeps it: what was screened, by whom, when, against which list versions,
 * and with what result.
 *
 * @param id the screening id (a random UUID)
 * @param at when it was screened (UTC, to the microsecond)
 * @param actor who screened, as the audit trail names it ({@code key:NAME}, {@code user:NAME})
 * @param channel how: {@code screen} (one subject or a batch), {@code manifest} (a traveller of a
 *     PAXLST or PNRGOV message), {@code match} (the OpenSanctions-compatible route), {@code
 *     monitor} (a monitored subject)
 * @param subject the query object as the command-line contract prints it (JSON text; personal data)
 * @param lists the list versions screened against, {@code [{"source", "version", "sha256",
 *     "entries"}]} (JSON text)
 * @param matches the matches reported, as the contract prints them (JSON array text)
 * @param threshold the alert threshold applied
 * @param hits how many matches were hits (at or above {@code threshold})
 * @param alertId the alert raised for the hits; empty when there were none
 */
public record ScreeningRecord(
    String id,
    Instant at,
    String actor,
    String channel,
    String subject,
    String lists,
    String matches,
    double threshold,
    int hits,
    Optional<String> alertId) {
  /** {@link #channel()} of a subject screened through {@code /api/v1/screen}. */
  public static final String SCREEN = "screen";

  /** {@link #channel()} of a traveller of a passenger message. */
  public static final String MANIFEST = "manifest";

  /** {@link #channel()} of a query of the OpenSanctions-compatible {@code /match} route. */
  public static final String MATCH = "match";

  /**
   * {@link #channel()} of a monitored subject's screening: at registration, and each re-screening
   * that found a new hit.
   */
  public static final String MONITOR = "monitor";

  public ScreeningRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(lists, "lists");
    Objects.requireNonNull(matches, "matches");
    Objects.requireNonNull(alertId, "alertId");
    if (hits < 0 || (hits > 0) != alertId.isPresent()) {
      throw new IllegalArgumentException("an alert is raised exactly when there are hits");
    }
  }

  /**
   * SHA-256 hex of the record's content (subject, lists, matches, threshold, hits, alert): the
   * audit event of the screening carries it, so a stored screening changed later no longer matches
   * its event.
   */
  public String contentHash() {
    String text =
        String.join(
            "\n",
            id,
            at.toString(),
            actor,
            channel,
            subject,
            lists,
            matches,
            Double.toString(threshold),
            Integer.toString(hits),
            alertId.orElse(""));
    return HexFormat.of().formatHex(AuditChain.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
