package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mizan.match.Names.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.index.ScreeningIndex;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;

/** Cases screening units report from the field (issue #4, item 6), each a named test. */
class FieldRegressionTest {
  private static final double THRESHOLD = 0.85;

  private static final Watchlist TEST_LIST =
      new Watchlist(
          new ListVersion("csv:field-cases.csv", "", "0".repeat(64)),
          List.of(
              Names.person("F-1", "Samir Kassab"),
              Names.entry("F-2", EntryKind.ORGANIZATION, "AL-QAIDA TRADING CORP"),
              Names.person("F-3", "John Smith"),
              withOriginalScript(Names.person("F-4", "Khalid Yusuf Mansour"), "خالد يوسف منصور"),
              withOriginalScript(Names.person("F-5", "Mohamed Yusuf Mansour"), "محمد يوسف منصور"),
              withOriginalScript(Names.person("F-6", "Hassan Ali Qasim"), "حسن علي قاسم"),
              withOriginalScript(Names.person("F-7", "Khalid Abdullah"), "خالد عبد الله"),
              Names.person("F-8", "Tariq Nabil Zaidan"),
              Names.person("F-9", "Hamid Reza Zarepour"),
              Names.person("F-10", "Nuruddin Wahidi")));

  /** A person with a Latin primary name and an Arabic-script original-script name. */
  private static ListEntry withOriginalScript(ListEntry person, String originalScript) {
    return person.withNames(
        List.of(person.names().get(0), EntryName.of(originalScript, NameType.ORIGINAL_SCRIPT)));
  }

  private static final ScreeningIndex INDEX =
      ScreeningIndex.build(Names.MATCHER, List.of(TEST_LIST));

  private static List<Match> screen(String name) {
    return INDEX.screen(Subject.ofName("q", name), 0.0, 10);
  }

  @Test
  void aSharedCommonFirstNameAloneMakesNoHit() {
    List<Match> matches = screen("Samir Haddad");
    assertThat(matches).allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    // The given names alike, the family names not: (1 + 0.55) / 2 × 0.95.
    assertThat(score("Samir Haddad", "Samir Kassab")).isCloseTo(0.7389, within());
  }

  @Test
  void anotherFamilyNameIsAnotherPerson() {
    // Mohamed Coleman, a clean name of the development split, was an alert at 0.895 against the
    // UN alias Mohamed Osman: a shared given name and family names alike in their letters. Where
    // the family names (last name parts, in Latin script on both sides) find no counterpart and
    // neither name is within the other, the name score is multiplied by 0.95: 0.8505, at the
    // threshold still, for a human to decide.
    assertThat(score("Mohamed Coleman", "Mohamed Osman")).isCloseTo(0.8505, within());
    Match match = match("Samir Haddad", "Samir Kassab");
    assertThat(match.explanation().get(0).detail())
        .endsWith("× 0.95 as the family names (last name parts) do not match");
    // Not for a suffix or an initial at the end, nor a name within the other, nor across scripts,
    // where a family name's spelling varies too much.
    assertThat(score("Samir Kassab Jr", "Samir Kassab Sr")).isCloseTo(0.8889, within());
    assertThat(score("Samir Kassab H", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("Karim Haddad", "Karim Youssef Haddad")).isCloseTo(0.9, within());
    assertThat(score("سمير حداد", "Samir Kassab")).isCloseTo(0.6875, within());
  }

  @Test
  void aNameWrittenFamilyNameFirstIsReadGivenNamesFirst() {
    // OFAC's SDN list writes every individual "LAST, First"; a machine-readable zone writes the
    // primary identifier before the secondary one. Read as written, the family name was taken for
    // the given name: TAHMASEBI, Akbar scored 0.85 against TAHMAESEBI, Seyed Akbar (sayyid not
    // left out, not being the first word), and TAHERI, Jalal against OWHADI, Jalal met the given
    // name's factor for the family names.
    assertThat(score("TAHMASEBI, Akbar", "TAHMAESEBI, Seyed Akbar")).isCloseTo(0.9299, within());
    assertThat(score("Akbar Tahmasebi", "TAHMAESEBI, Seyed Akbar")).isCloseTo(0.9299, within());
    assertThat(score("KASSAB<<SAMIR<H", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("KASSAB, Samir", "Samir Kassab")).isEqualTo(1.0);
    assertThat(score("TAHERI, Jalal", "OWHADI, Jalal"))
        .isCloseTo(score("Jalal Taheri", "Jalal Owhadi"), within());
    // A comma before a suffix alone is no such mark.
    assertThat(score("John Smith, Jr.", "John Smith")).isEqualTo(0.99);
  }

  @Test
  void aLegalFormWordAloneMakesNoHit() {
    assertThat(screen("CORP")).allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(score("CORP", "AL-QAIDA TRADING CORP")).isCloseTo(0.6, within());
  }

  @Test
  void swappedGivenAndFamilyNamesStillMatch() {
    assertThat(screen("Kassab Samir").get(0).entry().id()).isEqualTo("F-1");
    assertThat(score("Kassab Samir", "Samir Kassab")).isEqualTo(1.0);
  }

  @Test
  void aShortNameSpeltAnotherWayIsNotScoredNearZero() {
    assertThat(screen("Jon Smith").get(0).entry().id()).isEqualTo("F-3");
    assertThat(score("Jon Smith", "John Smith")).isCloseTo(0.9667, within());
  }

  @Test
  void aLatinNameWithCyrillicLookAlikeLettersStillMatches() {
    // Cyrillic DZE (U+0405) and Ukrainian I (U+0456) inside Latin words.
    assertThat(score("\u0405amir Ka\u0455\u0455ab", "Samir Kassab")).isEqualTo(1.0);
  }

  @Test
  void aLatinQueryDoesNotHitAnotherPersonThroughHisArabicName() {
    // F-4 is Khalid Yusuf Mansour, original-script name خالد يوسف منصور. Khalil Younis Mansoori
    // is another man (Khalil is not Khalid, Younis يونس is not Yusuf يوسف), close to the Arabic
    // name only if it is read loosely, as consonants.
    assertThat(screen("Khalil Younis Mansoori"))
        .allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(score("Khalil Younis Mansoori", "Khalid Yusuf Mansour")).isCloseTo(0.8108, within());
    assertThat(score("Khalil Younis Mansoori", "خالد يوسف منصور")).isCloseTo(0.6537, within());
    // Khalid's brother Khalil Yusuf Mansour, against the Arabic name alone: khalil~خالد is
    // Jaro-Winkler of the Latin keys scaled down across scripts (0.80), so Khalil is not Khalid
    // and the name is no hit. (Against the Latin name Khalil and Khalid begin alike and score 0.93:
    // the known limit of Jaro-Winkler in docs/matching.md, not this rule.)
    assertThat(score("Khalil Yusuf Mansour", "خالد يوسف منصور"))
        .isLessThan(THRESHOLD)
        .isCloseTo(0.8112, within());
    // The rule, not a blind spot: the same man's Latin name, and his Arabic name alone, hit F-4.
    assertThat(screen("Khalid Yusuf Mansour").get(0))
        .satisfies(m -> assertThat(m.entry().id()).isEqualTo("F-4"))
        .satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(THRESHOLD));
    assertThat(screen("خالد يوسف منصور").get(0))
        .satisfies(m -> assertThat(m.entry().id()).isEqualTo("F-4"))
        .satisfies(m -> assertThat(m.score()).isGreaterThanOrEqualTo(THRESHOLD));
    assertThat(score("Khalid Yusuf Mansour", "خالد يوسف منصور")).isCloseTo(0.95, within());
  }

  @Test
  void aLatinQueryDoesNotHitASiblingThroughTheConsonantsOfHisArabicName() {
    // F-5 is Mohamed Yusuf Mansour (محمد يوسف منصور), F-6 Hassan Ali Qasim (حسن علي قاسم).
    // Mahmoud (محمود) and Hussein (حسين) are other given names, with the same consonants: their
    // brothers. The Latin spellings write a long vowel (ou, ei) that the Arabic names do not.
    assertThat(screen("Mahmoud Yusuf Mansour"))
        .allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(screen("Hussein Ali Qasim"))
        .allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(score("Mahmoud Yusuf Mansour", "محمد يوسف منصور")).isLessThan(THRESHOLD);
    assertThat(score("Hussein Ali Qasim", "حسن علي قاسم")).isLessThan(THRESHOLD);
    // Their own names in Arabic script are the same names.
    assertThat(score("Mahmoud Yusuf Mansour", "محمود يوسف منصور")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("Hussein Ali Qasim", "حسين علي قاسم")).isGreaterThanOrEqualTo(0.93);
    // The brothers listed themselves are found, by Latin and by Arabic name.
    assertThat(screen("Mohamed Yusuf Mansour").get(0).entry().id()).isEqualTo("F-5");
    assertThat(screen("محمد يوسف منصور").get(0).entry().id()).isEqualTo("F-5");
    assertThat(screen("Hassan Ali Qasim").get(0).entry().id()).isEqualTo("F-6");
    assertThat(screen("حسن علي قاسم").get(0).entry().id()).isEqualTo("F-6");
  }

  @Test
  void allahIsNoNamePartOfItsOwn() {
    // F-7 is Khalid Abdullah, خالد عبد الله. Khalid Ali is another man: الله is one word, not the
    // article and a part له, and Ali (علي) is not it.
    assertThat(screen("Khalid Ali")).allSatisfy(m -> assertThat(m.score()).isLessThan(THRESHOLD));
    assertThat(score("Khalid Ali", "خالد عبد الله")).isLessThan(THRESHOLD);
    assertThat(screen("Khalid Abdullah").get(0).entry().id()).isEqualTo("F-7");
    assertThat(screen("خالد عبد الله").get(0).entry().id()).isEqualTo("F-7");
  }

  @Test
  void aNameWithoutItsMiddlePartsMatchesTheListedFullName() {
    // Documents and reports give a given name and a family name; the list gives the nasab chain
    // between them too. Izzat al-Duri, as the news writes IZZAT IBRAHIM AL-DURI (IQi.006), scored
    // 0.8667 (0.6 of its share and 0.4 of the list name's), and عزت الدوري against the Latin name
    // 0.8233: no alert.
    // Contained with the first and last parts paired as the same name, the rest are middle parts:
    // 0.7 and 0.3.
    assertThat(excerptMatch("Izzat al-Duri", "IQi.006").score()).isCloseTo(0.9, within());
    Match arabic = match("عزت الدوري", "IZZAT IBRAHIM AL-DURI");
    assertThat(arabic.score()).isCloseTo(0.855, within());
    assertThat(arabic.explanation().get(0).detail())
        .contains(
            "the query is wholly matched within the list name, its first and last parts against the"
                + " list name's (the rest are middle parts): name score = 0.70 × the larger share +"
                + " 0.30 × the smaller, 0.95 of the query and 0.63 of the list name");
    // Not when the family name is what is left out (Izzat Ibrahim: the given and the father's
    // name), nor anchored by a leading Muhammad, which so many names begin with, nor by two names
    // merely alike in their consonants (Robert, Rupert), nor past a part left at either end.
    assertThat(excerptMatch("Izzat Ibrahim", "IQi.006").score()).isCloseTo(0.8667, within());
    Match muhammad = excerptMatch("Mohammad Akhund", "TAi.002");
    assertThat(muhammad.score()).isCloseTo(0.8667, within());
    assertThat(muhammad.explanation().get(0).detail())
        .contains(
            "the query is wholly matched within the list name (not weighed as middle parts left"
                + " out: a leading Muhammad or sayyid anchors nothing): name score = 0.60 ×");
    assertThat(score("Robert Dean", "Rupert Ed Dean")).isCloseTo(0.832, within());
    assertThat(score("Samir Kassab", "Samir Kassab Youssef")).isCloseTo(0.8667, within());
  }

  @Test
  void aMiddleInitialDoesNotMakeAListedPersonVanish() {
    // Passports and airline feeds carry middle initials (SMITH<JOHN<H); the list writes the name
    // in full. The initial was a name part matched by nothing: Samir H Kassab scored 0.87 against
    // Samir Kassab, and Tariq R Nabil 0.67 against Tariq Nabil Zaidan, below the reporting floor.
    assertThat(score("Samir H Kassab", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("KASSAB<SAMIR<H", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("Samir Kassab", "Samir K. Kassab")).isEqualTo(0.99);
    // The same initial on both sides counts: the name with it ranks first.
    assertThat(score("Dr Samir K Kassab", "Samir K Kassab")).isEqualTo(0.99);
    assertThat(score("Dr Samir K Kassab", "Samir Kassab")).isEqualTo(0.9801);
    Match match = screen("Samir H Kassab").get(0);
    assertThat(match.entry().id()).isEqualTo("F-1");
    assertThat(match.explanation().get(0).detail())
        .contains("query initials and titles left out: h");
    Match third = screen("Tariq R Nabil").get(0);
    assertThat(third.entry().id()).isEqualTo("F-8");
    assertThat(third.score()).isCloseTo(0.858, within());
    // A name of one part beside its initials keeps them: J Smith is not John Smith for sure. A
    // vowel alone can be a syllable of a romanised name (Korean CHO IL U), and is kept too.
    assertThat(score("J Smith", "John Smith")).isLessThan(THRESHOLD);
    assertThat(score("Cho Il Gun", "Cho Il U")).isLessThan(THRESHOLD);
    // Two different initials are not both left out as if they agreed: one is left out (× 0.99),
    // the other is a middle part the shorter name lacks (0.7 × 1 + 0.3 × 2/3).
    assertThat(score("Samir B Kassab", "Samir K Kassab")).isCloseTo(0.891, within());
  }

  @Test
  void aGenerationalNumeralIsLeftOutAsJrIs() {
    // A breaker found Mohammad Hassan Akhund, II at 0.90 against the listed name, Jr. at 0.99.
    assertThat(score("Samir Kassab II", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("KASSAB, Samir, III", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("Samir Kassab Jnr", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("Samir Kassab", "Samir Kassab Snr")).isEqualTo(0.99);
    assertThat(score("Samir Kassab 3rd", "Samir Kassab")).isEqualTo(0.99);
    // Of a vessel's name nothing is left out: sister ships (NOOR matched, II not: the mean of the
    // shares, 1/2 and 1).
    assertThat(score("NOOR II", EntryKind.VESSEL, "NOOR")).isCloseTo(0.75, within());
  }

  @Test
  void aTitleOnOneSideOnlyDoesNotLowerTheName() {
    // Lists and reports write titles (Haji, Mullah, Sheikh, Dr) in names; passports never do
    // (ICAO Doc 9303). Haji Samir Kassab scored 0.78 against Samir Kassab, and Mullah Tariq Nabil
    // 0.73 against Tariq Nabil Zaidan: the title was a first name matched by nothing.
    assertThat(score("Haji Samir Kassab", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("KASSAB, Sheikh Samir", "Samir Kassab")).isEqualTo(0.99);
    assertThat(score("Samir Kassab", "Dr. Samir Kassab Jr.")).isEqualTo(0.9801);
    // Written alike, a name ranks above one alike once a title is left out; Jr and Sr are not both
    // left out, father and son.
    assertThat(score("Mohamed Haji Omar", "Mohamed Haji Omar")).isEqualTo(1.0);
    assertThat(score("Mohamed Haji Omar", "Mohamed Omar")).isEqualTo(0.99);
    assertThat(score("Samir Kassab Jr", "Samir Kassab Sr")).isCloseTo(0.8889, within());
    assertThat(score("الشيخ خالد عبد الله", "خالد عبد الله")).isEqualTo(0.99);
    // Molvi and Moulvi, South Asian spellings of Maulvi (مولوی), were name parts: an OFAC alias
    // written Molvi against the entry's Mullah missed (development split).
    assertThat(score("Molvi Tariq Nabil", "Tariq Nabil")).isEqualTo(0.99);
    assertThat(score("Moulvi Tariq Nabil", "Mullah Tariq Nabil")).isEqualTo(0.9801);
    // Abd and the name after it are two words of one given name: Mullah Abdul Karim against
    // Abdul Karim scored 0.70, the title kept as if one name part were left (a helper's find).
    assertThat(score("Mullah Abdul Karim", "Abdul Karim")).isEqualTo(0.99);
    Match match = screen("Mullah Tariq Nabil").get(0);
    assertThat(match.entry().id()).isEqualTo("F-8");
    assertThat(match.score()).isCloseTo(0.858, within());
    assertThat(match.explanation().get(0).detail())
        .contains("query initials and titles left out: mullah");
    // A title is left out only where two name parts remain: Sheikh Samir is not Samir Kassab. At
    // the end of a name a title word is a family name (al-Sheikh), and is kept.
    assertThat(score("Sheikh Samir", "Samir Kassab")).isLessThan(THRESHOLD);
    assertThat(score("Samir Kassab", "Samir Kassab al-Sheikh")).isCloseTo(0.8667, within());
  }

  @Test
  void sayyidBeforeAGivenNameIsATitle() {
    // Persian, Afghan and South Asian names carry sayyid (seyed, sayed, syed, سید) before the given
    // name on one side and not on the other; محمدباقر موسوی scored 0.77 against Seyed Mohammad
    // Bagher MOUSSAVI (EU list), the title a first name matched by nothing.
    assertThat(score("Seyed Mohammad Bagher Moussavi", "Mohammad Bagher Moussavi")).isEqualTo(0.95);
    assertThat(score("محمدباقر موسوی", "Seyed Mohammad Bagher MOUSSAVI")).isGreaterThan(THRESHOLD);
    assertThat(score("سید محمد عظیم آغا", "Mohammad Azim Agha")).isGreaterThan(THRESHOLD);
    // It is also a given name: left out at a cost (it may be what tells two people apart), and
    // kept where it is not the first word, or where one part would be left.
    assertThat(score("Sayed Mohammad Azim Agha", "Mohammad Yahya Aziz")).isLessThan(THRESHOLD);
    assertThat(score("Ali Sayed Hassan", "Ali Hassan")).isCloseTo(0.9, within());
    assertThat(score("Sayed Hassan", "Hassan Ali")).isLessThan(THRESHOLD);
  }

  @Test
  void aPassportsWholeUpperMachineReadableLineIsReadAsItsNameField() {
    // A document reader gives a passport's upper MRZ line whole (ICAO Doc 9303 Part 4): the
    // document code P and the issuing State before the name field. Read whole, they were name
    // parts: the UN list's ABDUL MANAN AGHA (QDi.018) scored 0.839 as P<AFGAGHA<<ABDUL<MANAN<<…,
    // the State joined to the family name; AKHUND (TAi.002) 0.957, SADDAM HUSSEIN AL-TIKRITI
    // (IQi.001) 0.891.
    assertThat(score("P<AFGAGHA<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<<", "ABDUL MANAN AGHA"))
        .isEqualTo(1.0);
    Match akhund = excerptMatch("P<AFGAKHUND<<MOHAMMAD<HASSAN<<<<<<<<<<<<<<<<", "TAi.002");
    assertThat(akhund.score()).isEqualTo(1.0);
    assertThat(akhund.explanation().get(0).detail())
        .startsWith(
            "query read as a machine-readable zone: its name field alone; 3 of 3 query name parts");
    assertThat(excerptMatch("P<IRQAL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<<", "IQi.001").score())
        .isEqualTo(1.0);
    // A name in MRZ form whose first letters look like a document code and a State is not cut,
    // even padded to a line's length (AK and Hungary: a helper's find, TAi.002 lost).
    assertThat(score("AMBROSIO<<JUAN", "Juan Ambrosio")).isEqualTo(1.0);
    assertThat(excerptMatch("AKHUND<<MOHAMMAD<HASSAN<<<<<<<<<<<<<", "TAi.002").score())
        .isEqualTo(1.0);
    // Both lines of the passport, as a reader gives them.
    assertThat(
            excerptMatch(
                    "P<AFGAKHUND<<MOHAMMAD<HASSAN<<<<<<<<<<<<<<<<\n"
                        + "L898902C36AFG4501012M1204159ZE184226B<<<<<10",
                    "TAi.002")
                .score())
        .isEqualTo(1.0);
  }

  @Test
  void aWholeZonesDateOfBirthNationalityAndDocumentNumberAreTakenAsEvidence() {
    // A passport's two lines (ICAO Doc 9303 TD3, check digits holding) for SADDAM HUSSEIN
    // AL-TIKRITI (IQi.001: born 1937-04-28, Iraq): the lower line's date of birth and nationality
    // count as if given apart.
    String upper = "P<IRQAL<TIKRITI<<SADDAM<HUSSEIN<<<<<<<<<<<<<\n";
    Match same = excerptMatch(upper + "A1234567<6IRQ3704284M3001019<<<<<<<<<<<<<<02", "IQi.001");
    assertThat(same.score()).isEqualTo(1.0);
    assertThat(same.explanation().get(0).detail())
        .startsWith(
            "query read as a machine-readable zone: its name field, with the zone's date of birth,"
                + " nationality, sex and document number; 3 of 3 query name parts");
    assertThat(same.explanation())
        .extracting(FeatureScore::feature, FeatureScore::query, FeatureScore::score)
        .contains(tuple("dob", "1937-04-28", 1.0), tuple("nationality", "IRQ", 1.0));
    // Born 20 years later by the zone: the same name is no longer a hit, (1 + 0.10) / 1.35.
    Match later = excerptMatch(upper + "A1234567<6IRQ5704288M3001019<<<<<<<<<<<<<<00", "IQi.001");
    assertThat(later.score()).isCloseTo(0.8148, within()).isLessThan(THRESHOLD);
    // A date of birth given apart comes first; a check digit that does not hold (4 made 5) leaves
    // the zone's date out, and the explanation says so.
    Match given =
        Names.MATCHER.score(
            Names.MATCHER.prepare(
                new Subject(
                    "q",
                    upper + "A1234567<6IRQ5704288M3001019<<<<<<<<<<<<<<00",
                    List.of(BirthDate.exact(LocalDate.of(1937, 4, 28))),
                    "",
                    Gender.UNKNOWN,
                    "",
                    Set.of(EntryKind.PERSON))),
            Names.candidate("IQi.001"));
    assertThat(given.score()).isEqualTo(1.0);
    assertThat(given.explanation().get(0).detail())
        .startsWith(
            "query read as a machine-readable zone: its name field, with the zone's nationality, sex"
                + " and document number; the zone's date of birth not taken, as given apart; ");
    // A helper's finds, now told: a nationality of no country (XXA, stateless), a date whose
    // check digit holds but that is no calendar date (29 February 2029).
    assertThat(
            excerptMatch(upper + "A1234567<6XXA3704284M3001019<<<<<<<<<<<<<<02", "IQi.001")
                .explanation()
                .get(0)
                .detail())
        .startsWith(
            "query read as a machine-readable zone: its name field, with the zone's date of birth,"
                + " sex and document number; the zone's nationality XXA not taken, as no"
                + " country's; ");
    assertThat(
            excerptMatch(upper + "A1234567<6IRQ2902290M3001019<<<<<<<<<<<<<<02", "IQi.001")
                .explanation()
                .get(0)
                .detail())
        .startsWith(
            "query read as a machine-readable zone: its name field, with the zone's nationality,"
                + " sex and document number; the zone's date of birth left out, as no calendar"
                + " date; ");
    Match unchecked =
        excerptMatch(upper + "A1234567<6IRQ3704285M3001019<<<<<<<<<<<<<<02", "IQi.001");
    assertThat(unchecked.explanation().get(0).detail())
        .startsWith(
            "query read as a machine-readable zone: its name field, with the zone's nationality,"
                + " sex and document number; the zone's date of birth left out, as its check digit"
                + " does not hold; ");
    assertThat(unchecked.explanation()).extracting(FeatureScore::feature).doesNotContain("dob");
  }

  @Test
  void consonantsAloneDoNotMatchANameInAScriptThatWritesItsVowels() {
    // Clean names of yente's synthetic negatives in Hangul and kana, transliterated by ICU with
    // their vowels, were compared by their consonants as Arabic script is (which leaves short
    // vowels unwritten): 상호 (sangho) matched chunyong at 0.95, both of skeleton sng, and these
    // names were hits at 0.95 to 0.975. Their vowels now count as a Latin spelling's do.
    assertThat(score("상호 최", "Choe Chunyong")).isCloseTo(0.6581, within());
    assertThat(score("\u3042\u3059\u304B \u5C71\u4E0B", "YASSIN CHOUKA"))
        .isCloseTo(0.6975, within());
    assertThat(score("Александр Петров", "Aleksandr Petrov")).isEqualTo(1.0);
    // Not where the vowels are marks, which normalisation removes (a helper's find: Devanagari
    // हुसैन, read हसन, no longer matched Hussein, and Hassan Kamal hit instead), nor in an abjad:
    // their consonants carry the name.
    assertThat(score("\u0939\u0941\u0938\u0948\u0928 \u0915\u092E\u093E\u0932", "Hussein Kamal"))
        .isEqualTo(0.95);
    assertThat(
            score("\u092E\u094B\u0939\u092E\u094D\u092E\u0926 \u0905\u0932\u0940", "Mohammad Ali"))
        .isEqualTo(0.975);
    assertThat(score("\u05D0\u05D7\u05DE\u05D3 \u05D7\u05E1\u05DF", "Ahmad Hasan")).isEqualTo(0.95);
  }

  @Test
  void theParticlesOfANameInCyrillicAreParticles() {
    // Russian practical transcription writes the Arabic article, kunya and nasab as words of
    // their own (аль, the assimilated ат and аз, абу, бен), which counted as name parts that found
    // no counterpart (a helper's find): Абу Бакр аль-Багдади scored 0.62 against his Latin name.
    assertThat(score("Абу Бакр аль-Багдади", "Abu Bakr al-Baghdadi")).isCloseTo(0.9652, within());
    assertThat(score("Саддам Хусейн ат-Тикрити", "Saddam Hussein al-Tikriti"))
        .isCloseTo(0.9733, within());
    assertThat(score("Усама бен Ладен", "Usama bin Laden")).isCloseTo(0.9896, within());
    // Ан is also the Korean family name An, as Russian writes it: a name part.
    assertThat(score("Ан Сон Мин", "Son Min")).isCloseTo(0.78, within());
  }

  @Test
  void aCyrillicNameOfCentralAsiaOrTheCaucasusMeetsItsLatinSpellings() {
    // Tajik ҳ and ҷ, which ICU's Cyrillic-Latin does not render, were dropped (Раҳимов keyed
    // raimov, Ҷамшед amsed), and Russian дж was dz, a spelling no list uses: 0.72 and 0.75 before.
    assertThat(score("Джамол Раҳимов", "Jamol Rahimov")).isCloseTo(0.96, within());
    assertThat(score("Ҷамшед Ҳасанов", "Jamshed Hasanov")).isCloseTo(0.96, within());
    assertThat(score("Джамол Раҳимов", "Dzhamol Rakhimov")).isCloseTo(0.935, within());
    // Russian х writes both خ and ح (Халид, Khalid; Хасан, Hasan), and Tajik х is kh alone: read
    // as k too (0.71 and 0.85 before).
    assertThat(score("Джамол Раҳимов", "Jamol Rakhimov")).isCloseTo(0.895, within());
    assertThat(score("Халид Хаттаб", "Khalid Khattab")).isCloseTo(0.92, within());
    assertThat(score("Хасан Хусейнов", "Hasan Husseinov")).isCloseTo(0.96, within());
    // Other names stay apart: Хасан is not Husain, Хамид is not Khalid.
    assertThat(score("Хасан Раҳимов", "Husain Rahimov")).isCloseTo(0.7598, within());
    assertThat(score("Хамид Раҳимов", "Khalid Rahimov")).isCloseTo(0.783, within());
    // A Cyrillic part begins with a vowel or a consonant as a Latin one does: Хан (read khan) is
    // not Akhwan, a listed alias Мухаммад Хан hit at 0.96 through that reading (a helper's find).
    assertThat(score("Мухаммад Хан", "Muhammad Akhwan")).isLessThan(THRESHOLD);
    assertThat(score("Ясин Юсуфов", "Yasin Yusufov")).isCloseTo(0.92, within());
  }

  @Test
  void aPassportNameWithoutThePatronymicMatchesTheListedFullName() {
    // Russian, Ukrainian and Belarusian passports carry given and family names alone; lists give
    // the
    // patronymic too. OFAC aliases: ZHEREBTSOV, Yury was 0.846 against ZHEREBTSOV, Yuriy
    // Gennadievych.
    assertThat(score("ZHEREBTSOV, Yury", "ZHEREBTSOV, Yuriy Gennadievych"))
        .isCloseTo(0.9384, within());
    assertThat(score("Petr Savchenko", "SAVCHENKO, Petr Alexandrovich"))
        .isCloseTo(0.9609, within());
    assertThat(score("Елена Радомская", "Радомская Елена Владимировна"))
        .isCloseTo(0.9478, within());
    // Two patronymics that differ are two fathers: as for another given name.
    assertThat(score("Ivan Ivanovich Petrov", "Ivan Sergeevich Petrov"))
        .isCloseTo(0.8548, within());
    // A patronymic pairs with a patronymic alone: the father's name and the family name swapped are
    // two people (0.956 before; a helper's find).
    assertThat(score("Sergei Ivanovich Petrov", "Sergei Petrovich Ivanov")).isLessThan(0.7);
    assertThat(score("PETROVA, Anna Ivanovna", "IVANOVA, Anna Petrovna")).isLessThan(0.7);
    // With no patronymic on one side it may pair as any part, weighing little: not a hit (0.857).
    assertThat(score("Sergei Petrov", "Sergei Petrovich Ivanov")).isCloseTo(0.8026, within());
    // A family name ending as a patronymic does stays the family name (a helper's find: 0.64).
    assertThat(score("Gregg Charles Popovich", "Gregg Popovich")).isGreaterThan(THRESHOLD);
    assertThat(score("Ana Marija Petrovic", "Ана Марија Петровић")).isEqualTo(1.0);
    // Ukrainian and Russian spellings of one father's name are one (0.883 before).
    assertThat(score("Petro Oleksandrovych Savchenko", "Петр Александрович Савченко"))
        .isCloseTo(0.9053, within());
    // A given name is not the patronymic made from it.
    assertThat(score("Ivan Petrov", "Sergei Ivanovich Petrov")).isLessThan(0.75);
  }

  @Test
  void aKoreanOrChineseGivenNameMatchesWrittenApartHyphenatedOrJoined() {
    // Kim Jong Un, Kim Jong-un, Kim Jongun: Kim Jongun scored 0.84 against the name written apart,
    // the joined part matched with jong alone; an OFAC alias PANG, Sunam 0.69 against PANG, Su Nam.
    assertThat(score("Kim Jongun", "Kim Jong Un")).isEqualTo(1.0);
    assertThat(score("Kim Jong Un", "KIM JONGUN")).isEqualTo(1.0);
    assertThat(score("Kim Jong-un", "KIM JONGUN")).isEqualTo(1.0);
    assertThat(score("Jongun Kim", "Kim Jong Un")).isEqualTo(1.0);
    assertThat(score("PANG, Sunam", "PANG, Su Nam")).isEqualTo(1.0);
    assertThat(score("SU, Guiqin", "SU, Gui Qin")).isEqualTo(1.0);
    // A joined part meets only the same key: another given name stays apart.
    assertThat(score("Kim Jongun", "Kim Jong Il")).isLessThan(THRESHOLD);
    assertThat(score("Kim Jong Il", "Kim Jong Un")).isLessThan(0.7);
    // Two names both joined do not meet: where each was split is lost (a helper's find, 1.0).
    assertThat(score("Chen Jin An", "Chen Ji Nan")).isLessThan(0.7);
    // Written given name first, the first two parts are joined.
    assertThat(score("Jongun Kim", "Jong Un Kim")).isEqualTo(1.0);
  }

  @Test
  void aFrenchOuBeforeAVowelIsTheConsonantW() {
    // French spellings write و as ou before a vowel, first in a word too: Ouassim was kept apart
    // from Wasim (0.71) as a name beginning with a vowel. Its key is now wassim.
    assertThat(score("Ouassim", "Wasim")).isCloseTo(0.9611, within());
    assertThat(score("Mohamed Ouali", "Muhammad Wali")).isCloseTo(0.96, within());
    assertThat(score("Oueslati", "Weslati")).isEqualTo(1.0);
    assertThat(score("وسيم", "Ouassim")).isCloseTo(0.95, within());
    assertThat(score("Ouaddah", "وضاح")).isCloseTo(0.90, within());
    // After a silent ʿayn or hamza, the u and the w of the Arabic (Uwaydat, Uwais).
    assertThat(score("Oueidat", "عويدات")).isCloseTo(0.95, within());
    assertThat(score("Ouais", "أويس")).isCloseTo(0.90, within());
    // After abd written joined too (Abdelouahab; a helper's find, 0.66 once و first asked for w).
    assertThat(score("Abdelouahab Ali", "عبد الوهاب علي")).isCloseTo(0.925, within());
    // ou before a consonant is still the vowel u.
    assertThat(score("Oussama", "Usama")).isCloseTo(0.92, within());
    assertThat(score("Oumar", "عمر")).isCloseTo(0.95, within());
  }

  @Test
  void aLatinWFirstInAWordWritesWawAlone() {
    // Wasim is وسيم, not عاصم (0.95 before: an Arabic part beginning with ع began like anything);
    // Waheed is وحيد, not حيد.
    assertThat(score("عاصم", "Wasim")).isLessThan(0.6);
    assertThat(score("عاصم", "Ouassim")).isLessThan(0.6);
    assertThat(score("حيد", "Waheed")).isLessThan(0.6);
    assertThat(score("وحيد", "Waheed")).isCloseTo(0.95, within());
    assertThat(score("وائل", "Wael")).isCloseTo(0.90, within());
    // And a و first is w or v in Latin, not a vowel: Asim is not وسيم (0.95 before; a helper's
    // find).
    assertThat(score("Asim Ali", "وسيم علي")).isLessThan(0.7);
    assertThat(score("Vahid", "وحید")).isCloseTo(0.95, within());
  }

  @Test
  void theSchwaOfAzerbaijanisLatinAlphabetIsA() {
    // ICU's Latin-ASCII leaves ə out: Əli Həsənov was keyed li hsnov, 0.41 against Ali Hasanov.
    assertThat(score("Əli Həsənov", "Ali Hasanov")).isEqualTo(1.0);
    assertThat(score("NƏRGIZ MƏMMƏDOVA", "Nargiz Mammadova")).isEqualTo(1.0);
    // Cyrillic ә, which Azerbaijani wrote before 1991, likewise.
    assertThat(score("Әли Һәсәнов", "Ali Hasanov")).isEqualTo(1.0);
  }

  @Test
  void kurdishUyghurAndMaghrebiLettersAreRead() {
    // ICU renders neither Kurdish ڕ ڵ ۆ nor Uyghur ۇ nor Maghrebi ڨ: they were dropped; and the
    // vowel ە within a word was read as heh, an h among the consonants.
    assertThat(score("کەریم ڕەسووڵ", "Karim Rasul")).isEqualTo(0.95);
    assertThat(score("ڕەحمان", "Rahman")).isEqualTo(0.95);
    assertThat(score("مۇھەممەد ئۆمەر", "Muhammad Omer")).isEqualTo(0.95);
    assertThat(score("ڨاسمي", "Gasmi")).isEqualTo(0.95);
    // Other names stay apart: حەسەن is Hassan, not Hussein.
    assertThat(score("حەسەن", "Hussein")).isCloseTo(0.527, within());
  }

  @Test
  void anSBeforeHehInArabicScriptMeetsOnlyALatinSpellingThatWritesSh() {
    // سهيل is Suhail: its joined key shyl reads sh as one letter, skeleton sl, which met Saleh and
    // Salwa at 0.95 (on the EU list's development split, Suhail al-Abdullah ranked third, below
    // Salwa Abdullah and Saleh al-Abdullah); صهيب (Suhaib) met Sabah.
    assertThat(score("سهيل العبدالله", "Saleh AL-ABDULLAH")).isCloseTo(0.684, within());
    assertThat(score("سهيل العبدالله", "Suhail AL-ABDULLAH")).isEqualTo(0.95);
    assertThat(score("صهيب", "Sabah")).isCloseTo(0.513, within());
    assertThat(score("صهيب", "Suhaib")).isEqualTo(0.95);
    // Not ح after s, nor ه after another consonant: Latin spellings leave that h out (a helper
    // found Isaq, Isak and Chaudry lost when every digraph across two letters was asked for).
    assertThat(score("إسحاق", "Ishaq")).isEqualTo(0.95);
    assertThat(score("إسحاق", "Isaq")).isEqualTo(0.95);
    assertThat(score("چودھری", "Chaudry")).isEqualTo(0.95);
    assertThat(score("تحية", "Tahia")).isEqualTo(0.9);
  }

  @Test
  void anArticleWrittenJoinedIsExplainedAndCharged() {
    // A passport's machine-readable zone writes the article joined (ALHASSAN); a list writes the
    // name without it, or the other way round: the article is read apart, at 0.97, and the
    // explanation says how each side was read. Both scored 0.858 before.
    assertArticleReadAndCharged("ALHASSAN, Anas", "Anas Hassan", "anas al hassan");
  }

  /**
   * {@code written} scores 0.97 against {@code other} and the other way round, and the explanation
   * says how each side was read ({@code read}) and what it was charged, and leaves nothing out.
   */
  private static void assertArticleReadAndCharged(String written, String other, String read) {
    for (String[] pair :
        new String[][] {{written, other, "query parts"}, {other, written, "list name parts"}}) {
      Match match = match(pair[0], pair[1]);
      assertThat(match.score()).isEqualTo(0.97);
      assertThat(match.explanation().get(0).detail())
          .contains(pair[2] + " written as: " + read)
          .contains("× 0.97 for an article read where it is written joined or assimilated")
          .doesNotContain("left out");
    }
  }

  @Test
  void twoNamesOfAbdAreExplained() {
    // Abdul Rahman and Abdul Rahim, two names of abd alike in Latin letters, are told apart, and
    // the explanation says which pair was lowered and to what; one name spelt two ways is not.
    for (String[] pair :
        new String[][] {
          {"Abdul Rahman", "Abdul Rahim", "rahman~rahim"},
          {"Abdurrahman", "Abdurrahim", "abdurrahman~abdurrahim"},
          {"Abdul Rahman", "Abdul Rehman", null}
        }) {
      Match match = match(pair[0], pair[1]);
      String detail = match.explanation().get(0).detail();
      if (pair[2] == null) {
        assertThat(detail).doesNotContain("names of abd");
      } else {
        assertThat(detail)
            .contains("two different names of abd, as alike as 0.80 at most: " + pair[2]);
      }
    }
  }

  @Test
  void anAssimilatedArticleIsExplainedAndCharged() {
    // The article assimilated to a sun letter (ar-Rahman) is read as the article, on either side,
    // at 0.97, and the explanation says so. Both scored 0.704 before.
    assertArticleReadAndCharged("Abd ar-Rahman", "Abd al-Rahman", "abd al rahman");
  }

  @Test
  void aCompoundGivenNameWrittenAsOneWordMatchesItWrittenApart() {
    // Persian compound given names are written as one word or two (OFAC lists both Mohammadreza
    // and Mohammad Reza, Abbasali and Abbas Ali): a query's word that is two Latin spellings of
    // given names is also compared written apart. As one word, Mohammadreza Mousavi against
    // Mohammad Reza Mousavi scored 0.838.
    assertThat(score("Gholamhossein Karimi", "Gholam Hossein Karimi")).isEqualTo(1.0);
    Match match = match("KARIMI, Mohammadreza", "Mohammad Reza Karimi");
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.explanation().get(0).detail())
        .contains("query compound parts written as: mohammad reza karimi");
    // Not a family name that ends in a given name's letters, nor a word of two three-letter
    // names: a helper found Aminabadi read amina badi (0.866) and Samali read sam ali.
    assertThat(score("Salah Aminabadi", "Salah Badi")).isCloseTo(0.7477, within());
    assertThat(score("Samali Mohammed", "Isam Ali Mohamed")).isCloseTo(0.656, within());
    // Nor in an organisation's name, which has no given names.
    Subject company =
        new Subject(
            "q",
            "Aliakbar Trading Company",
            List.of(),
            "",
            Gender.UNKNOWN,
            "",
            java.util.Set.of(EntryKind.ORGANIZATION));
    Match trading =
        Names.MATCHER.score(
            Names.MATCHER.prepare(company),
            Names.MATCHER.prepare(
                "test", Names.entry("T.2", EntryKind.ORGANIZATION, "Ali Akbar Trading Company")));
    assertThat(trading.explanation().get(0).detail()).doesNotContain("compound parts written as");
    assertThat(score("Aliakbar Trading Company", "Ali Akbar Trading Company")).isEqualTo(1.0);
  }

  /** The match of {@code query} (name alone) with the UN excerpt's entry {@code entryId}. */
  private static Match excerptMatch(String query, String entryId) {
    return Names.MATCHER.score(
        Names.MATCHER.prepare(Subject.ofName("q", query)), Names.candidate(entryId));
  }

  @Test
  void aLeadingMuhammadLeftOutOnOneSideStillMatches() {
    // Muhammad is given before the name a person is called by, and written on one side only: the
    // Taliban's MOHAMMAD HASSAN AKHUND (TAi.002, UN list) is Hassan Akhund in the news, and the EU
    // list's Mohammad Hassan QATANA was queried as حسن قطانة. Hassan Akhund scored 0.74 against
    // TAi.002, the list's Muhammad a first name matched by nothing.
    Candidate akhund = Names.candidate("TAi.002");
    Match latin =
        Names.MATCHER.score(Names.MATCHER.prepare(Subject.ofName("q", "Hassan Akhund")), akhund);
    assertThat(latin.score()).isEqualTo(0.9);
    assertThat(latin.explanation().get(0).detail())
        .contains("; list name's leading Muhammad left out: mohammad;")
        .contains("× 0.90 for the parts left out");
    Match arabic =
        Names.MATCHER.score(Names.MATCHER.prepare(Subject.ofName("q", "حسن آخوند")), akhund);
    assertThat(arabic.score()).isEqualTo(0.9);
    assertThat(arabic.listName()).isEqualTo("محمد حسن آخوند");
    assertThat(score("حسن قطانة", "Mohammad Hassan QATANA")).isCloseTo(0.855, within());
    // Either side: the query's Muhammad too, spelt or abbreviated as lists and passports do; on
    // both sides, however spelt, it is charged once (Md against Mohammad scored 0.81, charged
    // twice), and two spellings compared as written still rank above it.
    assertThat(score("Md Hassan Akhund", "Hassan Akhund")).isEqualTo(0.9);
    assertThat(score("Md Hassan Akhund", "Mohammad Hassan Akhund")).isEqualTo(0.9);
    assertThat(score("Mohd Hassan Akhund", "Mohammad Hassan Akhund")).isEqualTo(0.9);
    assertThat(score("Muhammad Hasan Akhund", "MOHAMMAD HASSAN AKHUND")).isCloseTo(0.962, within());
    Match both =
        Names.MATCHER.score(
            Names.MATCHER.prepare(Subject.ofName("q", "Md. Hassan Akhund")), akhund);
    assertThat(both.score()).isEqualTo(0.9);
    assertThat(both.explanation().get(0).detail())
        .contains("; a leading Muhammad on both sides, left out of both and charged once: md,")
        .contains("× 0.90 for the parts left out")
        .doesNotContain("'s leading Muhammad left out");
    assertThat(score("MOHAMED<HASSAN<AKHUND", "Hassan Akhund")).isEqualTo(0.9);
    // Written on both sides it costs nothing.
    assertThat(score("Mohammad Hassan Akhund", "Muhammad Hassan Akhund")).isGreaterThan(0.9);
    // Only a leading Muhammad, only where two name parts remain, and only Muhammad: within a name
    // it is a name part (Hussein Akhund wholly within Hussein Muhammad Akhund, 0.60 × 1 + 0.40 ×
    // 2/3, as before), Mohammad Hassan is not Hassan, Mahmoud Hassan Akhund not Hassan Akhund for
    // sure, and a name that differs besides stays below the alert threshold.
    // A Muhammad in the middle of a name is a middle part left out (0.7 of the shorter name's
    // share, both ends anchored).
    assertThat(score("Hussein Muhammad Akhund", "Hussein Akhund")).isCloseTo(0.9, within());
    assertThat(score("Mohammad Hassan", "Hassan")).isLessThan(THRESHOLD);
    assertThat(score("Mahmoud Hassan Akhund", "Hassan Akhund")).isLessThan(THRESHOLD);
    assertThat(score("Hassan Rahmani", "MOHAMMAD HASAN RAHMANI")).isGreaterThan(THRESHOLD);
    assertThat(score("Hassan Qatana", "MOHAMMAD HASAN RAHMANI")).isLessThan(0.75);
  }

  @Test
  void aPersianNameWrittenJoinedOrApartStillMatches() {
    // Persian and Arabic script write compound given names joined (حمیدرضا, نورالدين) and
    // family-name endings apart (زارع پور); Latin spellings often the other way round. These
    // scored 0.46 and 0.79, below the alert threshold.
    Match match = screen("حمیدرضا زارع پور").get(0);
    assertThat(match.entry().id()).isEqualTo("F-9");
    assertThat(match.explanation().get(0).detail())
        .contains("; query compound parts written as: حميد رضا زارعپور;");
    assertThat(score("حمیدرضا زارع پور", "Hamid Reza Zarepour")).isEqualTo(0.95);
    assertThat(screen("نورالدين وحيدي").get(0).entry().id()).isEqualTo("F-10");
    assertThat(score("نورالدين وحيدي", "Nuruddin Wahidi")).isEqualTo(0.95);
    // A compound with الله or الدين beside an ending written apart.
    assertThat(score("عزتالله رحیم زاده", "Ezatullah Rahimzadeh")).isEqualTo(0.95);
    assertThat(score("سیف الدین حسین پور", "Saifuddin Hosseinpour")).isEqualTo(0.95);
    // An ending of one consonant is not joined: امیننیا is Amin's skeleton.
    assertThat(score("محمد امین نیا", "Muhammad Amin")).isLessThan(THRESHOLD);
    // Only given names of the general name data are split, and only Persian endings joined: Ali
    // Hassan is not one name Alihassan. An ending is not split off a word: alone, لو met Il.
    assertThat(score("علی حسن", "Alihassan")).isLessThan(0.70);
    assertThat(score("إلياس سنالو", "Choe Song Il")).isLessThan(THRESHOLD);
  }

  @Test
  void aPersianEndingWrittenApartInLatinScriptStillMatches() {
    // Latin spellings of Persian names write the family-name endings joined, hyphenated or apart:
    // a query's ending apart is also joined to the part before it, as in Arabic script. These
    // scored 0.65 to 0.83.
    assertThat(score("Mahmoud Ahmadi Nejad", "Mahmoud Ahmadinejad")).isEqualTo(1.0);
    assertThat(score("Mahmoud Ahmadi-Nejad", "Mahmoud Ahmadinejad")).isEqualTo(1.0);
    assertThat(score("Ali Pour", "Alipour")).isEqualTo(1.0);
    assertThat(score("Hossein Zadeh", "Hosseinzadeh")).isEqualTo(1.0);
    assertThat(score("Ali Zada", "Alizada")).isEqualTo(1.0);
    // With a compound given name as written (not split as Mohammad Reza), and spelt poor.
    assertThat(score("Mohammadreza Ahmadi Nejad", "Mohammadreza Ahmadinejad")).isEqualTo(1.0);
    assertThat(score("Alireza Ali Poor", "Alireza Alipoor")).isEqualTo(1.0);
    // A list's name with the ending apart is also read joined, in either script.
    assertThat(score("Mahmoud Ahmadinejad", "Mahmoud Ahmadi Nejad")).isEqualTo(1.0);
    assertThat(score("Mahmoud Ahmadinejad", "محمود احمدی نژاد")).isEqualTo(0.95);
    assertThat(score("Ahmad", "Ahmad Zai")).isEqualTo(0.75);
    // Pashto tribal names, -zai and -khel, the same way, in Latin and Arabic script.
    assertThat(score("Ashraf Ghani Ahmad Zai", "Ashraf Ghani Ahmadzai")).isEqualTo(1.0);
    assertThat(score("Sulaiman Khel", "Sulaimankhel")).isEqualTo(1.0);
    assertThat(score("احمد زی", "Ahmadzai")).isEqualTo(0.95);
    assertThat(score("سلیمان خیل", "Sulaimankhel")).isEqualTo(0.95);
    // Another spelling of the ending, or the ending in Arabic script, still meets it.
    assertThat(score("Mahmoud Ahmadi Nejad", "Mahmoud Ahmadinezhad")).isGreaterThan(THRESHOLD);
    assertThat(score("Hossein Zadeh", "حسین‌زاده")).isEqualTo(0.95);
    // Joined, an ending does not lend its part Jaro-Winkler's bonus for a common beginning against
    // a name without it: as written apart, 0.75 (0.90 and 0.925 joined).
    assertThat(score("Reza Fard", "Reza")).isEqualTo(0.75);
    assertThat(score("Ahmad Zai", "Ahmad")).isEqualTo(0.75);
    // Nor lends its last consonants to names that end in them without it (helpers' finds).
    assertThat(score("Mohammad Shah Zada", "Mohammad Shahzad")).isLessThan(THRESHOLD);
    assertThat(score("Abdul Rahman Mir Zai", "Abdul Rahman Mirza")).isLessThan(THRESHOLD);
    assertThat(score("Mohammad Ali Khail", "Mohammad Mikhail")).isLessThan(THRESHOLD);
    assertThat(score("Khalil Khel", "Khalil")).isEqualTo(0.75);
    // Joined to other names' endings, it is as alike as what comes before them.
    assertThat(score("Ahmad Zai", "Mohammadzai")).isLessThan(THRESHOLD);
    assertThat(score("Noor Zai", "Nurzai")).isGreaterThan(THRESHOLD);
    assertThat(score("Mahmoud Hamidi Nejad", "Mahmoud Ahmadinejad")).isLessThan(THRESHOLD);
    assertThat(score("Mir Zai", "Mirzaee")).isLessThan(THRESHOLD);
    assertThat(score("Sultan Khil", "Sultankhel")).isGreaterThan(THRESHOLD);
    assertThat(score("سلطان خېل", "Sultankhel")).isEqualTo(0.95);
    // Long vowels are counted before the ending: the alef of زاده stood for the ou of Mahmoud, so
    // محمد زاده met Mahmoudzadeh at 0.95, and حسن زاده Hosseinzadeh (a helper's find); the ou of
    // pour asks no long vowel of حسن پور.
    assertThat(score("محمد زاده", "Mahmoudzadeh")).isLessThan(0.70);
    assertThat(score("محمدزاده", "Mahmoudzadeh")).isLessThan(0.70);
    assertThat(score("حسن زاده", "Hosseinzadeh")).isLessThan(THRESHOLD);
    assertThat(score("حسن آبادی", "Hosseinabadi")).isLessThan(THRESHOLD);
    assertThat(score("محمود زاده", "Mahmoudzadeh")).isEqualTo(0.95);
    assertThat(score("حسین زاده", "Hosseinzadeh")).isEqualTo(0.95);
    assertThat(score("حسن پور", "Hassanpour")).isEqualTo(0.95);
    assertThat(score("حسن خیل", "Hassankhel")).isEqualTo(0.95);
    // Only these endings: Ali Hassan is not one name Alihassan.
    assertThat(score("Ali Hassan", "Alihassan")).isLessThan(0.70);
  }

  @Test
  void aLatinQIsAlsoThePersianGh() {
    // Persian spellings write ق gh (Persian says it as غ): Ghasem Soleimani against the listed
    // QASEM SOLEIMANI scored 0.82, Taghi against Taqi 0.74.
    assertThat(score("Ghasem Soleimani", "Qasem Soleimani")).isGreaterThan(THRESHOLD);
    assertThat(score("Taghi", "Taqi")).isEqualTo(0.92);
    assertThat(score("Haghighi", "Haqiqi")).isEqualTo(0.92);
    // Only between Latin spellings: Qasem is not جاسم (Jasem), however Egyptian spellings write
    // its ج as g.
    assertThat(score("Qasem", "جاسم")).isLessThan(0.70);
    assertThat(score("Qasem", "قاسم")).isEqualTo(0.95);
    // Only against a spelling that writes gh before a vowel: q is no g in pinyin, nor the silent
    // gh of English names (a helper's finds).
    assertThat(score("Wang Qi", "Wang Ge")).isLessThan(0.70);
    assertThat(score("Leigh Khan", "Laiq Khan")).isLessThan(THRESHOLD);
  }

  @Test
  void aFinalHIsNoLongerFinalOnceAPartIsJoinedToIt() {
    // A skeleton leaves out a final h (ذبیح, dhbyh: zb); joined to the part after it, the h is
    // inside the word and written in its Latin spellings: ذبیح پور scored 0.66 against Zabihpour
    // (ذبیحپور, written joined, 0.95) and ذبيح الله 0.71 against Zabihullah.
    assertThat(score("ذبیح پور", "Zabihpour")).isEqualTo(0.95);
    assertThat(score("ذبيح الله", "Zabihullah")).isEqualTo(0.95);
    assertThat(score("ذبیح پور آمنه سادات", "Ameneh Sadat Zabihpour")).isGreaterThan(0.95);
    // The spelling that leaves the h out still matches: فاطمه زاده, Fatemezadeh (0.74 before).
    assertThat(score("فاطمه زاده", "Fatemezadeh")).isEqualTo(0.95);
    assertThat(score("فاطمه زاده", "Fatemehzadeh")).isEqualTo(0.95);
  }

  @Test
  void aCompoundWithAllahIsOneGivenNameNotTwo() {
    // The UN list writes TAi.014's original-script name هدايت الله: one given name, Hidayatullah.
    // Hedayatollah Mohammadi, another man, scored 0.87 against it, a name of two parts wholly
    // within his; الله now weighs with the part before it, as the name written joined does.
    assertThat(score("هدایتالله محمدی", "هدايت الله")).isCloseTo(0.75, within());
    assertThat(score("هدایت الله محمدی", "هدايت الله")).isCloseTo(0.75, within());
    assertThat(score("Hidayat Ullah Mohammadi", "Hidayat Ullah")).isCloseTo(0.75, within());
    assertThat(score("Saif al-Din Karimi", "Saif al-Din")).isCloseTo(0.75, within());
    // The compound is matched within another name only whole: Amir Ullah is not Amir with Ullah
    // against Khan (0.88, a hit, when its head alone counted).
    assertThat(score("Amir Ullah Muttaqi", "Amir Khan Motaqi")).isCloseTo(0.8418, within());
    // The compound is still the name it is, written apart or joined.
    assertThat(score("هدایت الله محمدی", "Hidayatullah Mohammadi")).isCloseTo(0.95, within());
    assertThat(score("نور الدين وحيدي", "Nuruddin Wahidi")).isCloseTo(0.95, within());
    assertThat(score("Nur al-Din Wahidi", "نور الدين وحيدي")).isCloseTo(0.95, within());
  }

  @Test
  void abdWithTheArticleAsPersianAndFrenchSpellingsWriteItIsAbd() {
    // Abdol (Persian: Abdol Reza, Abdol Hossein) and Abdoul (French, West Africa: Abdoul Karim,
    // Abdoul Aziz), written apart, were name parts of their own that nothing met: 0.67 against
    // the name in Arabic script, 0.71 and 0.57 against Abdul, as abol and aboul are abu's.
    assertThat(score("عبد الرضا كريمي", "Abdol Reza Karimi")).isEqualTo(0.95);
    assertThat(score("عبد الكريم حسن", "Abdoul Karim Hassan")).isEqualTo(0.95);
    assertThat(score("Abdol Karim Hassan", "Abdul Karim Hassan")).isCloseTo(0.9896, within());
    assertThat(score("Abdoul Diallo", "Abdul Diallo")).isCloseTo(0.991, within());
    assertThat(score("Abdoul Diallo", "Mamadou Diallo")).isLessThan(0.70);
  }

  @Test
  void aCompoundWithAllahIsNotItsFirstNameWithAnotherEnding() {
    // A skeleton drops a final h and writes a doubled letter once, so a compound with الله kept
    // only the l of its first name: عبدالله and Abdali (a Pashtun name) were both bdl, نصرالله and
    // Nasrali both nsrl, and scored 0.975 as whole names.
    assertThat(score("عبدالله", "Abdali")).isCloseTo(0.5288, within());
    assertThat(score("عبدالله خان", "Abdali Khan")).isCloseTo(0.7144, within());
    assertThat(score("نصرالله خان", "Nasrali Khan")).isCloseTo(0.7562, within());
    assertThat(score("عطاالله خان", "Atali Khan")).isCloseTo(0.7493, within());
    // Nor is a name in l with the suffix i the compound: فاضلي (Fazeli) is not Fazlollah, عبدلي
    // (Abdali) not Abdullah.
    assertThat(score("فاضلي خان", "Fazlollah Khan")).isCloseTo(0.756, within());
    assertThat(score("عبدلي خان", "Abdullah Khan")).isCloseTo(0.7369, within());
    // Its spellings still meet it, with or without the h, as West Africa and Central Asia write
    // it too, and Hebrew script, which writes no vowels.
    assertThat(score("عبدالله خان", "Abdullah Khan")).isEqualTo(0.975);
    assertThat(score("عبدالله خان", "Abdulla Khan")).isEqualTo(0.975);
    assertThat(score("عبد الله خان", "Abdoulaye Khan")).isEqualTo(0.975);
    assertThat(score("عبدالله جالو", "Abdoulie Jallow")).isEqualTo(0.95);
    assertThat(score("رحمت الله خان", "Rahmatullo Khan")).isEqualTo(0.975);
    assertThat(score("عطا الله خان", "Atallah Khan")).isEqualTo(0.975);
    assertThat(score("فضل الله", "פדלאללה")).isEqualTo(0.95);
    // Names that end in l and a vowel without the element keep their spellings: Shallah (شلح),
    // Fallah, Mullah, Uyghur ئابدۇللا.
    assertThat(score("رمضان شلح", "Ramadan Shallah")).isEqualTo(0.95);
    assertThat(score("فلاح خان", "Fallah Khan")).isEqualTo(0.975);
    assertThat(score("ملا خان", "Mullah Khan")).isEqualTo(0.975);
    assertThat(score("ئابدۇللا مەنسۇر", "Abdullah Mansur")).isEqualTo(0.95);
  }

  @Test
  void aLongVowelSpeltAsAnotherVowelIsAnotherName() {
    // Amir امير is not Omar, Hamid حميد is not Ahmad, Hussein حسين is not Hassaan: the consonants
    // are the same, but no Latin spelling writes a long ي or و with an a alone. All scored 0.95.
    assertThat(score("امير", "Omar")).isCloseTo(0.54, within());
    assertThat(score("حميد", "Ahmad")).isCloseTo(0.6345, within());
    assertThat(score("حسين", "Hassaan")).isCloseTo(0.4821, within());
    assertThat(score("امير كريمي", "Omar Karimi")).isCloseTo(0.6975, within());
    // The same names spelt as they are written still match.
    assertThat(score("امير", "Amir")).isCloseTo(0.95, within());
    assertThat(score("حسين", "Hussein")).isCloseTo(0.95, within());
    assertThat(score("حسين", "Husayn")).isCloseTo(0.95, within());
    assertThat(score("محمود", "Mahmud")).isCloseTo(0.95, within());
    // A yeh after alef is the seat of a hamza (رائد), spelt Raed or Raad.
    assertThat(score("رائد", "Raad")).isCloseTo(0.95, within());
  }

  @Test
  void arabicScriptNamesWithOtherConsonantsAreOtherNames() {
    // In Arabic script the letters are known: Yusuf يوسف is not Saif سيف, Saddah صداح is not Saeed
    // سعيد, though their Latin skeletons are equal (sf, sd); they scored 0.95.
    assertThat(score("يوسف", "سيف")).isCloseTo(0.585, within());
    assertThat(score("صداح", "سعيد")).isCloseTo(0.6075, within());
    assertThat(score("وثاق", "توخى")).isCloseTo(0.51, within());
    // Long vowels and hamza written or not, and Persian letters written with Arabic ones, are the
    // same name.
    assertThat(score("داود", "داوود")).isCloseTo(0.9, within());
    assertThat(score("پرويز", "برويز")).isCloseTo(0.95, within());
    assertThat(score("مسئول", "مسؤول")).isCloseTo(0.95, within());
    // Across scripts, و or ي first in a word is the consonant w or y: يوسف is not Saif (0.95
    // before, by the skeleton sf), as it is Yusuf; وليد is Walid.
    assertThat(score("يوسف", "Saif")).isCloseTo(0.405, within());
    // Urdu letters are the Arabic letters that write them elsewhere (ٹ ت), and Turkish writes و as
    // v: Tevfik is توفيق.
    assertThat(score("ٹیپو سلطان", "تيبو سلطان")).isCloseTo(0.975, within());
    assertThat(score("توفيق أرسلان", "Tevfik Arslan")).isCloseTo(0.975, within());
    assertThat(score("يوسف", "Yusuf")).isCloseTo(0.95, within());
    assertThat(score("وليد", "Walid")).isCloseTo(0.95, within());
  }

  @Test
  void twoGenerationsOrSisterShipsAreNotOneNameSpeltTwoWays() {
    // II and III were alike as spellings (0.91): NOOR III against the vessel NOOR II was a hit at
    // 0.955, Samir Kassab II against Samir Kassab III 0.97. Now NOOR alone is matched, half of
    // each name.
    assertThat(score("NOOR III", EntryKind.VESSEL, "NOOR II")).isCloseTo(0.5, within());
    assertThat(score("NOOR VIII", EntryKind.VESSEL, "NOOR III")).isCloseTo(0.5, within());
    // The same name but for the generation: a name within the other, as for Jr and Sr (0.889,
    // whose letters are less alike than II and III's but count).
    assertThat(score("Samir Kassab II", "Samir Kassab III")).isCloseTo(0.858, within());
  }

  @Test
  void aKunyaWrittenJoinedOrApartIsTheSameName() {
    // Nigerian, Persian and Arabic spellings write abu joined to the name after it (Abubakar,
    // Abolfazl, ابوبكر); lists and passports write it apart too. Abu Bakar Shekau against the UN's
    // ABUBAKAR MOHAMMED SHEKAU scored 0.73 and was not a hit.
    assertThat(score("Abu Bakar Shekau", "Abubakar Shekau")).isCloseTo(1.0, within());
    assertThat(score("ابو بكر شيكاو", "Abubakar Shekau")).isCloseTo(0.95, within());
    assertThat(score("ابو الفضل نظری", "Abualfazl Nazeri")).isCloseTo(0.95, within());
    // Persian writes Abu al- as Abol- or Abul-: abo is abu, and the article may be its l alone.
    assertThat(score("ابو الفضل رضايي", "Abolfazl Rezaei")).isCloseTo(0.95, within());
    assertThat(score("ابو الفضل", "Abulfazl")).isCloseTo(0.95, within());
    assertThat(score("Abu al-Fazl", "Abolfazl")).isCloseTo(0.92, within());
    // Abood is not a kunya: عبود.
    assertThat(score("Abood", "عبود")).isCloseTo(0.95, within());
    // Joined, abu and abd share their first letters, which lifted Jaro-Winkler: a part that begins
    // with one particle is as alike as what follows it to a part that begins with another, less the
    // particle that has no counterpart, as written apart (Abu Karim is not Abdul Karim: 0.95 with
    // the kunya joined and what follows alone compared).
    assertThat(score("Abu Kim", "Abdul Karim")).isCloseTo(0.5573, within());
    assertThat(score("Abu Rana", "Abdulrazak")).isCloseTo(0.5723, within());
    assertThat(score("Abu Karim", "Abdul Karim")).isCloseTo(0.7692, within());
    // A kunya written joined has the consonants of its name only: abuhurayrah (bhr) is not بهار
    // Bahar, which it equalled by skeleton (0.855, a hit); abubakar keeps بكر, its name written
    // apart, as the UN's ABUBAKAR MOHAMMED SHEKAU keeps أبو بكر محمد الشكوى.
    assertThat(score("بهار صنایعی", "Abu Hurayrah al-Sanaai")).isCloseTo(0.696, within());
    assertThat(score("أبو بكر محمد الشكوى", "Abubakar Mohammed Shekau"))
        .isCloseTo(0.9068, within());
  }

  @Test
  void aPersianTitleIsLeftOutAsOthersAre() {
    // دکتر, the Persian spelling of Doctor, is a title as دكتور and Dr are.
    assertThat(score("دکتر سيد محمد حسيني", "Sayyid Mohammad Hosseini"))
        .isCloseTo(0.9405, within());
  }

  @Test
  void anInvisibleCharacterWhereASpaceWasDoesNotJoinTwoNames() {
    // A zero-width space or a direction mark between two words, as text copied from a web page or
    // from right-to-left text may have it, joined them: saddamhussein, 0.82, no hit.
    assertThat(score("Saddam\u200bHussein al-Tikriti", "Saddam Hussein al-Tikriti")).isEqualTo(1.0);
    assertThat(score("Osama\u200eBin Laden", "Usama bin Laden"))
        .isEqualTo(score("Osama Bin Laden", "Usama bin Laden"))
        .isCloseTo(0.9652, within());
    assertThat(score("صدام\u200fحسين", "Saddam Hussein"))
        .isEqualTo(score("صدام حسين", "Saddam Hussein"))
        .isCloseTo(0.95, within());
    // Read both ways: one inside a word still joins it.
    assertThat(score("Sad\u200bdam Hus\u200esein", "Saddam Hussein")).isEqualTo(1.0);
    // So does a control character, as records exported from other systems leave one where a
    // separator was: joined, saddamhussein scored 0.82 (a helper's find, 2026-12-05).
    assertThat(score("Saddam\u0001Hussein al-Tikriti", "Saddam Hussein al-Tikriti")).isEqualTo(1.0);
    assertThat(score("صدام\u007fحسين", "Saddam Hussein")).isCloseTo(0.95, within());
    assertThat(score("Sad\u0001dam Hus\u0090sein", "Saddam Hussein")).isEqualTo(1.0);
    // The joiners Arabic-script text needs inside a word are not read as spaces: Persian writes a
    // family-name ending after a non-joiner, and امین‌نیا is one name, not Amin.
    assertThat(score("محمد امین\u200cنیا", "Muhammad Amin"))
        .isEqualTo(score("محمد امیننیا", "Muhammad Amin"));
    Match m = match("Saddam\u200bHussein al-Tikriti", "Saddam Hussein al-Tikriti");
    assertThat(m.explanation().get(0).detail())
        .contains(
            "; query read with its invisible characters as spaces: saddam hussein al tikriti");
  }

  @Test
  void anInvisibleCharacterWhereAListedNameHadASpaceDoesNotJoinTwoNames() {
    // A list exported from another system may hold one too (a breaker's find, 2026-12-06: a list
    // CSV's Saddam\u200BHussein al-Tikriti scored 0.82 against Saddam Hussein al-Tikriti, no hit).
    assertThat(score("Saddam Hussein al-Tikriti", "Saddam\u200bHussein al-Tikriti")).isEqualTo(1.0);
    assertThat(score("Saddam Hussein al-Tikriti", "Saddam\u0001Hussein al-Tikriti")).isEqualTo(1.0);
    assertThat(score("Saddam Hussein al-Tikriti", "Saddam\u0000Hussein al-Tikriti")).isEqualTo(1.0);
    assertThat(score("Saddam Hussein", "صدام\u200fحسين")).isCloseTo(0.95, within());
    // Read both ways: one inside a word still joins it.
    assertThat(score("Saddam Hussein", "Sad\u200bdam Hus\u200esein")).isEqualTo(1.0);
    // A Hangul filler, a letter that shows blank, is read so too, on either side (a re-breaker's
    // find: 0.814, joined).
    assertThat(score("Saddam Hussein al-Tikriti", "Saddam\u3164Hussein\uffa0al-Tikriti"))
        .isEqualTo(1.0);
    assertThat(score("Saddam\u3164Hussein\u115fal-Tikriti", "Saddam Hussein al-Tikriti"))
        .isEqualTo(1.0);
    // The words so read are the name's as a space's are: syllables joined (a re-breaker's find:
    // Kim Jongun against a listed Kim\u3164Jong\u3164Un scored 0.837, 1.0 with spaces).
    for (String gap : List.of(" ", "\u3164", "\u200b", "\u0001")) {
      String listed = "Kim" + gap + "Jong" + gap + "Un";
      assertThat(score("Kim Jongun", listed))
          .as(listed)
          .isEqualTo(score("Kim Jongun", "Kim Jong Un"));
      assertThat(score("Kimjong Un", listed))
          .as(listed)
          .isEqualTo(score("Kimjong Un", "Kim Jong Un"));
    }
    assertThat(score("Kim Jongun", "Kim Jong Un")).isEqualTo(1.0);
    Match m = match("Saddam Hussein al-Tikriti", "Saddam\u200bHussein al-Tikriti");
    assertThat(m.explanation().get(0).detail())
        .contains(
            "; list name read with its invisible characters as spaces: saddam hussein al tikriti");
    // Retrieval finds the parts of that reading too.
    ScreeningIndex index =
        ScreeningIndex.build(
            Names.MATCHER,
            List.of(
                new Watchlist(
                    new ListVersion("csv:invisible.csv", "", "0".repeat(64)),
                    List.of(
                        Names.person("I-1", "Saddam\u200bHussein al-Tikriti"),
                        Names.person("I-2", "Khalid Yusuf Mansour")))));
    List<Match> hits = index.screen(Subject.ofName("q", "Saddam Hussein al-Tikriti"), 0.85, 10);
    assertThat(hits).extracting(h -> h.entry().id()).containsExactly("I-1");
    assertThat(hits.get(0).score()).isEqualTo(1.0);
  }

  @Test
  void theGapBeforeAFinalHahIsPairedWithTheGapBeforeTheLatinFinalH() {
    // A skeleton drops a final h, and the long-vowel test left out the gap before a Latin final h
    // but not the one before ح: ممدوح's و was paired with the gap between Mamdouh's m and d, which
    // is empty, and Mamdouh was told apart from its own spelling (0.73).
    assertThat(score("ممدوح", "Mamdouh")).isCloseTo(0.95, within());
    assertThat(score("ممدوح حسن", "Mamdouh Hassan")).isCloseTo(0.95, within());
    // Paired as they should be, the gaps tell apart names the test let through: سميح is not Samah,
    // صويلح not Saleh (both 0.95 before).
    assertThat(score("سميح", "Samah")).isCloseTo(0.652, within());
    assertThat(score("صويلح", "Saleh")).isCloseTo(0.6156, within());
    assertThat(score("صالح", "Saleh")).isCloseTo(0.95, within());
    assertThat(score("سميح", "Samih")).isCloseTo(0.95, within());
  }

  @Test
  void aSpaceArabicScriptDoesNotShowDoesNotSplitAName() {
    // After a letter that does not join the next (ا د ر ز و ء), a space is not seen: typed there or
    // put at the gap by text taken from a PDF file, it split the name (the EU list's Persian
    // Mohammad Rostami is ﻣﺤﻤﺪ ﺭ ﺳﺘﻤﯽ: 0.72). Read closed, the name scores 0.95 × its score.
    assertThat(score("محمد ر ستمی", "Mohammad Rostami")).isCloseTo(0.9025, within());
    assertThat(
            score("\uFEE3\uFEA4\uFEE4\uFEAA \uFEAD \uFEB3\uFE98\uFEE4\uFBFD", "Mohammad Rostami"))
        .isCloseTo(0.9025, within());
    assertThat(score("ا حمد علی", "Ahmad Ali")).isCloseTo(0.8788, within());
    // Where the lone letter may begin the next word or end the one before, both are read.
    assertThat(score("محمو د عبا س", "Mahmoud Abbas")).isCloseTo(0.9025, within());
    // A hamza alone is left out of the name as given, which then scores best.
    assertThat(score("ضیا ء الحق", "Zia al Haq")).isCloseTo(0.925, within());
    // A letter that joins the next shows the space: علی س is not علیس.
    assertThat(score("علی س", "Alis")).isLessThan(0.5);
    // و, "and", is a word of its own, but not as a name's first word.
    assertThat(score("حسن و حسين", "Hasan Wahusayn")).isLessThan(0.85);
    assertThat(score("و ليد الصحراوي", "Walid al-Sahrawi")).isCloseTo(0.9025, within());
    // A letter with a full stop is an abbreviation (أ. for professor, د. for doctor), never
    // joined: أ. حمد, Prof. Hamad, read احمد scored 1.0 against Ahmad (a helper's find).
    assertThat(score("أ. حمد الحمزي", "Ahmad al-Hamzi")).isLessThan(0.7);
    assertThat(score("د. رقيه جلالی", "Idrica Djalo")).isLessThan(0.7);
    // Text split at every letter is not read back: علا ء آ ل عو ا ض met DA'UD, Lu'ay at 0.90.
    assertThat(score("علا ء آ ل عو ا ض", "Luay Daud")).isLessThan(0.6);
    // Nor is a space left out after such a letter seen: محمدعبد البصير is also read محمد عبدالبصير.
    assertThat(score("نظر محمدعبد البصیر", "Nazir Mohammad Abdul Basir"))
        .isCloseTo(0.9025, within());
    assertThat(score("علیعبد الله", "Ali Abdullah")).isLessThan(0.6);
    // Read محمد عبد السلام, the name after abd stood alone and met Eslami (0.888, a helper's find).
    assertThat(score("محمدعبد السلام", "Mohammad Eslami")).isCloseTo(0.7845, within());
    // Only a name that follows abd is joined to it: abd and a family name is no name.
    assertThat(score("محمدعبد يعقوب", "Mohammad Yaqoub")).isLessThan(0.85);
    // In presentation forms, after a no-break space, with a tatweel: the same reading.
    assertThat(
            score(
                "\uFEA7\uFE8E\uFEDF\uFEAA\uFECB\uFE92\uFEAA \uFE8D\uFEDF\uFEAE\uFEA3\uFEE4\uFEE6",
                "Khalid Abdul Rahman"))
        .isCloseTo(0.9025, within());
    assertThat(score("خالدعبد\u00A0الرحمن", "Khalid Abdul Rahman")).isCloseTo(0.9025, within());
    assertThat(score("خالدعبـد الرحمن", "Khalid Abdul Rahman")).isCloseTo(0.9025, within());
    // Both readings at once, and a zero-width space read as a space before a lone letter.
    assertThat(score("خالدعبد ا لرحمن", "Khalid Abdul Rahman")).isCloseTo(0.9025, within());
    assertThat(score("محمد\u200Bر ستمی", "Mohammad Rostami")).isCloseTo(0.9025, within());
    // ة never begins a word, and a first د is the Pashto "of".
    assertThat(score("ة حسن", "Hassan")).isLessThan(0.7);
    assertThat(score("د ادم خان", "Adam Khan")).isCloseTo(0.7605, within());
    // A letter beside another lone letter is not joined, on either side (the readings themselves:
    // NameNormalizerTest.unseenSpacesAreClosedOnlyWhereTheRuleSays).
    assertThat(score("ز ر ستمی", "Zar Rostami")).isLessThan(0.5);
    Match m = match("علی ر ضایی", "Ali Rezaei");
    assertThat(m.score()).isCloseTo(0.8788, within());
    assertThat(m.explanation().get(0).detail())
        .contains(
            "; query read with its unseen spaces closed (spaces Arabic script does not show):"
                + " علي رضايي")
        .endsWith(", × 0.95 for the unseen spaces closed");
  }

  @Test
  void aNameArabicScriptWritesApartMeetsItsSpellingWrittenAsOne() {
    // Persian writes the pieces of a family name with a zero-width non-joiner, often typed as a
    // space; Pashto given names of two names and names written by sound are split too (the UN
    // list's WALIJAN and ALI MAYCHOU, queried by their original-script names, went unfound; so did
    // the EU list's Ali YAZDIKHAH). Read with the two parts as one, at 0.95 × its score.
    assertThat(score("ولی جان", "Walijan")).isCloseTo(0.9025, within());
    assertThat(score("علي ما يشو", "Ali Maychou")).isCloseTo(0.8788, within());
    assertThat(score("علی یزدی خواه", "Ali Yazdikhah")).isCloseTo(0.8788, within());
    assertThat(score("عبد الرزاق آخوند لا لا آخوند", "Abdul Razaq Akhund Lala Akhund"))
        .isCloseTo(0.9144, within());
    // The name as written still scores as it did where it meets a name written apart.
    assertThat(score("ولی جان", "Wali Jan")).isCloseTo(0.95, within());
    // The list part must split into two pieces alike to the two parts, their keys alike too: a
    // skeleton merges a letter doubled across the join and leaves out vowels, and a piece of one
    // consonant meets any spelling with it (a helper's finds, 0.9025 each with the skeletons
    // alone: محمدداد has Mohammed's, بابا داد met Abu Ubaydah, سعید آقا Sidiki).
    assertThat(score("شاه محمد داد", "Mohammed Shah")).isLessThan(0.85);
    assertThat(score("سعید آقا", "Sidiki")).isLessThan(0.6);
    assertThat(score("مهدی میر یار", "Mahdi Amiri")).isCloseTo(0.8233, within());
    // Nor a name written as one word with its kunya (Abubakar): two name parts are not one.
    assertThat(score("بابا داد", "Abu Ubaydah")).isLessThan(0.5);
    assertThat(score("صالح بابا کاکړ", "Abubakar Swalleh")).isLessThan(0.7);
    // Nor a vessel's or a company's name (خان شیر met the vessel KUNASHIR at 0.9025).
    assertThat(Names.score("ولی جان", EntryKind.ORGANIZATION, "Walijan")).isLessThan(0.5);
    // Two parts read as one are not split elsewhere as a compound: فاضلي خان is not فاضل يخان
    // (0.85 against Fazlollah Khan, a compound given name with خان beside it).
    assertThat(score("فاضلي خان", "Fazlollah Khan")).isCloseTo(0.756, within());
    // A part read with the next is not a list part of the letters of the first alone: عبد الرحمن
    // آغا is not Abdul Rahman (0.94 for the parts joined), nor شعبان فيرا Shaban.
    assertThat(score("عبد الرحمن آغا", "Abdul Rahman")).isCloseTo(0.7125, within());
    assertThat(score("اديب شعبان فيرا", "Adib Shaban")).isCloseTo(0.8233, within());
    // Nor one whose skeleton the second part's letters merge into: نيكخواه is nk, as Nik is.
    assertThat(score("محمد نیک خواه", "Mohammad Nik")).isCloseTo(0.8233, within());
    // A reading whose joined part meets nothing counts for nothing: it would only make the name
    // shorter, its unmatched share smaller, and a name within it more nearly whole (0.78 so).
    Match within = match("محمد عمر حسن سعيد", "Mohammad Omar");
    assertThat(within.score()).isCloseTo(0.76, within());
    assertThat(within.explanation().get(0).detail()).doesNotContain("written as one word");
    // Latin script's spaces are where the writer meant them.
    assertThat(score("Wali Jan", "Walijan")).isLessThan(0.7);
    Match m = match("محمود سالار کیا", "Mahmud Salarkia");
    assertThat(m.score()).isCloseTo(0.9025, within());
    assertThat(m.explanation().get(0).detail())
        .contains("; query read with two of its parts written as one word: محمود سالاركيا")
        .endsWith(", × 0.95 for two parts read as one word");
  }

  /** The Matcher's match of {@code query} (name alone) against a person named {@code listName}. */
  private static Match match(String query, String listName) {
    return Names.MATCHER.score(
        Names.MATCHER.prepare(Subject.ofName("q", query)),
        Names.MATCHER.prepare("test", Names.person("T.1", listName)));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.0001);
  }
}
