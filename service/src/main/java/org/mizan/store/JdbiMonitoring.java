package org.mizan.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.model.ListVersion;
import org.mizan.screening.GoodGuys;
import org.mizan.screening.MonitoredSubjects;
import org.mizan.screening.Screenings;

/** Monitored subjects and the hits they raised, in the service's database. */
public final class JdbiMonitoring implements MonitoredSubjects {
  private final Database db;
  private final Clock clock;

  public JdbiMonitoring(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Screenings.Stored> register(
      List<Monitored> subjects,
      List<Screenings.Pending> screenings,
      List<Hit> hits,
      List<AuditDraft> audit,
      Set<Set<ListVersion>> accepted) {
    try {
      return db.jdbi()
          .inTransaction(
              h -> {
                // The head first: a re-screening that changes the versions in force holds it too.
                AuditWriter.lockHead(h);
                Set<ListVersion> inForce = new HashSet<>(JdbiListsInForce.read(h).values());
                if (!inForce.isEmpty() && !accepted.contains(inForce)) {
                  throw new org.mizan.screening.ListsMovedException();
                }
                // A reference names one monitored subject: checked with the head locked, so that
                // two registrations under one reference cannot both pass.
                List<String> references =
                    subjects.stream().map(Monitored::reference).filter(r -> !r.isEmpty()).toList();
                if (!references.isEmpty()) {
                  Optional<String> other =
                      h.createQuery(
                              "select id from monitored_subjects where ended_at is null and"
                                  + " reference = any(:references)")
                          // One array, not a thousand parameters: PostgreSQL then uses the
                          // index, or hashes the values, whatever the table's statistics say.
                          .bindArray("references", String.class, references)
                          .mapTo(String.class)
                          .findFirst();
                  if (other.isPresent()) {
                    throw new org.mizan.screening.AlreadyMonitoredException(other.get());
                  }
                }
                Instant at = clock.instant();
                List<AuditEvent> events = JdbiScreenings.insert(h, screenings, at);
                PreparedBatch batch =
                    h.prepareBatch(
                        "insert into monitored_subjects (id, reference, subject, subject_key,"
                            + " registered_by, registered_at) values (:id, :reference, :subject,"
                            + " :key, :by, :at)");
                for (Monitored m : subjects) {
                  batch
                      .bind("id", m.id())
                      .bind("reference", m.reference())
                      .bind("subject", m.subject().orElseThrow())
                      .bind("key", m.subjectKey())
                      .bind("by", m.registeredBy())
                      .bind("at", Times.text(m.registeredAt()))
                      .add();
                }
                batch.execute();
                insertHits(h, hits);
                AuditWriter.append(h, audit, at);
                return stored(screenings, events);
              });
    } catch (JdbiException e) {
      throw Database.unavailable("registering monitored subjects", e);
    }
  }

  @Override
  public Optional<Monitored> find(String id) {
    return read(
        "reading a monitored subject",
        h ->
            h.createQuery("select * from monitored_subjects where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> monitored(rs))
                .findOne());
  }

  @Override
  public List<Monitored> byReference(String reference, int limit) {
    return subjects("reference = :value order by registered_at desc, id", reference, limit);
  }

  @Override
  public List<RaisedHit> hits(String id) {
    return read(
        "reading the hits of a monitored subject",
        h ->
            h.createQuery(
                    "select h.*, m.subject_key, s.alert_id from monitored_hits h join"
                        + " monitored_subjects m on m.id = h.subject_id left join screenings s on"
                        + " s.id = h.screening_id where h.subject_id = :id order by s.at, h.source,"
                        + " h.entry")
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new RaisedHit(
                            new Hit(
                                rs.getString("subject_id"), pair(rs), rs.getString("screening_id")),
                            Optional.ofNullable(rs.getString("alert_id"))))
                .list());
  }

  @Override
  public boolean end(String id, Ended ended, AuditDraft audit) {
    return AuditWriter.changeAudited(
        db,
        "ending the monitoring of a subject",
        clock.instant(),
        audit,
        h ->
            h.createUpdate(
                    "update monitored_subjects set subject = null, ended_by = :by, ended_at = :at"
                        + " where id = :id and ended_at is null")
                .bind("by", ended.by())
                .bind("at", Times.text(ended.at()))
                .bind("id", id)
                .execute());
  }

  @Override
  public List<Monitored> active(String afterId, int limit) {
    return subjects("ended_at is null and id > :value order by id", afterId, limit);
  }

  /** Subjects where {@code condition} holds for {@code value} (bound as {@code :value}). */
  private List<Monitored> subjects(String condition, String value, int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1–10,000: " + limit);
    }
    return read(
        "reading monitored subjects",
        h ->
            h.createQuery("select * from monitored_subjects where " + condition + " limit :limit")
                .bind("value", value)
                .bind("limit", limit)
                .map((rs, ctx) -> monitored(rs))
                .list());
  }

  @Override
  public Map<String, Set<GoodGuys.Pair>> known(Collection<String> subjectIds) {
    if (subjectIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Set<GoodGuys.Pair>> known = new HashMap<>();
    read(
        "reading the hits of monitored subjects",
        h ->
            h.createQuery(
                    "select h.subject_id, s.subject_key, h.source, h.entry, h.entry_sha256"
                        + " from monitored_hits h join monitored_subjects s on s.id ="
                        + " h.subject_id where h.subject_id = any(:ids)")
                .bindArray("ids", String.class, new ArrayList<>(new HashSet<>(subjectIds)))
                .map(
                    (rs, ctx) ->
                        known
                            .computeIfAbsent(rs.getString("subject_id"), k -> new HashSet<>())
                            .add(pair(rs)))
                .list());
    return known;
  }

  @Override
  public Map<String, ListVersion> inForce() {
    return read("reading the lists in force", JdbiListsInForce::read);
  }

  private <T> T read(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> query) {
    try {
      return db.jdbi().withHandle(query);
    } catch (JdbiException e) {
      throw Database.unavailable(what, e);
    }
  }

  @Override
  public RescreenOutcome rescreened(Rescreening r) {
    try {
      return db.jdbi()
          .inTransaction(
              h -> {
                // With the head locked no registration and no end of monitoring commits meanwhile.
                AuditWriter.lockHead(h);
                Set<ListVersion> now = new HashSet<>(JdbiListsInForce.read(h).values());
                if (now.equals(new HashSet<>(r.inForce()))) {
                  return new RescreenOutcome(
                      RescreenOutcome.Status.ALREADY, List.of(), List.of(), Set.of());
                }
                if (!now.equals(r.from())) {
                  return new RescreenOutcome(
                      RescreenOutcome.Status.MOVED, List.of(), List.of(), Set.of());
                }
                List<String> late =
                    h
                        .createQuery(
                            "select id from monitored_subjects where ended_at is null and"
                                + " registered_at >= :since order by id")
                        .bind("since", Times.text(r.since()))
                        .mapTo(String.class)
                        .stream()
                        .filter(id -> !r.covered().contains(id))
                        .toList();
                if (!late.isEmpty()) {
                  return new RescreenOutcome(
                      RescreenOutcome.Status.LATE, List.of(), late, Set.of());
                }
                Set<String> ended =
                    r.subjects().isEmpty()
                        ? Set.of()
                        : new HashSet<>(
                            h.createQuery(
                                    "select id from monitored_subjects where ended_at is not null"
                                        + " and id = any(:ids)")
                                .bindArray(
                                    "ids",
                                    String.class,
                                    new ArrayList<>(new HashSet<>(r.subjects())))
                                .mapTo(String.class)
                                .list());
                List<Screenings.Pending> kept = new ArrayList<>();
                for (int i = 0; i < r.screenings().size(); i++) {
                  if (!ended.contains(r.subjects().get(i))) {
                    kept.add(r.screenings().get(i));
                  }
                }
                Instant at = clock.instant();
                List<AuditEvent> events =
                    kept.isEmpty() ? List.of() : JdbiScreenings.insert(h, kept, at);
                insertHits(
                    h, r.hits().stream().filter(x -> !ended.contains(x.subjectId())).toList());
                List<AuditDraft> after =
                    new ArrayList<>(JdbiListsInForce.record(h, r.inForce(), r.actor(), at));
                after.addAll(r.audit().apply(kept.size()));
                if (!after.isEmpty()) {
                  AuditWriter.append(h, after, at);
                }
                return new RescreenOutcome(
                    RescreenOutcome.Status.STORED, stored(kept, events), List.of(), ended);
              });
    } catch (JdbiException e) {
      throw Database.unavailable("storing a re-screening", e);
    }
  }

  private static List<Screenings.Stored> stored(
      List<Screenings.Pending> screenings, List<AuditEvent> events) {
    List<Screenings.Stored> stored = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      stored.add(
          new Screenings.Stored(
              screenings.get(i).record().id(), events.get(i).seq(), events.get(i).hash()));
    }
    return stored;
  }

  private static void insertHits(Handle h, List<Hit> hits) {
    if (hits.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "insert into monitored_hits (subject_id, source, entry, entry_sha256, screening_id)"
                + " values (:subject, :source, :entry, :sha256, :screening)");
    for (Hit hit : hits) {
      batch
          .bind("subject", hit.subjectId())
          .bind("source", hit.pair().source())
          .bind("entry", hit.pair().entry())
          .bind("sha256", hit.pair().entrySha256())
          .bind("screening", hit.screeningId())
          .add();
    }
    batch.execute();
  }

  /** A hit's pair from a row with subject_key, source, entry and entry_sha256. */
  private static GoodGuys.Pair pair(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new GoodGuys.Pair(
        rs.getString("subject_key"),
        rs.getString("source"),
        rs.getString("entry"),
        rs.getString("entry_sha256"));
  }

  private static Monitored monitored(java.sql.ResultSet rs) throws java.sql.SQLException {
    String endedAt = rs.getString("ended_at");
    return new Monitored(
        rs.getString("id"),
        rs.getString("reference"),
        Optional.ofNullable(rs.getString("subject")),
        rs.getString("subject_key"),
        rs.getString("registered_by"),
        Times.parse(rs.getString("registered_at")),
        endedAt == null
            ? Optional.empty()
            : Optional.of(new Ended(rs.getString("ended_by"), Times.parse(endedAt))));
  }
}
