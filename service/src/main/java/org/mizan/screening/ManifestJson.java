package org.mizan.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * "travellers", "warnings", ...}, "lists", "summary", "results": [{"traveller", "matches"}]}}.
 */
public final class ManifestJson {
  private final ObjectMapper mapper;
  private final ScreeningJson screening;

  public ManifestJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.screening = new ScreeningJson(mapper);
  }

  /** The whole screened manifest. */
  public ObjectNode result(ManifestScreening.Result result, List<Watchlist> lists) {
    ObjectNode root = mapper.createObjectNode();
    Manifest m = result.manifest();
    ObjectNode manifest = root.putObject("manifest");
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
    ArrayNode warnings = manifest.putArray("warnings");
    for (ManifestWarning w : result.warnings()) {
      ObjectNode o = warnings.addObject();
      if (w.segmentIndex() > 0) {
        o.put("segment", w.segmentIndex());
      }
      putIfSent(o, "tag", w.tag());
      o.put("message", w.message());
    }
    root.set("lists", screening.lists(lists));
    ObjectNode summary = root.putObject("summary");
    summary.put("travellers", result.results().size());
    summary.put("screened", result.screened());
    summary.put("with_hits", result.travellersWithHits());
    ArrayNode results = root.putArray("results");
    for (ManifestScreening.TravellerResult r : result.results()) {
      ObjectNode o = results.addObject();
      o.set("traveller", traveller(r.traveller(), r.number()));
      o.put("screened", !r.screenings().isEmpty());
      putIfSent(o, "not_screened", r.notScreened());
      ArrayNode matches = o.putArray("matches");
      for (Match match : r.matches()) {
        matches.add(screening.match(match, r.isHit(match)));
      }
    }
    return root;
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
