package org.mizan.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.match.Match;

/**
 * Screening that is kept and audited: each screened subject becomes a stored {@link
 * ScreeningRecord} with an alert when it has hits, and an audit event naming the screening, the
 * list versions, the hit count, the retention category, the time screened and the record's content
 * hash — all in one transaction, before the caller is answered.
 *
 * <p>The audit event holds no screened name: the name is in the stored screening, which retention
 * rules may mask later without breaking the chain. Thread-safe.
 */
public final class AuditedScreening {
  private final ScreeningJson json;
  private final Screenings store;
  private final GoodGuys goodGuys;
  private final Clock clock;

  /**
   * A screening as acknowledged to the caller.
   *
   * @param result the screening's result
   * @param screeningId the stored screening's id
   * @param alertId the alert raised for its hits; empty when there were none
   * @param auditSeq the seq of its audit event
   * @param rendered the result as the contract prints it ({@link ScreeningJson#result}), rendered
   *     once for the store and the caller
   */
  public record Recorded(
      ScreeningResult result,
      String screeningId,
      Optional<String> alertId,
      long auditSeq,
      ObjectNode rendered) {}

  /**
   * A result to record, and how it was asked for.
   *
   * @param result the screening's result
   * @param channel {@link ScreeningRecord#SCREEN}, {@link ScreeningRecord#MANIFEST} or {@link
   *     ScreeningRecord#MATCH}
   * @param context facts of the request to keep with the subject (e.g. the flight and the
   *     traveller's position for a manifest); may be empty
   */
  public record Done(ScreeningResult result, String channel, Optional<ObjectNode> context) {}

  public AuditedScreening(ScreeningJson json, Screenings store, GoodGuys goodGuys, Clock clock) {
    this.json = json;
    this.store = store;
    this.goodGuys = goodGuys;
    this.clock = clock;
  }

  /**
   * Marks the hits on the good-guy list in {@code rendered}'s matches ({@code "suppressed": true,
   * "suppressed_by": decision id}) and gives every hit its entry's content hash ({@code
   * entry_sha256}), by which a later decision enters the list.
   *
   * @return the hits not suppressed: those that raise an alert
   */
  private int suppress(ScreeningResult result, ObjectNode rendered) {
    List<Match> matches = result.matches();
    JsonNode nodes = rendered.get("matches");
    List<GoodGuys.Pair> pairs =
        GoodGuys.hitPairs(GoodGuys.subjectKey(rendered.get("query")), result);
    if (pairs.isEmpty()) {
      return 0;
    }
    Map<GoodGuys.Pair, String> suppressing = goodGuys.suppressing(pairs);
    int hits = 0;
    int p = 0;
    for (int i = 0; i < matches.size(); i++) {
      if (!result.isHit(matches.get(i))) {
        continue;
      }
      GoodGuys.Pair pair = pairs.get(p++);
      ObjectNode node = ((ObjectNode) nodes.get(i)).put("entry_sha256", pair.entrySha256());
      String decision = suppressing.get(pair);
      if (decision == null) {
        hits++;
      } else {
        node.put("suppressed", true).put("suppressed_by", decision);
      }
    }
    return hits;
  }

  /**
   * Stores screenings already run, with their alerts and audit events, in one transaction.
   *
   * @param actor who screened ({@code key:NAME}, {@code user:NAME})
   * @return one record per result, in the order given
   * @throws org.mizan.audit.StoreUnavailableException when they could not be stored: then none is
   */
  public List<Recorded> record(List<Done> done, String actor) {
    Prepared prepared = prepare(done, actor);
    return prepared.recorded(store.store(prepared.pending()));
  }

  /**
   * Screenings ready to store, for a caller that stores them with more in its own transaction.
   *
   * @param done the results, in order
   * @param pending each result's record and audit event, in the same order
   * @param renderings each result as the contract prints it, with its hits marked suppressed or
   *     given their entries' content hashes
   */
  public record Prepared(
      List<Done> done, List<Screenings.Pending> pending, List<ObjectNode> renderings) {
    /** The records as acknowledged, once stored where {@code stored} says. */
    public List<Recorded> recorded(List<Screenings.Stored> stored) {
      List<Recorded> out = new ArrayList<>(done.size());
      for (int i = 0; i < done.size(); i++) {
        ScreeningRecord r = pending.get(i).record();
        out.add(
            new Recorded(
                done.get(i).result(),
                r.id(),
                r.alertId(),
                stored.get(i).auditSeq(),
                renderings.get(i)));
      }
      return out;
    }
  }

  /**
   * The records and audit events of screenings already run, good-guy list applied, not yet stored.
   *
   * @param actor who screened ({@code key:NAME}, {@code user:NAME}, {@code system})
   * @throws org.mizan.audit.StoreUnavailableException when the good-guy list cannot be read
   */
  public Prepared prepare(List<Done> done, String actor) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Screenings.Pending> pending = new ArrayList<>(done.size());
    List<ObjectNode> renderings = new ArrayList<>(done.size());
    for (Done d : done) {
      ObjectNode rendered = json.result(d.result());
      renderings.add(rendered);
      JsonNode subject = rendered.get("query");
      if (d.context().isPresent()) {
        subject = subject.deepCopy();
        ((ObjectNode) subject).set("context", d.context().get());
      }
      int hits = suppress(d.result(), rendered);
      String id = UUID.randomUUID().toString();
      ScreeningRecord r =
          new ScreeningRecord(
              id,
              at,
              actor,
              d.channel(),
              subject.toString(),
              rendered.get("lists").toString(),
              rendered.get("matches").toString(),
              d.result().threshold(),
              d.result().hitsOnly(),
              hits,
              hits > 0 ? Optional.of(UUID.randomUUID().toString()) : Optional.empty());
      ObjectNode details = json.mapper().createObjectNode();
      details.put("channel", d.channel());
      // What retention and audit verify need of a screening whose row retention deleted.
      details.put("category", r.category());
      details.put("screened_at", r.at().toString());
      details.set("lists", rendered.get("lists"));
      details.put("hits", hits);
      int suppressed = (int) d.result().hits() - hits;
      if (suppressed > 0) {
        details.put("suppressed", suppressed);
      }
      r.alertId().ifPresent(a -> details.put("alert", a));
      details.put("record_sha256", r.contentHash());
      pending.add(
          new Screenings.Pending(
              r, new AuditDraft(actor, AuditEvent.SCREEN, id, "", details.toString())));
    }
    return new Prepared(List.copyOf(done), pending, renderings);
  }
}
