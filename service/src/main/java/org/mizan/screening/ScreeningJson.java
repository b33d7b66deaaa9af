package org.mizan.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.mizan.lists.ListDiff;
import org.mizan.match.FeatureScore;
import org.mizan.match.Match;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.ListVersion;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * Renders screening results and list information in the JSON shapes of the command-line contract
 * (DESIGN.md, "Command-line contract"), shared by every adapter that prints them.
 */
public final class ScreeningJson {
  private final ObjectMapper mapper;

  public ScreeningJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The mapper every node is made with. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * {@code {"query", "lists", "matches"}} for one screened subject, ending {@code "hits_only":
   * true} when the hits alone were looked for ({@link ScreeningResult#hitsOnly()}).
   */
  public ObjectNode result(ScreeningResult result) {
    ObjectNode root = mapper.createObjectNode();
    root.set("query", query(result.subject(), result.zone().map(ZoneReading::of)));
    ArrayNode lists = root.putArray("lists");
    for (Watchlist list : result.lists()) {
      ObjectNode o = version(list.version());
      o.put("entries", list.entries().size());
      if (!result.programs().isEmpty()) {
        // The entries screened are those under these programs; the SHA-256 names the whole list.
        ArrayNode programs = o.putArray("programs");
        result.programs().getOrDefault(list.version().source(), List.of()).forEach(programs::add);
      }
      lists.add(o);
    }
    ArrayNode matches = root.putArray("matches");
    for (Match m : result.matches()) {
      matches.add(match(m, result.isHit(m)));
    }
    if (result.hitsOnly()) {
      root.put("hits_only", true);
    }
    return root;
  }

  /**
   * {@code {"id", "source", "kind", "name", "score", "hit", "matched", "explanation"}} for one
   * match.
   */
  public ObjectNode match(Match m, boolean hit) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", m.entry().id());
    o.put("source", m.source());
    o.put("kind", m.entry().kind().id());
    o.put("name", m.entry().primaryName());
    o.put("score", m.score());
    o.put("hit", hit);
    ObjectNode matched = o.putObject("matched");
    matched.put("query_name", m.queryName());
    matched.put("list_name", m.listName());
    matched.put("list_name_type", m.listNameType().id());
    ArrayNode explanation = o.putArray("explanation");
    for (FeatureScore f : m.explanation()) {
      ObjectNode e = explanation.addObject();
      e.put("feature", f.feature());
      e.put("weight", f.weight());
      e.put("score", f.score());
      e.put("query", f.query());
      e.put("list", f.list());
      e.put("detail", f.detail());
    }
    return o;
  }

  /** {@code [{"source", "version", "sha256", "entries"}]}: the lists screened against. */
  public ArrayNode lists(List<Watchlist> lists) {
    ArrayNode array = mapper.createArrayNode();
    for (Watchlist list : lists) {
      array.add(version(list.version()).put("entries", list.entries().size()));
    }
    return array;
  }

  /** {@code {"source", "version", "sha256", "entries", "persons", ...}} for one list. */
  public ObjectNode info(Watchlist list) {
    ObjectNode o = version(list.version());
    o.put("entries", list.entries().size());
    o.put("persons", list.count(EntryKind.PERSON));
    o.put("organizations", list.count(EntryKind.ORGANIZATION));
    o.put("vessels", list.count(EntryKind.VESSEL));
    o.put("aircraft", list.count(EntryKind.AIRCRAFT));
    Programs.all(List.of(list)).forEach(o.putArray("programs")::add);
    return o;
  }

  /**
   * {@code {"added", "removed", "changed", "changes": {id: [{"field", "old", "new"}]}}}, the
   * contract's shape for {@code lists diff}.
   */
  public ObjectNode diff(ListDiff diff) {
    ObjectNode root = mapper.createObjectNode();
    diff.added().forEach(root.putArray("added")::add);
    diff.removed().forEach(root.putArray("removed")::add);
    diff.changed().forEach(root.putArray("changed")::add);
    ObjectNode changes = root.putObject("changes");
    diff.changes()
        .forEach(
            (id, fields) -> {
              ArrayNode array = changes.putArray(id);
              for (ListDiff.FieldChange f : fields) {
                ObjectNode o = array.addObject();
                o.put("field", f.field());
                o.put("old", f.oldValue());
                o.put("new", f.newValue());
              }
            });
    return root;
  }

  private ObjectNode query(Subject s, Optional<ZoneReading> zone) {
    ObjectNode q = mapper.createObjectNode();
    q.put("id", s.id());
    q.put("name", s.name());
    List<BirthDate> dobs = s.birthDates();
    if (!dobs.isEmpty()) {
      q.put("dob", dobs.get(0).text());
    }
    if (dobs.size() > 1) {
      // Several dates (a /match query's birthDate values), every one screened: all are shown.
      com.fasterxml.jackson.databind.node.ArrayNode all = q.putArray("dobs");
      dobs.forEach(d -> all.add(d.text()));
    }
    if (!s.nationality().isEmpty()) {
      q.put("nationality", s.nationality());
    }
    if (s.gender() != org.mizan.model.Gender.UNKNOWN) {
      q.put("gender", s.gender().id());
    }
    if (!s.document().isEmpty()) {
      q.put("document", s.document());
    }
    // A zone is a person's document: its subject is screened against persons alone.
    Subject screened = zone.map(z -> z.evidence().screened()).orElse(s);
    if (screened.kinds().size() == 1) {
      q.put("kind", screened.kinds().iterator().next().id());
    }
    zone.ifPresent(
        z -> {
          ObjectNode o = q.putObject("zone");
          o.put("name_field", z.nameField());
          int mendedFrom = z.evidence().zone().mendedFrom();
          if (mendedFrom > 0) {
            o.put("line_length_as_given", mendedFrom);
          }
          if (z.evidence().zone().digitsAsLetters()) {
            o.put("digits_read_as_letters", true);
          }
          int lowerLineLeftOut = z.evidence().zone().lowerLineLeftOut();
          if (lowerLineLeftOut > 0) {
            o.put("lower_line_length_not_read", lowerLineLeftOut);
          }
          List<Integer> cardLinesLeftOut = z.evidence().zone().cardLinesLeftOut();
          if (!cardLinesLeftOut.isEmpty()) {
            cardLinesLeftOut.forEach(o.putArray("card_line_lengths_not_read")::add);
          }
          z.values().forEach(o::put);
          z.taken().forEach(o.putArray("taken")::add);
          if (!z.notTaken().isEmpty()) {
            ObjectNode not = o.putObject("not_taken");
            z.notTaken().forEach(not::put);
          }
        });
    return q;
  }

  private ObjectNode version(ListVersion v) {
    ObjectNode o = mapper.createObjectNode();
    o.put("source", v.source());
    o.put("version", v.published());
    o.put("sha256", v.sha256());
    return o;
  }
}
