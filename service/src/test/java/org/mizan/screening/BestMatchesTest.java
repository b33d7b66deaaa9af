package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.index.ScreeningIndex;
import org.mizan.lists.ListReader;
import org.mizan.match.Match;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/**
 * Screening for the best matches only ({@link ScreeningIndex#screen} with a limit: an entry that
 * cannot reach the last of the best found so far, or whose evidence asks more of its name than its
 * parts can give, is not scored) returns what scoring every entry of the bundled UN list and
 * ranking returns: on names made of the commonest parts (many matches, the most to pass over), and
 * on listed names with a date of birth 20 years off or the same.
 */
class BestMatchesTest {
  private static final Watchlist UN =
      ListReader.read(
          new ByteArrayInputStream(Mizan.bundledListBytes()), Mizan.bundledListLocation());
  private static final ScreeningIndex INDEX = ScreeningIndex.build(Mizan.matcher(), List.of(UN));

  private static List<Subject> subjects() {
    List<Subject> subjects = new ArrayList<>();
    for (String name :
        List.of("Muhammad", "Mohammed Ahmed", "Abdul Rahman", "Ahmad Ali Hassan", "محمد علي")) {
      subjects.add(Subject.ofName("q", name));
    }
    List<ListEntry> people =
        UN.entries().stream().filter(e -> e.kind() == EntryKind.PERSON).toList();
    Random random = new Random(20261130L);
    for (int i = 0; i < 120; i++) {
      ListEntry e = people.get(random.nextInt(people.size()));
      String[] parts = e.primaryName().split(" ");
      subjects.add(Subject.ofName("q", parts[0] + (parts.length > 1 ? " " + parts[1] : "")));
      for (BirthDate d : e.birthDates().stream().limit(1).toList()) {
        for (int years : new int[] {-20, 0}) {
          subjects.add(
              new Subject(
                  "q",
                  e.primaryName(),
                  List.of(
                      new BirthDate(
                          d.earliest().plusYears(years),
                          d.latest().plusYears(years),
                          d.approximate())),
                  "",
                  e.gender() == Gender.UNKNOWN ? Gender.MALE : e.gender(),
                  "",
                  EnumSet.allOf(EntryKind.class)));
        }
      }
    }
    return subjects;
  }

  @Test
  void theBestMatchesAreThoseOfScoringEveryEntry() {
    int compared = 0;
    int beyondTheLimit = 0;
    for (Subject s : subjects()) {
      List<Match> every = INDEX.screenEveryEntry(s, Screening.REPORTING_FLOOR, Integer.MAX_VALUE);
      for (int limit : new int[] {1, 3, 10}) {
        List<Match> best = INDEX.screen(s, Screening.REPORTING_FLOOR, limit);
        assertThat(best)
            .as("%s, limit %d", s, limit)
            .isEqualTo(every.subList(0, Math.min(limit, every.size())));
        compared++;
        beyondTheLimit += every.size() > limit ? 1 : 0;
      }
    }
    assertThat(compared).isGreaterThan(600);
    assertThat(beyondTheLimit).isGreaterThan(200);
  }
}
