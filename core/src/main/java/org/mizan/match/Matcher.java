package org.mizan.match;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mizan.model.Countries;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.names.MrzLine;
import org.mizan.names.NameNormalizer;
import org.mizan.names.NameOrder;
import org.mizan.names.NormalizedName;

/**
 * Scores subjects against list entries with the features of {@link Feature}, and explains every
 * score.
 *
 * <p>Use: {@link #prepare(Subject)} each subject once, {@link #prepare(String, ListEntry)} each
 * entry once (at index time), then {@link #score(Query, Candidate)} any pair. Immutable and
 * thread-safe.
 */
public final class Matcher {
  /** How much a match through a {@code Low}-quality alias counts, relative to other names. */
  public static final double LOW_QUALITY_ALIAS_FACTOR = 0.9;

  private final NameNormalizer normalizer;
  private final Countries countries = Countries.standard();
  private final Clock clock;

  private Matcher(NameNormalizer normalizer, Clock clock) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A matcher over the given name pipeline.
   *
   * @param clock the clock whose day is the day of screening, which decides the century of a
   *     machine-readable zone's date of birth ({@link ZoneEvidence}); read only for such a zone
   */
  public static Matcher create(NameNormalizer normalizer, Clock clock) {
    return new Matcher(normalizer, clock);
  }

  /** The name pipeline this matcher uses, for retrieval keys built the same way. */
  public NameNormalizer normalizer() {
    return normalizer;
  }

  /**
   * Prepares a subject for scoring. A person's name given as a machine-readable zone ({@link
   * MrzLine#read}) is read as its name field, and its evidence taken where the subject gives none
   * ({@link ZoneEvidence}).
   */
  public Query prepare(Subject subject) {
    return prepare(subject, null);
  }

  /**
   * {@link #prepare(Subject)}, each name part of the subject that a list's names have taken from
   * {@code listParts} instead of analysed afresh (the same result, without transliterating a {@code
   * Muhammad} once more): screening a name keeps nothing of it.
   *
   * @param listParts the parts of the lists' names, read only ({@link Preparer#listParts}), or null
   * @throws IllegalArgumentException when {@code listParts} would keep the parts of the subject's
   *     name
   */
  public Query prepare(Subject subject, NameNormalizer.KnownParts listParts) {
    if (listParts != null && listParts.keeps()) {
      throw new IllegalArgumentException("screened names are analysed with read-only list parts");
    }
    boolean person = subject.kinds().contains(EntryKind.PERSON);
    Optional<ZoneEvidence> zone = ZoneEvidence.of(subject, clock, countries);
    Subject screened = zone.map(ZoneEvidence::screened).orElse(subject);
    String name = zone.map(z -> z.zone().nameField()).orElse(subject.name());
    String ordered = person ? NameOrder.givenNamesFirst(name) : name;
    NormalizedName analysed = normalizer.analyze(ordered, listParts);
    List<NameForm.OtherReading> others = new ArrayList<>(2);
    NormalizedName invisibleApart = normalizer.invisibleApart(ordered, analysed);
    if (invisibleApart != null) {
      others.add(new NameForm.OtherReading(invisibleApart, NameForm.Reading.INVISIBLE_APART));
    }
    for (NormalizedName closed : normalizer.unseenSpacesClosed(ordered, analysed)) {
      others.add(new NameForm.OtherReading(closed, NameForm.Reading.UNSEEN_SPACES_CLOSED));
    }
    for (NormalizedName joined : normalizer.partsJoined(analysed)) {
      others.add(new NameForm.OtherReading(joined, NameForm.Reading.PARTS_JOINED));
    }
    return new Query(
        screened,
        NameForm.ofQuery(analysed, others, person, normalizer),
        screened.nationality().isEmpty()
            ? null
            : countries.code(screened.nationality()).orElse(null),
        documentKey(screened.document()),
        zone);
  }

  /** Prepares a list entry of the given source for scoring. */
  public Candidate prepare(String source, ListEntry entry) {
    return preparer().prepare(source, entry);
  }

  /**
   * A preparer of many entries (a whole list) whose equal name parts become one shared part with an
   * id, so that an index over them ({@link CandidateIndex}) compares each query part with each
   * distinct list part once.
   */
  public Preparer preparer() {
    return new Preparer();
  }

  /**
   * Entries whose names {@link Preparer#prepareAll} analyses in parallel before numbering parts.
   */
  private static final int PARALLEL_CHUNK = 4_096;

  /** Prepares list entries for scoring, sharing equal name parts among them. Thread-safe. */
  public final class Preparer {
    private final PartTable table = new PartTable();
    // The parts of the names analysed so far, each analysed once (list names only).
    private final NameNormalizer.KnownParts known = new NameNormalizer.KnownParts();

    private Preparer() {}

    /**
     * The name parts of the entries prepared so far, read only ({@link
     * NameNormalizer.KnownParts#readOnly}), for {@link Matcher#prepare(Subject,
     * NameNormalizer.KnownParts)}.
     */
    public NameNormalizer.KnownParts listParts() {
      return known.readOnly();
    }

    /** Prepares a list entry of the given source for scoring. */
    public Candidate prepare(String source, ListEntry entry) {
      return candidate(source, entry, analyse(entry));
    }

    /**
     * Prepares the entries of one source for scoring, as {@link #prepare} does one by one and with
     * the same result, their names analysed on every processor (normalisation and transliteration,
     * most of the cost) a few thousand entries at a time; the name parts are numbered in the order
     * of the entries.
     *
     * @return one candidate per entry, in the order of {@code entries}
     */
    public List<Candidate> prepareAll(String source, List<ListEntry> entries) {
      List<Candidate> prepared = new ArrayList<>(entries.size());
      for (int from = 0; from < entries.size(); from += PARALLEL_CHUNK) {
        List<ListEntry> chunk =
            entries.subList(from, Math.min(entries.size(), from + PARALLEL_CHUNK));
        List<Analysed> analysed = chunk.parallelStream().map(this::analyse).toList();
        for (int i = 0; i < chunk.size(); i++) {
          prepared.add(candidate(source, chunk.get(i), analysed.get(i)));
        }
      }
      return prepared;
    }

    /**
     * What preparing an entry works out before its parts are numbered: by name, its analysis and
     * its other readings ({@link NameForm#ofList}).
     */
    private record Analysed(
        List<NormalizedName> names,
        List<List<NameForm.OtherReading>> others,
        String[] codes,
        String[] documents) {}

    private Analysed analyse(ListEntry entry) {
      List<NormalizedName> names = new ArrayList<>(entry.names().size());
      List<List<NameForm.OtherReading>> others = new ArrayList<>(entry.names().size());
      boolean person = entry.kind() == EntryKind.PERSON;
      for (EntryName name : entry.names()) {
        String value = person ? NameOrder.givenNamesFirst(name.value()) : name.value();
        NormalizedName analysed = normalizer.analyze(value, known);
        names.add(analysed);
        // A list exported from another system may hold an invisible character where a space was,
        // as a screened name may (a breaker's find: Saddam\u200BHussein listed, Saddam Hussein
        // screened, was missed): read both ways.
        NormalizedName apart = normalizer.invisibleApart(value, analysed);
        others.add(
            apart == null
                ? List.of()
                : List.of(new NameForm.OtherReading(apart, NameForm.Reading.INVISIBLE_APART)));
      }
      List<String> nationalities = entry.nationalities();
      String[] codes = new String[nationalities.size()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = countries.code(nationalities.get(i)).orElse(null);
      }
      String[] documents = new String[entry.documents().size()];
      for (int i = 0; i < documents.length; i++) {
        documents[i] = documentKey(entry.documents().get(i).number());
      }
      return new Analysed(names, others, codes, documents);
    }

    private Candidate candidate(String source, ListEntry entry, Analysed analysed) {
      List<NameForm> forms = new ArrayList<>(analysed.names().size());
      for (int i = 0; i < analysed.names().size(); i++) {
        forms.add(
            NameForm.ofList(
                analysed.names().get(i),
                analysed.others().get(i),
                table,
                entry.kind() == EntryKind.PERSON,
                normalizer));
      }
      return new Candidate(source, entry, forms, analysed.codes(), analysed.documents());
    }

    /** The distinct name parts of the entries prepared so far. */
    PartTable table() {
      return table;
    }

    /** The matcher that prepares. */
    Matcher matcher() {
      return Matcher.this;
    }
  }

  /**
   * Scores one subject against one entry.
   *
   * @return the match, with a score in [0, 1] and the explanation (name first, then the evidence
   *     features for which both sides have a value)
   */
  public Match score(Query query, Candidate candidate) {
    return explain(query, candidate, bestName(query, candidate, PartMemo.NONE, 0, ALL_NAMES));
  }

  /**
   * Scores one subject against one entry, and explains the score only when it is reported.
   *
   * @param floor the reporting floor in [0, 1]
   * @return the match when both its name score and its score are at or above {@code floor}
   */
  public Optional<Match> score(Query query, Candidate candidate, double floor) {
    return score(query, candidate, floor, PartMemo.NONE);
  }

  /** {@link #score(Query, Candidate, double)} with part similarities through {@code memo}. */
  Optional<Match> score(Query query, Candidate candidate, double floor, PartMemo memo) {
    return score(query, candidate, floor, nameFloor(query, candidate, floor, floor), memo);
  }

  /** {@link #score(Query, Candidate, double)} with its {@link #nameFloor} worked out. */
  Optional<Match> score(
      Query query, Candidate candidate, double floor, double nameFloor, PartMemo memo) {
    return score(query, candidate, floor, nameFloor, memo, ALL_NAMES);
  }

  /**
   * Every name of an entry, as {@link #score}'s {@code names}, none known to reach ({@link
   * #names}).
   */
  static final long ALL_NAMES = 0xFFFF_FFFFL;

  /**
   * {@link #score}'s {@code names}: the bits of the names to look at ({@link #nameBit}) in the low
   * 32 bits; in the high 32, those of names 0 to 30 for which {@link PartMemo#mayReach} is known to
   * hold (a bit of {@code reach} for names 31 and on, which share one, is dropped).
   */
  static long names(int names, int reach) {
    return (long) (reach & Integer.MAX_VALUE) << Integer.SIZE | (names & 0xFFFF_FFFFL);
  }

  /**
   * {@link #score(Query, Candidate, double)} with its {@link #nameFloor} worked out, looking only
   * at the names in {@code names} (bit {@code i} for name {@code i}, the last bit for names 31 and
   * on: {@link #nameBit}), and among them at those {@link PartMemo#mayReach} holds for (known to,
   * or asked: {@link #names}).
   */
  Optional<Match> score(
      Query query, Candidate candidate, double floor, double nameFloor, PartMemo memo, long names) {
    NameChoice best = bestName(query, candidate, memo, nameFloor, names);
    if (best == null || best.score() < floor) {
      return Optional.empty();
    }
    Match match = explain(query, candidate, best);
    return match.score() >= floor ? Optional.of(match) : Optional.empty();
  }

  /**
   * Taken off the least name score {@link #nameFloor} works out: feature scores and the score are
   * rounded to 4 decimals after the weighted mean, which this more than covers.
   */
  static final double NAME_FLOOR_MARGIN = 1e-3;

  /**
   * The least name score with which a match of {@code query} and {@code candidate} can be reported:
   * its name score must reach {@code floor}, and its score {@code scoreFloor} (at least {@code
   * floor}: the score of the last of the matches kept so far, when only the best are kept). The
   * other features are known before any name is compared: with their weights {@code W} and weighted
   * scores {@code S}, the score is {@code (n + S) / (1 + W)} for a name score {@code n}, so {@code
   * n} must be at least {@code scoreFloor × (1 + W) − S} ({@link #NAME_FLOOR_MARGIN} less, for
   * rounding), and never less than {@code floor}. A subject born 20 years before an entry, with the
   * same gender, needs a name score of 0.86 to be reported at 0.70.
   */
  double nameFloor(Query query, Candidate candidate, double floor, double scoreFloor) {
    Subject subject = query.subject();
    ListEntry entry = candidate.entry();
    double sum = 0;
    double weights = 0;
    if (candidate.birthDatesFarFrom(query)) {
      // Every pair of dates scores 0, and none is the same day.
      weights += Feature.BIRTH_DATE.weight();
    } else if (!subject.birthDates().isEmpty() && !entry.birthDates().isEmpty()) {
      BirthDates.Agreement a = BirthDates.agreement(subject.birthDates(), entry.birthDates());
      double weight = a.sameDay() ? BirthDates.SAME_DAY_WEIGHT : Feature.BIRTH_DATE.weight();
      sum += weight * a.score();
      weights += weight;
    }
    if (!subject.nationality().isEmpty() && sameNationality(query, candidate) >= 0) {
      sum += Feature.NATIONALITY.weight();
      weights += Feature.NATIONALITY.weight();
    }
    if (subject.gender() != Gender.UNKNOWN && candidate.gender() != Gender.UNKNOWN) {
      weights += Feature.GENDER.weight();
      sum += subject.gender() == candidate.gender() ? Feature.GENDER.weight() : 0;
    }
    if (!subject.document().isEmpty() && sameDocument(query, candidate) >= 0) {
      sum += Feature.DOCUMENT.weight();
      weights += Feature.DOCUMENT.weight();
    }
    return Math.max(floor, neededNameScore(scoreFloor, weights, sum));
  }

  /**
   * {@link #nameFloor} of every entry when the subject gives nothing but its name (no date of
   * birth, nationality, gender or document: no other feature counts), else NaN: then each entry's
   * own.
   */
  static double nameFloorOfNameAlone(Query query, double floor, double scoreFloor) {
    return evidenceWeight(query.subject()) == 0
        ? leastNameFloor(query, floor, scoreFloor)
        : Double.NaN;
  }

  /**
   * The least {@link #nameFloor} any entry can have for {@code query} (with {@code scoreFloor} at
   * {@code floor}, or above): every feature the subject gives agreeing in full, at its largest
   * weight ({@link #evidenceWeight}), so that {@code W = S}; a name score below it reports no
   * entry. In [floor, 1]. At the reporting floor 0.70 and a score floor of 0.85: a name alone 0.849
   * (as {@link #nameFloorOfNameAlone}), with a nationality and a gender 0.826, with a document
   * number too 0.751, with a date of birth 0.70.
   */
  static double leastNameFloor(Query query, double floor, double scoreFloor) {
    double weight = evidenceWeight(query.subject());
    return Math.max(floor, neededNameScore(scoreFloor, weight, weight));
  }

  /**
   * The most the features other than the name can weigh for {@code subject}: the sum of the largest
   * weight of each feature it gives (a date of birth the same day, {@link
   * BirthDates#SAME_DAY_WEIGHT}); 0 when it gives its name alone.
   */
  private static double evidenceWeight(Subject subject) {
    double weight = 0;
    if (!subject.birthDates().isEmpty()) {
      weight += Math.max(Feature.BIRTH_DATE.weight(), BirthDates.SAME_DAY_WEIGHT);
    }
    if (!subject.nationality().isEmpty()) {
      weight += Feature.NATIONALITY.weight();
    }
    if (subject.gender() != Gender.UNKNOWN) {
      weight += Feature.GENDER.weight();
    }
    if (!subject.document().isEmpty()) {
      weight += Feature.DOCUMENT.weight();
    }
    return weight;
  }

  /**
   * The name score {@code n} with which {@code (n + S) / (1 + W)} reaches {@code scoreFloor} (the
   * other features' weighted scores {@code S} and weights {@code W}, the name weighing 1), less
   * {@link #NAME_FLOOR_MARGIN}.
   */
  private static double neededNameScore(double scoreFloor, double weights, double sum) {
    double name = Feature.NAME.weight();
    return (scoreFloor * (name + weights) - sum) / name - NAME_FLOOR_MARGIN;
  }

  /**
   * The least {@link #nameFloor} (with {@code scoreFloor} at {@code floor}, or above) of an entry
   * whose every date of birth is far from the subject's ({@link Candidate#birthDatesFarFrom}) and
   * that shares neither a nationality nor a document number with the subject: its date of birth
   * counts, at 0, and at best the gender agrees. At the reporting floor 0.70: 0.86 (less {@link
   * #NAME_FLOOR_MARGIN}). In [floor, 1.3 × floor].
   */
  static double leastFloorWithFarDates(double floor) {
    double weights = Feature.BIRTH_DATE.weight() + Feature.GENDER.weight();
    return Math.max(floor, neededNameScore(floor, weights, Feature.GENDER.weight()));
  }

  /** The entry name that matches the query best, with its alignment and name score. */
  private record NameChoice(
      EntryName name, NameForm form, NameSimilarity.Alignment alignment, double score) {}

  /**
   * The entry name that matches the query best (the first of equals), or null when none can reach
   * {@code floor}. With bounds in {@code memo}, names whose {@link NameSimilarity#upperByPartCount}
   * or {@link NameSimilarity#upper} is below the floor or below the best name so far are not
   * aligned: they could not change the result.
   */
  private static NameChoice bestName(
      Query query, Candidate candidate, PartMemo memo, double floor, long names) {
    List<NameForm> forms = candidate.names();
    NameChoice best = null;
    for (int i = 0; i < forms.size(); i++) {
      int bit = nameBit(i);
      if (((int) names & bit) == 0) {
        continue;
      }
      NameForm form = forms.get(i);
      boolean reaches = ((int) (names >>> Integer.SIZE) & bit) != 0;
      if ((!reaches && !memo.mayReach(form)) || memo.belowWithOnePair(form, floor)) {
        continue;
      }
      double factor = candidate.nameFactor(i);
      NameSimilarity.Alignment a;
      if (memo.bounds(form.table())) {
        // The names' numbers of parts first, which compare no part; then the parts' bounds.
        double shape = NameSimilarity.upperByPartCount(query.name(), form) * factor;
        if (cannotBeBest(shape, floor, best)) {
          continue;
        }
        double upper = NameSimilarity.upper(query.name(), form, memo) * factor;
        if (cannotBeBest(upper, floor, best)) {
          continue;
        }
        // Only the pairs of variants whose bound can reach the floor and beat the best name.
        double least = best == null ? floor : Math.max(floor, Math.nextUp(best.score()));
        a =
            NameSimilarity.best(
                query.name(), form, memo, NameSimilarity.pairBounds(memo), least / factor);
      } else {
        a = NameSimilarity.best(query.name(), form, memo);
      }
      double s = a.score() * factor;
      if (best == null || s > best.score()) {
        best = new NameChoice(candidate.entry().names().get(i), form, a, s);
      }
    }
    return best;
  }

  /** Name {@code i}'s bit in {@link #score}'s {@code names}: the last bit for names 31 and on. */
  static int nameBit(int i) {
    return 1 << Math.min(i, Integer.SIZE - 1);
  }

  /** Whether a name bounded by {@code upper} stays below {@code floor} or the best name so far. */
  private static boolean cannotBeBest(double upper, double floor, NameChoice best) {
    return upper < floor || (best != null && upper <= best.score());
  }

  private Match explain(Query query, Candidate candidate, NameChoice best) {
    ListEntry entry = candidate.entry();
    Subject subject = query.subject();
    EntryName bestName = best.name();
    double bestNameScore = best.score();
    List<FeatureScore> explanation = new ArrayList<>();
    String nameDetail =
        query.zoneRead() + nameDetail(best.alignment(), bestName, query.name(), best.form());
    explanation.add(
        feature(Feature.NAME, bestNameScore, subject.name(), bestName.value(), nameDetail));

    if (!subject.birthDates().isEmpty() && !entry.birthDates().isEmpty()) {
      BirthDates.Comparison c = BirthDates.best(subject.birthDates(), entry.birthDates());
      double weight = c.sameDay() ? BirthDates.SAME_DAY_WEIGHT : Feature.BIRTH_DATE.weight();
      explanation.add(
          new FeatureScore(
              Feature.BIRTH_DATE.id(),
              weight,
              round(c.score()),
              c.query().text(),
              c.list().text(),
              c.detail()));
    }
    if (!subject.nationality().isEmpty() && !entry.nationalities().isEmpty()) {
      explanation.add(nationality(query, candidate));
    }
    if (subject.gender() != Gender.UNKNOWN && entry.gender() != Gender.UNKNOWN) {
      boolean same = subject.gender() == entry.gender();
      explanation.add(
          feature(
              Feature.GENDER,
              same ? 1 : 0,
              subject.gender().id(),
              entry.gender().id(),
              same ? "same gender" : "different gender"));
    }
    if (!subject.document().isEmpty() && !entry.documents().isEmpty()) {
      explanation.add(document(query, candidate));
    }
    double sum = 0;
    double weights = 0;
    for (FeatureScore f : explanation) {
      sum += f.weight() * f.score();
      weights += f.weight();
    }
    double score = Math.min(1.0, Math.max(0.0, sum / weights));
    return new Match(
        candidate.source(),
        entry,
        round(score),
        subject.name(),
        bestName.value(),
        bestName.type(),
        explanation);
  }

  /**
   * Appends how {@code side}'s name was read where it was not read as given ({@code ; query read
   * with its invisible characters as spaces: saddam hussein}).
   */
  private static void readAs(
      StringBuilder b, String side, NameForm.Reading reading, List<Token> variant) {
    if (reading != NameForm.Reading.AS_GIVEN) {
      b.append("; ")
          .append(side)
          .append(" read ")
          .append(reading.phrase())
          .append(": ")
          .append(String.join(" ", variant.stream().map(Token::text).toList()));
    }
  }

  /** What a factor of 1 divided back out of a product of factors may differ from 1 by. */
  private static final double FACTOR_ROUNDING = 1e-9;

  /** {@link NameSimilarity#GOOD_PART} as explanations write it. */
  private static final String GOOD_PART_TEXT = Decimals.fixed(NameSimilarity.GOOD_PART, 2);

  /**
   * Appends what a shorter form of a name left out ({@link NameForm#leftOut}): a leading Muhammad
   * ({@code muhammad}: the first of {@code words}) apart from initials and titles, since it is a
   * given name, unless {@code muhammadTold} (both sides left theirs out, told once).
   */
  private static void leftOut(
      StringBuilder b, String side, List<String> words, boolean muhammad, boolean muhammadTold) {
    List<String> others = words.subList(muhammad ? 1 : 0, words.size());
    if (muhammad && !muhammadTold) {
      b.append("; ").append(side).append("'s leading Muhammad left out: ").append(words.get(0));
    }
    if (!others.isEmpty()) {
      b.append("; ")
          .append(side)
          .append(" initials and titles left out: ")
          .append(String.join(", ", others));
    }
  }

  private static String nameDetail(
      NameSimilarity.Alignment a, EntryName name, NameForm queryForm, NameForm listForm) {
    StringBuilder b = new StringBuilder();
    b.append(a.matchedQueryParts())
        .append(" of ")
        .append(a.queryParts())
        .append(" query name parts and ")
        .append(a.matchedListParts())
        .append(" of ")
        .append(a.listParts())
        .append(" list name parts matched at ")
        .append(GOOD_PART_TEXT)
        .append(" or more (pairs: ")
        .append(String.join(", ", a.pairs(false)));
    List<String> particles = a.pairs(true);
    if (!particles.isEmpty()) {
      // Particles are paired only with particles, and are not counted as name parts.
      b.append("; particles: ").append(String.join(", ", particles));
    }
    b.append(')');
    double queryArticle = queryForm.articleFactor(a.query());
    double article = queryArticle * listForm.articleFactor(a.list());
    if (queryForm.writesCompounds(a.query())) {
      b.append(
              queryArticle < 1
                  ? "; query parts written as: "
                  : "; query compound parts written as: ")
          .append(String.join(" ", a.query().stream().map(Token::text).toList()));
    }
    NameForm.Reading queryReading = queryForm.reading(a.query());
    readAs(b, "query", queryReading, a.query());
    readAs(b, "list name", listForm.reading(a.list()), a.list());
    if (listForm.writesCompounds(a.list())) {
      b.append("; list name parts written as: ")
          .append(String.join(" ", a.list().stream().map(Token::text).toList()));
    }
    List<String> abdNamesApart = a.abdNamesApart();
    if (!abdNamesApart.isEmpty()) {
      b.append("; two different names of abd, as alike as ")
          .append(Decimals.fixed(NameSimilarity.LONG_VOWEL_CONFLICT, 2))
          .append(" at most: ")
          .append(String.join(", ", abdNamesApart));
    }
    List<String> queryLeftOut = queryForm.leftOut(a.query());
    List<String> listLeftOut = listForm.leftOut(a.list());
    boolean queryMuhammad = queryForm.muhammadLeftOut(a.query());
    boolean listMuhammad = listForm.muhammadLeftOut(a.list());
    boolean bothMuhammad = queryMuhammad && listMuhammad;
    if (bothMuhammad) {
      b.append("; a leading Muhammad on both sides, left out of both and charged once: ")
          .append(queryLeftOut.get(0))
          .append(", ")
          .append(listLeftOut.get(0));
    }
    leftOut(b, "query", queryLeftOut, queryMuhammad, bothMuhammad);
    leftOut(b, "list name", listLeftOut, listMuhammad, bothMuhammad);
    List<String> unmatched = a.unmatchedList();
    if (!unmatched.isEmpty()) {
      // Such a part may still be in one of the pairs shown, so it is not called unmatched.
      b.append("; list name parts below ")
          .append(GOOD_PART_TEXT)
          .append(": ")
          .append(String.join(", ", unmatched));
    }
    if (a.contained()) {
      boolean queryWithin = a.queryWithinList();
      String longer = queryWithin ? "the list name" : "the query";
      b.append(queryWithin ? "; the query" : "; the list name")
          .append(" is wholly matched within ")
          .append(longer)
          .append(
              a.anchored()
                  ? ", its first and last parts against "
                      + longer
                      + "'s (the rest are middle parts)"
                  : a.commonFirstWord()
                      ? " (not weighed as middle parts left out: a leading Muhammad or sayyid"
                          + " anchors nothing)"
                      : "")
          .append(": name score = ")
          .append(Decimals.fixed(a.containedWeight(), 2))
          .append(" × the larger share + ")
          .append(Decimals.fixed(1 - a.containedWeight(), 2))
          .append(" × the smaller, ")
          .append(Decimals.fixed(a.queryCoverage(), 2))
          .append(" of the query and ")
          .append(Decimals.fixed(a.listCoverage(), 2))
          .append(" of the list name");
    } else {
      b.append("; name score = mean of the shares matched, ")
          .append(Decimals.fixed(a.queryCoverage(), 2))
          .append(" of the query and ")
          .append(Decimals.fixed(a.listCoverage(), 2))
          .append(" of the list name");
    }
    if (a.givenNameConflict()) {
      b.append(", × ")
          .append(Decimals.fixed(NameSimilarity.GIVEN_NAME_CONFLICT_FACTOR, 2))
          .append(" as the first name parts do not match");
    }
    if (a.familyNameConflict()) {
      b.append(", × ")
          .append(Decimals.fixed(NameSimilarity.FAMILY_NAME_CONFLICT_FACTOR, 2))
          .append(" as the family names (last name parts) do not match");
    }
    if (a.patronymicConflict()) {
      b.append(", × ")
          .append(Decimals.fixed(NameSimilarity.PATRONYMIC_CONFLICT_FACTOR, 2))
          .append(" as the patronymics do not match");
    }
    // The pair's factor is the product of what each side leaves out and reads apart, and of how
    // the query was read.
    double reading = queryReading.factor();
    double leftOut = a.factor() / (article * reading);
    if (leftOut < 1 - FACTOR_ROUNDING) {
      b.append(", × ").append(Decimals.fixed(leftOut, 2)).append(" for the parts left out");
    }
    if (article < 1) {
      b.append(", × ")
          .append(Decimals.fixed(article, 2))
          .append(" for an article read where it is written joined or assimilated");
    }
    if (reading < 1) {
      b.append(", × ")
          .append(Decimals.fixed(reading, 2))
          .append(' ')
          .append(queryReading.factorPhrase());
    }
    if (name.type() == NameType.ALIAS_LOW) {
      b.append(", × ")
          .append(Decimals.fixed(LOW_QUALITY_ALIAS_FACTOR, 2))
          .append(" for a low-quality alias");
    }
    return b.toString();
  }

  /**
   * The index of the first listed nationality that is the subject's (the same ISO 3166 country, or
   * the same text where either is not recognised), -1 when none is.
   */
  private static int sameNationality(Query query, Candidate candidate) {
    int key = query.nationalityKey();
    int[] keys = candidate.nationalityKeys();
    for (int i = 0; i < keys.length; i++) {
      boolean same;
      if (key > 0 && keys[i] > 0) {
        same = key == keys[i];
      } else if (key != Candidate.NO_CODE && keys[i] != Candidate.NO_CODE) {
        same = query.nationalityCode().equals(candidate.nationalityCode(i));
      } else {
        same =
            query
                .subject()
                .nationality()
                .strip()
                .equalsIgnoreCase(candidate.entry().nationalities().get(i).strip());
      }
      if (same) {
        return i;
      }
    }
    return -1;
  }

  private static FeatureScore nationality(Query query, Candidate candidate) {
    String given = query.subject().nationality();
    List<String> listed = candidate.entry().nationalities();
    String code = query.nationalityCode();
    int same = sameNationality(query, candidate);
    if (same >= 0) {
      return feature(
          Feature.NATIONALITY,
          1,
          given,
          listed.get(same),
          "same country" + (code == null ? "" : " (" + code + ")"));
    }
    String detail = code != null ? "no listed nationality is " + code : "country not recognised";
    return feature(Feature.NATIONALITY, 0, given, String.join("; ", listed), detail);
  }

  /** The index of the first listed document with the subject's number, -1 when none has it. */
  private static int sameDocument(Query query, Candidate candidate) {
    String key = query.documentKey();
    int documents = candidate.documents();
    for (int i = 0; i < documents && !key.isEmpty(); i++) {
      if (key.equals(candidate.documentKey(i))) {
        return i;
      }
    }
    return -1;
  }

  private static FeatureScore document(Query query, Candidate candidate) {
    String given = query.subject().document();
    List<IdentityDocument> listed = candidate.entry().documents();
    int same = sameDocument(query, candidate);
    if (same >= 0) {
      return feature(Feature.DOCUMENT, 1, given, listed.get(same).number(), "same document number");
    }
    List<String> numbers = new ArrayList<>();
    listed.forEach(d -> numbers.add(d.number()));
    return feature(
        Feature.DOCUMENT,
        0,
        given,
        String.join("; ", numbers),
        "no listed document has this number");
  }

  private static String documentKey(String number) {
    // Asked of every subject, with a document or not: the pattern compiled once.
    return number.isEmpty()
        ? ""
        : NOT_LETTER_OR_DIGIT.matcher(number.toUpperCase(Locale.ROOT)).replaceAll("");
  }

  private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

  private static FeatureScore feature(
      Feature f, double score, String query, String list, String detail) {
    if (score == 0 && !f.countsWhenDifferent()) {
      return new FeatureScore(f.id(), 0, 0, query, list, detail + "; not counted");
    }
    return new FeatureScore(f.id(), f.weight(), round(score), query, list, detail);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
