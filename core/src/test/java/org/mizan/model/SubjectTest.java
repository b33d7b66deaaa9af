package org.mizan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void aNameIsTooLongAsWrittenOrOnceCompatibilityFormsAreExpanded() {
    assertThat(Subject.isTooLong("a".repeat(Subject.MAX_NAME_LENGTH))).isFalse();
    assertThat(Subject.isTooLong("a".repeat(Subject.MAX_NAME_LENGTH + 1))).isTrue();
    // U+FDFA (ﷺ) is 18 characters in NFKC: 56 of them are 1,008.
    assertThat(Subject.isTooLong("\uFDFA".repeat(55))).isFalse();
    assertThat(Subject.isTooLong("\uFDFA".repeat(56))).isTrue();
    assertThatThrownBy(() -> Subject.ofName("q", "\uFDFA".repeat(56)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 1000");
  }

  @Test
  void aDateThatIsNoCalendarDateSaysWhichPartIsWrong() {
    // A month 13 was told "YYYY-MM-DD: year, then month 01-12, then day" for a YYYY-MM value (a
    // new user's find); the message names the part, never the text (personal data).
    assertThatThrownBy(() -> BirthDate.parse("1942-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a calendar date: the month must be 01 to 12");
    assertThatThrownBy(() -> BirthDate.parse("1942-02-30"))
        .hasMessage(
            "not a calendar date: the day must be one of its month's (01 to 28, 29, 30 or 31)");
    assertThatThrownBy(() -> BirthDate.parse("1942-00"))
        .hasMessage("not a calendar date: the month must be 01 to 12");
  }

  @Test
  void aSubjectWithADateOfBirthIsScreenedAgainstIndividualsOnly() {
    java.util.List<BirthDate> dob = java.util.List.of(BirthDate.parse("1971"));
    java.util.Set<EntryKind> all = java.util.Set.of(EntryKind.values());
    assertThat(new Subject("q", "Karim Haddad", dob, "", Gender.UNKNOWN, "", all).kinds())
        .containsExactly(EntryKind.PERSON);
    assertThat(
            new Subject("q", "Karim Haddad", java.util.List.of(), "", Gender.UNKNOWN, "", all)
                .kinds())
        .isEqualTo(all);
    // So is a subject with a gender: organisations, vessels and aircraft have none.
    assertThat(
            new Subject("q", "Karim Haddad", java.util.List.of(), "", Gender.FEMALE, "", all)
                .kinds())
        .containsExactly(EntryKind.PERSON);
    // Kinds the caller chose are kept as chosen.
    assertThat(
            new Subject(
                    "q",
                    "Karim Trading",
                    dob,
                    "",
                    Gender.UNKNOWN,
                    "",
                    java.util.Set.of(EntryKind.ORGANIZATION))
                .kinds())
        .containsExactly(EntryKind.ORGANIZATION);
  }
}
