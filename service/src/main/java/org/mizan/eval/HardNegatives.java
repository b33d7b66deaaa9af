package org.mizan.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * The hard-negatives suite: names made from the UN list's individuals by general rules so that they
 * name someone else, screened against the same list. Every hit is a false alert.
 *
 * <p>A name is taken apart at spaces into parts, a particle ({@link #JOINERS}: al, bin, abu, umm,
 * abd and their Arabic-script forms) staying joined to the word after it ({@code ABD AL RAHMAN} is
 * one part). The rules, each applied to the primary (Latin) name and to the Arabic-script
 * original-script name of every individual:
 *
 * <ul>
 *   <li>{@code family-swap}: a name of three parts or more keeps all but its last part (given and
 *       father's names) and ends in the last part of another individual's name of the same script
 *       (another family name or nisba) that shares no word with any name of the entry;
 *   <li>{@code given-swap}: a name of two parts or more keeps all but its first part (the same
 *       family) and starts with the first part of another individual's name that shares no word
 *       with any name of the entry (another given name);
 *   <li>{@code kunya-nasab}: names built only of Abu/Umm/bin parts from the first two parts of a
 *       name that begins with two plain parts, in turn {@code ABU p1}, {@code UMM p1}, {@code ABU
 *       p1 BIN p2} (Arabic أبو, أم, بن);
 *   <li>{@code hassan-hussein}: the first name of the entry that holds Hassan (حسن) or Hussein
 *       (حسين) in one of their spellings, with that part replaced by the other name;
 *   <li>{@code dob-20y-off}: the primary name exactly, with the first listed date of birth moved 20
 *       years earlier; kept only when it is at least 10 years from every listed date. The query
 *       says which individuals that date rules out ({@link LabelledQuery#conflicting}): its own
 *       entry and every other whose listed dates are all 10 years or more from it. A hit on one of
 *       them is a date the score did not heed ({@link Metric#CONFLICTING_HITS_PER_1000}); a hit on
 *       another listed person of a like name, undated or born near that date, is a false alert of
 *       the name, counted with the rest ({@link Metric#ALERTS_PER_1000}).
 * </ul>
 *
 * <p>Donors are drawn with a {@link SplittableRandom} of fixed seed, one per rule and script, in
 * list order, before the split is applied, so a query does not depend on the split asked for. A
 * generated name that any entry of the list carries (the same words in any order, after {@link
 * NameText#fold}) is dropped, as are repeats; the date rule keeps the listed name by design. Split
 * by the reference number of the entry the name was made from.
 */
final class HardNegatives {
  /**
   * Particles that stay joined to the following word, as {@link NameText#fold} writes them: Latin
   * spellings, then Arabic script (hamza folded away: أبو is ابو).
   */
  static final Set<String> JOINERS =
      Set.of(
          "al", "el", "bin", "ibn", "ben", "bint", "abu", "abou", "umm", "um", "abd", "abdul",
          "abdel", "ابو", "ام", "بن", "ابن", "بنت", "عبد");

  private static final Set<String> HASSAN = Set.of("hassan", "hasan", "hassen", "hasaan", "حسن");
  private static final Set<String> HUSSEIN =
      Set.of(
          "hussein", "husein", "husayn", "hussain", "husain", "hussien", "hossein", "huseyn",
          "husseyn", "حسين");

  private static final long SEED = 20_260_227L;
  private static final int DOB_SHIFT_YEARS = 20;
  private static final int DOB_MIN_GAP_YEARS = 10;

  private HardNegatives() {}

  /** The two scripts the rules are applied in. */
  private enum Script {
    LATIN,
    ARABIC;

    /** The entry's name in this script: the primary name, or the Arabic original-script name. */
    Optional<String> name(ListEntry e) {
      return this == LATIN
          ? Optional.of(e.primaryName())
          : CrossScriptSuite.arabicOriginalScriptName(e);
    }

    String abu() {
      return this == LATIN ? "ABU" : "أبو";
    }

    String umm() {
      return this == LATIN ? "UMM" : "أم";
    }

    String bin() {
      return this == LATIN ? "BIN" : "بن";
    }
  }

  /** A generated name and the entry it was made from. */
  private record Made(ListEntry from, String name) {}

  static List<QuerySet> of(Watchlist un, Split split) {
    List<ListEntry> people =
        un.entries().stream().filter(e -> e.kind() == EntryKind.PERSON).toList();
    Set<List<String>> listed = new HashSet<>();
    un.entries().forEach(e -> e.names().forEach(n -> listed.add(wordKey(n.value()))));
    List<QuerySet> sets = new ArrayList<>();
    sets.add(
        nameRule(
            un,
            "family-swap",
            "Given and father's names of a listed individual with another family name or nisba"
                + " (the last part of another individual's name).",
            people,
            listed,
            split,
            script -> familySwap(people, script)));
    sets.add(
        nameRule(
            un,
            "given-swap",
            "The family of a listed individual (every part but the first) with another given name"
                + " (the first part of another individual's name).",
            people,
            listed,
            split,
            script -> givenSwap(people, script)));
    sets.add(
        nameRule(
            un,
            "kunya-nasab",
            "Names built only of Abu/Umm/bin parts from a listed individual's first two parts:"
                + " ABU p1, UMM p1, ABU p1 BIN p2.",
            people,
            listed,
            split,
            script -> kunyaNasab(people, script)));
    sets.add(
        nameRule(
            un,
            "hassan-hussein",
            "A listed individual's name with Hassan (حسن) and Hussein (حسين) swapped.",
            people,
            listed,
            split,
            script -> hassanHussein(people, script)));
    sets.add(dobRule(un, people, split));
    return sets;
  }

  private static QuerySet nameRule(
      Watchlist un,
      String rule,
      String description,
      List<ListEntry> people,
      Set<List<String>> listed,
      Split split,
      Function<Script, List<Made>> generate) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<LabelledQuery> queries = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (Script script : Script.values()) {
      List<Made> made = generate.apply(script);
      long dropped = 0;
      long kept = 0;
      for (Made m : made) {
        List<String> key = wordKey(m.name());
        if (listed.contains(key) || !seen.add(key)) {
          dropped++;
          continue;
        }
        kept++;
        if (split.includes(m.from().id())) {
          queries.add(
              LabelledQuery.negative(
                  Subject.ofName(rule + ":" + m.from().id() + ":" + script, m.name())));
        }
      }
      String s = script.name().toLowerCase(Locale.ROOT);
      counts.put(s + " names generated", (long) made.size());
      counts.put(s + " names dropped (a listed name, or a repeat)", dropped);
      counts.put(s + " names kept", kept);
    }
    counts.put("queries in the split", (long) queries.size());
    return new QuerySet(
        Suite.HARD_NEGATIVES,
        "hard-negatives/" + rule,
        description + " Name only, Latin and Arabic script.",
        false,
        Evidence.NAME_ONLY,
        un,
        queries,
        counts);
  }

  private static List<Made> familySwap(List<ListEntry> people, Script script) {
    return swapPart(people, script, 3, true);
  }

  private static List<Made> givenSwap(List<ListEntry> people, Script script) {
    return swapPart(people, script, 2, false);
  }

  /**
   * Each name of at least {@code minParts} parts with its last (or first) part replaced by the last
   * (or first) part of another individual's name that shares no word with the entry.
   */
  private static List<Made> swapPart(
      List<ListEntry> people, Script script, int minParts, boolean last) {
    List<String> donors = new ArrayList<>(new TreeSet<>(partsAt(people, script, last ? -1 : 0)));
    SplittableRandom random = new SplittableRandom(SEED + (last ? 1 : 11) + script.ordinal());
    List<Made> made = new ArrayList<>();
    for (ListEntry e : people) {
      Optional<String> name = script.name(e);
      if (name.isEmpty()) {
        continue;
      }
      List<String> parts = parts(name.get());
      if (parts.size() < minParts) {
        continue;
      }
      donor(donors, words(e), random)
          .ifPresent(
              d -> {
                List<String> out = new ArrayList<>(parts);
                out.set(last ? parts.size() - 1 : 0, d);
                made.add(new Made(e, String.join(" ", out)));
              });
    }
    return made;
  }

  private static List<Made> kunyaNasab(List<ListEntry> people, Script script) {
    List<Made> made = new ArrayList<>();
    int turn = 0;
    for (ListEntry e : people) {
      Optional<String> name = script.name(e);
      if (name.isEmpty()) {
        continue;
      }
      List<String> parts = parts(name.get());
      if (parts.size() < 2 || parts.get(0).contains(" ") || parts.get(1).contains(" ")) {
        continue;
      }
      String p1 = parts.get(0);
      String p2 = parts.get(1);
      String generated =
          switch (turn++ % 3) {
            case 0 -> script.abu() + " " + p1;
            case 1 -> script.umm() + " " + p1;
            default -> script.abu() + " " + p1 + " " + script.bin() + " " + p2;
          };
      made.add(new Made(e, generated));
    }
    return made;
  }

  private static List<Made> hassanHussein(List<ListEntry> people, Script script) {
    List<Made> made = new ArrayList<>();
    for (ListEntry e : people) {
      for (EntryName n : e.names()) {
        boolean inScript =
            script == Script.ARABIC
                ? n.type() == NameType.ORIGINAL_SCRIPT && NameText.hasArabic(n.value())
                : !NameText.hasArabic(n.value()) && n.type() != NameType.ORIGINAL_SCRIPT;
        Optional<String> swapped = inScript ? swapHassanHussein(n.value()) : Optional.empty();
        if (swapped.isPresent()) {
          made.add(new Made(e, swapped.get()));
          break;
        }
      }
    }
    return made;
  }

  /** The name with its first Hassan or Hussein word replaced by the other name. */
  static Optional<String> swapHassanHussein(String name) {
    String[] words = name.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String folded = NameText.fold(words[i]);
      String other;
      if (HASSAN.contains(folded)) {
        other = NameText.hasArabic(folded) ? "حسين" : "Hussein";
      } else if (HUSSEIN.contains(folded)) {
        other = NameText.hasArabic(folded) ? "حسن" : "Hassan";
      } else {
        continue;
      }
      boolean upper = words[i].equals(words[i].toUpperCase(Locale.ROOT));
      words[i] = upper ? other.toUpperCase(Locale.ROOT) : other;
      return Optional.of(String.join(" ", words));
    }
    return Optional.empty();
  }

  private static QuerySet dobRule(Watchlist un, List<ListEntry> people, Split split) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<LabelledQuery> queries = new ArrayList<>();
    long withDob = 0;
    long tooClose = 0;
    for (ListEntry e : people) {
      if (e.birthDates().isEmpty()) {
        continue;
      }
      withDob++;
      BirthDate first = e.birthDates().get(0);
      BirthDate shifted =
          new BirthDate(
              first.earliest().minusYears(DOB_SHIFT_YEARS),
              first.latest().minusYears(DOB_SHIFT_YEARS),
              false);
      if (!bornFarFrom(e, shifted)) {
        tooClose++;
        continue;
      }
      if (split.includes(e.id())) {
        queries.add(
            LabelledQuery.negative(
                new Subject(
                    "dob-20y-off:" + e.id(),
                    e.primaryName(),
                    List.of(shifted),
                    "",
                    Gender.UNKNOWN,
                    "",
                    Set.of(EntryKind.values())),
                ruledOut(people, shifted)));
      }
    }
    counts.put("individuals with a date of birth", withDob);
    counts.put("left out: the moved date is within 10 years of another listed date", tooClose);
    counts.put("queries in the split", (long) queries.size());
    return new QuerySet(
        Suite.HARD_NEGATIVES,
        "hard-negatives/dob-20y-off",
        "A listed individual's primary name exactly, with the first listed date of birth moved 20"
            + " years earlier (another person of the same name).",
        false,
        Evidence.DOB,
        un,
        queries,
        counts);
  }

  /**
   * The individuals whose date of birth rules them out for someone born {@code date}, as the rule's
   * own entry is: every date they list at least {@value #DOB_MIN_GAP_YEARS} years from it. Others
   * with a name like the query's may be that person (no date listed, or one near it); a hit on them
   * is a false alert of the name, which the name rules measure, not of the date.
   */
  private static Set<String> ruledOut(List<ListEntry> people, BirthDate date) {
    Set<String> out = new HashSet<>();
    for (ListEntry e : people) {
      if (bornFarFrom(e, date)) {
        out.add(e.id());
      }
    }
    return out;
  }

  /**
   * Whether {@code e} lists a date of birth and every one is at least {@value #DOB_MIN_GAP_YEARS}
   * years from {@code date}: the rule that keeps a moved date, and that rules an individual out.
   */
  private static boolean bornFarFrom(ListEntry e, BirthDate date) {
    return !e.birthDates().isEmpty()
        && e.birthDates().stream().allMatch(d -> yearsApart(d, date) >= DOB_MIN_GAP_YEARS);
  }

  private static long yearsApart(BirthDate a, BirthDate b) {
    LocalDate aEnd = a.latest();
    LocalDate bEnd = b.latest();
    if (aEnd.isBefore(b.earliest())) {
      return b.earliest().getYear() - aEnd.getYear();
    }
    if (bEnd.isBefore(a.earliest())) {
      return a.earliest().getYear() - bEnd.getYear();
    }
    return 0;
  }

  /** A donor part that shares no word with the entry, or empty after 50 tries. */
  private static Optional<String> donor(
      List<String> donors, Set<String> entryWords, SplittableRandom random) {
    for (int tries = 0; tries < 50 && !donors.isEmpty(); tries++) {
      String d = donors.get(random.nextInt(donors.size()));
      if (Arrays.stream(NameText.fold(d).split(" ")).noneMatch(entryWords::contains)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The parts at a position (0 first, -1 last) of every name in this script of two parts or more.
   */
  private static List<String> partsAt(List<ListEntry> people, Script script, int position) {
    List<String> out = new ArrayList<>();
    for (ListEntry e : people) {
      script
          .name(e)
          .map(HardNegatives::parts)
          .filter(p -> p.size() >= 2)
          .ifPresent(p -> out.add(position < 0 ? p.get(p.size() - 1) : p.get(position)));
    }
    return out;
  }

  /** Every folded word of every name of the entry. */
  private static Set<String> words(ListEntry e) {
    Set<String> words = new HashSet<>();
    e.names().forEach(n -> words.addAll(Arrays.asList(NameText.fold(n.value()).split(" "))));
    return words;
  }

  /** The parts of a name: words split at spaces, a particle joined to the word after it. */
  static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      pending.append(pending.length() == 0 ? "" : " ").append(word);
      if (!JOINERS.contains(NameText.fold(word))) {
        parts.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      parts.add(pending.toString());
    }
    return parts;
  }

  /** The folded words of a name in sorted order: equal for the same words in any order. */
  static List<String> wordKey(String name) {
    String[] words = NameText.fold(name).split(" ");
    Arrays.sort(words);
    return List.of(words);
  }
}
