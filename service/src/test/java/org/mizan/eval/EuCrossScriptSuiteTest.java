package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/** The EU cross-script suite built from a small copy written here (invented people). */
class EuCrossScriptSuiteTest {
  private static final Watchlist UN = Mizan.bundledList();

  private static List<QuerySet> build(String json) {
    return EuCrossScriptSuite.of(
        UN, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "eu.json", Split.ALL);
  }

  @Test
  void queriesEuOnlyIndividualsByTheirArabicNameAgainstLatinNamesAlone() {
    String unName = UN.entries().get(0).primaryName();
    String json =
        """
        {"entities": [
          {"name": "Hamid Reza ZAREPOUR", "type": "individual",
           "aliases": ["حمیدرضا زارع پور", "Hamidreza Zarepour"],
           "birthdates": ["1970-05-01", "19xx"], "source": ["EU"], "source_id": "1"},
          {"name": "%s", "type": "individual", "aliases": ["سمير"],
           "birthdates": [], "source": ["EU"], "source_id": "2"},
          {"name": "Nuruddin VAHIDI", "type": "individual", "aliases": ["نورالدين وحيدي"],
           "birthdates": [], "source": ["EU", "UN"], "source_id": "3"},
          {"name": "Zarepour Trading Company", "type": "entity", "aliases": ["شركة زارع پور"],
           "birthdates": [], "source": ["EU"], "source_id": "4"},
          {"name": "مرتضى", "type": "individual", "aliases": [], "source": ["EU"],
           "source_id": "5"}
        ]}
        """
            .formatted(unName);
    List<QuerySet> sets = build(json);
    assertThat(sets)
        .extracting(QuerySet::name)
        .containsExactly("cross-script-eu/name-only", "cross-script-eu/name+dob");
    QuerySet nameOnly = sets.get(0);
    // EU only: 1, 2, 4, 5; 2 has a UN name and is left out; 5 has no Latin name.
    assertThat(nameOnly.counts())
        .containsEntry("entries whose only source is the EU", 4L)
        .containsEntry(
            "left out: may be UN-listed (a name of the UN list, or born the same day)", 1L)
        .containsEntry("entries in the list (Latin names only)", 2L)
        .containsEntry("queries in the split", 1L);
    assertThat(nameOnly.list().entries())
        .extracting(ListEntry::id, ListEntry::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EU-1", EntryKind.PERSON),
            org.assertj.core.groups.Tuple.tuple("EU-4", EntryKind.ORGANIZATION));
    assertThat(nameOnly.list().entries())
        .flatExtracting(ListEntry::names)
        .extracting(EntryName::value)
        .containsExactly("Hamid Reza ZAREPOUR", "Hamidreza Zarepour", "Zarepour Trading Company");
    LabelledQuery q = nameOnly.queries().get(0);
    assertThat(q.subject().name()).isEqualTo("حمیدرضا زارع پور");
    assertThat(q.truth()).containsExactly("EU-1");
    assertThat(q.subject().birthDates()).isEmpty();
    assertThat(sets.get(1).queries().get(0).subject().birthDates())
        .extracting(Object::toString)
        .containsExactly(UN_DATE);
  }

  private static final String UN_DATE = org.mizan.model.BirthDate.parse("1970-05-01").toString();

  @Test
  void aCopyThatIsNotJsonIsRefusedWithWhere() {
    assertThatThrownBy(() -> build("{\"entities\": [\n  {\"name\": }"))
        .isInstanceOf(EvalDataException.class)
        .hasMessageStartingWith("eu.json:2:")
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> build("{\"entities\": {}}"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("eu.json: no array 'entities' at the top level");
    assertThatThrownBy(() -> build(""))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("eu.json: no array 'entities' at the top level");
    assertThatThrownBy(() -> build("{\"entities\": []} {"))
        .isInstanceOf(EvalDataException.class)
        .hasMessageStartingWith("eu.json:1:")
        .hasMessageContaining("not JSON");
    assertThatThrownBy(
            () ->
                build(
                    "{\"entities\": [{\"name\": \"A B\", \"source\": [\"EU\"], \"source_id\": 1}]}"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage(
            "eu.json: no EU-only individual (type 'individual') with a name in Arabic script");
    assertThatThrownBy(() -> build("{\"entities\": [1, \"x\", null, {\"source\": [\"UN\"]}]}"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("eu.json: no entity whose only source is the EU");
  }

  @Test
  void entriesWithoutAUsableNameOrNumberAreCountedAndLeftOut() {
    String json =
        """
        {"entities": [
          {"name": 123, "aliases": ["حمید"], "source": ["EU"], "source_id": "1"},
          {"name": "Hamid ZAREPOUR", "aliases": ["حمید زارع پور"], "source": ["EU"]},
          {"name": "Amir ALAVI", "type": "individual", "aliases": ["امیر علوی"],
           "birthdates": ["2999-01-01", 1970], "source": ["EU"], "source_id": 7},
          {"name": "Amir ALAVI", "aliases": [], "source": ["EU"], "source_id": 7},
          {"name": "Amir ALAVI", "aliases": "امیر", "source": ["EU"], "source_id": 8},
          {"name": "-", "aliases": ["امیر"], "source": ["EU"], "source_id": 9}
        ]}
        """;
    QuerySet set = build(json).get(1);
    assertThat(set.counts())
        .containsEntry("entries whose only source is the EU", 6L)
        .containsEntry(
            "left out: no name in Latin script, aliases not a list, no source_id, or a source_id"
                + " seen before",
            5L)
        .containsEntry("dates of birth left out: not a date, or in the future", 2L)
        .containsEntry("queries in the split", 1L);
    // A date of birth in the future or not a string is no date of birth.
    assertThat(set.queries().get(0).subject().birthDates()).isEmpty();
    assertThat(set.queries().get(0).truth()).containsExactly("EU-7");
  }
}
