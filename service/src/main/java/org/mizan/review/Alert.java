package org.mizan.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hits on one screened subject, for review, with the decisions taken on them.
 *
 * @param id the alert id
 * @param screeningId the screening whose hits these are
 * @param hits the list entries hit ({@link Hit}), in the screening's order; at least one
 * @param assignedTo the analyst the alert is assigned to, if any
 * @param decisions every decision, oldest first: for each hit the latest counts
 */
public record Alert(
    String id,
    String screeningId,
    List<Hit> hits,
    Optional<String> assignedTo,
    List<Decision> decisions) {
  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(screeningId, "screeningId");
    hits = List.copyOf(hits);
    Objects.requireNonNull(assignedTo, "assignedTo");
    decisions = List.copyOf(decisions);
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("an alert has hits");
    }
  }

  /**
   * A hit: the list entry a match at or above the alert threshold was on.
   *
   * @param source the list source
   * @param entry the entry id
   */
  public record Hit(String source, String entry) {}

  /** The states of an alert. */
  public enum State {
    /** No one has touched it. */
    OPEN("open"),
    /** Assigned, or some decision taken, but not every hit settled. */
    IN_REVIEW("in-review"),
    /** Every hit settled: a false positive, a confirmed true match or a confirmed escalation. */
    CLOSED("closed");

    private final String id;

    State(String id) {
      this.id = id;
    }

    /** The name used in the API: {@code open}, {@code in-review}, {@code closed}. */
    public String id() {
      return id;
    }
  }

  /** For each hit, the latest decision on it, if any. */
  public Map<Hit, Optional<Decision>> latest() {
    Map<Hit, Optional<Decision>> out = new LinkedHashMap<>();
    hits.forEach(h -> out.put(h, Optional.empty()));
    for (Decision d : decisions) {
      Hit h = new Hit(d.source(), d.entry());
      if (out.containsKey(h)) {
        out.put(h, Optional.of(d));
      }
    }
    return out;
  }

  /**
   * Whether {@code d} is the decision that counts for its hit, the latest on it; a decision a later
   * one on the same hit replaced does not.
   */
  public boolean counts(Decision d) {
    Optional<Decision> latest = latest().get(new Hit(d.source(), d.entry()));
    return latest != null && latest.isPresent() && latest.get().id().equals(d.id());
  }

  /**
   * {@code d}'s status in this alert: {@link Decision#status}, or {@code replaced} when a later
   * decision on the same hit counts instead ({@link #counts}).
   */
  public String statusOf(Decision d) {
    return counts(d) ? d.status() : "replaced";
  }

  /** The state that follows from the decisions. */
  public State state() {
    if (latest().values().stream().allMatch(d -> d.isPresent() && d.get().settles())) {
      return State.CLOSED;
    }
    return decisions.isEmpty() && assignedTo.isEmpty() ? State.OPEN : State.IN_REVIEW;
  }

  /** The decision {@code id}, if any. */
  public Optional<Decision> decision(String decisionId) {
    return decisions.stream().filter(d -> d.id().equals(decisionId)).findFirst();
  }
}
