package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The repeated-id count of {@code screen --input}, on the ids' hashes alone. */
class ScreenCommandTest {
  @Test
  void theFirstSubjectToRepeatAnEarlierIdIsFoundWithTheOneItRepeats() {
    // 5 and 7 twice and three times: 3 repeats, the first of them subject 3 (5, as subject 1).
    assertThat(ScreenCommand.repeats(new long[] {5, 7, 5, 9, 7, 7}))
        .contains(new ScreenCommand.Repeats(3, 3, 1));
    // Two exports joined: every id twice; the first repeat is the second export's first row.
    assertThat(ScreenCommand.repeats(new long[] {4, -2, 8, 4, -2, 8}))
        .contains(new ScreenCommand.Repeats(3, 4, 1));
    // One id throughout.
    assertThat(ScreenCommand.repeats(new long[] {1, 1, 1, 1}))
        .contains(new ScreenCommand.Repeats(3, 2, 1));
    assertThat(ScreenCommand.repeats(new long[] {3, 1, 2})).isEmpty();
    assertThat(ScreenCommand.repeats(new long[] {42})).isEmpty();
  }
}
