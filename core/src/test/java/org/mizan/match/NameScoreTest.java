package org.mizan.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mizan.match.Names.score;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole-name scores through {@link Matcher}, as a careful screener expects them: the same name
 * however written scores at the top, a variant spelling just below, a different name well below.
 */
class NameScoreTest {

  @ParameterizedTest(name = "{0} vs {1}: {2} > {3} > {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # query                  | list: same name          | variant spelling         | different name
          Saddam Hussein           | SADDAM HUSSEIN           | Saddam Husayn            | Saddam Mohammed
          Saddam Hussein           | Hussein Saddam           | Saddam Husain            | John Smith
          صدام حسين                | صدام حسين                | Saddam Hussein           | Saddam Kamel
          Saddam Hussein           | SADDAM HUSSEIN           | صدام حسين                | Joseph Kony
          Saddam Hussein           | Saddam Hussein           | Sadam Husein             | Saddam Kamel
          محمد حسن آخوند           | محمد حسن آخوند           | Mohammad Hassan Akhund   | Mohammad Omar
          Muhammad                 | MUHAMMAD                 | Mohammed                 | Ahmed
          Izzat Ibrahim al-Douri   | IZZAT IBRAHIM AL-DOURI   | Izzat Ibrahim al-Duri    | Izzat Khalil
          Abdulrahman              | Abdulrahman              | Abd al-Rahman            | Rahman
          ALTIKRITI<<SADDAM<HUSSEIN | SADDAM HUSSEIN AL-TIKRITI | Saddam Husayn al-Takriti | Saddam al-Douri
          Usama bin Laden          | Usama bin Laden          | Osama bin Ladin          | Usama bin Said
          """)
  void sameNameAboveVariantAboveDifferentName(
      String query, String same, String variant, String different) {
    double s = score(query, same);
    double v = score(query, variant);
    double d = score(query, different);
    assertThat(s).as("same name").isGreaterThanOrEqualTo(0.99);
    assertThat(v).as("variant spelling").isLessThan(s).isGreaterThanOrEqualTo(0.85);
    assertThat(d).as("different name").isLessThan(v).isLessThan(0.85);
  }

  @ParameterizedTest(name = "{0} vs {1} < 0.5")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          John Smith     | Saddam Hussein
          Maria Garcia   | Izzat Ibrahim al-Douri
          Li Wei         | Joseph Kony
          John Smith     | صدام حسين التكريتي
          Peter Schmidt  | Allied Democratic Forces
          """)
  void unrelatedNamesScoreLow(String query, String list) {
    assertThat(score(query, list)).isLessThan(0.5);
  }

  @ParameterizedTest(name = "{0} vs {1} is a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ALTIKRITI<<SADDAM<HUSSEIN | SADDAM HUSSEIN AL-TIKRITI
          ALTIKRITI<<SADDAM<HUSSEIN | صدام حسين التكريتي
          Saddam Hussein Altikriti  | SADDAM HUSSEIN AL-TIKRITI
          Abdul Rahman              | عبد الرحمن
          Abd al-Rahman             | Abdulrahman
          Abd al Khaliq al Houthi   | عبدالخالق الحوثي
          Abdulkhaliq al-Houthi     | ABD AL-KHALIQ AL-HOUTHI
          Husayn                    | حسين
          """)
  void spellingsOfTheSameNameAreHits(String query, String list) {
    assertThat(score(query, list)).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * Known limits, kept as failing expectations so that a fix shows: the consonant skeleton drops
   * vowels and the semivowels w/y (Arabic و and ي), so Hassan/Hussein and Mahmud/Muhammad share a
   * skeleton (docs/matching.md, "Known limits of v1").
   */
  @Disabled(
      "known limit: across scripts the consonant skeleton is coarse (hassan/hussein both hsn,"
          + " mahmud/muhammad both mhmd), so a different name scores like a variant spelling")
  @ParameterizedTest(name = "{0}: {1} > {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          حسين           | Hussein       | Hassan
          محمد           | Muhammad      | Mahmud
          """)
  void variantSpellingAboveDifferentNameWithTheSameSkeleton(
      String query, String variant, String different) {
    assertThat(score(query, variant)).isGreaterThan(score(query, different));
  }

  /** Between Latin spellings, the first vowel now tells these names apart. */
  @ParameterizedTest(name = "{0}: {1} > {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Saddam Hussein | Saddam Husayn | Saddam Hassan
          Mohammed       | Muhammad      | Mahmoud
          """)
  void latinVariantSpellingAboveDifferentNameWithTheSameSkeleton(
      String query, String variant, String different) {
    assertThat(score(query, variant)).isGreaterThan(score(query, different));
  }

  /**
   * Known limit: Jaro-Winkler rewards a shared beginning, and abd-compounds and joined articles
   * begin alike (abdul-, abdal-, al-), so different theophoric names score as hits.
   */
  @Disabled(
      "known limit of matcher v1: Jaro-Winkler on abd-compounds and joined articles (abdul-,"
          + " abdal-, al-) rates different names as hits: Abdulrahman vs Abdullah 0.90, Abd"
          + " al-Khaliq al-Huthi vs Abdallah al-Hakim 0.86")
  @ParameterizedTest(name = "{0} vs {1} is no hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Abdulrahman            | Abdullah
          Abd al-Rahman          | Abdallah
          Abdulrahman            | Abdulrazzaq
          Abd al-Khaliq al-Huthi | Abdallah al-Hakim
          """)
  void differentAbdCompoundsAreNoHit(String query, String list) {
    assertThat(score(query, list)).isLessThan(0.85);
  }

  /**
   * Arabic letters as Persian, Urdu and Pashto read them (BGN/PCGN: {@code ث ذ ض ظ} as s, z, z, z),
   * the Urdu heh, and compounds written as one word ({@code X الله}, {@code X الدين}, the article
   * assimilated to a sun letter): the spellings Afghan and Pakistani passports carry.
   */
  @ParameterizedTest(name = "{0} vs {1} is a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          فاضل          | Fazil
          ذكي           | Zaki
          عثمان         | Usman
          طاھر          | Tahir
          نصر الله      | Nasrullah
          نصر الله      | Nasr Allah
          صلاح الدين    | Salahuddin
          صلاح الدين    | Salah al-Din
          عبد الرحمن    | Abdurrahman
          عبدالرحمن     | Abdurrahman
          عبدالسلام     | Abdessalam
          عبدالرزاق     | Abdurrazak
          عبد الحی      | Abdulhai
          عبدالحی       | Abdul Hai
          ابو الحسن     | Abul Hassan
          ابوالفضل      | Abul Fazl
          Salah Uddin   | Salahuddin
          بیژن          | Bijan
          بیژن          | Bizhan
          احمدی‌نژاد    | Ahmadinejad
          """)
  void persianReadingsAndJoinedCompoundsMatch(String arabic, String latin) {
    assertThat(score(arabic, latin)).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * Persian, Turkish and Urdu spellings write و as v: Javad, Mousavi, Vahid, Parviz, Razavi (0.51
   * to 0.71 before the Latin v was also read as و, against an Arabic-script part that writes it).
   */
  @ParameterizedTest(name = "{0} vs {1} is a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          جواد            | Javad
          موسوی           | Mousavi
          وحيد            | Vahid
          پرويز           | Parviz
          رضوی            | Razavi
          ولي جان         | Vali Jan
          محمد رضا موسوي  | Mohammad Reza Mousavi
          داوود           | Davood
          """)
  void vWritesWaw(String arabic, String latin) {
    assertThat(score(arabic, latin)).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * Only against a part that writes و as a consonant, first or before the long vowel that the vowel
   * after the v spells: Navid is not ندى (Nada), Vali is not علي (Ali), Evans is not يونس (Younis),
   * Marvin is not مروان (Marwan), David is not داود (Dawud), Enver is not نور (Nour); and not
   * between two Latin spellings (Navid and Nadia share n and d once v is read away).
   */
  @ParameterizedTest(name = "{0} vs {1} stays below a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ندى     | Navid
          علي     | Vali
          Nadia   | Navid
          يونس    | Evans
          مروان   | Marvin
          داود    | David
          نور     | Enver
          """)
  void vIsReadAsWawOnlyWhereWawIsWritten(String a, String b) {
    assertThat(score(a, b)).isLessThan(0.85);
  }

  /**
   * European names as Arabic script writes them (the names of Europeans in Arabic-language lists,
   * court records and camp registers): ch as تش or, before a consonant, ك; x as كس; a last s as ز;
   * the h of John unspoken. Each scored 0.61 to 0.76 before these writings ({@code
   * names.EuropeanLetters}).
   */
  @ParameterizedTest(name = "{0} vs {1} is a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          جون سميث        | John Smith
          تشارلز وليامز   | Charles Williams
          كريستيان فيشر   | Christian Fischer
          ريتشارد إيفانز  | Richard Evans
          كريستوفر        | Christopher
          ماكس            | Max
          جونز            | Jones
          جونسون          | Johnson
          إدواردز         | Edwards
          مايلز           | Miles
          """)
  void europeanNamesWrittenInArabicScriptMatch(String arabic, String latin) {
    assertThat(score(arabic, latin)).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * What the writings must not let through: each counts only against Arabic letters that write it
   * (Chase is not تساي, Tsai, whose ت and س are no تش); an s after a vowel or w stays s (Naser is
   * not نزار, Nizar; Abbas not باز; Aws not عزيز), a last s is a last ز (Ines is not عنزي, Anazi;
   * Torres not ترزي, Hughes not حجازي), and -es one with no long vowel before it, the e unspoken
   * (Younes is not يانيز, Abbes not باز, Yves not فايز); ch is ك only in the Greek stems chris and
   * chrys (the Maghrebi ch of Bouchra, Hachmi and Chrami is ش: not بكري, حكمي, كرامي; nor German
   * Brecht بركات); a European name's writing never meets a part with a letter Arabic keeps for its
   * own words, ع ح ص ض ط ظ ق (Mats is not معتز, Moataz), nor a long vowel letter where the Latin
   * spelling has no vowel (Mats is not ممتاز, Mumtaz; Sears not شيراز), nor, for a spelling that
   * begins with a vowel, a part without a first alef (Ermes is not رامز, Evers not فيروز); its
   * skeleton has three consonants or more (Epps is not باز, Nuyens not نواز, Nawaz); j and w as
   * other languages read them are not read so (Jund is not نادية, Jin not كيان, Jon not خان, Jasser
   * not ياسر, Wali not فيلي, Marwan not مارفن); and two Latin spellings are compared as before
   * (Tsharlez is not made Charles). Those after Marwan were two helpers' finds against the first
   * forms.
   */
  @ParameterizedTest(name = "{0} vs {1} stays below a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          تساي             | Chase
          نزار             | Naser
          باز              | Abbas
          نادية            | Jund
          كيان             | Jin
          فيلي             | Wali
          مارفن            | Marwan
          خان              | Jon
          ياسر             | Jasser
          يونس             | Janice
          بكري             | Bouchra
          حكمي             | Hachmi
          بركات            | Brecht
          عنزي             | Ines
          ترزي             | Torres
          حجازي            | Hughes
          يانيز            | Younes
          باز              | Abbes
          فايز             | Yves
          عزيز محمود       | Aws Mahmoud
          نواز شريف        | Nuyens Sharif
          معتز أحمد        | Matthews Ahmed
          ممتاز            | Mats
          شيراز            | Sears
          محمد باز         | Epps Mohamed
          معز بن صالح      | Ames Ben Salah
          رامز خليل        | Ermes Khalil
          فيروز أحمد       | Evers Ahmad
          عمر كرامي        | Omar Chrami
          يحيى تشاس        | Ayache Yahya
          Charles Williams | Tsharlez Williamz
          Chris            | Kris
          """)
  void europeanWritingsAreNoLooser(String a, String b) {
    assertThat(score(a, b)).isLessThan(0.85);
  }

  /**
   * A first ح or ه is written h in every Latin spelling: a spelling that begins with a vowel and
   * has its h second is another name, though the consonants are the same (Ahmed is not حامد, Hamid,
   * nor حميد; Ahmad is not حمد, Hamad; Ehsan is not حسن, Hasan: each 0.95 before). Ahmed is أحمد,
   * Ehsan إحسان; an h before a vowel opens the syllable the Arabic begins with (Elahian, read as el
   * and ahian, against الهيان, read as ال and هيان).
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          أحمد     | Ahmed   | true
          إحسان    | Ehsan   | true
          حامد     | Hamed   | true
          الهيان   | Elahian | true
          حامد     | Ahmed   | false
          حميد     | Ahmed   | false
          حمد      | Ahmad   | false
          حسن      | Ehsan   | false
          """)
  void aFirstHahOrHehIsWrittenH(String arabic, String latin, boolean hit) {
    assertThat(score(arabic, latin) >= 0.85).isEqualTo(hit);
  }

  /**
   * Maghrebi and West African spellings: the article's alef left out before a name that follows
   * (Lamine, Larbi, Lahcen as Moroccan and Algerian civil registers write them), the French ou of
   * abd's linking vowel, with the unwritten long a of الله spelt (Abdoulaye in Senegal, Mali and
   * Guinea; Abdulahi in Nigeria), the French dj of ج (Belhadj, Djamel), and the Mauritanian ould
   * (ولد, son of) as a nasab particle like bin. The first nine failed before these rules (0.46 to
   * 0.81), the last 0.82 before.
   */
  @ParameterizedTest(name = "{0} vs {1} is a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          الأمين          | Lamine
          محمد الأمين     | Mohamed Lamine
          العربي          | Larbi
          الحسن           | Lahcen
          عبد الله        | Abdoulaye
          عبد الله        | Abdulahi
          عبدالله         | Abdoulaye
          بلحاج           | Belhadj
          جمال            | Djamel
          عبد الرحمن      | Abdourahmane
          عبد القادر      | Abdoulkader
          محمد ولد سالم   | Mohamed Salem
          محمد ولد سالم   | Mohamed Weld Salem
          """)
  void maghrebiAndWestAfricanSpellingsMatch(String arabic, String latin) {
    assertThat(score(arabic, latin)).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * What those rules must not let through: the article is not any l, ou is not any u, and a Latin
   * spelling longer by two letters has no more consonants than the other key has letters (Shah is
   * not the Hebrew עיסא, Isa, whose key is ys), begins with l and writes الله (Aisha is not عيسى,
   * Alia not علي, Abdelilah not عبد الله); the article's l is spoken before a moon letter, with a
   * or e and two consonants after it (Lisa and Lewis are not العيسى, Lloyd not العيد, Lopez not
   * الأبيض); ould, a particle, no longer weighs as a name (Mohamed Ould Salem against Mohamed Ould
   * Ahmed scored 0.87 before).
   */
  @ParameterizedTest(name = "{0} vs {1} stays below a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          عمار        | Lamar
          محمد        | Mahmoud
          عبد الله    | Abdelaziz
          عبد الله    | Abdoulkarim
          الحسن       | Lhoussaine
          עיסא        | Shah
          Mohamed Ould Salem | Mohamed Ould Ahmed
          العيسى      | Lisa
          العيسى      | Lewis
          الأبيض      | Lopez
          العيد       | Lloyd
          عيسى        | Aisha
          علي         | Alia
          عبد الله    | Abdelilah
          """)
  void maghrebiAndWestAfricanRulesAreNoLooser(String arabic, String latin) {
    assertThat(score(arabic, latin)).isLessThan(0.85);
  }

  /**
   * A name of two letters, the second ه, writes neither short vowel (طه, Taha, Toha): the Latin
   * spelling adds its two vowels, and nothing else. Taha failed before (0.69): its key th was two
   * letters shorter than taha.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          طه          | Taha          | true
          طه ياسين    | Taha Yassin   | true
          طه          | Toha          | true
          طه          | Tahir         | false
          طه          | Tahoe         | false
          """)
  void twoLettersEndingInHehAddTwoVowels(String arabic, String latin, boolean hit) {
    assertThat(score(arabic, latin) >= 0.85).isEqualTo(hit);
  }

  /**
   * A final ا is a long a that Latin spellings write (رضا Reza, ثنا Sana): a spelling that ends in
   * a consonant is another name, whatever its skeleton. ثنا معین (a clean name of the development
   * split) scored 0.95 against Son Min, an alias of KPi.031.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ثنا معین    | Son Min       | 0.6825
          ثنا معین    | Sana Moein    | 0.95
          رضا         | Reza          | 0.95
          عطا         | Atta          | 0.90
          آغا         | Agha          | 1.0
          موسى        | Musa          | 0.95
          """)
  void aFinalAlefIsSpelt(String arabic, String latin, double expected) {
    assertThat(score(arabic, latin)).isCloseTo(expected, within(1e-4));
  }

  /**
   * A final ي is a long i (or, as alef maqsura, a long a) that Latin spellings write (فادي Fadi,
   * Fady; موسى Musa; الحسيني al-Husseini): a spelling that ends in a consonant is another name,
   * whatever its skeleton. فادي احمد (a query of the development split's EU set) scored 0.81
   * against Fo'ad Hamoudeh, above the right entry, Fadi Saqr; حسني scored 0.95 against Hassan.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          فادي           | Foad             | 0.6885
          فادي           | Fady             | 1.0
          فادي           | Fadi             | 0.95
          فادي احمد      | Fo'ad Hamoudeh   | 0.648
          حسني           | Hassan           | 0.495
          حسني           | Hosni            | 0.95
          صبري           | Saber            | 0.513
          الحسيني        | al-Husayn        | 0.7012
          الحسيني        | al-Husseini      | 0.95
          موسى           | Moussa           | 0.95
          مهدي           | Mehdi            | 0.95
          ليثي           | Laith            | 0.6156
          ليث            | Laith            | 0.95
          """)
  void aFinalYehIsSpelt(String arabic, String latin, double expected) {
    assertThat(score(arabic, latin)).isCloseTo(expected, within(1e-4));
  }

  /**
   * Hebrew and the Brahmic scripts tell a name that begins with a vowel from one that begins with a
   * consonant, as Arabic script does: Hebrew writes a first vowel with א or ע, Devanagari and
   * Bengali with a vowel letter of their own. Their consonant skeletons alone made clean names of
   * the development split hits (מאור אלקובי 0.875 against Umar al-Kubaysi, मीरा राव 0.95 against
   * Arif Umer); each part below was 0.95 before. Names that begin alike keep their score, and so do
   * those that begin with y or w on one side (a helper's finds: Bengali writes them with a vowel
   * letter) and Tamil names (its spelling adds இ before a first r). The same holds against Arabic
   * script, and for a name that begins with a vowel against one that begins with a consonant (a new
   * user's finds).
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          מאור        | Umar            | 0.585
          שור         | Asiri           | 0.558
          מאור אלקובי | Umar al-Kubaysi | 0.653
          मीरा        | Umer            | 0.54
          राव         | Arif            | 0.405
          मीरा राव    | Arif Umer       | 0.473
          মিরা        | Umer            | 0.54
          אברהם       | Ibrahim         | 0.95
          עומר        | Omar            | 0.95
          מוחמד       | Mohammed        | 0.95
          अहमद        | Ahmed           | 0.95
          उमर         | Umar            | 0.95
          আহমেদ       | Ahmed           | 0.95
          ইউনূস       | Yunus           | 0.95
          ওয়াসিম       | Wasim           | 0.95
          येलेना       | Elena           | 0.95
          एवगेनी       | Yevgeny         | 0.95
          இராமன்      | Raman           | 0.95
          מאיר        | Amir            | 0.585
          מאור        | امیر            | 0.585
          מאור        | عمر             | 0.495
          אמיר        | Mir             | 0.648
          אמיר        | امير            | 0.95
          उमर         | عمر             | 0.95
          """)
  void hebrewAndBrahmicScriptsWriteAFirstVowel(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-3));
  }

  /**
   * Arabic names as Hebrew writes them: a geresh (or an apostrophe for it) after ג, ח, ע, ת, ד, ט
   * writes j, kh, gh, th, dh, z (ג׳ read as g too, as Egyptian Gamal and English George write it),
   * צ׳ as d for ض, ז׳ as j for French names, a final ף as f and פ as f too, and the particles are
   * Hebrew's אל (א before a sun letter), בן, בין, אבו, עבד, not אבן, also the family name Even.
   * Before, ג'מאל scored 0.595 against Jamal, ע'סאן 0 against Ghassan, and אבו בכר אל-בע'דאדי 0.617
   * against Abu Bakr al-Baghdadi.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ג'מאל              | Jamal                | 0.95
          ג'מאל              | Gamal                | 0.95
          ג'ורג'             | George               | 0.95
          ח׳אלד משעל         | Khaled Mashal        | 0.95
          ע'סאן              | Ghassan              | 0.95
          אבו בכר אל-בע'דאדי | Abu Bakr al-Baghdadi | 0.95
          חסן בן עלי         | Hassan bin Ali       | 0.95
          מוחמד בן עלי       | Mohamed Benali       | 0.95
          אוסאמה בין לאדן    | Osama bin Laden      | 0.95
          מוקתדא א-סדר       | Muqtada al-Sadr      | 0.95
          רמצ'אן             | Ramadan              | 0.95
          ז'אן               | Jean                 | 0.95
          יוסף               | Yusuf                | 0.95
          פייסל              | Faisal               | 0.95
          ג'עפר              | Jafar                | 0.95
          שמעון פרס          | Shimon Peres         | 0.95
          גַ'מאל             | Jamal                | 0.95
          אבן שושן           | Even Shoshan         | 0.683
          חאלד               | Khaled               | 0.595
          """)
  void arabicNamesAsHebrewWritesThem(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-3));
  }

  /**
   * In Arabic script on both sides, a long vowel ي or و between two consonants on one side only
   * makes another name, though the consonants are the same: حمیدی scored 0.95 against احمدی (محمد
   * حمیدی, a clean name of the development split, 0.975 against محمد احمدی, the original-script
   * name of TAi.031; still 0.89 with محمد the same).
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          محمد حمیدی  | محمد احمدی   | 0.89
          حميدي       | احمدي        | 0.702
          حسين        | حسن          | 0.72
          داود        | داوود        | 0.90
          حسین        | حسين         | 1.0
          """)
  void aLongVowelBetweenConsonantsOnOneSideIsAnotherName(
      String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-4));
  }

  /**
   * A doubled Latin letter is one Arabic letter whose shadda is unwritten (Awwad, Azza); a given
   * name and a name with the article written without the space between them (بشارالاسد); bin or ben
   * of a nasab joined to the name after it, as family names write it (Benali, Binalshibh,
   * Binladin). Each failed before (0.42 to 0.83).
   */
  @ParameterizedTest(name = "{0} vs {1} is a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          عواد                  | Awwad
          عزة                   | Azza
          تيسير قلا عواد        | Tayseer Qala Awwad
          بشارالاسد             | Bashar al-Assad
          نورالهدى              | Nour al-Huda
          زين العابدين بن علي   | Zine El Abidine Benali
          عمر بن علي            | Omar Benali
          Ramzi Bin Al Shibh    | Ramzi Binalshibh
          Usama bin Ladin       | Usama Binladin
          """)
  void unwrittenShaddaMissingSpacesAndJoinedNasabsMatch(String query, String listed) {
    assertThat(score(query, listed)).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * abd with the article assimilated to the sun letter its name begins with, written as a word of
   * its own (South Asian Abdur Rahman, Abdus Salam; Maghrebi Abdes Salam): the particle abd, as
   * abdul is. Each scored 0.35 to 0.79 before; Abdur Rahman is still not Abdul Karim.
   */
  @ParameterizedTest(name = "{0} vs {1}: hit {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Abdur Rahim        | Abdul Rahim       | true
          Rahim Mufti Abdur  | Rahim Mufti Abdul | true
          Abdur Rahman       | Abdurrahman       | true
          Abdur Rahman       | عبد الرحمن        | true
          Abdus Salam        | Abdessalam        | true
          Abdus Sattar       | Abdul Sattar      | true
          Abdur Rahman       | Abdul Karim       | false
          """)
  void abdWithTheArticleAssimilatedIsAbd(String query, String listed, boolean hit) {
    assertThat(score(query, listed) >= 0.85).isEqualTo(hit);
  }

  /**
   * What those rules must not let through: a doubled letter does not make a longer name one
   * letter's (Lilly is not علي); the name after the article must still be the listed one (بشارالاسد
   * is not Bashar Assaf); two names joined to bin or ben are as alike as the names after it, as
   * when written apart (Benali is not Benaissa, as Ali is not Aissa).
   */
  @ParameterizedTest(name = "{0} vs {1} stays below a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          علي             | Lilly
          بشارالاسد       | Bashar Assaf
          كمالالدين       | Kamal
          Ahmed Ben Ali   | Ahmed Benaissa
          Ben Smith       | Benjamin Smith
          """)
  void thoseRulesAreNoLooser(String query, String listed) {
    assertThat(score(query, listed)).isLessThan(0.85);
  }

  /**
   * The article assimilated to a sun letter (Abd ar-Rahman, Salah ad-Din, ash-Shami), hyphenated or
   * spaced as machine-readable zones write it, meets the article written al and the Arabic script,
   * at 0.97 as a joined article does; 0.67 to 0.87 before. The same spelling on both sides stays
   * 1.0.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Abd ar-Rahman     | Abd al-Rahman      | 0.97
          ABD AR RAHMAN     | Abd al-Rahman      | 0.97
          Abd ar-Rahman     | عبد الرحمن         | 0.9215
          Abd-ur-Rahman     | Abdul Rahman       | 0.9491
          Salah ad-Din      | Salah al-Din       | 0.97
          Salah ad-Din      | صلاح الدين         | 0.9215
          Ahmed Ash-Shami   | احمد الشامي        | 0.9215
          Ayman az-Zawahiri | Ayman al-Zawahiri  | 0.97
          ABD AR RAHMAN     | Abd ar-Rahman      | 1.0
          Khalil ur Rehman  | Khalil al-Rahman   | 0.9312
          Habib ur Rehman   | Habibur Rahman     | 0.9035
          Anwar ul Haq      | Anwar al-Haq       | 0.97
          Anwar ul Haq      | انور الحق          | 0.9215
          """)
  void anAssimilatedArticleMeetsTheArticle(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-4));
  }

  /**
   * What the assimilated article must not do (helpers' finds against earlier forms): initials or a
   * given name first in a name stay name parts (AR Rahman, Ad Dekker, Ash Sharma), and so do given
   * names and initials in the middle of a name not before an Arabic name (Jan Ad Dekker, Robert Ed
   * Dean, Rajesh AS Sharma: 0.93 to 0.95 when read); a Vietnamese An and an English Ed stay as
   * alike as before, and Abd ar-Rahman does not meet Abd al-Rahim, another name of abd.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AR Rahman      | Rahman         | 0.675
          AR Rahman      | Abdur Rahman   | 0.5712
          Ad Dekker      | Dr Ad Dekker   | 0.99
          Ash Sharma     | Ashok Sharma   | 0.9533
          Tran An Ninh   | Tran Ninh      | 0.9
          John Ed Davis  | John Davis     | 0.9
          Abd ar-Rahman  | Abd al-Rahim   | 0.7387
          Jan Ad Dekker  | Jan Decker     | 0.832
          Robert Ed Dean | Rupert Dean    | 0.832
          Rajesh AS Sharma | Rakesh Sharma | 0.8281
          Mary Ash Shaw  | Mary Shah      | 0.8233
          """)
  void anAssimilatedArticleIsReadOnlyWhereItIsOne(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-4));
  }

  /**
   * Two names of abd in Latin letters, however alike their spellings, are two names (abd-names.txt:
   * al-Rahman and al-Rahim, al-Hakim and al-Halim, al-Majid and al-Wajid): their part is as alike
   * as two names one long vowel apart, 0.8, and the first name unmatched costs its factor. 0.94 to
   * 0.98 before, as written apart, with the article or joined; with the same father's name, 0.97.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Abdul Rahman        | Abdul Rahim        | 0.7615
          Abd al-Rahman       | Abd al-Rahim       | 0.7615
          Abdurrahman         | Abdurrahim         | 0.72
          Abdul Hakim         | Abdul Halim        | 0.7615
          Abdul Halim         | Abdul Alim         | 0.7615
          Abdul Majid         | Abdul Wajid        | 0.7615
          Abdul Rahman Ahmed  | Abdul Rahim Ahmed  | 0.8217
          Abdelaziz           | Abdelazim          | 0.72
          Abd Elrahman        | Abd Elrahim        | 0.7615
          """)
  void twoNamesOfAbdAreTwoNames(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-4));
  }

  /**
   * What that must keep: the spellings of one name of abd (Rahman and Rehman or Rachman, Majid and
   * the Egyptian Magid, Qadir and Kader, Ghani and Gani) score as before.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Abdul Rahman   | Abdul Rehman   | 0.9385
          Abdul Rahman   | Abdul Rachman  | 0.9833
          Abdul Rahman   | Abdur Rahman   | 0.9815
          Abdul Rahim    | Abdul Raheem   | 0.9436
          Abdul Majid    | Abdel Magid    | 0.9067
          Abdul Qadir    | Abdelkader     | 0.92
          Abdul Ghani    | Abdul Gani     | 0.98
          Abdul Wahab    | Abdul Wahhab   | 0.9818
          Abdul Rakhman  | Abdul Rahman   | 0.9833
          Abdul Khafiz   | Abdul Hafiz    | 0.9818
          Abdul Chalim   | Abdul Halim    | 0.9818
          Abdul Gapar    | Abdul Gafar    | 0.96
          Abdulimam      | Abdulemam      | 0.9556
          Abdur Wachid   | Abdulwahid     | 0.9436
          """)
  void theSpellingsOfOneNameOfAbdStayAlike(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-4));
  }

  /**
   * The article written joined in Latin script (machine-readable zones and many passports:
   * ALHASSAN) against a name that leaves it out, on either side: as the hyphenated form (which
   * costs nothing) at 0.97, since joined letters may also be a name's own; 0.78 to 0.86 before.
   */
  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Anas Alhassan       | Anas Hassan      | 0.97
          Anas Hassan         | Anas Alhassan    | 0.97
          ALHASSAN<<ANAS      | Anas Hassan      | 0.97
          Mohammed Elsayed    | Mohammed Sayed   | 0.97
          Ahmed Alshami       | احمد شامي        | 0.9215
          احمد شامي           | Ahmed Alshami    | 0.9215
          Anas Alhassan       | Anas Al-Hassan   | 1.0
          Anas Al Hassan      | Anas Hassan      | 1.0
          """)
  void anArticleWrittenJoinedMeetsTheNameWithoutIt(String query, String listed, double expected) {
    assertThat(score(query, listed)).isCloseTo(expected, within(1e-4));
  }

  /**
   * What that must not let through: a name of another language that begins with el or al and four
   * letters stays as alike as its letters make it (Elshad is not Shadi, 0.82); the article joined
   * to a name in the reading with it assimilated (al rawi read arrawi, skeleton r) meets no part of
   * one other consonant (Air: 0.90 before, through the hyphenated form too).
   */
  @ParameterizedTest(name = "{0} vs {1} stays below a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Elshad Aliyev     | Shadi Aliyev
          Alvaro Lopez      | Varo Lopez
          Al Rawi           | Air
          Marwan Al-Rawi    | Mahan Air
          Marwan Alrawi     | Mahan Air
          """)
  void anArticleReadApartIsNoLooser(String query, String listed) {
    assertThat(score(query, listed)).isLessThan(0.85);
  }

  @ParameterizedTest(name = "{0} vs {1} stays below a hit")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          نصر الله      | Nasr
          صلاح الدين    | Salah
          فاضل          | Fasil Dawood
          """)
  void aCompoundIsNotItsFirstPartAlone(String arabic, String latin) {
    assertThat(score(arabic, latin)).isLessThan(0.85);
  }

  /**
   * A name of two or more parts found whole within a longer one (a passport's short name within the
   * listed full name) weighs its own share more; one shared part alone never does.
   */
  @ParameterizedTest(name = "{0} within {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Karim Haddad          | Karim Youssef Haddad   | 0.9
          Karim Youssef Haddad  | Karim Haddad           | 0.9
          Karim Haddad          | Karim Haddad Youssef   | 0.8667
          Karim                 | Karim Youssef Haddad   | 0.6667
          Samir Haddad          | Samir Kassab           | 0.7389
          """)
  void aNameWithinALongerOneWeighsItsOwnShareMore(String query, String list, double expected) {
    assertThat(score(query, list)).isCloseTo(expected, within(0.001));
  }

  /**
   * Two Latin spellings with the same consonants are the same name only when their first vowels can
   * write the same Arabic vowel (a/e, e/i, o/u): Hassan is not Hussein, Mahmoud is not Mohamed. The
   * diphthong aw before a consonant is said and spelt o too (Shawkat, Shokat).
   */
  @ParameterizedTest(name = "{0} vs {1}: hit {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Osama     | Usama     | true
          Mohammed  | Muhammad  | true
          Hossein   | Hussein   | true
          Hassan    | Hassen    | true
          Ibrahim   | Ebrahim   | true
          Ahmad     | Ahmed     | true
          Hassan    | Hussein   | false
          Mahmoud   | Mohamed   | false
          Amar      | Omar      | false
          Shawkat   | Shokat    | true
          Nawfal    | Nofal     | true
          Jawhar    | Johar     | true
          Mawlawi   | Molawi    | true
          """)
  void sameConsonantsWithAnotherFirstVowelAreAnotherName(String a, String b, boolean hit) {
    assertThat(score(a, b) >= 0.85).isEqualTo(hit);
  }
}
