package org.mizan.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
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
      events =
          db.jdbi()
              .inTransaction(
                  TransactionIsolationLevel.READ_COMMITTED, h -> insert(h, all, clock.instant()));
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
                + " hits, alert_id, audit_seq) values (:id, :at, :actor, :channel, :subject,"
                + " :lists, :matches, :threshold, :hits, :alert, :seq)");
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
          .bind("hits", r.hits())
          .bind("alert", r.alertId().orElse(null))
          .bind("seq", events.get(i).seq())
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
    return new Found(
        new ScreeningRecord(
            rs.getString("id"),
            Times.parse(rs.getString("at")),
            rs.getString("actor"),
            rs.getString("channel"),
            rs.getString("subject"),
            rs.getString("lists"),
            rs.getString("matches"),
            rs.getDouble("threshold"),
            rs.getInt("hits"),
            Optional.ofNullable(rs.getString("alert_id"))),
        new Stored(rs.getString("id"), rs.getLong("audit_seq"), rs.getString("audit_hash")));
  }

  private static final java.util.regex.Pattern RECORD_SHA256 =
      java.util.regex.Pattern.compile("\"record_sha256\":\"([0-9a-f]{64})\"");

  @Override
  public RecordCheck verifyRecords() {
    record Checked(Stored stored, String problem) {}
    long intact = 0;
    long after = 0;
    try {
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
                                  if (rs.getString("id") == null) {
                                    return new Checked(at, "removed");
                                  }
                                  java.util.regex.Matcher m =
                                      RECORD_SHA256.matcher(
                                          String.valueOf(rs.getString("audit_details")));
                                  boolean matches;
                                  try {
                                    matches =
                                        m.find()
                                            && m.group(1).equals(found(rs).record().contentHash());
                                  } catch (RuntimeException e) {
                                    matches = false; // a field no screening can hold
                                  }
                                  return new Checked(
                                      at, matches ? "" : "changed after it was recorded");
                                })
                            .list());
        for (Checked c : page) {
          if (!c.problem().isEmpty()) {
            return new RecordCheck(intact, Optional.of(c.stored()), c.problem());
          }
          intact++;
        }
        if (page.size() < 2000) {
          return new RecordCheck(intact);
        }
        after = page.get(page.size() - 1).stored().auditSeq();
      }
    } catch (JdbiException e) {
      throw Database.unavailable("reading screenings", e);
    }
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
