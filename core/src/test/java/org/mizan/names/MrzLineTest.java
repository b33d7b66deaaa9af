package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.model.BirthDate;
import org.mizan.model.Gender;

class MrzLineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // ICAO Doc 9303's specimens (Utopia): a passport's upper line (TD3, 44 characters), a TD2
    // card's and an MRV-B visa's (36).
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<, ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<, ERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<, ERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    // Germany's D<<, spaces around; stateless (XXA).
    "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<, MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
    "'  P<IRQAL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<< ', AL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<<",
    "P<XXAHADDAD<<LAILA<<<<<<<<<<<<<<<<<<<<<<<<<<, HADDAD<<LAILA<<<<<<<<<<<<<<<<<<<<<<<<<<"
  })
  void theNameFieldOfAnUpperLineIsRead(String line, String name) {
    assertThat(nameField(line)).contains(name);
  }

  @Test
  void aZoneCopiedWholeOrWithOtherCharactersIsRead() {
    String upper = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    String name = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    // Both lines of a passport, after a line break or a space (a helper's find: no match at all).
    assertThat(nameField(upper + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")).contains(name);
    assertThat(nameField(upper + " L898902C36UTO7408122F1204159ZE184226B<<<<<10")).contains(name);
    // A TD2 card's two lines and a TD1 card's three.
    assertThat(
            nameField(
                "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\r\nD231458907UTO7408122F1204159<<<<<<<6"))
        .contains("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<");
    assertThat(
            nameField(
                "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                    + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"))
        .contains("ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    // Lower case, fullwidth fillers, a no-break space or a zero-width space around, a line
    // separator between the lines (a helper's finds).
    String agha = "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<";
    String field = agha.substring(5);
    assertThat(nameField(agha.toLowerCase(java.util.Locale.ROOT))).contains(field);
    assertThat(nameField(agha.replace('<', '＜'))).contains(field);
    assertThat(nameField(agha + "\u00A0")).contains(field);
    assertThat(nameField("\u200B" + agha + "\u200B")).contains(field);
    assertThat(nameField(agha + "\u2028L898902C36AFG7408122F1204159ZE184226B<<<<<10"))
        .contains(field);
    // With its lower line, a document code with a letter second (a diplomatic passport).
    assertThat(
            nameField(
                "PDAFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<\n"
                    + "L898902C36AFG7408122F1204159ZE184226B<<<<<10"))
        .contains(field);
    // A second line that is no whole lower line: the upper line is read alone, and said to be
    // (anUpperLineWithALowerLineOfAnotherLengthIsReadAloneAndSaidToBe); not a name after an upper
    // line.
    assertThat(zone(upper + "\nL898902C36UTO").lowerLineLeftOut()).isEqualTo(13);
    assertThat(nameField(upper + " ERIKSSON")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // Names in MRZ form, whose first letters look like a document code and a State: AM and
        // Brazil, CA and Morocco, AN and Tonga, PA and Namibia; not 36 or 44 characters long.
        "AMBROSIO<<JUAN",
        // Padded to a line's length: AK and Hungary, CH and Eritrea, CA and Morocco (a helper's
        // finds: these listed people were no longer found).
        "AKHUND<<MOHAMMAD<HASSAN<<<<<<<<<<<<<",
        "CHERIF<<PETER<<<<<<<<<<<<<<<<<<<<<<<",
        "CAMARA<<IBRAIMA<<<<<<<<<<<<<<<<<<<<<",
        // A document code whose second character is a letter, without its lower line.
        "PDAFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<",
        // Names in MRZ form of an initial and a name that begins with a State's code (a helper's
        // finds), and a line cut short.
        "A<FRANCIS",
        "P<INDIRA",
        "A<NORMAN<<<<<<<<<<",
        "C<PERUMAL<<RAJA",
        "P<AFGAGHA<<ABDUL<MANAN",
        "CAMARA<<MOUSSA<<<<<<<<<<<<<<<<<<<<<<<<",
        "ANTONIO<<MARCO",
        "PANAMA<<JOSE<<<<<<",
        "ABDUL<MANAN<<AGHA",
        // At a line's full length (44), each wrong in one way: an unknown State, none at all, no
        // name, a name that begins with a filler, digits (a TD1 card's upper line padded, a lower
        // line), a space within.
        "P<QQQAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<",
        "P<<<<AGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<",
        "P<AFG<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "P<AFG<AGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<",
        "I<UTOD231458907<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "P<AFG AGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<",
        // Three fillers too many or too few, or one too few where the name field shows no end.
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<<",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<",
        "P<UTOERIKSSONSSONSSON<<ANNA<MARIA<ELISABET<",
        "P<AFG",
        "ERIKSSON<<ANNA<MARIA",
        ""
      })
  void otherTextIsNotRead(String text) {
    assertThat(nameField(text)).isEmpty();
  }

  /** The day of reading, 2026-12-03, which decides the century of a date of birth. */
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

  private static final String SPECIMEN_UPPER = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";

  /** The name field of {@code text} read as a zone, or empty. */
  private static Optional<String> nameField(String text) {
    return MrzLine.read(text, TODAY).map(MrzLine.Zone::nameField);
  }

  private static MrzLine.Zone zone(String text) {
    return MrzLine.read(text, TODAY).orElseThrow();
  }

  private static Optional<BirthDate> day(int year, int month, int day) {
    LocalDate d = LocalDate.of(year, month, day);
    return Optional.of(BirthDate.exact(d));
  }

  @Test
  void theLowerLinesOfDoc9303sSpecimensGiveTheHoldersEvidence() {
    // Doc 9303's specimens (Parts 4, 5 and 6): document number, nationality, date of birth and sex,
    // each check digit holding.
    MrzLine.Zone passport = zone(SPECIMEN_UPPER + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(passport)
        .isEqualTo(
            new MrzLine.Zone(
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C3",
                "UTO",
                day(1974, 8, 12),
                Gender.FEMALE,
                List.of(),
                false,
                0,
                0,
                List.of(),
                false));
    MrzLine.Zone td2 =
        zone("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6");
    assertThat(td2.documentNumber()).isEqualTo("D23145890");
    assertThat(td2.birth()).isEqualTo(day(1974, 8, 12));
    MrzLine.Zone td1 =
        zone(
            "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    assertThat(td1)
        .isEqualTo(
            new MrzLine.Zone(
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
                "D23145890",
                "UTO",
                day(1974, 8, 12),
                Gender.FEMALE,
                List.of(),
                false,
                0,
                0,
                List.of(),
                false));
    // The upper line alone holds none of these.
    assertThat(zone(SPECIMEN_UPPER))
        .isEqualTo(
            new MrzLine.Zone(
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "",
                "",
                Optional.empty(),
                Gender.UNKNOWN,
                List.of(),
                false,
                0,
                0,
                List.of(),
                false));
  }

  @Test
  void anUpperLineWithAFillerOrTwoTooManyOrTooFewAtItsEndIsRead() {
    // A copy or a reader that adds or drops a filler at the end of the line: the name field is the
    // same, its end shown by the fillers left. Read as the line of 44 (or 36) characters it was,
    // and said so in the explanation.
    for (String text :
        List.of(SPECIMEN_UPPER + "<", SPECIMEN_UPPER + "<<", SPECIMEN_UPPER.substring(0, 42))) {
      MrzLine.Zone zone = zone(text);
      assertThat(zone.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
      assertThat(zone.mendedFrom()).isEqualTo(text.length());
      assertThat(zone.mending())
          .isEqualTo(
              " (a line of "
                  + text.length()
                  + " characters, read as one of 44 with the fillers at its end mended)");
    }
    MrzLine.Zone td2 = zone("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<");
    assertThat(td2.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<");
    assertThat(td2.mendedFrom()).isEqualTo(37);
    // With its lower line, to the lower line's length, and the lower line's evidence read.
    MrzLine.Zone both = zone(SPECIMEN_UPPER + "<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(both.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(both.birth()).isEqualTo(day(1974, 8, 12));
    assertThat(both.mendedFrom()).isEqualTo(45);
    // Alone, a name in MRZ form whose first word is one letter is not taken for a card's code A or
    // C and a State (A GHANI BARADAR, ABDUL: A, Ghana, NI BARADAR), at any length but the lines'.
    for (int length : new int[] {34, 35, 37, 38, 42, 43, 45, 46}) {
      String name = "A<GHANI<BARADAR<<ABDUL";
      assertThat(nameField(name + "<".repeat(length - name.length()))).isEmpty();
    }
    assertThat(zone(SPECIMEN_UPPER).mendedFrom()).isZero();
    assertThat(zone(SPECIMEN_UPPER).mending()).isEmpty();
  }

  @Test
  void digitsInTheUpperLinesLettersAreReadAsTheLettersAReaderTakesThemFor() {
    // A helper's find (2026-12-05): P<1RQAGHA<<… (Iraq's I read as 1 from a worn page) was no
    // zone, and the listed AGHA, ABDUL MANAN scored 0.774 as a plain name.
    MrzLine.Zone iraq = zone("P<1RQAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<");
    assertThat(iraq.nameField()).isEqualTo("AGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<");
    assertThat(iraq.digitsAsLetters()).isTrue();
    assertThat(iraq.mending())
        .isEqualTo(
            " (digits among its letters read as the letters a reader mistakes them for: 0 as O, 1"
                + " as I, 2 as Z, 5 as S, 8 as B)");
    // In the name field too (0 as O, 5 as S, 8 as B), and with the lower line, whose evidence
    // is read; its own digits are digits.
    MrzLine.Zone both =
        zone(
            "P<UT0ER1K550N<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(both.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(both.birth()).isEqualTo(day(1974, 8, 12));
    assertThat(both.documentNumber()).isEqualTo("L898902C3");
    assertThat(both.digitsAsLetters()).isTrue();
    // Another digit (3, 4, 6, 7, 9) is no such misreading: the line is not read.
    assertThat(nameField("P<IRQAGHA<<ABDU4<MANAN<<<<<<<<<<<<<<<<<<<<<<")).isEmpty();
    // A line without digits is read as written.
    assertThat(zone(SPECIMEN_UPPER).digitsAsLetters()).isFalse();
  }

  @Test
  void anUpperLineWithALowerLineOfAnotherLengthIsReadAloneAndSaidToBe() {
    // A character lost from the lower line in a copy: not a zone of two lines, but the upper line
    // is whole; read alone, the lower line's evidence not taken (a breaker's find: the whole text
    // was screened as one name).
    MrzLine.Zone zone = zone(SPECIMEN_UPPER + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<1");
    assertThat(zone.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(zone.birth()).isEmpty();
    assertThat(zone.documentNumber()).isEmpty();
    assertThat(zone.lowerLineLeftOut()).isEqualTo(43);
    assertThat(zone.mending())
        .isEqualTo(" (its lower line, of 43 characters where the upper line has 44, not read)");
    // Both lines a character short: the upper line mended alone, the lower not read (a second
    // breaker's find: as two lines of one length, neither was read, and the hit was lost).
    MrzLine.Zone both =
        zone(SPECIMEN_UPPER.substring(0, 43) + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<1");
    assertThat(both.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(both.mendedFrom()).isEqualTo(43);
    assertThat(both.lowerLineLeftOut()).isEqualTo(43);
    // A lower line without digits is no lower line: such text is no zone.
    assertThat(nameField(SPECIMEN_UPPER + "\nERIKSSON ANNA")).isEmpty();
  }

  @Test
  void aCardWithALineOfAnotherLengthIsReadAsACard() {
    // Doc 9303 Part 5's specimen card, as a copy or a reader loses or adds a character: read whole,
    // the three lines were screened as one name (a case left alone in an earlier session).
    String first = "I<UTOD231458907<<<<<<<<<<<<<<<";
    String second = "7408122F1204159UTO<<<<<<<<<<<6";
    String name = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    // A filler lost or added at the end of the name line: mended, every field read.
    for (String given : List.of(name.substring(0, 29), name + "<", name + "<<")) {
      MrzLine.Zone card = zone(first + "\n" + second + "\n" + given);
      assertThat(card.nameField()).isEqualTo(name);
      assertThat(card.mendedFrom()).isEqualTo(given.length());
      assertThat(card.documentNumber()).isEqualTo("D23145890");
      assertThat(card.birth()).isEqualTo(day(1974, 8, 12));
      assertThat(card.sex()).isEqualTo(Gender.FEMALE);
      assertThat(card.mending())
          .isEqualTo(
              " (a line of "
                  + given.length()
                  + " characters, read as one of 30 with the fillers at its end mended)");
    }
    // The first line a character short: its fields would have moved, so only the name is read.
    MrzLine.Zone shortFirst = zone(first.substring(0, 29) + "\n" + second + "\n" + name);
    assertThat(shortFirst.nameField()).isEqualTo(name);
    assertThat(shortFirst.documentNumber()).isEmpty();
    assertThat(shortFirst.birth()).isEmpty();
    assertThat(shortFirst.sex()).isEqualTo(Gender.UNKNOWN);
    assertThat(shortFirst.cardLinesLeftOut()).containsExactly(29, 30);
    assertThat(shortFirst.mending())
        .isEqualTo(
            " (its first two lines, of 29 and 30 characters where a card's have 30, not read)");
    assertThat(zone(first + "\n" + second + "X\n" + name).cardLinesLeftOut())
        .containsExactly(30, 31);
    // Not a card: a name line with a digit, one beginning with a filler, a first line that
    // begins with no card's document code or has no digit, three fillers off.
    assertThat(nameField(first + "\n" + second + "\nERIKSSON<<ANNA<MARIA<<<<<<<<1")).isEmpty();
    assertThat(nameField(first + "\n" + second + "\n<ERIKSSON<<ANNA<MARIA<<<<<<<<")).isEmpty();
    assertThat(nameField("P" + first.substring(1) + "\n" + second + "\n" + name + "<")).isEmpty();
    assertThat(nameField("I<UTOERIKSSON<<<<<<<<<<<<<<<<\n" + second + "\n" + name + "<")).isEmpty();
    assertThat(nameField(first + "\n" + second + "\n" + name.substring(0, 27))).isEmpty();
  }

  @Test
  void aSpaceOrLineBreakAmidTheFillersIsNoPartOfTheZone() {
    // A copy or a wrapped line that puts a space or a line break amid the fillers: one line.
    String split = SPECIMEN_UPPER.substring(0, 32) + " " + SPECIMEN_UPPER.substring(32);
    assertThat(nameField(split)).contains("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(zone(split).mendedFrom()).isZero();
    String wrapped =
        SPECIMEN_UPPER.substring(0, 27)
            + "\n"
            + SPECIMEN_UPPER.substring(27)
            + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    assertThat(zone(wrapped).birth()).isEqualTo(day(1974, 8, 12));
    // With a filler too many besides, mended as a line given whole would be.
    assertThat(zone(split + "<").mendedFrom()).isEqualTo(45);
    // Amid the name, a space is not amid fillers: such a text is no zone.
    assertThat(nameField("P<UTOERIKSSON<<ANNA< MARIA<<<<<<<<<<<<<<<<<<<")).isEmpty();
  }

  @Test
  void aFieldWhoseCheckDigitFailsIsLeftOutAndNamed() {
    // The date of birth's check digit 2 made 3, the document number's 6 made 5.
    MrzLine.Zone wrongDate =
        zone(SPECIMEN_UPPER + "\nL898902C36UTO7408123F1204159ZE184226B<<<<<10");
    assertThat(wrongDate.birth()).isEmpty();
    assertThat(wrongDate.documentNumber()).isEqualTo("L898902C3");
    assertThat(wrongDate.unchecked()).containsExactly("date of birth");
    MrzLine.Zone both = zone(SPECIMEN_UPPER + "\nL898902C35UTO7408123F1204159ZE184226B<<<<<10");
    assertThat(both.documentNumber()).isEmpty();
    assertThat(both.unchecked()).containsExactly("document number", "date of birth");
    // A check digit that holds over a date that is none (month 13): no date, nothing named.
    MrzLine.Zone noDate = zone(SPECIMEN_UPPER + "\nL898902C36UTO7413324F1204159ZE184226B<<<<<10");
    assertThat(noDate.birth()).isEmpty();
    assertThat(noDate.unchecked()).isEmpty();
    assertThat(noDate.noDate()).isTrue();
    assertThat(wrongDate.noDate()).isFalse();
    // 29 February 2029 is none either (a helper's find: left out without a word).
    assertThat(zone(SPECIMEN_UPPER + "\nL898902C36UTO2902290F1204159ZE184226B<<<<<10").noDate())
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // The century that does not put the date after the day of reading (2026-12-03).
    "0501013, 2005-01-01, 2005-01-01",
    "3001019, 1930-01-01, 1930-01-01",
    "2612030, 2026-12-03, 2026-12-03",
    "2612041, 1926-12-04, 1926-12-04",
    // Unknown day, unknown month and day: fillers, within the check digit.
    "7408<<7, 1974-08-01, 1974-08-31",
    "74<<<<1, 1974-01-01, 1974-12-31"
  })
  void aDateOfBirthIsReadInItsCenturyAndToWhatItTells(
      String field, LocalDate earliest, LocalDate latest) {
    MrzLine.Zone z = zone(SPECIMEN_UPPER + "\nL898902C36UTO" + field + "F1204159ZE184226B<<<<<10");
    assertThat(z.birth()).contains(new BirthDate(earliest, latest, false));
  }

  @Test
  void theLowerLineFirstAndKosovosCodeAreRead() {
    // A helper's finds: the lines in reverse order, and RKS, which Kosovo's passports carry, lost
    // the listed person (the whole text screened as a name).
    MrzLine.Zone reversed = zone("L898902C36UTO7408122F1204159ZE184226B<<<<<10\n" + SPECIMEN_UPPER);
    assertThat(reversed.nameField()).isEqualTo("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(reversed.birth()).isEqualTo(day(1974, 8, 12));
    assertThat(nameField("P<RKSKRASNIQI<<ARBEN<<<<<<<<<<<<<<<<<<<<<<<<"))
        .contains("KRASNIQI<<ARBEN<<<<<<<<<<<<<<<<<<<<<<<<");
  }

  @Test
  void aLongDocumentNumberGoesOnInTheOptionalDataAndGermanyIsDeu() {
    // Twelve characters on a TD1 card: nine, a filler for the check digit, the other three and the
    // check digit (3) of the whole opening the optional data.
    MrzLine.Zone td1 =
        zone(
            "I<DEUD23145890<1233<<<<<<<<<<<\n7408122F1204159D<<<<<<<<<<<<<6\n"
                + "MUSTERMANN<<ERIKA<<<<<<<<<<<<<");
    assertThat(td1.documentNumber()).isEqualTo("D23145890123");
    assertThat(td1.nationality()).isEqualTo("DEU");
    // A British status (here a British Overseas Territories citizen) is British.
    assertThat(
            zone(SPECIMEN_UPPER + "\nL898902C36GBD7408122F1204159ZE184226B<<<<<10").nationality())
        .isEqualTo("GBR");
    MrzLine.Zone wrong =
        zone(
            "I<DEUD23145890<1234<<<<<<<<<<<\n7408122F1204159D<<<<<<<<<<<<<6\n"
                + "MUSTERMANN<<ERIKA<<<<<<<<<<<<<");
    assertThat(wrong.documentNumber()).isEmpty();
    assertThat(wrong.unchecked()).containsExactly("document number");
    // Unspecified sex (X), an unknown nationality code, no date of birth at all.
    MrzLine.Zone unspecified =
        zone(SPECIMEN_UPPER + "\nL898902C36QQQ<<<<<<0X1204159ZE184226B<<<<<10");
    assertThat(unspecified.sex()).isEqualTo(Gender.UNKNOWN);
    // An unknown code is kept as written, so that the output can say it was not used.
    assertThat(unspecified.nationality()).isEqualTo("QQQ");
    assertThat(unspecified.birth()).isEmpty();
    assertThat(unspecified.unchecked()).isEmpty();
  }
}
