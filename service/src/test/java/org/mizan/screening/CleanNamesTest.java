package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.model.Subject;

/**
 * Clean names must not drown analysts in alerts: the first 1,000 rows of opensanctions/yente's
 * synthetic {@code negatives_global.csv} (people meant not to be on any list), screened name-only
 * against the bundled UN list.
 */
class CleanNamesTest {
  @Test
  void atLeast950Of1000CleanNamesGiveNoHit() throws Exception {
    Screening screening = Mizan.open(List.of()).screening();
    List<Subject> subjects;
    try (InputStream in =
            Objects.requireNonNull(
                getClass().getResourceAsStream("/eval/negatives_global-first1000.csv"));
        SubjectReader reader =
            SubjectReader.open(
                in, "negatives_global-first1000.csv", InputFormat.CSV, StandardCharsets.UTF_8)) {
      subjects = reader.stream().map(s -> Subject.ofName(s.id(), s.name())).toList();
    }
    assertThat(subjects).hasSize(1000);
    long withHits =
        subjects.stream()
            .filter(s -> screening.screen(s, Screening.ALERT_THRESHOLD, 10).hits() > 0)
            .count();
    System.out.printf("clean names, name-only: %d of %d with a hit%n", withHits, subjects.size());
    assertThat(1000 - withHits).isGreaterThanOrEqualTo(950);
  }
}
