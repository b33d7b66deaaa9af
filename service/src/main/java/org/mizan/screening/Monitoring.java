package org.mizan.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.model.ListVersion;
import org.mizan.model.Subject;

/**
 * Monitored subjects (customers, case subjects, frequent travellers) and their delta re-screening:
 * a registered subject is screened at once against the lists in force, and again whenever a new
 * list version comes into force — then only against the entries that version added or changed, an
 * alert being raised for each subject with a hit it has not raised before on the same content of
 * the same entry. Suppressions of the good-guy list apply as to any screening.
 *
 * <p>A re-screening stores nothing until it is complete, and then everything at once together with
 * the versions it was for ({@link MonitoredSubjects#rescreened}): a re-screening cut short (a
 * crash, a stop) runs again at the next start, and raises no alert twice. Subjects without a new
 * hit leave no screening record, only the count in the re-screening's audit event. Thread-safe.
 */
public final class Monitoring {
  /** The longest reference accepted, in characters. */
  public static final int MAX_REFERENCE_LENGTH = 200;

  /** Subjects read from the store at a time while re-screening. */
  static final int PAGE = 5_000;

  private final AuditedScreening recorder;
  private final MonitoredSubjects store;
  private final Clock clock;
  private final Supplier<String> ids;

  /** While this instance's own re-screening runs: the versions in force it began from. */
  private volatile Set<ListVersion> startingFrom;

  /**
   * @param ids new subject ids (random UUIDs in the service)
   */
  public Monitoring(
      AuditedScreening recorder, MonitoredSubjects store, Clock clock, Supplier<String> ids) {
    this.recorder = recorder;
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * A registered subject and its first screening.
   *
   * @param subjectId the monitored subject's id
   * @param screening its first screening, as acknowledged
   */
  public record Registered(String subjectId, AuditedScreening.Recorded screening) {}

  /**
   * Why a caller's reference cannot be kept, if it cannot: longer than {@value
   * #MAX_REFERENCE_LENGTH} characters, or holding a control, formatting, line-separator or lone
   * surrogate character.
   */
  public static Optional<String> referenceProblem(String reference) {
    if (reference.length() > MAX_REFERENCE_LENGTH) {
      return Optional.of("at most " + MAX_REFERENCE_LENGTH + " characters");
    }
    if (!SubjectFields.plainText(reference)) {
      return Optional.of(
          "no control, formatting (e.g. bidi override), invisible or line-separator characters and"
              + " no lone surrogates");
    }
    return Optional.empty();
  }

  /**
   * A subject to register.
   *
   * @param subject the subject (its id is replaced by the monitored subject's)
   * @param reference the caller's own reference; may be empty ({@link #referenceProblem} must find
   *     nothing)
   */
  public record Registration(Subject subject, String reference) {
    /**
     * Normalises the reference to Unicode form C (one spelling of one reference), then checks it
     * ({@link #referenceProblem}: form C may lengthen it).
     *
     * @throws IllegalArgumentException "reference: " and what is wrong with it
     */
    public Registration {
      reference = nfc(reference);
      Optional<String> problem = referenceProblem(reference);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("reference: " + problem.get());
      }
    }
  }

  private static String nfc(String reference) {
    return java.text.Normalizer.normalize(reference, java.text.Normalizer.Form.NFC);
  }

  /**
   * Registers subjects for monitoring and screens each against the lists in force; all are stored
   * in one transaction, or none.
   *
   * @param registrations the subjects
   * @param screening the lists in force
   * @param threshold the alert threshold, 0–1
   * @param limit the most matches reported per subject
   * @param actor who registers them ({@code key:NAME}, {@code user:NAME})
   * @return one per subject, in the order given
   * @throws IllegalArgumentException when two subjects of the batch have the same reference
   * @throws ListsMovedException when the versions in force in the store are not those of {@code
   *     screening} (another instance put others in force): nothing is stored then
   * @throws AlreadyMonitoredException when a subject with one of the references is being monitored
   *     already: nothing is stored then
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached: nothing is
   *     stored then
   */
  public List<Registered> register(
      List<Registration> registrations,
      Screening screening,
      double threshold,
      int limit,
      String actor) {
    java.util.Set<String> references = new java.util.HashSet<>();
    for (Registration r : registrations) {
      if (r.reference().isEmpty()) {
        continue;
      }
      if (!references.add(r.reference())) {
        throw new IllegalArgumentException("reference: given to two subjects of the batch");
      }
    }
    List<String> subjectIds = new ArrayList<>(registrations.size());
    List<AuditedScreening.Done> done = new ArrayList<>(registrations.size());
    for (Registration r : registrations) {
      String id = ids.get();
      Subject s = r.subject();
      Subject monitored =
          new Subject(
              id, s.name(), s.birthDates(), s.nationality(), s.gender(), s.document(), s.kinds());
      subjectIds.add(id);
      done.add(
          new AuditedScreening.Done(
              screening.screen(monitored, threshold, limit),
              ScreeningRecord.MONITOR,
              Optional.of(context(id, r.reference()))));
    }
    AuditedScreening.Prepared prepared = recorder.prepare(done, actor);
    java.time.Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<MonitoredSubjects.Monitored> subjects = new ArrayList<>(done.size());
    List<MonitoredSubjects.Hit> hits = new ArrayList<>();
    List<AuditDraft> audit = new ArrayList<>(done.size());
    for (int i = 0; i < done.size(); i++) {
      String id = subjectIds.get(i);
      JsonNode query = prepared.renderings().get(i).get("query");
      String screeningId = prepared.pending().get(i).record().id();
      subjects.add(
          new MonitoredSubjects.Monitored(
              id,
              registrations.get(i).reference(),
              Optional.of(query.toString()),
              GoodGuys.subjectKey(query),
              actor,
              at,
              Optional.empty()));
      hits.addAll(hits(id, done.get(i).result(), prepared.renderings().get(i), screeningId));
      audit.add(
          new AuditDraft(
              actor,
              AuditEvent.SUBJECT_MONITORED,
              id,
              "",
              "{\"screening\":\"" + screeningId + "\"}"));
    }
    List<AuditedScreening.Recorded> recorded =
        prepared.recorded(
            store.register(subjects, prepared.pending(), hits, audit, accepted(screening)));
    List<Registered> out = new ArrayList<>(recorded.size());
    for (int i = 0; i < recorded.size(); i++) {
      out.add(new Registered(subjectIds.get(i), recorded.get(i)));
    }
    return out;
  }

  /**
   * Ends the monitoring of a subject: it is no longer re-screened, and its screened data is cleared
   * (the screenings it had keep theirs).
   *
   * @param reason why, as the audit trail keeps it ({@link org.mizan.audit.Reasons})
   * @return false when there is no such subject, or its monitoring had ended already
   * @throws org.mizan.audit.Reasons.InvalidReasonException when the reason breaks the rule
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  public boolean end(String subjectId, String reason, String actor) {
    org.mizan.audit.Reasons.require(reason);
    return store.end(
        subjectId,
        new MonitoredSubjects.Ended(actor, clock.instant().truncatedTo(ChronoUnit.MICROS)),
        new AuditDraft(actor, AuditEvent.MONITORING_ENDED, subjectId, reason.strip(), "{}"));
  }

  /** The monitored subject {@code id}, if any. */
  public Optional<MonitoredSubjects.Monitored> find(String subjectId) {
    return store.find(subjectId);
  }

  /** The subjects registered under {@code reference}, ended or not, newest first (at most 100). */
  public List<MonitoredSubjects.Monitored> byReference(String reference) {
    return store.byReference(nfc(reference), 100);
  }

  /** The hits subject {@code subjectId} has raised, with their alerts. */
  public List<MonitoredSubjects.RaisedHit> hits(String subjectId) {
    return store.hits(subjectId);
  }

  /** The versions in force when the monitored subjects were last re-screened, by source. */
  public Map<String, ListVersion> screenedAgainst() {
    return store.inForce();
  }

  /**
   * What changed in one list since the monitored subjects were last screened.
   *
   * @param older the version they were last screened against; empty when the list is new to them
   * @param newer the version now in force
   * @param added entries added (or, when the older version's content is not at hand, every entry)
   * @param changed entries whose content changed
   * @param whole whether every entry of {@code newer} is re-screened because the older version's
   *     content is not at hand (or there was none)
   */
  public record Change(
      Optional<ListVersion> older, ListVersion newer, int added, int changed, boolean whole) {}

  /**
   * The outcome of a re-screening.
   *
   * @param subjects monitored subjects re-screened
   * @param unreadable of those, subjects whose stored data no longer reads as a subject (not
   *     screened; a rule of the subject reader changed since they were registered)
   * @param entries list entries screened against (added and changed, over all lists)
   * @param alerts subjects with a new hit, each raising an alert (or shown suppressed)
   * @param screenings the stored screenings of those subjects
   */
  public record Rescreened(
      long subjects,
      long unreadable,
      int entries,
      int alerts,
      List<Screenings.Stored> screenings) {}

  /**
   * Re-screens every monitored subject against {@code delta} — the entries added and changed by the
   * new versions — and stores the new hits with {@code inForce} as the versions now screened
   * against, in one transaction.
   *
   * @param delta builds a screening over the added and changed entries only (their lists' versions
   *     the new ones); called only when there are subjects to screen and entries to screen them
   *     against
   * @param from the versions in force when the re-screening begins (recorded in the store)
   * @param changes the lists that changed, for the audit trail
   * @param inForce every version now in force
   * @param threshold the alert threshold, 0–1
   * @param limit the most matches reported per subject
   * @param threads how many subjects to screen at once (the processors)
   * @param today today's date, after which no date of birth can be
   * @param progress told the number of subjects screened so far, now and then (counts only)
   * @throws ListsMovedException when other versions came into force meanwhile (another instance
   *     sharing the database): nothing is stored then
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached: nothing is
   *     stored then
   */
  public Rescreened rescreen(
      Supplier<Screening> delta,
      Set<ListVersion> from,
      List<Change> changes,
      List<ListVersion> inForce,
      double threshold,
      int limit,
      int threads,
      LocalDate today,
      LongConsumer progress) {
    int entries = changes.stream().mapToInt(c -> c.added() + c.changed()).sum();
    // Registered since (with room for another instance's clock): must all be covered at the end.
    java.time.Instant since = clock.instant().minus(java.time.Duration.ofMinutes(5));
    Found found = new Found();
    java.util.Set<String> covered = new java.util.HashSet<>();
    long unreadable = 0;
    List<MonitoredSubjects.Monitored> page = entries > 0 ? store.active("", PAGE) : List.of();
    Screening screening = page.isEmpty() ? null : delta.get();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    startingFrom = from;
    try {
      while (!page.isEmpty()) {
        unreadable += screenPage(pool, screening, page, threshold, limit, today, found);
        page.forEach(m -> covered.add(m.id()));
        progress.accept(covered.size());
        page = store.active(page.get(page.size() - 1).id(), PAGE);
      }
      while (true) {
        AuditedScreening.Prepared prepared = recorder.prepare(found.done, "system");
        List<MonitoredSubjects.Hit> hits = new ArrayList<>();
        for (int i = 0; i < found.done.size(); i++) {
          Set<GoodGuys.Pair> before = found.known.getOrDefault(found.whose.get(i).id(), Set.of());
          hits(
                  found.whose.get(i).id(),
                  found.done.get(i).result(),
                  prepared.renderings().get(i),
                  prepared.pending().get(i).record().id())
              .stream()
              .filter(h -> !before.contains(h.pair()))
              .forEach(hits::add);
        }
        // Nothing to screen against (entries removed only): no subject was re-screened.
        long subjects = entries == 0 ? 0 : covered.size();
        long notRead = unreadable;
        MonitoredSubjects.RescreenOutcome outcome =
            store.rescreened(
                new MonitoredSubjects.Rescreening(
                    prepared.pending(),
                    found.whose.stream().map(MonitoredSubjects.Monitored::id).toList(),
                    hits,
                    from,
                    inForce,
                    covered,
                    since,
                    "system",
                    stored ->
                        subjects == 0
                            ? List.of()
                            : List.of(
                                new AuditDraft(
                                    "system",
                                    AuditEvent.RESCREENED,
                                    "",
                                    "",
                                    details(changes, subjects, notRead, entries, stored)))));
        switch (outcome.status()) {
          case STORED:
            return new Rescreened(
                subjects, unreadable, entries, outcome.stored().size(), outcome.stored());
          case ALREADY:
            // Another instance sharing the database put the same versions in force first.
            return new Rescreened(0, 0, entries, 0, List.of());
          case MOVED:
            throw new ListsMovedException();
          case LATE:
            // Registered while the others were screened: screen them too, then store again.
            covered.addAll(outcome.late());
            if (entries == 0) {
              break; // nothing to screen them against
            }
            List<MonitoredSubjects.Monitored> late = new ArrayList<>();
            for (String id : outcome.late()) {
              store.find(id).filter(m -> m.ended().isEmpty()).ifPresent(late::add);
            }
            if (screening == null) {
              screening = delta.get();
            }
            unreadable += screenPage(pool, screening, late, threshold, limit, today, found);
            break;
          default:
            throw new IllegalStateException("unknown outcome " + outcome.status());
        }
      }
    } finally {
      startingFrom = null;
      pool.shutdown();
    }
  }

  /**
   * The versions a registration's screening stands for: those screened against and, while this
   * instance re-screens at its start, those it began from (the subject is re-screened with the
   * others, or as a late one).
   */
  private Set<Set<ListVersion>> accepted(Screening screening) {
    Set<Set<ListVersion>> accepted = new java.util.HashSet<>();
    accepted.add(
        new java.util.HashSet<>(
            screening.lists().stream().map(org.mizan.model.Watchlist::version).toList()));
    Set<ListVersion> from = startingFrom;
    if (from != null) {
      accepted.add(from);
    }
    return accepted;
  }

  /** The subjects with new hits so far, their results and the hits they had raised before. */
  private static final class Found {
    final List<AuditedScreening.Done> done = new ArrayList<>();
    final List<MonitoredSubjects.Monitored> whose = new ArrayList<>();
    final Map<String, Set<GoodGuys.Pair>> known = new java.util.HashMap<>();
  }

  /**
   * Screens {@code page} against {@code screening} and adds the subjects with new hits to {@code
   * found}.
   *
   * @return how many subjects could not be read back
   */
  private long screenPage(
      ForkJoinPool pool,
      Screening screening,
      List<MonitoredSubjects.Monitored> page,
      double threshold,
      int limit,
      LocalDate today,
      Found found) {
    if (page.isEmpty()) {
      return 0;
    }
    List<Optional<ScreeningResult>> results =
        screenAll(pool, screening, page, threshold, limit, today);
    long unreadable = 0;
    List<Integer> withHits = new ArrayList<>();
    List<String> hitIds = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (results.get(i).isEmpty()) {
        unreadable++;
      } else if (results.get(i).get().hits() > 0) {
        withHits.add(i);
        hitIds.add(page.get(i).id());
      }
    }
    Map<String, Set<GoodGuys.Pair>> known = hitIds.isEmpty() ? Map.of() : store.known(hitIds);
    found.known.putAll(known);
    for (int i : withHits) {
      MonitoredSubjects.Monitored m = page.get(i);
      ScreeningResult r = results.get(i).get();
      if (anyNew(r, m, known.getOrDefault(m.id(), Set.of()))) {
        found.done.add(
            new AuditedScreening.Done(
                r, ScreeningRecord.MONITOR, Optional.of(context(m.id(), m.reference()))));
        found.whose.add(m);
      }
    }
    return unreadable;
  }

  /**
   * Each subject of {@code page} screened; empty for one whose stored data no longer reads as a
   * subject (a rule of the subject reader changed since it was registered).
   */
  private static List<Optional<ScreeningResult>> screenAll(
      ForkJoinPool pool,
      Screening delta,
      List<MonitoredSubjects.Monitored> page,
      double threshold,
      int limit,
      LocalDate today) {
    try {
      return pool.submit(
              () ->
                  page.parallelStream()
                      .map(m -> screenOne(delta, m, threshold, limit, today))
                      .toList())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("re-screening was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("re-screening failed", e.getCause());
    }
  }

  private static Optional<ScreeningResult> screenOne(
      Screening delta,
      MonitoredSubjects.Monitored m,
      double threshold,
      int limit,
      LocalDate today) {
    Subject subject;
    try {
      subject = SubjectReader.fromJson(m.subject().orElseThrow(), "monitored subject", 0, today);
    } catch (InputFormatException e) {
      return Optional.empty();
    }
    return Optional.of(delta.screen(subject, threshold, limit));
  }

  /** Whether {@code r} has a hit {@code m} has not raised before on the same entry content. */
  private static boolean anyNew(
      ScreeningResult r, MonitoredSubjects.Monitored m, Set<GoodGuys.Pair> known) {
    return GoodGuys.hitPairs(m.subjectKey(), r).stream().anyMatch(p -> !known.contains(p));
  }

  /** The hits of a screening of subject {@code subjectId}, by content. */
  private static List<MonitoredSubjects.Hit> hits(
      String subjectId, ScreeningResult result, ObjectNode rendered, String screeningId) {
    return GoodGuys.hitPairs(GoodGuys.subjectKey(rendered.get("query")), result).stream()
        .map(p -> new MonitoredSubjects.Hit(subjectId, p, screeningId))
        .toList();
  }

  private static ObjectNode context(String id, String reference) {
    ObjectNode c = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    c.put("monitored_subject", id);
    if (!reference.isEmpty()) {
      c.put("reference", reference);
    }
    return c;
  }

  private static String details(
      List<Change> changes, long subjects, long unreadable, int entries, int alerts) {
    StringBuilder b = new StringBuilder("{\"lists\":[");
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      b.append(i == 0 ? "" : ",")
          .append("{\"source\":")
          .append(AuditDraft.quote(c.newer().source()))
          .append(",\"old\":")
          .append(c.older().map(v -> AuditDraft.quote(v.sha256())).orElse("null"))
          .append(",\"new\":")
          .append(AuditDraft.quote(c.newer().sha256()))
          .append(",\"added\":")
          .append(c.added())
          .append(",\"changed\":")
          .append(c.changed())
          .append(",\"whole\":")
          .append(c.whole())
          .append('}');
    }
    return b.append("],\"subjects\":")
        .append(subjects)
        .append(",\"unreadable\":")
        .append(unreadable)
        .append(",\"entries\":")
        .append(entries)
        .append(",\"alerts\":")
        .append(alerts)
        .append('}')
        .toString();
  }
}
