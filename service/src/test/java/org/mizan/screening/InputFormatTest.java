package org.mizan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {
  @ParameterizedTest
  @CsvSource({
    "people.csv, CSV",
    "data/People.CSV, CSV",
    "people.jsonl, JSONL",
    "people.ndjson, JSONL",
    "PEOPLE.NDJSON, JSONL"
  })
  void knowsTheExtensions(String fileName, InputFormat expected) {
    assertThat(InputFormat.fromFileName(fileName)).isEqualTo(expected);
  }

  @Test
  void namesTheAcceptedExtensionsOtherwise() {
    InputFormatException e =
        catchThrowableOfType(
            InputFormatException.class, () -> InputFormat.fromFileName("people.xlsx"));

    assertThat(e)
        .hasMessage(
            "people.xlsx: unknown input format: the file name must end in .csv, .jsonl or .ndjson");
    assertThat(e.line()).isZero();
    assertThat(e.field()).isEmpty();
  }
}
