package org.mizan.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.NameType;

/** The remark rules, one literal test each, and random text that must never throw. */
class RemarksTest {
  @Test
  void datesAndPlacesOfBirthAlsoAfterAlt() {
    Remarks r = Remarks.read("DOB 1977; alt. DOB 01 Jan 1978; POB Tripoli, Libya; alt. POB Sirte.");
    assertThat(r.birthDates())
        .containsExactly(BirthDate.year(1977, false), BirthDate.exact(LocalDate.of(1978, 1, 1)));
    assertThat(r.placesOfBirth()).containsExactly("Tripoli, Libya", "Sirte");
  }

  @Test
  void nationalityAndCitizenKeptOnce() {
    assertThat(Remarks.read("nationality Iran; citizen Iran; citizen Iraq").nationalities())
        .containsExactly("Iran", "Iraq");
  }

  /**
   * Regression: "Nationality of Registration Russia" gave the nationality "of Registration Russia".
   * The remarks of ent_num 27197 (aircraft RA-02791) and 23149 (YUSONG SHIPPING CO) as sdn.csv of
   * 2024-05-03 writes them.
   */
  @Test
  void nationalityOfRegistrationIsTheCountry() {
    Remarks aircraft =
        Remarks.read(
            "Aircraft Manufacture Date 01 Dec 2000; Aircraft Mode S Transponder Code 140AE7;"
                + " Aircraft Model Hawker 800XP; Aircraft Operator Beratex Group Limited;"
                + " Nationality of Registration Russia; Secondary sanctions risk:"
                + " Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209;"
                + " Aircraft Serial Identification 258512; Linked To: BERATEX GROUP LIMITED.");
    assertThat(aircraft.nationalities()).containsExactly("Russia");
    assertThat(aircraft.documents()).isEmpty();
    Remarks company =
        Remarks.read(
            "Nationality of Registration Korea, North; Secondary sanctions risk: North Korea"
                + " Sanctions Regulations, sections 510.201 and 510.210; Transactions Prohibited"
                + " For Persons Owned or Controlled By U.S. Financial Institutions: North Korea"
                + " Sanctions Regulations section 510.214; Company Number 5146578.");
    assertThat(company.nationalities()).containsExactly("Korea, North");
  }

  @Test
  void gender() {
    assertThat(Remarks.read("Gender Male.").gender()).isEqualTo(Gender.MALE);
    assertThat(Remarks.read("Gender Female").gender()).isEqualTo(Gender.FEMALE);
    assertThat(Remarks.read("Gender unknown").gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void documents() {
    assertThat(
            Remarks.read(
                    "Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992;"
                        + " Passport K754050 issued 26 May 1999; National ID No. 660000 73767"
                        + " (Belgium); Telephone No. 12345.")
                .documents())
        .containsExactly(
            new IdentityDocument(
                "Passport", "E590976", "Tunisia", "issued 19 Jun 1987 expires 18 Jun 1992"),
            new IdentityDocument("Passport", "K754050", "", "issued 26 May 1999"),
            new IdentityDocument("National ID", "660000 73767", "Belgium", ""));
  }

  @Test
  void weakAliasesKeepTheirInnerQuotes() {
    assertThat(
            Remarks.read("a.k.a. 'NAYIF, 'Abd al-Muhsin Zayn Mun'ib'; f.k.a. 'ANA I'.")
                .weakAliases())
        .containsExactly(
            new EntryName(
                "NAYIF, 'Abd al-Muhsin Zayn Mun'ib", NameType.ALIAS_LOW, "weak a.k.a.", List.of()),
            new EntryName("ANA I", NameType.ALIAS_LOW, "weak f.k.a.", List.of()));
  }

  @Test
  void unreadableDateIsNoError() {
    Remarks r = Remarks.read("DOB 31 Feb 1970; DOB unknown");
    assertThat(r.birthDates()).isEmpty();
  }

  @RepeatedTest(200)
  void randomTextNeverThrows(RepetitionInfo repetition) {
    Random random = new Random(0x72656dL + repetition.getCurrentRepetition());
    String[] pieces = {
      "DOB ",
      "POB ",
      "Passport ",
      " No. ",
      "a.k.a. ",
      "'",
      "(",
      ")",
      ";",
      ".",
      " to ",
      "circa ",
      "1970",
      "31",
      "Jan",
      "alt. ",
      "Gender ",
      "citizen ",
      " ",
      "-",
      "issued ",
      "X"
    };
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(30); i > 0; i--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    assertThat(Remarks.read(b.toString())).isNotNull();
  }
}
