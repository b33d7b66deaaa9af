package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    assertThat(MrzLine.nameField(line)).contains(name);
  }

  @Test
  void aZoneCopiedWholeOrWithOtherCharactersIsRead() {
    String upper = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    String name = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    // Both lines of a passport, after a line break or a space (a helper's find: no match at all).
    assertThat(MrzLine.nameField(upper + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"))
        .contains(name);
    assertThat(MrzLine.nameField(upper + " L898902C36UTO7408122F1204159ZE184226B<<<<<10"))
        .contains(name);
    // A TD2 card's two lines and a TD1 card's three.
    assertThat(
            MrzLine.nameField(
                "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\r\nD231458907UTO7408122F1204159<<<<<<<6"))
        .contains("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<");
    assertThat(
            MrzLine.nameField(
                "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                    + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"))
        .contains("ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    // Lower case, fullwidth fillers, a no-break space or a zero-width space around, a line
    // separator between the lines (a helper's finds).
    String agha = "P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<";
    String field = agha.substring(5);
    assertThat(MrzLine.nameField(agha.toLowerCase(java.util.Locale.ROOT))).contains(field);
    assertThat(MrzLine.nameField(agha.replace('<', '＜'))).contains(field);
    assertThat(MrzLine.nameField(agha + "\u00A0")).contains(field);
    assertThat(MrzLine.nameField("\u200B" + agha + "\u200B")).contains(field);
    assertThat(MrzLine.nameField(agha + "\u2028L898902C36AFG7408122F1204159ZE184226B<<<<<10"))
        .contains(field);
    // With its lower line, a document code with a letter second (a diplomatic passport).
    assertThat(
            MrzLine.nameField(
                "PDAFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<\n"
                    + "L898902C36AFG7408122F1204159ZE184226B<<<<<10"))
        .contains(field);
    // Not a second line that is no lower line, nor a name after an upper line.
    assertThat(MrzLine.nameField(upper + "\nL898902C36UTO")).isEmpty();
    assertThat(MrzLine.nameField(upper + " ERIKSSON")).isEmpty();
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
        // Longer than 44, shorter than a name field, the name field alone.
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<",
        "P<AFG",
        "ERIKSSON<<ANNA<MARIA",
        ""
      })
  void otherTextIsNotRead(String text) {
    assertThat(MrzLine.nameField(text)).isEmpty();
  }
}
