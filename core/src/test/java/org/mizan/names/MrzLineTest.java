package org.mizan.names;

import static org.assertj.core.api.Assertions.assertThat;

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
    // Germany's D<<, a document code with a type letter, the fillers at the end cut, spaces
    // around.
    "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<, MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
    "PDAFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<, AGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<",
    "P<AFGAGHA<<ABDUL<MANAN, AGHA<<ABDUL<MANAN",
    "'  P<IRQAL<TIKRITI<<SADDAM<HUSSEIN  ', AL<TIKRITI<<SADDAM<HUSSEIN",
    // Stateless (XXA), a refugee (XXB).
    "P<XXAHADDAD<<LAILA, HADDAD<<LAILA",
    "P<XXBHADDAD<<LAILA, HADDAD<<LAILA"
  })
  void theNameFieldOfAnUpperLineIsRead(String line, String name) {
    assertThat(MrzLine.nameField(line)).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // Names in MRZ form, whose first letters look like a document code and a State: AM and
        // Brazil, CA and Morocco, AN and Tonga, PA and Namibia; not 36 or 44 characters long.
        "AMBROSIO<<JUAN",
        "CAMARA<<MOUSSA<<<<<<<<<<<<<<<<<<<<<<<<",
        "ANTONIO<<MARCO",
        "PANAMA<<JOSE<<<<<<",
        "ABDUL<MANAN<<AGHA",
        // An unknown State, none at all, no name, a name that begins with a filler.
        "P<QQQAGHA<<ABDUL<MANAN",
        "P<<<<AGHA<<ABDUL<MANAN",
        "P<AFG<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "P<AFG<AGHA<<ABDUL<MANAN",
        // Not an upper line: lower case, digits (a TD1 card's upper line, a lower line), spaces
        // within, longer than 44, the name field alone.
        "p<afgagha<<abdul<manan",
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "P<AFG AGHA<<ABDUL<MANAN",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<",
        "P<AFG",
        "ERIKSSON<<ANNA<MARIA",
        ""
      })
  void otherTextIsNotRead(String text) {
    assertThat(MrzLine.nameField(text)).isEmpty();
  }
}
