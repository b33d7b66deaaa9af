package org.mizan.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mizan.index.ScreeningIndex;
import org.mizan.match.Query;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * Screens subjects against the lists in force.
 *
 * <p>Thread-safe: one instance serves every caller.
 */
public final class Screening {
  /** Default alert threshold: a match scoring at least this is a hit. */
  public static final double ALERT_THRESHOLD = 0.85;

  /** Reporting floor: matches scoring below this are not reported at all. */
  public static final double REPORTING_FLOOR = 0.70;

  /** Default number of matches reported per subject. */
  public static final int DEFAULT_LIMIT = 10;

  private final ScreeningIndex index;
  private final Map<String, List<String>> programs;

  /** Screening against every entry of the index's lists. */
  public Screening(ScreeningIndex index) {
    this(index, List.of());
  }

  /**
   * Screening against an index built over lists restricted to some programs ({@link
   * Programs#only}); every result names, for each list, the list's own programs it was restricted
   * to.
   *
   * @param programs the programs the lists were restricted to, as the user gave them; empty for
   *     none
   */
  public Screening(ScreeningIndex index, List<String> programs) {
    this.index = Objects.requireNonNull(index, "index");
    this.programs =
        programs.isEmpty() ? Map.of() : Map.copyOf(Programs.matching(index.lists(), programs));
  }

  /**
   * Screens one subject.
   *
   * @param subject what to screen
   * @param threshold the alert threshold in [0, 1]
   * @param limit the most matches reported, at least 1
   */
  public ScreeningResult screen(Subject subject, double threshold, int limit) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
    }
    // Prepared once: the zone a name may be is read once, for the matches and for the output.
    Query query = index.prepare(subject);
    return new ScreeningResult(
        subject,
        index.lists(),
        programs,
        index.screen(query, REPORTING_FLOOR, limit),
        threshold,
        query.zone());
  }

  /** The lists in force. */
  public List<Watchlist> lists() {
    return index.lists();
  }
}
