package org.mizan.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.StoreUnavailableException;
import org.mizan.screening.ScreeningRecord;
import org.mizan.screening.Screenings;
import org.mizan.screening.UnreadableScreeningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screenings, alerts and their audit events in the service's database, written by group commit.
 *
 * <p>Callers of {@link #store} queue their screenings and wait; one writer thread takes everything
 * queued (up to {@link #MAX_GROUP} screenings), writes it in one transaction and then releases
 * every caller in it — so that a thousand screenings a second cost tens of commits, not a thousand,
 * and each caller still returns only after its screenings are committed. When the transaction
 * fails, every caller in the group gets {@link StoreUnavailableException} and nothing of the group
 * is kept.
 */
public final class JdbiScreenings implements Screenings, AutoCloseable {
  /** The most screenings written in one transaction. */
  static final int MAX_GROUP = 2_000;

  /** How long a caller waits for its group to commit before giving up. */
  static final long WAIT_SECONDS = 30;

  private static final Logger LOG = LoggerFactory.getLogger(JdbiScreenings.class);

  private final Database db;
  private final Clock clock;
  private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>(100_000);
  private final Thread writer;
  private volatile boolean closed;

  private record Job(List<Pending> pending, CompletableFuture<List<Stored>> done) {}

  public JdbiScreenings(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.writer = new Thread(this::writeLoop, "mizan-screening-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public List<Stored> store(List<Pending> pending) {
    if (pending.isEmpty()) {
      return List.of();
    }
    if (closed) {
      throw new StoreUnavailableException("the store is closing; nothing was kept", null);
    }
    Job job = new Job(List.copyOf(pending), new CompletableFuture<>());
    if (!queue.offer(job)) {
      throw new StoreUnavailableException(
          "the store is overloaded (too many screenings waiting to be written); nothing was kept",
          null);
    }
    try {
      return job.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreUnavailableException s) {
        throw new StoreUnavailableException(s.getMessage(), s.getCause());
      }
      throw new IllegalStateException("writing screenings failed", e.getCause());
    } catch (TimeoutException e) {
      // A job not yet taken by the writer is dropped; one in a transaction may still commit.
      job.done().cancel(false);
      throw new StoreUnavailableException(
          "the store did not confirm the write within "
              + WAIT_SECONDS
              + " s: the screening is not acknowledged",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while writing screenings", e);
    }
  }

  private void writeLoop() {
    List<Job> group = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Job first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null || first.done().isDone()) {
          continue;
        }
        group.add(first);
        int size = first.pending().size();
        Job next;
        while (size < MAX_GROUP
            && (next = queue.peek()) != null
            && size + next.pending().size() <= MAX_GROUP) {
          Job taken = queue.poll();
          if (!taken.done().isDone()) {
            group.add(taken);
            size += taken.pending().size();
          }
        }
        write(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Never let the writer die: fail the group and go on.
        LOG.error("writing a group of screenings failed: {}", Database.cause(e));
        StoreUnavailableException failure = Database.unavailable("writing screenings", e);
        group.forEach(j -> j.done().completeExceptionally(failure));
      } finally {
        group.clear();
      }
    }
  }

  private void write(List<Job> group) {
    List<Pending> all = new ArrayList<>();
    group.forEach(j -> all.addAll(j.pending()));
    List<AuditEvent> events;
    try {
      events = db.jdbi().inTransaction(h -> insert(h, all, clock.instant()));
    } catch (JdbiException e) {
      LOG.warn("the store refused a group of {} screenings: {}", all.size(), Database.cause(e));
      if (group.size() > 1 && !Database.isConnectionFailure(e)) {
        // One caller's screening the database refuses must not fail the others of its group.
        for (Job j : group) {
          // A caller who gave up meanwhile was told it is not acknowledged: not written then.
          if (!j.done().isDone()) {
            write(List.of(j));
          }
        }
        return;
      }
      StoreUnavailableException failure = Database.unavailable("writing screenings", e);
      group.forEach(j -> j.done().completeExceptionally(failure));
      return;
    }
    int i = 0;
    for (Job j : group) {
      List<Stored> stored = new ArrayList<>(j.pending().size());
      for (Pending p : j.pending()) {
        AuditEvent e = events.get(i++);
        stored.add(new Stored(p.record().id(), e.seq(), e.hash()));
      }
      j.done().complete(stored);
    }
  }

  /**
   * Inserts screenings, their alerts and audit events in {@code h}'s transaction.
   *
   * @return the audit events, in the order of {@code all}
   */
  static List<AuditEvent> insert(Handle h, List<Pending> all, Instant at) {
    List<AuditDraft> drafts = new ArrayList<>(all.size());
    all.forEach(p -> drafts.add(p.audit()));
    List<AuditEvent> events = AuditWriter.append(h, drafts, at);
    PreparedBatch screenings =
        h.prepareBatch(
            "insert into screenings (id, at, actor, channel, subject, lists, matches, threshold,"
                + " hits_only, hits, alert_id, audit_seq, category, matches_sha256) values (:id,"
                + " :at, :actor, :channel, :subject, :lists, :matches, :threshold, :hitsOnly,"
                + " :hits, :alert, :seq, :category, :matchesSha256)");
    PreparedBatch alerts =
        h.prepareBatch(
            "insert into alerts (id, screening_id, state, hits, created_at)"
                + " values (:id, :screening, 'open', :hits, :at)");
    boolean anyAlert = false;
    for (int i = 0; i < all.size(); i++) {
      ScreeningRecord r = all.get(i).record();
      screenings
          .bind("id", r.id())
          .bind("at", Times.text(r.at()))
          .bind("actor", r.actor())
          .bind("channel", r.channel())
          .bind("subject", r.subject())
          .bind("lists", r.lists())
          .bind("matches", r.matches())
          .bind("threshold", r.threshold())
          .bind("hitsOnly", r.hitsOnly())
          .bind("hits", r.hits())
          .bind("alert", r.alertId().orElse(null))
          .bind("seq", events.get(i).seq())
          .bind("category", r.category())
          .bind("matchesSha256", r.matchesSha256())
          .add();
      if (r.alertId().isPresent()) {
        anyAlert = true;
        alerts
            .bind("id", r.alertId().get())
            .bind("screening", r.id())
            .bind("hits", r.hits())
            .bind("at", Times.text(r.at()))
            .add();
      }
    }
    screenings.execute();
    if (anyAlert) {
      alerts.execute();
    }
    return events;
  }

  @Override
  public Optional<Found> find(String id) {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "select s.*, e.hash as audit_hash from screenings s join audit_events e"
                              + " on e.seq = s.audit_seq where s.id = :id")
                      .bind("id", id)
                      .map((rs, ctx) -> found(rs))
                      .findOne());
    } catch (JdbiException e) {
      throw Database.unavailable("reading a screening", e);
    }
  }

  private static Found found(java.sql.ResultSet rs) throws java.sql.SQLException {
    try {
      return readFound(rs);
    } catch (RuntimeException e) {
      // The cause is not kept: a parser's message may quote the row, a name perhaps.
      throw new UnreadableScreeningException();
    }
  }

  private static Found readFound(java.sql.ResultSet rs) throws java.sql.SQLException {
    String matches = rs.getString("matches");
    Optional<Instant> reducedAt = Optional.ofNullable(rs.getString("reduced_at")).map(Times::parse);
    if (matches == null && reducedAt.isEmpty()) {
      throw new UnreadableScreeningException();
    }
    return new Found(
        new ScreeningRecord(
            rs.getString("id"),
            Times.parse(rs.getString("at")),
            rs.getString("actor"),
            rs.getString("channel"),
            rs.getString("subject"),
            rs.getString("lists"),
            reducedAt.isPresent() ? "[]" : matches,
            rs.getDouble("threshold"),
            rs.getBoolean("hits_only"),
            rs.getInt("hits"),
            Optional.ofNullable(rs.getString("alert_id"))),
        new Stored(rs.getString("id"), rs.getLong("audit_seq"), rs.getString("audit_hash")),
        new Retained(
            Optional.ofNullable(rs.getString("masked_at")).map(Times::parse),
            reducedAt,
            reducedAt.isPresent() ? String.valueOf(rs.getString("matches_sha256")) : ""));
  }

  private static final java.util.regex.Pattern RECORD_SHA256 =
      java.util.regex.Pattern.compile("\"record_sha256\":\"([0-9a-f]{64})\"");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * {@inheritDoc}
   *
   * <p>A masked or reduced screening must be covered by a retention run of its category (as its
   * audit event names it) whose cut-off is at or after the time it was screened, and so must one
   * whose row is gone: then it was deleted by retention; else it is {@code removed}.
   */
  @Override
  public RecordCheck verifyRecords() {
    record Checked(Stored stored, String problem, boolean deleted) {}
    long intact = 0;
    long deleted = 0;
    long after = 0;
    try {
      Map<String, Instant> covered = db.jdbi().withHandle(JdbiScreenings::retentionCutoffs);
      while (true) {
        long from = after;
        // From the audit trail's side: a screening removed from its table is noticed too.
        List<Checked> page =
            db.jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "select e.seq as event_seq, e.target as event_target, e.hash as"
                                    + " audit_hash, e.details as audit_details, s.* from"
                                    + " audit_events e left join screenings s on s.audit_seq ="
                                    + " e.seq where e.action = :screen and e.seq > :after order"
                                    + " by e.seq limit 2000")
                            .bind("screen", AuditEvent.SCREEN)
                            .bind("after", from)
                            .map(
                                (rs, ctx) -> {
                                  Stored at =
                                      new Stored(
                                          rs.getString("event_target"),
                                          rs.getLong("event_seq"),
                                          rs.getString("audit_hash"));
                                  String details = String.valueOf(rs.getString("audit_details"));
                                  if (rs.getString("id") == null) {
                                    boolean due = covers(covered, details, "delete");
                                    return new Checked(at, due ? "" : "removed", due);
                                  }
                                  return new Checked(at, problem(rs, details, covered), false);
                                })
                            .list());
        for (Checked c : page) {
          if (!c.problem().isEmpty()) {
            return new RecordCheck(intact, deleted, Optional.of(c.stored()), c.problem());
          }
          if (c.deleted()) {
            deleted++;
          } else {
            intact++;
          }
        }
        if (page.size() < 2000) {
          return new RecordCheck(intact, deleted);
        }
        after = page.get(page.size() - 1).stored().auditSeq();
      }
    } catch (JdbiException e) {
      throw Database.unavailable("reading screenings", e);
    }
  }

  /** What is wrong with a stored screening, given its audit event's details; empty for nothing. */
  private static String problem(java.sql.ResultSet rs, String details, Map<String, Instant> covered)
      throws java.sql.SQLException {
    java.util.regex.Matcher m = RECORD_SHA256.matcher(details);
    Found f;
    try {
      f = found(rs);
    } catch (RuntimeException e) {
      return "changed after it was recorded"; // a field no screening can hold
    }
    if (!m.find() || !m.group(1).equals(f.contentHash())) {
      return "changed after it was recorded";
    }
    if (f.retained().masked() && !covers(covered, details, "mask")) {
      return "masked outside retention";
    }
    if (f.retained().reducedAt().isPresent() && !covers(covered, details, "reduce")) {
      return "reduced outside retention";
    }
    return "";
  }

  /**
   * Whether a retention run did {@code operation} to the category the screening event names, with a
   * cut-off at or after the time it names as screened.
   */
  private static boolean covers(Map<String, Instant> covered, String details, String operation) {
    try {
      com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(details);
      Instant cutoff = covered.get(d.path("category").asText("") + "." + operation);
      return cutoff != null
          && d.hasNonNull("screened_at")
          && !Instant.parse(d.get("screened_at").asText()).isAfter(cutoff);
    } catch (java.io.IOException | java.time.DateTimeException e) {
      return false;
    }
  }

  /** The latest cut-off of every retention operation done, by {@code category.operation}. */
  private static Map<String, Instant> retentionCutoffs(Handle h) {
    Map<String, Instant> out = new java.util.HashMap<>();
    h.createQuery("select details from audit_events where action = :retention")
        .bind("retention", AuditEvent.RETENTION)
        .mapTo(String.class)
        .forEach(
            details -> {
              try {
                com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(details);
                Instant cutoff = Instant.parse(d.path("cutoff").asText());
                out.merge(
                    d.path("category").asText() + "." + d.path("operation").asText(),
                    cutoff,
                    (a, b) -> a.isAfter(b) ? a : b);
              } catch (java.io.IOException | java.time.DateTimeException e) {
                // Not a retention run's event: it covers nothing.
              }
            });
    return out;
  }

  /** Stops taking screenings, writes those queued, and stops the writer. */
  @Override
  public void close() {
    closed = true;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
