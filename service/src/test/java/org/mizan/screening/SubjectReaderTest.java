package org.mizan.screening;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;

class SubjectReaderTest {
  private static final Set<EntryKind> ALL_KINDS = EnumSet.allOf(EntryKind.class);

  /** What both {@code input/people.csv} and {@code input/people.jsonl} hold. */
  private static final List<Subject> PEOPLE =
      List.of(
          new Subject(
              "S-1",
              "Haddad, Karim",
              List.of(BirthDate.year(1971, false)),
              "IQ",
              Gender.MALE,
              "A1234567",
              Set.of(EntryKind.PERSON)),
          new Subject(
              "S-2",
              "كريم حداد",
              List.of(new BirthDate(LocalDate.of(1980, 5, 1), LocalDate.of(1980, 5, 31), false)),
              "SY",
              Gender.FEMALE,
              "",
              Set.of(EntryKind.PERSON)),
          new Subject(
              "row-3",
              "Saddam Hussein al-Tikriti",
              List.of(BirthDate.exact(LocalDate.of(1937, 4, 28))),
              "Iraq",
              Gender.MALE,
              "",
              ALL_KINDS),
          new Subject(
              "S-4",
              "Blue Horizon Trading, Ltd.",
              List.of(),
              "",
              Gender.UNKNOWN,
              "",
              Set.of(EntryKind.ORGANIZATION)),
          new Subject(
              "S-5",
              "MV Sea Star",
              List.of(),
              "",
              Gender.UNKNOWN,
              "IMO9999999",
              Set.of(EntryKind.VESSEL)));

  @Test
  void readsCsvWithAliasedHeaderQuotedCommasArabicAndARowWithoutId() {
    assertThat(Inputs.resource("/input/people.csv", InputFormat.CSV, UTF_8))
        .containsExactlyElementsOf(PEOPLE);
  }

  @Test
  void readsTheSameSubjectsFromJsonLines() {
    assertThat(Inputs.resource("/input/people.jsonl", InputFormat.JSONL, UTF_8))
        .containsExactlyElementsOf(PEOPLE);
  }

  @Test
  void readsWindows1256WhenToldSo() {
    List<Subject> subjects =
        Inputs.resource(
            "/input/people-windows-1256.csv", InputFormat.CSV, Charset.forName("windows-1256"));

    assertThat(subjects).extracting(Subject::name).containsExactly("كريم حداد", "فاطمة حسن");
    assertThat(subjects.get(0).birthDates())
        .containsExactly(BirthDate.exact(LocalDate.of(1975, 3, 2)));
    assertThat(subjects.get(1).gender()).isEqualTo(Gender.FEMALE);
  }

  @Test
  void dropsTheByteOrderMarkOfUtf8() {
    List<Subject> subjects = Inputs.resource("/input/people-utf8-bom.csv", InputFormat.CSV, UTF_8);

    assertThat(subjects).extracting(Subject::id).containsExactly("B-1", "B-2");
    assertThat(subjects).extracting(Subject::name).containsExactly("كريم حداد", "Karim Haddad");
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    List<Subject> subjects = Inputs.resource("/input/people-utf16.csv", InputFormat.CSV, UTF_16);

    assertThat(subjects).extracting(Subject::id).containsExactly("U-1", "U-2");
    assertThat(subjects).extracting(Subject::name).containsExactly("كريم حداد", "Karim Haddad");
  }

  @Test
  void readsTheFirstThousandYenteNegatives() {
    List<Subject> subjects =
        Inputs.resource("/eval/negatives_global-first1000.csv", InputFormat.CSV, UTF_8);

    // The file has no id column, so every row is numbered.
    assertThat(subjects)
        .extracting(Subject::id)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 1000).mapToObj(n -> "row-" + n).collect(Collectors.toList()));
    assertThat(subjects.get(0))
        .isEqualTo(
            new Subject(
                "row-1",
                "حسین موسوی",
                List.of(BirthDate.exact(LocalDate.of(1945, 4, 29))),
                "Iraq",
                Gender.MALE,
                "",
                ALL_KINDS));
    assertThat(subjects.get(1).name()).isEqualTo("Patricia Lucas Wheeler");
    assertThat(subjects.get(1).gender()).isEqualTo(Gender.FEMALE);
    assertThat(subjects.get(5).name()).isEqualTo("Soňa Kolář");
    assertThat(subjects.get(5).gender()).as("gender 'other'").isEqualTo(Gender.UNKNOWN);
    assertThat(subjects.get(999).name()).isEqualTo("Flora Piermaria Solari");
    assertThat(subjects.get(999).birthDates())
        .containsExactly(BirthDate.exact(LocalDate.of(1952, 9, 2)));
    assertThat(subjects.get(999).nationality()).isEqualTo("Austria");
  }

  @Test
  void emptyInputHasNoSubjects() {
    assertThat(Inputs.read("", InputFormat.CSV)).isEmpty();
    assertThat(Inputs.read("", InputFormat.JSONL)).isEmpty();
    assertThat(Inputs.read("\n\n", InputFormat.JSONL)).isEmpty();
    assertThat(Inputs.read("\uFEFF", InputFormat.CSV)).isEmpty();
    assertThat(Inputs.read("id,name,dob\r\n", InputFormat.CSV)).isEmpty();
  }

  @Test
  void matchesHeaderCellsTrimmedAndCaseInsensitivelyAndIgnoresOtherColumns() {
    List<Subject> subjects =
        Inputs.read(
            " ID ,Remarks, Full_Name ,DATE_OF_BIRTH\nA-1,ignored,Karim Haddad,1971-02\n",
            InputFormat.CSV);

    assertThat(subjects)
        .containsExactly(
            new Subject(
                "A-1",
                "Karim Haddad",
                List.of(BirthDate.parse("1971-02")),
                "",
                Gender.UNKNOWN,
                "",
                ALL_KINDS));
  }

  @Test
  void takesShortRowsAsMissingValuesAndTrimsValues() {
    List<Subject> subjects =
        Inputs.read("name,id,dob,gender\n  Karim Haddad  \nOmar Saleh,  ,, F \n", InputFormat.CSV);

    assertThat(subjects).extracting(Subject::id).containsExactly("row-1", "row-2");
    assertThat(subjects).extracting(Subject::name).containsExactly("Karim Haddad", "Omar Saleh");
    assertThat(subjects.get(1).gender()).isEqualTo(Gender.FEMALE);
  }

  @Test
  void readsEveryKindAndGenderWord() {
    String csv =
        "name,kind,gender\n"
            + "A,person,MALE\n"
            + "B,Individual,m\n"
            + "C,organization,female\n"
            + "D,ORGANISATION,f\n"
            + "E,entity,unknown\n"
            + "F,vessel,other\n"
            + "G,aircraft,x\n"
            + "H,any,U\n";

    List<Subject> subjects = Inputs.read(csv, InputFormat.CSV);

    assertThat(subjects)
        .extracting(Subject::kinds)
        .containsExactly(
            Set.of(EntryKind.PERSON),
            Set.of(EntryKind.PERSON),
            Set.of(EntryKind.ORGANIZATION),
            Set.of(EntryKind.ORGANIZATION),
            Set.of(EntryKind.ORGANIZATION),
            Set.of(EntryKind.VESSEL),
            Set.of(EntryKind.AIRCRAFT),
            ALL_KINDS);
    assertThat(subjects)
        .extracting(Subject::gender)
        .containsExactly(
            Gender.MALE,
            Gender.MALE,
            Gender.FEMALE,
            Gender.FEMALE,
            Gender.UNKNOWN,
            Gender.UNKNOWN,
            Gender.UNKNOWN,
            Gender.UNKNOWN);
  }

  @Test
  void readsCrlfAndCrLineEndsAndSkipsBlankLines() {
    assertThat(Inputs.read("id,name\r\n\r\nA,Karim\r\nB,\"Omar\r\nSaleh\"\r\n", InputFormat.CSV))
        .extracting(Subject::id)
        .containsExactly("A", "B");
    assertThat(Inputs.read("{\"name\":\"a\"}\r{\"name\":\"b\"}\r\n\n", InputFormat.JSONL))
        .extracting(Subject::id)
        .containsExactly("row-1", "row-2");
  }

  @Test
  void numbersJsonLinesByNonBlankLines() {
    List<Subject> subjects =
        Inputs.read(
            "\n{\"name\":\"a\"}\n   \n{\"name\":\"b\",\"id\":7}\n{\"name\":\"c\",\"id\":\"\"}\n",
            InputFormat.JSONL);

    assertThat(subjects).extracting(Subject::id).containsExactly("row-1", "7", "row-3");
  }

  @Test
  void streamsAnEndlessInput() {
    for (InputFormat format : InputFormat.values()) {
      try (SubjectReader reader =
          SubjectReader.open(new EndlessInput(format), "endless", format, UTF_8)) {
        List<Subject> first = reader.stream().limit(3).collect(Collectors.toList());

        assertThat(first).extracting(Subject::name).containsExactly("Name 1", "Name 2", "Name 3");
      }
    }
  }

  @Test
  void opensAFileByItsExtensionAndClosesItWithTheStream(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("batch.ndjson");
    Files.writeString(file, "{\"id\":\"A\",\"name\":\"Karim Haddad\"}\n", UTF_8);

    try (Stream<Subject> subjects = SubjectReader.open(file, UTF_8).stream()) {
      assertThat(subjects).extracting(Subject::id).containsExactly("A");
    }
  }

  @Test
  void closesTheStreamWhenOpeningFails() {
    ClosingProbe in = new ClosingProbe("dob\n1971\n".getBytes(UTF_8));

    try {
      SubjectReader.open(in, "people.csv", InputFormat.CSV, UTF_8);
    } catch (InputFormatException expected) {
      // the header has no name column
    }

    assertThat(in.closed).isTrue();
  }

  /** Rows {@code n,Name n} (CSV, after a header) or objects (JSONL), without end. */
  private static final class EndlessInput extends InputStream {
    private final InputFormat format;
    private byte[] pending;
    private int position;
    private int row;

    EndlessInput(InputFormat format) {
      this.format = format;
      this.pending = (format == InputFormat.CSV ? "id,name\n" : "").getBytes(UTF_8);
    }

    @Override
    public int read() {
      while (position == pending.length) {
        row++;
        String line =
            format == InputFormat.CSV
                ? row + ",Name " + row + "\n"
                : "{\"id\":\"" + row + "\",\"name\":\"Name " + row + "\"}\n";
        pending = line.getBytes(UTF_8);
        position = 0;
      }
      return pending[position++] & 0xFF;
    }
  }

  private static final class ClosingProbe extends ByteArrayInputStream {
    boolean closed;

    ClosingProbe(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
