package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.match.Names.MATCHER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;

/**
 * Retrieval in two tiers ({@link EvidenceIndex}, {@link CandidateIndex}): the parts of entries
 * whose dates of birth are far from the subject's are compared only at the reach of {@link
 * CandidateIndex#STRONG_FLOOR}, unless a shared nationality or document may let them through with
 * less. On the committed UN excerpt, with names spelt otherwise than listed (so that their parts
 * are not the list's own, whose expansions are kept in full).
 */
class EvidenceIndexTest {

  private static final List<Candidate> CANDIDATES = new ArrayList<>();
  private static final CandidateIndex INDEX;

  static {
    Matcher.Preparer preparer = MATCHER.preparer();
    for (ListEntry e : Excerpt.LIST.entries()) {
      CANDIDATES.add(preparer.prepare("un", e));
    }
    INDEX = CandidateIndex.build(preparer, CANDIDATES);
  }

  /**
   * A listed name spelt otherwise: {@code u} for {@code o} and {@code o} for {@code u}, {@code i}
   * for {@code e} and {@code e} for {@code i}, as transliterations of one Arabic name differ.
   */
  private static String respelt(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(
          switch (c) {
            case 'o' -> 'u';
            case 'u' -> 'o';
            case 'e' -> 'i';
            case 'i' -> 'e';
            default -> c;
          });
    }
    return b.toString();
  }

  /**
   * {@link #respelt}, and each part of six letters or more without its last but one letter: parts
   * less alike with the listed ones, whose entries' names score below the strong floor.
   */
  private static String shortened(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : respelt(name).split(" ")) {
      int n = part.length();
      parts.add(n >= 6 ? part.substring(0, n - 2) + part.charAt(n - 1) : part);
    }
    return String.join(" ", parts);
  }

  /**
   * Subjects for one entry's name: born near the entry's first date of birth; born 30 years before
   * it, alone, with the entry's gender, with its nationality, and with its document number.
   */
  private static List<Subject> subjects(ListEntry e, String name) {
    List<Subject> out = new ArrayList<>();
    LocalDate born =
        e.birthDates().isEmpty() ? LocalDate.of(1970, 6, 1) : e.birthDates().get(0).earliest();
    List<BirthDate> near = List.of(BirthDate.year(born.getYear() + 1, false));
    List<BirthDate> far = List.of(BirthDate.exact(born.minusYears(30)));
    String nationality = e.nationalities().isEmpty() ? "" : e.nationalities().get(0);
    String document = e.documents().isEmpty() ? "" : e.documents().get(0).number();
    Set<EntryKind> persons = Set.of(EntryKind.PERSON);
    out.add(new Subject("near", name, near, "", Gender.UNKNOWN, "", persons));
    out.add(new Subject("far", name, far, "", Gender.UNKNOWN, "", persons));
    out.add(new Subject("gender", name, far, "", e.gender(), "", persons));
    out.add(new Subject("nationality", name, far, nationality, e.gender(), "", persons));
    out.add(new Subject("document", name, far, "", Gender.UNKNOWN, document, persons));
    return out;
  }

  /**
   * Every entry left out of {@link EvidenceIndex#mayAskLess} asks a name score of at least {@link
   * CandidateIndex#STRONG_FLOOR}, whatever the subject's evidence; and the set leaves out some.
   */
  @Test
  void entriesLeftOutAskAtLeastTheStrongFloor() {
    EvidenceIndex evidence = new EvidenceIndex(CANDIDATES);
    int leftOut = 0;
    for (ListEntry e : Excerpt.LIST.entries()) {
      for (Subject s : subjects(e, e.names().get(0).value())) {
        Query q = MATCHER.prepare(s);
        BitSet may = evidence.mayAskLess(q, 0.7, CandidateIndex.STRONG_FLOOR);
        assertThat(may).isNotNull();
        for (int i = 0; i < CANDIDATES.size(); i++) {
          double nameFloor = MATCHER.nameFloor(q, CANDIDATES.get(i), 0.7, 0.7);
          if (!may.get(i)) {
            leftOut++;
            assertThat(nameFloor).isGreaterThanOrEqualTo(CandidateIndex.STRONG_FLOOR);
          }
        }
      }
    }
    assertThat(leftOut).isGreaterThan(500);
  }

  @Test
  void withoutADateOfBirthOrAtALowFloorEveryEntryMayAskLess() {
    EvidenceIndex evidence = new EvidenceIndex(CANDIDATES);
    Query noDate = MATCHER.prepare(Subject.ofName("s", "Hussein Kamel"));
    assertThat(evidence.mayAskLess(noDate, 0.7, CandidateIndex.STRONG_FLOOR)).isNull();
    Query dated =
        MATCHER.prepare(
            new Subject(
                "s",
                "Hussein Kamel",
                List.of(BirthDate.year(1900, false)),
                "",
                Gender.UNKNOWN,
                "",
                Set.of(EntryKind.PERSON)));
    assertThat(evidence.mayAskLess(dated, 0.7, CandidateIndex.STRONG_FLOOR)).isNotNull();
    // At 0.6 an entry born far away asks 0.74 of its name at the least.
    assertThat(Matcher.leastFloorWithFarDates(0.6)).isLessThan(CandidateIndex.STRONG_FLOOR);
    assertThat(evidence.mayAskLess(dated, 0.6, CandidateIndex.STRONG_FLOOR)).isNull();
  }

  /**
   * Every name of the excerpt respelt, and shortened, screened with each kind of evidence, gets
   * what scoring every entry gives; among the matches, some of entries born far away whose name
   * score is below the strong floor, let through by a shared nationality or document.
   */
  @Test
  void twoTiersGiveWhatScoringEveryEntryGives() {
    int found = 0;
    int letThroughByEvidence = 0;
    for (ListEntry e : Excerpt.LIST.entries()) {
      if (e.kind() != EntryKind.PERSON) {
        continue;
      }
      for (EntryName n : e.names()) {
        List<Subject> all = new ArrayList<>(subjects(e, respelt(n.value())));
        all.addAll(subjects(e, shortened(n.value())));
        for (Subject s : all) {
          Query q = MATCHER.prepare(s);
          List<Match> got = INDEX.screen(q, 0.7);
          assertThat(got).isEqualTo(INDEX.screenEveryEntry(q, 0.7));
          found += got.size();
          if (s.id().equals("nationality") || s.id().equals("document")) {
            letThroughByEvidence +=
                (int)
                    got.stream()
                        .filter(m -> m.entry().equals(e))
                        .filter(m -> m.explanation().get(0).score() < CandidateIndex.STRONG_FLOOR)
                        .count();
          }
        }
      }
    }
    assertThat(found).isGreaterThan(100);
    assertThat(letThroughByEvidence).isGreaterThan(0);
  }
}
