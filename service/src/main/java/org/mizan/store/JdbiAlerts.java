package org.mizan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.mizan.audit.AuditDraft;
import org.mizan.review.Alert;
import org.mizan.review.Alerts;
import org.mizan.review.Decision;
import org.mizan.review.Disposition;
import org.mizan.review.ReviewException;
import org.mizan.review.Task;
import org.mizan.screening.GoodGuys;
import org.mizan.screening.UnreadableScreeningException;

/**
 * Alerts, their decisions and the cases escalations open, in the service's database. An alert's
 * hits are read from its screening (the matches marked {@code hit}); its state column follows its
 * decisions, for queues. A write re-reads the alert inside its transaction, with the audit head
 * locked, and refuses when it changed since the caller read it.
 */
public final class JdbiAlerts implements Alerts, GoodGuys {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database db;
  private final Clock clock;

  public JdbiAlerts(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Summary> queue(Alert.State state, Filter filter, int limit) {
    List<Summary> out = new ArrayList<>();
    try {
      // Pages through the state's alerts oldest first; the criteria on hits and flights are
      // read from each alert's screening.
      String after = "";
      String afterId = "";
      while (out.size() < limit) {
        String fromAt = after;
        String fromId = afterId;
        record Row(Summary summary, String subject, String matches) {}
        List<Row> page =
            db.jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "select a.*, s.subject, s.matches from alerts a join screenings s"
                                    + " on s.id = a.screening_id where a.state = :state and"
                                    + " a.created_at <= :before and (a.created_at > :at or"
                                    + " (a.created_at = :at and a.id > :id)) order by"
                                    + " a.created_at, a.id limit 500")
                            .bind("state", state.id())
                            .bind("before", filter.createdBefore().map(Times::text).orElse("9999"))
                            .bind("at", fromAt)
                            .bind("id", fromId)
                            .map(
                                (rs, ctx) ->
                                    new Row(
                                        new Summary(
                                            rs.getString("id"),
                                            rs.getString("screening_id"),
                                            rs.getString("state"),
                                            rs.getInt("hits"),
                                            rs.getString("created_at"),
                                            Optional.ofNullable(rs.getString("assigned_to"))),
                                        rs.getString("subject"),
                                        rs.getString("matches")))
                            .list());
        for (Row r : page) {
          if (out.size() < limit && passes(filter, r.subject(), r.matches())) {
            out.add(r.summary());
          }
        }
        if (page.size() < 500) {
          break;
        }
        after = page.get(page.size() - 1).summary().createdAt();
        afterId = page.get(page.size() - 1).summary().id();
      }
      return out;
    } catch (JdbiException e) {
      throw Database.unavailable("reading alerts", e);
    }
  }

  private static boolean passes(Filter filter, String subject, String matches) {
    if (filter.list().isEmpty() && filter.minScore().isEmpty() && filter.flight().isEmpty()) {
      return true;
    }
    try {
      boolean hitPasses = false;
      for (JsonNode m : JSON.readTree(matches)) {
        if (!m.path("hit").asBoolean(false) || m.path("suppressed").asBoolean(false)) {
          continue;
        }
        boolean list = filter.list().map(l -> l.equals(m.path("source").asText())).orElse(true);
        boolean score =
            !filter.minScore().isPresent()
                || m.path("score").asDouble(0) >= filter.minScore().getAsDouble();
        hitPasses |= list && score;
      }
      if (!hitPasses) {
        return false;
      }
      if (filter.flight().isPresent()) {
        JsonNode context = JSON.readTree(subject).path("context");
        String number = context.path("flight").asText("");
        String carrier = context.path("carrier").asText("");
        String wanted = filter.flight().get().replace(" ", "");
        return !number.isEmpty()
            && (wanted.equalsIgnoreCase(number) || wanted.equalsIgnoreCase(carrier + number));
      }
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Override
  public Optional<Alert> find(String id) {
    try {
      return db.jdbi().withHandle(h -> find(h, id));
    } catch (JdbiException e) {
      throw Database.unavailable("reading an alert", e);
    }
  }

  private static Optional<Alert> find(Handle h, String id) {
    record Row(String screeningId, String matches, Optional<String> assignedTo) {}
    Optional<Row> row =
        h.createQuery(
                "select a.screening_id, a.assigned_to, s.matches from alerts a join screenings s"
                    + " on s.id = a.screening_id where a.id = :id")
            .bind("id", id)
            .map(
                (rs, ctx) ->
                    new Row(
                        rs.getString("screening_id"),
                        rs.getString("matches"),
                        Optional.ofNullable(rs.getString("assigned_to"))))
            .findOne();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<Decision> decisions =
        h.createQuery("select * from decisions where alert_id = :id order by position")
            .bind("id", id)
            .map((rs, ctx) -> decision(rs))
            .list();
    return Optional.of(
        new Alert(
            id,
            row.get().screeningId(),
            hits(row.get().matches()),
            row.get().assignedTo(),
            decisions));
  }

  /** The hits of a screening: its matches marked {@code hit}, in order. */
  private static List<Alert.Hit> hits(String matches) {
    List<Alert.Hit> hits = new ArrayList<>();
    try {
      for (JsonNode m : JSON.readTree(matches)) {
        if (m.path("hit").asBoolean(false) && !m.path("suppressed").asBoolean(false)) {
          hits.add(new Alert.Hit(m.path("source").asText(), m.path("id").asText()));
        }
      }
    } catch (java.io.IOException e) {
      throw new UnreadableScreeningException();
    }
    if (hits.isEmpty()) {
      throw new UnreadableScreeningException();
    }
    return hits;
  }

  private static Decision decision(java.sql.ResultSet rs) throws java.sql.SQLException {
    Optional<Decision.Confirmation> confirmation =
        rs.getString("confirmed_by") == null
            ? Optional.empty()
            : Optional.of(
                new Decision.Confirmation(
                    rs.getString("confirmed_by"),
                    Times.parse(rs.getString("confirmed_at")),
                    rs.getString("confirm_reason")));
    return new Decision(
        rs.getString("id"),
        rs.getString("source"),
        rs.getString("entry"),
        Disposition.parse(rs.getString("disposition")).orElseThrow(),
        rs.getString("reason"),
        rs.getString("decided_by"),
        Times.parse(rs.getString("decided_at")),
        confirmation);
  }

  @Override
  public void decided(Alert before, Decision decision, List<Task> tasks, List<AuditDraft> audit) {
    write(
        before,
        audit,
        (h, current) -> {
          Screened screened = screened(h, current, decision);
          boolean known = current.decision(decision.id()).isPresent();
          if (known) {
            Decision.Confirmation c = decision.confirmation().orElseThrow();
            h.createUpdate(
                    "update decisions set confirmed_by = :by, confirmed_at = :at, confirm_reason ="
                        + " :reason where id = :id")
                .bind("by", c.by())
                .bind("at", Times.text(c.at()))
                .bind("reason", c.reason())
                .bind("id", decision.id())
                .execute();
            if (decision.disposition() == Disposition.TRUE_MATCH) {
              // A confirmed true match: no false positive suppresses this pair any more.
              unlist(h, screened, decision);
            }
            // The tasks a confirmation creates are kept with it or not at all.
            JdbiTasks.insert(h, tasks);
            return;
          }
          unlist(h, screened, decision);
          if (decision.disposition() == Disposition.FALSE_POSITIVE
              && screened.entryHash().length() == 64
              && !confirmedTrueMatch(h, screened, decision)) {
            h.createUpdate(
                    "insert into good_guys (subject_key, source, entry, entry_sha256, decision_id,"
                        + " created_at) values (:subject, :source, :entry, :hash, :decision, :at)")
                .bind("subject", screened.subjectKey())
                .bind("source", decision.source())
                .bind("entry", decision.entry())
                .bind("hash", screened.entryHash())
                .bind("decision", decision.id())
                .bind("at", Times.text(decision.decidedAt()))
                .execute();
          }
          h.createUpdate(
                  "insert into decisions (id, alert_id, position, source, entry, disposition,"
                      + " reason, decided_by, decided_at, subject_key) values (:id, :alert,"
                      + " :position, :source, :entry, :disposition, :reason, :by, :at, :subject)")
              .bind("id", decision.id())
              .bind("alert", before.id())
              .bind("position", current.decisions().size())
              .bind("source", decision.source())
              .bind("entry", decision.entry())
              .bind("disposition", decision.disposition().id())
              .bind("reason", decision.reason())
              .bind("by", decision.decidedBy())
              .bind("at", Times.text(decision.decidedAt()))
              .bind("subject", screened.subjectKey())
              .execute();
          if (decision.disposition() == Disposition.ESCALATED) {
            // The case is opened with its escalation, under its id: no case without a decision.
            h.createUpdate(
                    "insert into cases (id, alert_id, source, entry, opened_by, opened_at, reason,"
                        + " state) values (:id, :alert, :source, :entry, :by, :at, :reason,"
                        + " 'open')")
                .bind("id", decision.id())
                .bind("alert", before.id())
                .bind("source", decision.source())
                .bind("entry", decision.entry())
                .bind("by", decision.decidedBy())
                .bind("at", Times.text(decision.decidedAt()))
                .bind("reason", decision.reason())
                .execute();
          }
          JdbiTasks.insert(h, tasks);
        });
  }

  /**
   * The screened subject of an alert by its good-guy key, and the content hash of the decided entry
   * as screened.
   */
  private record Screened(String subjectKey, String entryHash) {}

  private static Screened screened(Handle h, Alert alert, Decision decision) {
    record Row(String subject, String matches) {}
    Row row =
        h.createQuery("select subject, matches from screenings where id = :id")
            .bind("id", alert.screeningId())
            .map((rs, ctx) -> new Row(rs.getString("subject"), rs.getString("matches")))
            .one();
    try {
      String entryHash = "";
      for (JsonNode m : JSON.readTree(row.matches())) {
        if (m.path("source").asText().equals(decision.source())
            && m.path("id").asText().equals(decision.entry())) {
          entryHash = m.path("entry_sha256").asText("");
        }
      }
      return new Screened(GoodGuys.subjectKey(JSON.readTree(row.subject())), entryHash);
    } catch (java.io.IOException e) {
      throw new UnreadableScreeningException();
    }
  }

  /** Takes (subject, entry) off the good-guy list, whatever the entry's content was. */
  private static void unlist(Handle h, Screened screened, Decision decision) {
    h.createUpdate(
            "delete from good_guys where subject_key = :subject and source = :source and entry ="
                + " :entry")
        .bind("subject", screened.subjectKey())
        .bind("source", decision.source())
        .bind("entry", decision.entry())
        .execute();
  }

  /**
   * Whether a supervisor confirmed a true match on this subject and entry (in any alert): then a
   * false positive by one person does not put the pair on the good-guy list.
   */
  private static boolean confirmedTrueMatch(Handle h, Screened screened, Decision decision) {
    return h.createQuery(
                "select count(*) from decisions where subject_key = :subject and source = :source"
                    + " and entry = :entry and disposition = 'true-match' and confirmed_by is not"
                    + " null")
            .bind("subject", screened.subjectKey())
            .bind("source", decision.source())
            .bind("entry", decision.entry())
            .mapTo(Long.class)
            .one()
        > 0;
  }

  @Override
  public boolean unlist(String decisionId, AuditDraft audit) {
    return AuditWriter.changeAudited(
        db,
        "changing the good-guy list",
        clock.instant(),
        audit,
        h ->
            h.createUpdate("delete from good_guys where decision_id = :id")
                .bind("id", decisionId)
                .execute());
  }

  @Override
  public java.util.Map<Pair, String> suppressing(List<Pair> pairs) {
    // One query per subject (a screening's hits share one), not per hit: the rows of a subject are
    // few, and the primary key begins with its key.
    java.util.Set<String> subjects = new java.util.LinkedHashSet<>();
    pairs.forEach(p -> subjects.add(p.subjectKey()));
    java.util.Map<Pair, String> listed = new java.util.HashMap<>();
    if (!subjects.isEmpty()) {
      try {
        db.jdbi()
            .useHandle(
                h -> {
                  for (String subject : subjects) {
                    h.createQuery(
                            "select source, entry, entry_sha256, decision_id from good_guys"
                                + " where subject_key = :subject")
                        .bind("subject", subject)
                        .map(
                            (rs, ctx) ->
                                java.util.Map.entry(
                                    new Pair(
                                        subject,
                                        rs.getString("source"),
                                        rs.getString("entry"),
                                        rs.getString("entry_sha256")),
                                    rs.getString("decision_id")))
                        .forEach(row -> listed.put(row.getKey(), row.getValue()));
                  }
                });
      } catch (JdbiException e) {
        throw Database.unavailable("reading the good-guy list", e);
      }
    }
    java.util.Map<Pair, String> out = new java.util.HashMap<>();
    for (Pair p : pairs) {
      String decision = listed.get(p);
      if (decision != null) {
        out.put(p, decision);
      }
    }
    return out;
  }

  @Override
  public String screenedNationality(String screeningId) {
    try {
      String subject =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("select subject from screenings where id = :id")
                          .bind("id", screeningId)
                          .mapTo(String.class)
                          .findOne()
                          .orElseThrow(UnreadableScreeningException::new));
      return JSON.readTree(subject).path("nationality").asText("");
    } catch (JdbiException e) {
      throw Database.unavailable("reading a screening", e);
    } catch (java.io.IOException e) {
      throw new UnreadableScreeningException();
    }
  }

  @Override
  public void assigned(Alert before, String to, AuditDraft audit) {
    write(
        before,
        List.of(audit),
        (h, current) ->
            h.createUpdate("update alerts set assigned_to = :to where id = :id")
                .bind("to", to)
                .bind("id", before.id())
                .execute());
  }

  private interface Change {
    void apply(Handle h, Alert current);
  }

  private void write(Alert before, List<AuditDraft> audit, Change change) {
    Instant at = clock.instant();
    try {
      db.jdbi()
          .useTransaction(
              h -> {
                AuditWriter.lockHead(h);
                Alert current =
                    find(h, before.id())
                        .orElseThrow(
                            () ->
                                new ReviewException(
                                    ReviewException.Kind.NOT_FOUND, "no alert with this id"));
                if (!current.equals(before)) {
                  throw new ReviewException(
                      ReviewException.Kind.CONFLICT,
                      "the alert changed meanwhile (another decision?): read it again");
                }
                change.apply(h, current);
                Alert after = find(h, before.id()).orElseThrow();
                h.createUpdate("update alerts set state = :state where id = :id")
                    .bind("state", after.state().id())
                    .bind("id", before.id())
                    .execute();
                AuditWriter.append(h, audit, at);
              });
    } catch (JdbiException e) {
      throw Database.unavailable("recording the review", e);
    }
  }
}
