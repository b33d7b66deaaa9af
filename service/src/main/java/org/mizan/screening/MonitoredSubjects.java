package org.mizan.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mizan.audit.AuditDraft;
import org.mizan.model.ListVersion;

/**
 * Monitored subjects as stored (port; the store implements it): subjects registered to be
 * re-screened when a new list version comes into force, and the hits each has raised. Every write
 * appends its audit event in the same transaction. Thread-safe.
 */
public interface MonitoredSubjects {
  /**
   * A monitored subject.
   *
   * @param id the subject id (a random UUID)
   * @param reference the caller's own reference for the subject (a customer or case number); may be
   *     empty
   * @param subject the subject as screened, JSON text ({@code id, name, dob, nationality, gender,
   *     document, kind}, as the contract renders a query); empty once monitoring has ended
   * @param subjectKey {@link GoodGuys#subjectKey} of the subject
   * @param registeredBy who registered it ({@code key:NAME}, {@code user:NAME})
   * @param registeredAt when (UTC)
   * @param ended who ended its monitoring and when; empty while it is monitored
   */
  record Monitored(
      String id,
      String reference,
      Optional<String> subject,
      String subjectKey,
      String registeredBy,
      Instant registeredAt,
      Optional<Ended> ended) {}

  /**
   * The end of a subject's monitoring.
   *
   * @param by who ended it
   * @param at when (UTC)
   */
  record Ended(String by, Instant at) {}

  /**
   * A hit a monitored subject raised: its list entry by content, and the screening that recorded
   * it.
   *
   * @param subjectId the monitored subject
   * @param pair the subject and the list entry, by content
   * @param screeningId the screening that recorded the hit
   */
  record Hit(String subjectId, GoodGuys.Pair pair, String screeningId) {}

  /**
   * Stores new monitored subjects with their first screenings, the hits they raised and the audit
   * events of the registrations, in one transaction — provided the list versions recorded in force
   * are ones they were screened against (or none are recorded yet).
   *
   * @param subjects the subjects (not ended)
   * @param screenings their first screenings, with alerts and audit events, in the same order
   * @param hits the hits of those screenings
   * @param audit the registrations' audit events
   * @param accepted sets of versions the screenings stand for: the versions they were screened
   *     against, and while this instance's own re-screening runs, the versions it started from
   * @return where each screening sits in the audit chain, in the order given
   * @throws ListsMovedException when the versions recorded in force are none of {@code accepted}
   *     (another instance put other versions in force): nothing is stored then
   * @throws AlreadyMonitoredException when a subject still monitored has the reference of one of
   *     {@code subjects}: nothing is stored then
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached: nothing is
   *     stored then
   */
  List<Screenings.Stored> register(
      List<Monitored> subjects,
      List<Screenings.Pending> screenings,
      List<Hit> hits,
      List<AuditDraft> audit,
      Set<Set<ListVersion>> accepted);

  /** The monitored subject {@code id}, ended or not, if any. */
  Optional<Monitored> find(String id);

  /**
   * The subjects registered under {@code reference}, ended or not, newest first.
   *
   * @param limit at most this many, 1–10,000
   */
  List<Monitored> byReference(String reference, int limit);

  /**
   * The hits subject {@code id} has raised, oldest first, with the alert of each hit's screening
   * while it is kept.
   */
  List<RaisedHit> hits(String id);

  /**
   * A hit a monitored subject raised, as a caller sees it.
   *
   * @param hit the hit
   * @param alertId the alert of its screening; empty when the screening raised none (the hit was
   *     suppressed) or retention has deleted it
   */
  record RaisedHit(Hit hit, Optional<String> alertId) {}

  /**
   * Ends a subject's monitoring and clears its screened data, with the audit event, in one
   * transaction.
   *
   * @return false when there is no such subject or its monitoring had ended already (nothing is
   *     audited then)
   */
  boolean end(String id, Ended ended, AuditDraft audit);

  /**
   * Subjects being monitored, in id order, after {@code afterId}.
   *
   * @param afterId the last id of the page before; empty for the first page
   * @param limit at most this many, 1–10,000
   */
  List<Monitored> active(String afterId, int limit);

  /**
   * Of the given subjects, the hits they have raised before ({@link Hit#pair()}s by subject id).
   */
  Map<String, Set<GoodGuys.Pair>> known(Collection<String> subjectIds);

  /**
   * The versions recorded in force by the last start that re-screened (or by the first start), by
   * source.
   */
  Map<String, ListVersion> inForce();

  /**
   * What a re-screening found, to store, and what must still hold when it is stored.
   *
   * @param screenings the screenings of the subjects with new hits, with alerts and audit events
   * @param subjects the monitored subject of each screening, in the same order
   * @param hits the new hits
   * @param from the versions in force when the re-screening began
   * @param inForce the versions to record in force
   * @param covered the subjects re-screened
   * @param since every subject still monitored that was registered at or after this must be in
   *     {@code covered}
   * @param actor who puts the versions in force ({@code system} at start-up)
   * @param audit the re-screening's audit events, after the {@code list-changed} ones, given the
   *     number of screenings stored (those of subjects still monitored)
   */
  record Rescreening(
      List<Screenings.Pending> screenings,
      List<String> subjects,
      List<Hit> hits,
      Set<ListVersion> from,
      List<ListVersion> inForce,
      Set<String> covered,
      Instant since,
      String actor,
      java.util.function.IntFunction<List<AuditDraft>> audit) {}

  /**
   * The outcome of {@link #rescreened}.
   *
   * @param status what happened
   * @param stored where each screening stored sits in the audit chain (STORED only)
   * @param late subjects registered meanwhile and not re-screened (LATE only)
   * @param ended subjects whose monitoring ended meanwhile, whose screenings were left out (STORED
   *     only)
   */
  record RescreenOutcome(
      Status status, List<Screenings.Stored> stored, List<String> late, Set<String> ended) {
    /** What happened to a re-screening. */
    public enum Status {
      /** Stored with the versions in force. */
      STORED,
      /** Nothing stored: the versions are in force already (another instance re-screened). */
      ALREADY,
      /** Nothing stored: other versions than those it began from came into force meanwhile. */
      MOVED,
      /** Nothing stored: subjects were registered meanwhile ({@code late}); screen them too. */
      LATE
    }
  }

  /**
   * Stores what a re-screening found — screenings with their alerts and audit events, the new hits
   * — and records the versions in force (with a {@code list-changed} event per change) and the
   * re-screening's own audit events, all in one transaction with the audit trail's head locked (no
   * registration or end of monitoring commits meanwhile): a re-screening cut short stores nothing,
   * and the next start runs it again. Screenings of subjects whose monitoring ended meanwhile are
   * left out.
   *
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached: nothing is
   *     stored then
   */
  RescreenOutcome rescreened(Rescreening rescreening);
}
