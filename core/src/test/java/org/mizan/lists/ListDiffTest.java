package org.mizan.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.lists.un.Excerpt;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/** Diffs between versions of the real UN excerpt, edited the way list updates edit entries. */
class ListDiffTest {
  private static final Watchlist OLD = Excerpt.LIST;

  @Test
  void theSameListHasNoDifferences() {
    ListDiff diff = ListDiff.of(OLD, OLD);
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
    assertThat(diff.changes()).isEmpty();
  }

  @Test
  void addedRemovedAndChangedEntriesAreReportedByIdFieldByField() {
    List<ListEntry> entries = new ArrayList<>();
    for (ListEntry e : OLD.entries()) {
      if (e.id().equals("IQi.006")) {
        continue; // delisted
      }
      if (e.id().equals("IQi.001")) {
        List<EntryName> names = new ArrayList<>(e.names());
        names.add(EntryName.of("Abu Uday", NameType.ALIAS_GOOD));
        ListEntry changed = e.withNames(names);
        entries.add(
            new ListEntry(
                changed.id(),
                changed.recordId(),
                changed.kind(),
                changed.names(),
                changed.gender(),
                List.of(BirthDate.parse("1937")),
                changed.placesOfBirth(),
                changed.nationalities(),
                changed.documents(),
                changed.addresses(),
                changed.programs(),
                changed.listedOn(),
                changed.designations(),
                changed.titles(),
                changed.comments()));
        continue;
      }
      entries.add(e);
    }
    ListEntry template = OLD.entries().get(0);
    entries.add(
        template
            .withNames(List.of(EntryName.of("NEW PERSON", NameType.PRIMARY)))
            .withId("ZZi.999"));
    ListDiff diff = ListDiff.of(OLD, new Watchlist(OLD.version(), entries));

    assertThat(diff.added()).containsExactly("ZZi.999");
    assertThat(diff.removed()).containsExactly("IQi.006");
    assertThat(diff.changed()).containsExactly("IQi.001");
    assertThat(diff.changes().get("IQi.001"))
        .extracting(ListDiff.FieldChange::field)
        .containsExactly("names", "birth_dates");
    ListDiff.FieldChange dob = diff.changes().get("IQi.001").get(1);
    assertThat(dob.oldValue()).isEqualTo("1937-04-28");
    assertThat(dob.newValue()).isEqualTo("1937");
    assertThat(diff.changes().get("IQi.001").get(0).newValue()).endsWith("Abu Uday (alias-good)");
  }

  @Test
  void numericIdsSortByValue() {
    List<String> ids = new ArrayList<>(List.of("9647", "48907", "SDi.008", "007", "SDi.007", "10"));
    ids.sort(ListDiff.ID_ORDER);
    assertThat(ids).containsExactly("007", "10", "9647", "48907", "SDi.007", "SDi.008");
  }

  /** Regression: {@code changes} iterated "10" before "9" while {@code changed} had "9" first. */
  @Test
  void changesAreInIdOrderAsChangedIs() {
    ListEntry template = OLD.entries().get(0);
    List<ListEntry> older = new ArrayList<>();
    List<ListEntry> newer = new ArrayList<>();
    for (String id : List.of("10", "9", "SDi.007")) {
      older.add(template.withId(id));
      newer.add(
          template.withId(id).withNames(List.of(EntryName.of("RENAMED " + id, NameType.PRIMARY))));
    }
    ListDiff diff =
        ListDiff.of(new Watchlist(OLD.version(), older), new Watchlist(OLD.version(), newer));

    assertThat(diff.changed()).containsExactly("9", "10", "SDi.007");
    assertThat(diff.changes().keySet()).containsExactly("9", "10", "SDi.007");
  }
}
