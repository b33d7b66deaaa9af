package org.mizan.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mizan.match.Match;
import org.mizan.match.ZoneEvidence;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The outcome of screening one subject: which lists were used, the matches found, and the alert
 * threshold that decides which of them are hits.
 *
 * @param subject what was screened
 * @param lists the lists in force (their versions and sizes are reported)
 * @param programs for each list (by source) the programs, as the list writes them, it was
 *     restricted to ({@code --program}); empty when the lists were not restricted
 * @param matches matches at or above the reporting floor, best first ({@link Match#RANKING})
 * @param threshold the alert threshold in [0, 1]
 * @param zone the subject's name read as a machine-readable zone, with the evidence taken from it,
 *     as screening read it ({@link ZoneEvidence}); empty when the name is none
 * @param hitsOnly whether the hits alone were looked for ({@code mizan screen --hits-only}, the
 *     API's {@code hits_only=true}): then {@code matches} holds hits only, and no match below the
 *     threshold was looked for
 */
public record ScreeningResult(
    Subject subject,
    List<Watchlist> lists,
    Map<String, List<String>> programs,
    List<Match> matches,
    double threshold,
    Optional<ZoneEvidence> zone,
    boolean hitsOnly) {
  public ScreeningResult {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(zone, "zone");
    lists = List.copyOf(lists);
    programs = Map.copyOf(programs);
    matches = List.copyOf(matches);
  }

  /** A result over whole lists, restricted to no program, of a name that is no zone. */
  public ScreeningResult(
      Subject subject, List<Watchlist> lists, List<Match> matches, double threshold) {
    this(subject, lists, Map.of(), matches, threshold, Optional.empty(), false);
  }

  /** Whether a match is a hit: its score is at or above the threshold. */
  public boolean isHit(Match match) {
    return match.score() >= threshold;
  }

  /** The number of hits. */
  public long hits() {
    return matches.stream().filter(this::isHit).count();
  }
}
