package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.model.Subject;

/**
 * Batch screening on several threads gives what screening one subject at a time gives, in order.
 */
class BatchScreeningTest {
  @Test
  void resultsAreThoseOfOneAtATimeInTheOrderGiven() {
    Screening screening = Mizan.over(List.of(Mizan.bundledList())).screening();
    List<Subject> subjects;
    try (Stream<Subject> rows =
        SubjectReader.open(
            Path.of("src/test/resources/eval/negatives_global-first1000.csv"),
            StandardCharsets.UTF_8)
            .stream()) {
      subjects = new ArrayList<>(rows.limit(300).toList());
    }
    // A listed name too, so that some results hold matches.
    subjects.add(Subject.ofName("listed", "Saddam Hussein al-Tikriti"));
    List<ScreeningResult> batch;
    try (BatchScreening b = new BatchScreening(screening, 3)) {
      batch = b.screen(subjects, 0.85, 10);
    }
    assertThat(batch).hasSize(subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      ScreeningResult one = screening.screen(subjects.get(i), 0.85, 10);
      assertThat(batch.get(i).subject()).isEqualTo(subjects.get(i));
      assertThat(batch.get(i).matches()).isEqualTo(one.matches());
    }
    assertThat(batch.get(batch.size() - 1).hits()).isPositive();
  }

  @Test
  void aBadThresholdIsTheArgumentErrorOfScreening() {
    Screening screening = Mizan.over(List.of(Mizan.bundledList())).screening();
    try (BatchScreening b = new BatchScreening(screening, 2)) {
      assertThatThrownBy(() -> b.screen(List.of(Subject.ofName("q", "Ali")), 1.5, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("threshold");
    }
    assertThatThrownBy(() -> new BatchScreening(screening, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
