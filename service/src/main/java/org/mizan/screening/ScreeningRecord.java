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
 * @param hitsOnly whether the hits alone were looked for ({@code hits_only=true}): then no match
 *     below the threshold was looked for, and {@code matches} holds hits only
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
    boolean hitsOnly,
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

  /**
   * {@link #category()} of a traveller of a PAXLST message: Advance Passenger Information (Council
   * Directive 2004/82/EC), kept under the EU PNR Directive's rules when screened with PNR.
   */
  public static final String API = "api";

  /** {@link #category()} of a traveller of a PNRGOV message (Directive (EU) 2016/681). */
  public static final String PNR = "pnr";

  /** {@link #category()} of a subject screened through {@code screen} or {@code match}: no hit. */
  public static final String CLEAN = "clean";

  /** {@link #category()} of a subject screened through {@code screen} or {@code match}: hits. */
  public static final String ALERTS = "alerts";

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

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
   * The retention category the screening falls under: {@link #API} or {@link #PNR} for a traveller
   * of a passenger message (by the {@code format} its {@code context} names: {@code PAXLST} or
   * {@code PNRGOV}), else {@link #ALERTS} when it has hits and {@link #CLEAN} when it has none.
   *
   * @throws UnreadableScreeningException when a manifest screening's subject is not the JSON object
   *     Mizan wrote
   */
  public String category() {
    if (!channel.equals(MANIFEST)) {
      return hits > 0 ? ALERTS : CLEAN;
    }
    try {
      String format = JSON.readTree(subject).path("context").path("format").asText("");
      return format.equals("PNRGOV") ? PNR : API;
    } catch (java.io.IOException e) {
      throw new UnreadableScreeningException();
    }
  }

  /** SHA-256 hex of {@link #matches()} (UTF-8): the part of the record hash a reduction keeps. */
  public String matchesSha256() {
    return sha256(matches);
  }

  /**
   * SHA-256 hex of the record's content (id, time, actor, channel, subject, lists, the SHA-256 of
   * the matches, threshold, hits, alert, and a last line {@code hits_only} when the hits alone were
   * looked for): the audit event of the screening carries it, so that a stored screening changed
   * later no longer matches its event. The matches enter by their hash so that a clean screening
   * reduced by retention (its matches dropped, their hash kept) still matches. A record of every
   * match from the reporting floor hashes as before {@code hits_only} existed.
   */
  public String contentHash() {
    return contentHash(matchesSha256());
  }

  /**
   * {@link #contentHash()} with the matches' SHA-256 given: that kept by a reduced screening, whose
   * {@link #matches()} are gone.
   *
   * @param matchesSha256 SHA-256 hex of the matches as screened
   */
  public String contentHash(String matchesSha256) {
    return sha256(
        String.join(
                "\n",
                id,
                at.toString(),
                actor,
                channel,
                subject,
                lists,
                matchesSha256,
                Double.toString(threshold),
                Integer.toString(hits),
                alertId.orElse(""))
            + (hitsOnly ? "\nhits_only" : ""));
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(AuditChain.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
