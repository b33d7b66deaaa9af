package org.mizan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the evaluation CSV files; the people here are invented. */
class EvalCsvTest {
  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void peopleKeepNameDateAndNationalityAsWritten() {
    List<EvalCsv.Person> rows =
        EvalCsv.people(
            utf8(
                "full_name,first_name,date_of_birth,nationality\n"
                    + "\"TESTER, Zed\",Zed,1969-7-16,zz\n"
                    + "Qwerty Example,,,\n"),
            "people.csv");
    assertThat(rows)
        .containsExactly(
            new EvalCsv.Person(1, "TESTER, Zed", "1969-7-16", "zz"),
            new EvalCsv.Person(2, "Qwerty Example", "", ""));
  }

  @Test
  void aFileWithoutFullNameIsInvalid() {
    assertThatThrownBy(() -> EvalCsv.people(utf8("name,dob\nZed,1970\n"), "people.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("people.csv: no full_name column in the header");
  }

  @Test
  void invalidUtf8IsInvalid() {
    byte[] bytes = {'f', 'u', 'l', 'l', '_', 'n', 'a', 'm', 'e', '\n', (byte) 0xC3, 'x', '\n'};
    assertThatThrownBy(() -> EvalCsv.people(new ByteArrayInputStream(bytes), "people.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessageStartingWith("people.csv:2:1: ")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void brokenQuotingNamesTheLineAndNotTheText() {
    assertThatThrownBy(
            () ->
                EvalCsv.people(
                    utf8("full_name,nationality\nZed,zz\n\"Secret Name,zz\n"), "people.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessageStartingWith("people.csv:3:1: ")
        .hasMessageNotContaining("Secret");
  }

  @Test
  void pairsSkipCommentsAndBlankLines() {
    List<EvalCsv.Pair> pairs =
        EvalCsv.pairs(
            utf8("# Format: Query,Expected\n\n# Arabic\nزيد عمرو,Zaid Amr,0.9,invented\n"),
            "pairs.csv");
    assertThat(pairs).containsExactly(new EvalCsv.Pair(1, "زيد عمرو", "Zaid Amr"));
  }

  @Test
  void aPairWithoutItsMatchIsInvalid() {
    assertThatThrownBy(() -> EvalCsv.pairs(utf8("زيد عمرو\n"), "pairs.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("pairs.csv:1: pair 1: a pair needs a query and an expected match");
  }

  @Test
  void aPairWithoutItsMatchNamesItsLine() {
    assertThatThrownBy(
            () -> EvalCsv.pairs(utf8("# comment\n\nزيد عمرو,Zaid Amr\nعمرو\n"), "pairs.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage("pairs.csv:4: pair 2: a pair needs a query and an expected match");
  }

  @Test
  void aShortRowLacksItsLastColumns() {
    List<EvalCsv.Person> rows =
        EvalCsv.people(
            utf8("date_of_birth,nationality,full_name\n1970,zz\n1971,zz,Qwerty Example\n"),
            "people.csv");
    assertThat(rows)
        .containsExactly(
            new EvalCsv.Person(1, "", "1970", "zz"),
            new EvalCsv.Person(2, "Qwerty Example", "1971", "zz"));
  }

  @Test
  void aRowLongerThanTheHeaderNamesItsLineAndNotTheText() {
    assertThatThrownBy(
            () ->
                EvalCsv.people(
                    utf8("full_name,nationality\nZed,zz\nSECRET, Name,zz\n"), "people.csv"))
        .isInstanceOf(EvalDataException.class)
        .hasMessage(
            "people.csv:3: the row has 3 fields but the header 2 (a value holding a comma must be"
                + " in double quotes)");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheHeader() {
    assertThat(EvalCsv.people(utf8("\uFEFFfull_name\nZed\n"), "people.csv"))
        .containsExactly(new EvalCsv.Person(1, "Zed", "", ""));
  }
}
