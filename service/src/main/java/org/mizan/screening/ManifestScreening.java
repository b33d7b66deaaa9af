package org.mizan.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.mizan.match.Match;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Subject;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestFormat;
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
   * @param limit the most matches below the threshold shown, at least 1 (every hit is shown)
   */
  public record TravellerResult(
      Traveller traveller,
      int number,
      List<ScreeningResult> screenings,
      String notScreened,
      int limit) {
    public TravellerResult {
      screenings = List.copyOf(screenings);
    }

    /**
     * The matches under any of the traveller's names: each entry once, at its best score, best
     * first ({@link Match#RANKING}); every hit, and the others up to {@code limit} matches in all,
     * as one screening reports them. (Cut to the longer of the two names' lists before, a hit of
     * the booked name beyond the passport name's count was lost.)
     */
    public List<Match> matches() {
      if (screenings.size() == 1) {
        return screenings.get(0).matches();
      }
      Map<String, Match> best = new LinkedHashMap<>();
      for (ScreeningResult r : screenings) {
        for (Match m : r.matches()) {
          best.merge(
              m.source() + "\u0000" + m.entry().id(), m, (a, b) -> a.score() >= b.score() ? a : b);
        }
      }
      List<Match> ranked = best.values().stream().sorted(Match.RANKING).toList();
      // Best first: the hits come before every match below the threshold.
      int hits = (int) ranked.stream().filter(this::isHit).count();
      return ranked.subList(0, Math.max(hits, Math.min(limit, ranked.size())));
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
   * @param hitsOnly whether each traveller was screened for the hits alone
   */
  public record Result(
      Manifest manifest,
      List<TravellerResult> results,
      List<ManifestWarning> warnings,
      boolean hitsOnly) {
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

    /** The counts of {@link ManifestScreening#screen(Plan, double, int, IntConsumer, Consumer)}. */
    public Totals totals() {
      return new Totals(results.size(), screened(), travellersWithHits());
    }
  }

  /**
   * What screening a manifest will do, decided before any of it is done: the subjects to screen,
   * why each other traveller is not screened, and every warning.
   *
   * @param manifest the manifest as read
   * @param subjects the subjects to screen, in manifest order: per traveller screened its name,
   *     then its booked name when a passport gave another
   * @param owners for each subject, the 0-based position of its traveller in the manifest
   * @param notScreened per traveller, why it is not screened; empty when it is
   * @param warnings the manifest's warnings and those of screening (a traveller that cannot be
   *     screened)
   */
  public record Plan(
      Manifest manifest,
      List<Subject> subjects,
      List<Integer> owners,
      List<String> notScreened,
      List<ManifestWarning> warnings) {
    public Plan {
      subjects = List.copyOf(subjects);
      owners = List.copyOf(owners);
      notScreened = List.copyOf(notScreened);
      warnings = List.copyOf(warnings);
      if (owners.size() != subjects.size() || notScreened.size() != manifest.travellers().size()) {
        throw new IllegalArgumentException("one owner per subject, one reason per traveller");
      }
    }
  }

  /**
   * The counts of a screened manifest.
   *
   * @param travellers how many travellers were handed on
   * @param screened how many of them were screened (had a name)
   * @param withHits how many of them have at least one hit
   */
  public record Totals(int travellers, long screened, long withHits) {}

  /**
   * Screens every traveller of {@code manifest}.
   *
   * @param today the date no date of birth may be after
   * @param threshold alert threshold in [0, 1]
   * @param limit most matches per traveller, at least 1
   */
  public Result screen(Manifest manifest, LocalDate today, double threshold, int limit) {
    return screen(manifest, today, threshold, limit, false);
  }

  /** Subjects screened between two reports of progress. */
  static final int CHUNK = 512;

  /**
   * {@link #screen(Manifest, LocalDate, double, int)}, with {@code hitsOnly} for each traveller's
   * hits alone ({@link Screening#screen(Subject, double, int, boolean)}).
   */
  public Result screen(
      Manifest manifest, LocalDate today, double threshold, int limit, boolean hitsOnly) {
    Plan plan = plan(manifest, today);
    List<TravellerResult> results = new ArrayList<>(manifest.travellers().size());
    screen(plan, threshold, limit, hitsOnly, n -> {}, results::add);
    return new Result(manifest, results, plan.warnings(), hitsOnly);
  }

  /**
   * Decides, before any screening, whom of {@code manifest} to screen under which names, and why
   * the others are not screened; gathers every warning.
   *
   * @param today the date no date of birth may be after
   */
  public static Plan plan(Manifest manifest, LocalDate today) {
    List<ManifestWarning> warnings = new ArrayList<>(manifest.warnings());
    List<Subject> subjects = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Traveller> travellers = manifest.travellers();
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < travellers.size(); i++) {
      Traveller t = travellers.get(i);
      String reason = notScreened(t);
      if (reason.isEmpty()) {
        Optional<String> bookedProblem =
            t.bookedName().isEmpty() ? Optional.empty() : SubjectFields.nameProblem(t.bookedName());
        boolean booked = !t.bookedName().isEmpty() && bookedProblem.isEmpty();
        if (bookedProblem.isPresent()) {
          // Said of the name booked itself, not of the passport's.
          warnings.add(
              new ManifestWarning(
                  t.segmentIndex(),
                  segmentTag(t),
                  "the name the traveller is booked under "
                      + bookedProblem.get()
                      + "; not screened under it"));
        }
        String id = "traveller-" + (i + 1);
        Optional<Subject> subject = subject(t, t.name(), id, booked, today, warnings);
        if (subject.isPresent()) {
          subjects.add(subject.get());
          owners.add(i);
          Subject s = subject.get();
          if (booked) {
            // Booked under one name, travelling on a passport in another: both are screened.
            subjects.add(
                new Subject(
                    id + "-booked",
                    t.bookedName(),
                    s.birthDates(),
                    s.nationality(),
                    s.gender(),
                    s.document(),
                    s.kinds()));
            owners.add(i);
          }
        } else if (booked) {
          // The passport name cannot be screened: the name booked still is.
          subjects.add(
              subject(t, t.bookedName(), id + "-booked", false, today, warnings).orElseThrow());
          owners.add(i);
        } else {
          reason = "the name cannot be screened (see the warnings)";
        }
      } else if (t.group() || t.isPlaceholder()) {
        warnings.add(
            new ManifestWarning(t.segmentIndex(), segmentTag(t), reason + "; not screened"));
      }
      reasons.add(reason);
    }
    // The file's cap holds for the warnings of screening too (3,000 group bookings).
    return new Plan(manifest, subjects, owners, reasons, ManifestWarning.capped(warnings));
  }

  /**
   * Screens the subjects of {@code plan}, a few hundred at a time on this screening's threads, and
   * hands each traveller's result to {@code each} in manifest order as soon as all of its names are
   * screened (a traveller not screened as soon as those before it are handed on). Results handed on
   * are not kept: a manifest of any length is screened in the memory of a few hundred results.
   *
   * @param threshold alert threshold in [0, 1]
   * @param limit most matches per traveller, at least 1
   * @param progress told how many subjects have been screened after every few hundred, once the
   *     travellers they complete have been handed on
   * @param each given every traveller's result, one at a time, in manifest order
   * @return the counts of the travellers handed on
   */
  public Totals screen(
      Plan plan,
      double threshold,
      int limit,
      IntConsumer progress,
      Consumer<TravellerResult> each) {
    return screen(plan, threshold, limit, false, progress, each);
  }

  /**
   * {@link #screen(Plan, double, int, IntConsumer, Consumer)}, with {@code hitsOnly} for each
   * traveller's hits alone ({@link Screening#screen(Subject, double, int, boolean)}).
   */
  public Totals screen(
      Plan plan,
      double threshold,
      int limit,
      boolean hitsOnly,
      IntConsumer progress,
      Consumer<TravellerResult> each) {
    List<Subject> subjects = plan.subjects();
    InOrder inOrder = new InOrder(plan, each, limit);
    try (BatchScreening batch = new BatchScreening(screening, threads)) {
      for (int from = 0; from < subjects.size(); from += CHUNK) {
        int to = Math.min(subjects.size(), from + CHUNK);
        List<ScreeningResult> screened =
            batch.screen(subjects.subList(from, to), threshold, limit, hitsOnly);
        for (int k = from; k < to; k++) {
          inOrder.add(plan.owners().get(k), screened.get(k - from));
        }
        // Every traveller before the next subject's has all its names screened.
        inOrder.handOnBefore(
            to < subjects.size() ? plan.owners().get(to) : plan.manifest().travellers().size());
        progress.accept(to);
      }
    }
    inOrder.handOnBefore(plan.manifest().travellers().size());
    return new Totals(inOrder.next, inOrder.screened, inOrder.withHits);
  }

  /**
   * Hands travellers on in manifest order, each once all its names are screened, and counts them.
   */
  private static final class InOrder {
    private final Plan plan;
    private final Consumer<TravellerResult> each;

    /** The next traveller to hand on (0-based). */
    private int next;

    /** The screenings of the next traveller's names so far (two names may be in two chunks). */
    private List<ScreeningResult> held = new ArrayList<>(2);

    private long screened;
    private long withHits;
    private final int limit;

    InOrder(Plan plan, Consumer<TravellerResult> each, int limit) {
      this.plan = plan;
      this.each = each;
      this.limit = limit;
    }

    /** Holds the screening of one of traveller {@code owner}'s names, handing on those before. */
    void add(int owner, ScreeningResult screening) {
      handOnBefore(owner);
      held.add(screening);
    }

    /** Hands on every traveller before the {@code end}th (0-based) not handed on yet. */
    void handOnBefore(int end) {
      for (; next < end; next++) {
        TravellerResult r =
            new TravellerResult(
                plan.manifest().travellers().get(next),
                next + 1,
                held,
                plan.notScreened().get(next),
                limit);
        held = new ArrayList<>(2);
        if (!r.screenings().isEmpty()) {
          screened++;
        }
        if (r.hits() > 0) {
          withHits++;
        }
        each.accept(r);
      }
    }
  }

  /** Why a traveller is not screened, by kind. */
  public enum NotScreened {
    /** A PNRGOV passenger sent again in the same PNR ({@link Traveller#sameAs}). */
    REPEAT,
    /** A group booking's name. */
    GROUP,
    /** A placeholder name (TBA). */
    PLACEHOLDER,
    /** No name was sent, none could be read, or the one read cannot be screened. */
    NO_NAME;

    /**
     * Why {@code t} is not screened, as its own fields tell; empty when they do not (its name may
     * still prove unusable when the subject is made: {@link #NO_NAME} then).
     */
    static Optional<NotScreened> of(Traveller t) {
      if (t.sameAs() > 0) {
        return Optional.of(REPEAT);
      }
      if (t.group()) {
        return Optional.of(GROUP);
      }
      if (t.isPlaceholder()) {
        return Optional.of(PLACEHOLDER);
      }
      return t.name().isEmpty() ? Optional.of(NO_NAME) : Optional.empty();
    }
  }

  /** Why a traveller is not screened, empty when it is (as far as its own fields tell). */
  static String notScreened(Traveller t) {
    return NotScreened.of(t)
        .map(
            kind ->
                switch (kind) {
                  case REPEAT ->
                      "repeats traveller "
                          + t.sameAs()
                          + " (the same PNR passenger), screened there";
                  case GROUP -> "a group booking's name, not a person";
                  case PLACEHOLDER -> "a placeholder name (TBA), not a person's";
                  case NO_NAME -> "no name was sent, or none could be read (see the warnings)";
                })
        .orElse("");
  }

  /**
   * How many of the plan's travellers are not screened, by kind (kinds with none left out), in
   * {@link NotScreened} order.
   */
  public static Map<NotScreened, Long> notScreenedByKind(Plan plan) {
    Map<NotScreened, Long> counts = new java.util.EnumMap<>(NotScreened.class);
    for (int i = 0; i < plan.notScreened().size(); i++) {
      if (!plan.notScreened().get(i).isEmpty()) {
        counts.merge(
            NotScreened.of(plan.manifest().travellers().get(i)).orElse(NotScreened.NO_NAME),
            1L,
            Long::sum);
      }
    }
    return counts;
  }

  /**
   * The subject screened for a traveller under {@code name}; empty, with a warning, when the name
   * is unusable.
   *
   * @param id the subject's id
   * @param bookedLeft whether the traveller's name booked is left to screen when {@code name}, the
   *     passport's, is unusable (the warning says so)
   */
  private static Optional<Subject> subject(
      Traveller t,
      String name,
      String id,
      boolean bookedLeft,
      LocalDate today,
      List<ManifestWarning> warnings) {
    Optional<String> problem = SubjectFields.nameProblem(name);
    if (problem.isPresent()) {
      warnings.add(
          new ManifestWarning(
              t.segmentIndex(),
              segmentTag(t),
              bookedLeft
                  ? "the traveller's passport name "
                      + problem.get()
                      + "; screened under the name booked"
                  : (t.bookedName().isEmpty()
                          ? "the traveller's name "
                          : "the traveller's passport name ")
                      + problem.get()
                      + "; not screened"));
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
    String document = document(t, warnings);
    return Optional.of(
        new Subject(
            id,
            name,
            birthDates,
            t.nationality(),
            t.gender(),
            document,
            EnumSet.of(EntryKind.PERSON)));
  }

  /**
   * The traveller's first document number that /screen would take, once cleared of characters that
   * do not show (a left-to-right mark, a soft hyphen, a private-use or variation character, which
   * text copied from another system leaves there), with a warning for each one cleared or left out;
   * empty when there is none. A number is left out when nothing is left of it, or when /screen
   * refuses it even so ({@link SubjectFields#documentProblem}: longer than {@value
   * SubjectFields#MAX_DOCUMENT_LENGTH} characters, or not well-formed). A warning names the
   * document by its place among the traveller's when there are several, and never quotes it.
   */
  private static String document(Traveller t, List<ManifestWarning> warnings) {
    List<org.mizan.paxlst.TravelDocument> documents = t.documents();
    for (int i = 0; i < documents.size(); i++) {
      String given = documents.get(i).number().strip();
      if (given.isEmpty()) {
        continue;
      }
      String number = SubjectFields.withoutHiddenCharacters(given).strip();
      String which =
          "the traveller's document number"
              + (documents.size() == 1
                  ? ""
                  : " (document " + (i + 1) + " of " + documents.size() + ")");
      Optional<String> problem =
          number.isEmpty()
              ? Optional.of("made only of characters that do not show")
              : SubjectFields.documentProblem(number);
      if (problem.isPresent()) {
        warnings.add(
            new ManifestWarning(
                t.segmentIndex(),
                segmentTag(t),
                which + " is unusable: " + problem.get() + "; screened without it"));
        continue;
      }
      if (!number.equals(given)) {
        warnings.add(
            new ManifestWarning(
                t.segmentIndex(),
                segmentTag(t),
                which
                    + " holds characters that do not show (formatting, private-use or variation"
                    + " characters); screened without them"));
      }
      return number;
    }
    return "";
  }

  private static String segmentTag(Traveller t) {
    return t.format() == ManifestFormat.PNRGOV ? "TIF" : "NAD";
  }
}
