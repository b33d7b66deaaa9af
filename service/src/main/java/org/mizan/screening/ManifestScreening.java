package org.mizan.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.match.Match;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Subject;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestWarning;
import org.mizan.paxlst.Traveller;

/**
 * Screens every traveller of a passenger manifest (PAXLST or PNRGOV) against the lists in force:
 * the name as sent (ICAO Doc 9303 transliterations, MRZ separators and all), with the date of
 * birth, nationality, gender and first travel document number as evidence, against listed
 * individuals only.
 */
public final class ManifestScreening {
  private final Screening screening;
  private final int threads;

  /**
   * @param screening the screening over the lists in force
   * @param threads how many travellers are screened at once, at least 1
   */
  public ManifestScreening(Screening screening, int threads) {
    this.screening = screening;
    this.threads = Math.max(1, threads);
  }

  /**
   * The screening of one traveller.
   *
   * @param traveller the traveller as read
   * @param number 1-based position among the manifest's travellers
   * @param screenings the results of screening its names: the name screened, and the name as booked
   *     when a passport gave another; none when the traveller was not screened
   * @param notScreened why the traveller was not screened, in a few words; empty when it was
   */
  public record TravellerResult(
      Traveller traveller, int number, List<ScreeningResult> screenings, String notScreened) {
    public TravellerResult {
      screenings = List.copyOf(screenings);
    }

    /**
     * The matches under any of the traveller's names: each entry once, at its best score, best
     * first ({@link Match#RANKING}), at most as many as one screening reports.
     */
    public List<Match> matches() {
      if (screenings.size() == 1) {
        return screenings.get(0).matches();
      }
      Map<String, Match> best = new LinkedHashMap<>();
      int limit = 0;
      for (ScreeningResult r : screenings) {
        limit = Math.max(limit, r.matches().size());
        for (Match m : r.matches()) {
          best.merge(
              m.source() + "\u0000" + m.entry().id(), m, (a, b) -> a.score() >= b.score() ? a : b);
        }
      }
      return best.values().stream().sorted(Match.RANKING).limit(limit).toList();
    }

    /** Whether a match is a hit (every screening of a manifest has the same threshold). */
    public boolean isHit(Match match) {
      return !screenings.isEmpty() && screenings.get(0).isHit(match);
    }

    /** How many list entries hit the traveller, under any of its names. */
    public long hits() {
      return matches().stream().filter(this::isHit).count();
    }
  }

  /**
   * A screened manifest.
   *
   * @param manifest the manifest as read
   * @param results one per traveller, in manifest order
   * @param warnings the manifest's warnings and those of screening (a traveller that cannot be
   *     screened)
   */
  public record Result(
      Manifest manifest, List<TravellerResult> results, List<ManifestWarning> warnings) {
    public Result {
      results = List.copyOf(results);
      warnings = List.copyOf(warnings);
    }

    /** How many travellers have at least one hit. */
    public long travellersWithHits() {
      return results.stream().filter(r -> r.hits() > 0).count();
    }

    /** How many travellers were screened (had a name). */
    public long screened() {
      return results.stream().filter(r -> !r.screenings().isEmpty()).count();
    }
  }

  /**
   * Screens every traveller of {@code manifest}.
   *
   * @param today the date no date of birth may be after
   * @param threshold alert threshold in [0, 1]
   * @param limit most matches per traveller, at least 1
   */
  public Result screen(Manifest manifest, LocalDate today, double threshold, int limit) {
    return screen(manifest, today, threshold, limit, n -> {});
  }

  /** Travellers screened between two reports of progress. */
  private static final int CHUNK = 512;

  /**
   * {@link #screen(Manifest, LocalDate, double, int)}, telling {@code progress} how many travellers
   * have been screened after every few hundred.
   */
  public Result screen(
      Manifest manifest,
      LocalDate today,
      double threshold,
      int limit,
      java.util.function.IntConsumer progress) {
    List<ManifestWarning> warnings = new ArrayList<>(manifest.warnings());
    List<Subject> subjects = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Traveller> travellers = manifest.travellers();
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < travellers.size(); i++) {
      Traveller t = travellers.get(i);
      String reason = notScreened(t);
      if (reason.isEmpty()) {
        Optional<Subject> subject = subject(t, i + 1, today, warnings);
        if (subject.isPresent()) {
          subjects.add(subject.get());
          owners.add(i);
          Subject s = subject.get();
          if (!t.bookedName().isEmpty() && SubjectFields.nameProblem(t.bookedName()).isEmpty()) {
            // Booked under one name, travelling on a passport in another: both are screened.
            subjects.add(
                new Subject(
                    s.id() + "-booked",
                    t.bookedName(),
                    s.birthDates(),
                    s.nationality(),
                    s.gender(),
                    s.document(),
                    s.kinds()));
            owners.add(i);
          }
        } else {
          reason = "the name cannot be screened (see the warnings)";
        }
      } else if (t.group() || t.isPlaceholder()) {
        warnings.add(
            new ManifestWarning(t.segmentIndex(), segmentTag(t), reason + "; not screened"));
      }
      reasons.add(reason);
    }
    List<ScreeningResult> screened = new ArrayList<>(subjects.size());
    try (BatchScreening batch = new BatchScreening(screening, threads)) {
      for (int from = 0; from < subjects.size(); from += CHUNK) {
        List<Subject> chunk = subjects.subList(from, Math.min(subjects.size(), from + CHUNK));
        screened.addAll(batch.screen(chunk, threshold, limit));
        progress.accept(screened.size());
      }
    }
    List<List<ScreeningResult>> byTraveller = new ArrayList<>();
    for (int i = 0; i < travellers.size(); i++) {
      byTraveller.add(new ArrayList<>());
    }
    for (int k = 0; k < screened.size(); k++) {
      byTraveller.get(owners.get(k)).add(screened.get(k));
    }
    List<TravellerResult> results = new ArrayList<>();
    for (int i = 0; i < travellers.size(); i++) {
      results.add(
          new TravellerResult(travellers.get(i), i + 1, byTraveller.get(i), reasons.get(i)));
    }
    return new Result(manifest, results, warnings);
  }

  /** Why a traveller is not screened, empty when it is. */
  static String notScreened(Traveller t) {
    if (t.sameAs() > 0) {
      return "repeats traveller " + t.sameAs() + " (the same PNR passenger), screened there";
    }
    if (t.group()) {
      return "a group booking's name, not a person";
    }
    if (t.isPlaceholder()) {
      return "a placeholder name (TBA), not a person's";
    }
    if (t.name().isEmpty()) {
      return "no name was sent, or none could be read (see the warnings)";
    }
    return "";
  }

  /** The subject screened for a traveller; empty (with a warning) when its name is unusable. */
  static Optional<Subject> subject(
      Traveller t, int number, LocalDate today, List<ManifestWarning> warnings) {
    String name = t.name();
    Optional<String> problem = SubjectFields.nameProblem(name);
    if (problem.isPresent()) {
      warnings.add(
          new ManifestWarning(
              t.segmentIndex(),
              segmentTag(t),
              "the traveller's name " + problem.get() + "; not screened"));
      return Optional.empty();
    }
    List<BirthDate> birthDates = new ArrayList<>();
    if (t.birthDate().isPresent()) {
      BirthDate date = t.birthDate().get();
      Optional<String> dateProblem = SubjectFields.birthDateProblem(date, today);
      if (dateProblem.isPresent()) {
        warnings.add(
            new ManifestWarning(
                t.segmentIndex(),
                segmentTag(t),
                dateProblem.get() + "; screened without the date of birth"));
      } else {
        birthDates.add(date);
      }
    }
    return Optional.of(
        new Subject(
            "traveller-" + number,
            name,
            birthDates,
            t.nationality(),
            t.gender(),
            t.documents().isEmpty() ? "" : t.documents().get(0).number(),
            EnumSet.of(EntryKind.PERSON)));
  }

  private static String segmentTag(Traveller t) {
    return t.qualifier().equals("TIF") ? "TIF" : "NAD";
  }
}
