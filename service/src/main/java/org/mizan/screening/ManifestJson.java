package org.mizan.screening;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.mizan.match.Match;
import org.mizan.model.Gender;
import org.mizan.model.Watchlist;
import org.mizan.paxlst.FlightLeg;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestWarning;
import org.mizan.paxlst.TravelDocument;
import org.mizan.paxlst.Traveller;

/**
 * Renders a screened manifest in the shape of the command-line contract for {@code screen-manifest
 * --format json}: {@code {"manifest": {"format", "flight": {"carrier", "number", "legs"},
 * "travellers", "warnings", ...}, "lists", "results": [{"traveller", "matches"}], "summary"}}. The
 * summary comes last: the command line writes the document while the travellers are screened
 * ({@link #writeStart}, {@link #write}, {@link #writeEnd}), and how many have hits is known only at
 * the end. The document written so and the tree of {@link #result} (the REST API's) are made of the
 * same parts, in the same order.
 */
public final class ManifestJson {
  private final ObjectMapper mapper;
  private final ScreeningJson screening;

  /** Writes a part into a document being written, leaving the flushing to its writer. */
  private final ObjectWriter parts;

  public ManifestJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.screening = new ScreeningJson(mapper);
    this.parts = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /**
   * The whole screened manifest, ending {@code "hits_only": true} when the travellers were screened
   * for their hits alone.
   */
  public ObjectNode result(ManifestScreening.Result result, List<Watchlist> lists) {
    ObjectNode root = mapper.createObjectNode();
    root.set("manifest", manifest(result.manifest(), result.warnings()));
    root.set("lists", screening.lists(lists));
    ArrayNode results = root.putArray("results");
    for (ManifestScreening.TravellerResult r : result.results()) {
      results.add(traveller(r));
    }
    root.set("summary", summary(result.totals(), result.warnings()));
    if (result.hitsOnly()) {
      root.put("hits_only", true);
    }
    return root;
  }

  /**
   * Writes the start of {@link #result}'s document to {@code g}, up to the opening of {@code
   * "results"}: the manifest with every warning, and the lists.
   */
  public void writeStart(JsonGenerator g, ManifestScreening.Plan plan, List<Watchlist> lists)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName("manifest");
    parts.writeValue(g, manifest(plan.manifest(), plan.warnings()));
    g.writeFieldName("lists");
    parts.writeValue(g, screening.lists(lists));
    g.writeArrayFieldStart("results");
  }

  /** Writes one traveller's result, the next of {@code "results"}, to {@code g}. */
  public void write(JsonGenerator g, ManifestScreening.TravellerResult r) throws IOException {
    parts.writeValue(g, traveller(r));
  }

  /**
   * Writes the end of {@link #result}'s document to {@code g}: the summary, with the number of
   * {@code plan}'s warnings, and {@code "hits_only": true} when the travellers were screened for
   * their hits alone.
   */
  public void writeEnd(
      JsonGenerator g,
      ManifestScreening.Plan plan,
      ManifestScreening.Totals totals,
      boolean hitsOnly)
      throws IOException {
    g.writeEndArray();
    g.writeFieldName("summary");
    parts.writeValue(g, summary(totals, plan.warnings()));
    if (hitsOnly) {
      g.writeBooleanField("hits_only", true);
    }
    g.writeEndObject();
  }

  private ObjectNode manifest(Manifest m, List<ManifestWarning> warnings) {
    ObjectNode manifest = mapper.createObjectNode();
    manifest.put("format", m.format().name());
    putIfSent(manifest, "message_version", m.messageVersion());
    manifest.put("messages", m.messages());
    putIfSent(manifest, "sender", m.sender());
    putIfSent(manifest, "recipient", m.recipient());
    putIfSent(manifest, "prepared", m.prepared());
    ObjectNode flight = manifest.putObject("flight");
    putIfSent(flight, "carrier", m.flight().carrier());
    putIfSent(flight, "number", m.flight().number());
    legs(flight.putArray("legs"), m.flight().legs());
    manifest.put("travellers", m.travellers().size());
    ArrayNode array = manifest.putArray("warnings");
    for (ManifestWarning w : warnings) {
      ObjectNode o = array.addObject();
      if (w.segmentIndex() > 0) {
        o.put("segment", w.segmentIndex());
      }
      putIfSent(o, "tag", w.tag());
      o.put("message", w.message());
    }
    return manifest;
  }

  /** {@code {"traveller", "screened", "not_screened", "matches"}} for one traveller. */
  private ObjectNode traveller(ManifestScreening.TravellerResult r) {
    ObjectNode o = mapper.createObjectNode();
    o.set("traveller", traveller(r.traveller(), r.number()));
    o.put("screened", !r.screenings().isEmpty());
    putIfSent(o, "not_screened", r.notScreened());
    ArrayNode matches = o.putArray("matches");
    for (Match match : r.matches()) {
      matches.add(screening.match(match, r.isHit(match)));
    }
    return o;
  }

  private ObjectNode summary(ManifestScreening.Totals totals, List<ManifestWarning> warnings) {
    ObjectNode summary = mapper.createObjectNode();
    summary.put("travellers", totals.travellers());
    summary.put("screened", totals.screened());
    summary.put("with_hits", totals.withHits());
    // Those past the cap too, which "warnings" of the manifest counts in one line.
    summary.put("warnings", ManifestWarning.total(warnings));
    return summary;
  }

  private ObjectNode traveller(Traveller t, int number) {
    ObjectNode o = mapper.createObjectNode();
    o.put("number", number);
    o.put("segment", t.segmentIndex());
    o.put("qualifier", t.qualifier());
    o.put("role", t.role().name().toLowerCase(java.util.Locale.ROOT));
    putIfSent(o, "name", t.name());
    putIfSent(o, "surname", t.surname());
    if (!t.givenNames().isEmpty()) {
      t.givenNames().forEach(o.putArray("given_names")::add);
    }
    if (t.gender() != Gender.UNKNOWN) {
      o.put("gender", t.gender().id());
    }
    putIfSent(o, "date_of_birth", t.dateOfBirth());
    putIfSent(o, "nationality", t.nationality());
    putIfSent(o, "residence", t.residence());
    putIfSent(o, "place_of_birth", t.placeOfBirth());
    if (!t.documents().isEmpty()) {
      documents(o.putArray("documents"), t.documents());
    }
    if (!t.references().isEmpty()) {
      ObjectNode refs = o.putObject("references");
      t.references().forEach(refs::put);
    }
    putIfSent(o, "booking_reference", t.bookingReference());
    if (!t.itinerary().isEmpty()) {
      legs(o.putArray("itinerary"), t.itinerary());
    }
    if (t.sameAs() > 0) {
      o.put("same_as", t.sameAs());
    }
    if (t.group()) {
      o.put("group", true);
    }
    putIfSent(o, "booked_name", t.bookedName());
    return o;
  }

  private static void documents(ArrayNode array, List<TravelDocument> documents) {
    for (TravelDocument d : documents) {
      ObjectNode doc = array.addObject();
      putIfSent(doc, "type", d.type());
      doc.put("number", d.number());
      putIfSent(doc, "issuing_state", d.issuingState());
      putIfSent(doc, "expiry", d.expiry());
    }
  }

  private static void legs(ArrayNode array, List<FlightLeg> legs) {
    for (FlightLeg l : legs) {
      ObjectNode o = array.addObject();
      putIfSent(o, "flight", l.flight());
      putIfSent(o, "from", l.from());
      putIfSent(o, "to", l.to());
      putIfSent(o, "departure", l.departure());
      putIfSent(o, "arrival", l.arrival());
    }
  }

  private static void putIfSent(ObjectNode o, String key, String value) {
    if (!value.isEmpty()) {
      o.put(key, value);
    }
  }
}
