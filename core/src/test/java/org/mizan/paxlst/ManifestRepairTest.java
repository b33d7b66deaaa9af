package org.mizan.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mizan.model.Gender;

/** The quirks of real feeds are repaired with a warning, never fatal. */
class ManifestRepairTest {
  private static List<String> warnings(Manifest m) {
    return m.warnings().stream().map(ManifestWarning::text).toList();
  }

  @Test
  void unaDeclaringATerminatorTheFileNeverUsesIsReadWithTheApostrophe() {
    Manifest m = Samples.read("pnrgov/gtas/loader__infant.edi");
    assertThat(warnings(m))
        .contains(
            "the UNA declares '’' (U+2019) as segment terminator but the file never uses it; read"
                + " with ' instead");
    assertThat(m.travellers()).hasSize(4);
    assertThat(m.flight().legs().get(0).from()).isEqualTo("SIN");
  }

  @Test
  void unaDeclaringATerminatorTheFileNeverUsesIsReadByLineWhereLinesEndItsSegments() {
    // A breaker's find: segments ending at line ends, not with the terminator declared, were
    // refused as "no message header (UNH) in the interchange".
    String sample =
        new String(Samples.bytes("paxlst/gtas/loader__airline2.edi"), StandardCharsets.UTF_8);
    int firstLine = sample.indexOf('\n') + 1;
    String byLine = sample.substring(0, firstLine) + sample.substring(firstLine).replace("$", "");
    Manifest m =
        ManifestReader.read(byLine.getBytes(StandardCharsets.UTF_8), "by-line.edi", Samples.TODAY);
    assertThat(warnings(m))
        .contains(
            "the UNA declares '$' as segment terminator but the file never uses it; its segments"
                + " end at line ends, and are read so");
    Manifest original = Samples.read("paxlst/gtas/loader__airline2.edi");
    assertThat(m.travellers()).isEqualTo(original.travellers()).isNotEmpty();
    assertThat(m.flight()).isEqualTo(original.flight());
    // A re-breaker's finds: lines ending in CR alone, spaces before the line ends, and the
    // terminator released inside a name, were refused as having no UNH.
    for (String variant :
        List.of(
            byLine.replace("\n", "\r"),
            byLine.replace("\n", "\r") + "\r\n",
            byLine.replace("\n", "\r\n"),
            mixedLineEnds(byLine),
            byLine.replace("\n", "  \n"))) {
      Manifest read =
          ManifestReader.read(
              variant.getBytes(StandardCharsets.UTF_8), "by-line.edi", Samples.TODAY);
      assertThat(read.travellers()).isEqualTo(original.travellers());
    }
    String released = byLine.replaceFirst("COOLEY", "O?\\$COOLEY");
    Manifest withApostrophe =
        ManifestReader.read(
            released.getBytes(StandardCharsets.UTF_8), "by-line.edi", Samples.TODAY);
    assertThat(withApostrophe.travellers())
        .extracting(Traveller::surname)
        .contains("O$COOLEY")
        .hasSize(original.travellers().size());
  }

  /** {@code text}'s line ends, after the first line, LF, CR and CR LF in turn. */
  private static String mixedLineEnds(String text) {
    int firstLine = text.indexOf('\n') + 1;
    String[] lines = text.substring(firstLine).split("\n", -1);
    StringBuilder b = new StringBuilder(text.substring(0, firstLine));
    String[] ends = {"\n", "\r", "\r\n"};
    for (int i = 0; i < lines.length; i++) {
      b.append(lines[i]);
      if (i < lines.length - 1) {
        b.append(ends[i % 3]);
      }
    }
    return b.toString();
  }

  @Test
  void fiveCharacterUnaIsReadWithoutItsDecimalMark() {
    Manifest m = Samples.read("pnrgov/gtas/loader__codeshare.edi");
    assertThat(warnings(m).get(0)).startsWith("the UNA has 5 service characters instead of 6");
    assertThat(m.travellers()).hasSize(4);
  }

  @Test
  void spaceAsRepetitionSeparatorDoesNotSplitNames() {
    Manifest m = Samples.read("paxlst/gtas/loader__airline2.edi");
    assertThat(warnings(m))
        .anyMatch(
            w -> w.startsWith("the UNA's fifth character, a space, is the repetition separator"));
    assertThat(m.flight().carrier()).isEqualTo("TN");
    // The UNG sender "AMERICAN AIRLINES" and NAD+MS "SABRE CENTRAL" hold spaces; a traveller too:
    Manifest e = Samples.read("pnrgov/gtas/loader__infant.edi");
    assertThat(e.travellers().get(0).givenNames()).containsExactly("ISABELLE RUTH");
  }

  @Test
  void fileWithoutUnaUsingTheDefaultRepetitionSeparatorAsTextKeepsIt() {
    Manifest m = Samples.read("paxlst/gtas/loader__Test1.txt");
    assertThat(m.sender()).isEqualTo("APIS*C3K");
    assertThat(m.travellers()).hasSize(8);
    Traveller first = m.travellers().get(0);
    assertThat(first.role()).isEqualTo(TravellerRole.CREW);
    assertThat(first.surname()).isEqualTo("Steur");
    assertThat(first.givenNames()).containsExactly("Andrea", "Pat");
    assertThat(first.gender()).isEqualTo(Gender.FEMALE);
    assertThat(first.dateOfBirth()).isEqualTo("1978-07-06");
    assertThat(first.placeOfBirth()).isEqualTo("Hartford USA");
  }

  @Test
  void controlCountThatDisagreesIsAWarning() {
    Manifest m = Samples.read("paxlst/gtas/loader__Test3.txt");
    assertThat(m.travellers()).hasSize(260);
    assertThat(warnings(m))
        .contains(
            "CNT+41 declares 206 crew members; the message holds 260 passengers and 0 crew"
                + " members");
  }

  @Test
  void envelopesAndWrappedLinesAreStripped() {
    Manifest m = Samples.read("paxlst/ediclean/original-A.txt");
    assertThat(warnings(m))
        .contains(
            "text before the interchange (a transmission envelope, 27 characters) was ignored",
            "18 line breaks inside segments (lines wrapped for transmission) removed",
            "text after the interchange trailer (UNZ, 39 characters) was ignored");
    Traveller t = m.travellers().get(0);
    // DTM+36:28 | 0907 was wrapped across two lines.
    assertThat(t.documents().get(0).expiry()).isEqualTo("2028-09-07");
    // CNT+42:4 | 7 too.
    assertThat(warnings(m))
        .contains(
            "CNT+42 declares 47 passengers; the message holds 1 passenger and 0 crew members");
  }

  @Test
  void travellerGluedToThePreviousSegmentIsKept() {
    Manifest m = Samples.read("pnrgov/gtas/parsers__pnrMessagePg75.txt");
    assertThat(m.travellers()).hasSize(4);
    assertThat(warnings(m))
        .contains(
            "segment 38 (ORG): a segment terminator is missing before TIF; read as two segments",
            "3 typographic apostrophes (such as ’) before a segment tag read as the segment"
                + " terminator '");
    // Before the repair of the apostrophes the next segment's tag was read into the name.
    assertThat(m.travellers().get(0).givenNames()).containsExactly("SEJOON");
  }

  @Test
  void aTravellerGluedToTheMessageTrailerIsKept() {
    // A helper's find (2026-12-05): UNT+4+1NAD+FL+++… lost the traveller after it, and the only
    // word said was that the trailer's reference was not its header's.
    Manifest paxlst =
        read(HEADER + "NAD+FL+++DOE:JANE'UNT+4+1NAD+FL+++AL-TIKRITI:SADDAM HUSSEIN'UNZ+1+1'");
    assertThat(paxlst.travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE", "AL-TIKRITI");
    assertThat(warnings(paxlst))
        .contains(
            "segment 5 (UNT): a segment terminator is missing before NAD; read as two segments",
            "segment 5 (NAD): a traveller after the message trailer (UNT); read as part of the"
                + " message")
        .noneMatch(w -> w.contains("reference"));
    Manifest pnr = read(PNR + "TIF+DOE+JOHN:A:1'UNT+5+1TIF+AL-TIKRITI+SADDAM HUSSEIN:A:2'UNZ+1+1'");
    assertThat(pnr.travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE", "AL-TIKRITI");
    // A second breaker's finds: after a reference ending in a letter (a name's TIF must not,
    // LATIF; a reference's may), or after no reference at all, the traveller was still lost.
    String abc = PNR.replace("UNH+1+", "UNH+ABC+");
    assertThat(
            read(abc + "TIF+DOE+JOHN:A:1'UNT+5+ABCTIF+AL-TIKRITI+SADDAM HUSSEIN:A:2'UNZ+1+1'")
                .travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE", "AL-TIKRITI");
    assertThat(
            read(HEADER + "NAD+FL+++DOE:JANE'UNT+4+NAD+FL+++AL-TIKRITI:SADDAM HUSSEIN'UNZ+1+1'")
                .travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE", "AL-TIKRITI");
    // A header's own reference that ends in a tag is no traveller glued to it, even in a trailer
    // of more elements than its two; what the trailer holds past them is said not to be read (a
    // third breaker's find: UNH+M1NAD, UNT+8+M1NAD+FL+++… lost a traveller without a word).
    String refTif = PNR.replace("UNH+1+", "UNH+1TIF+");
    Manifest own = read(refTif + "TIF+DOE+JOHN:A:1'UNT+5+1TIF+X+Y'UNZ+1+1'");
    assertThat(own.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(warnings(own))
        .containsExactly(
            "segment 6 (UNT): the message trailer has 4 data elements where it has 2 (a segment"
                + " count and a message reference); what follows them is not read");
    // So is a damaged header's, and a message header glued after a trailer is no traveller.
    String unx = PNR.replace("UNH+1+", "UNX+1TIF+");
    assertThat(read(unx + "TIF+DOE+JOHN:A:1'UNT+5+1TIF+X+Y'UNZ+1+1'").travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE");
    assertThat(
            read(PNR
                    + "TIF+DOE+JOHN:A:1'UNT+5+1UNH+2TIF+PNRGOV:11:1:IA+X'SRC'RCI+1A:XYZ789'"
                    + "TIF+ROE+ANN:A:1'UNT+5+2'UNZ+1+1'")
                .travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE", "ROE");
  }

  @Test
  void truncatedInterchangeIsReadToItsEndAndTheCutSegmentNamed() {
    // Cut inside the second traveller's name: it is screened as far as it goes, with a warning
    // on its own segment, not only on the file.
    Manifest m =
        ManifestReader.read(
            ("UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                    + "NAD+FL+++DOE:JANE'DTM+329:800101'NAD+FL+++ADO")
                .getBytes(StandardCharsets.US_ASCII),
            "t.edi",
            Samples.TODAY);
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE", "ADO");
    assertThat(warnings(m))
        .containsExactly(
            "segment 6 (NAD): the file ends inside this segment, before its terminator: its last"
                + " data element may be cut short",
            "the file ends before the interchange trailer (UNZ): it may be truncated; read up to"
                + " its end");
  }

  @Test
  void aTrailerWithoutItsTerminatorEndsTheInterchange() {
    Manifest m = Samples.read("pnrgov/gtas/parsers__pnrMessagePg76.txt");
    assertThat(m.travellers()).hasSize(2);
    assertThat(warnings(m))
        .contains(
            "segment 28 (UNZ): the interchange trailer has no segment terminator; read as ended")
        .noneMatch(w -> w.contains("truncated"));
  }

  @Test
  void controlCharactersInsideASegmentAreRemovedWithAWarningOnIt() {
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++AL-DU\u0000RI:IZZAT\tIBRAHIM'DTM+329:19420701'NAD+FL+++DOE:JO\u001BHN'"
                + "UNT+6+1'UNZ+1+1'");
    assertThat(m.travellers())
        .extracting(Traveller::name)
        .containsExactly("IZZAT IBRAHIM AL-DURI", "JOHN DOE");
    assertThat(m.travellers().get(0).dateOfBirth()).isEqualTo("1942-07-01");
    assertThat(warnings(m))
        .contains(
            "segment 4 (NAD): control characters (such as NUL) inside the segment removed, tabs"
                + " read as spaces",
            "segment 6 (NAD): control characters (such as NUL) inside the segment removed, tabs"
                + " read as spaces");
    // Syntax level B's separators are control characters, and stay separators.
    Manifest levelB =
        read(
            "UNB\u001DUNOB\u001F4\u001DS\u001DR\u001D261130\u001F0600\u001D1\u001C"
                + "UNH\u001D1\u001DPAXLST\u001FD\u001F05B\u001FUN\u001FIATA\u001C"
                + "NAD\u001DFL\u001D\u001D\u001DDOE\u001FJOHN\u001CUNT\u001D3\u001D1\u001C"
                + "UNZ\u001D1\u001D1\u001C");
    assertThat(levelB.travellers()).extracting(Traveller::name).containsExactly("JOHN DOE");
    assertThat(levelB.warnings()).isEmpty();
  }

  @Test
  void documentDataThatCannotBeReadIsWarnedAboutNeverQuoted() {
    Manifest pnr =
        read(
            PNR
                + "TIF+SMITH+JOHNMR:A:1'"
                + "SSR+DOCS:HK::DL:::::/KIMS/GBR/123456789/GBR/12JUL64/KIM/99ABC19/SMITH/JOHN'"
                + "UNT+6+1'UNZ+1+1'");
    Traveller t = pnr.travellers().get(0);
    assertThat(t.documents()).containsExactly(new TravelDocument("", "123456789", "GBR", ""));
    assertThat(t.dateOfBirth()).isEqualTo("1964-07-12");
    assertThat(warnings(pnr))
        .containsExactly(
            "segment 6 (SSR): the travel document's expiry date in SSR DOCS is not a date (DDMMMYY"
                + " expected); the document is read without it",
            "segment 6 (SSR): the travel document's type in SSR DOCS (4 characters) is not a code"
                + " of one to three letters or digits; the document is read without it",
            "segment 6 (SSR): the gender in SSR DOCS is not M, F, U or X; the traveller is screened"
                + " without it")
        .noneMatch(w -> w.contains("KIM"));
    Manifest paxlst =
        read(
            HEADER
                + "NAD+FL+++DOE:JANE'ATT+2++KIM'DOC+PASSPORT+A123'DTM+36:301399'"
                + "DOC+P+B456'DTM+36:300115'UNT+9+1'UNZ+1+1'");
    assertThat(paxlst.travellers().get(0).documents())
        .containsExactly(
            new TravelDocument("", "A123", "", ""),
            new TravelDocument("P", "B456", "", "2030-01-15"));
    assertThat(warnings(paxlst))
        .containsExactly(
            "segment 5 (ATT): the gender is not M, F, U or X; the traveller is screened without it",
            "segment 6 (DOC): the travel document's type (8 characters) is not a code of one to"
                + " three letters or digits; the document is read without it",
            "segment 7 (DTM): the travel document's expiry date is not a date (YYMMDD or CCYYMMDD"
                + " expected); the document is read without it");
  }

  @Test
  void anInterchangeHeaderThatCannotBeReadSaysWhatIsWrong() {
    // An unknown character set and an impossible date are warned about, and the rest is read.
    Manifest m =
        read(
            "UNA:+.? 'UNB+UNOZ:4+S+R+261399:2599+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++DOE:JANE'UNT+4+1'UNZ+1+1'");
    assertThat(m.prepared()).isEmpty();
    assertThat(warnings(m))
        .containsExactly(
            "the interchange declares character set UNOZ, which Mizan does not know (ISO 9735 UNOA"
                + " to UNOK, UNOW, UNOY expected); read as UTF-8 where its bytes are UTF-8, else as"
                + " ISO-8859-1",
            "segment 1 (UNB): the date and time of preparation is not a date (YYMMDD:HHMM or"
                + " CCYYMMDD:HHMM expected); dates of birth are read as on or before today");
    // IATA's own syntax identifier (PNRGOV) is no unknown character set.
    assertThat(read(PNR + "TIF+DOE+JOHN:A:1'UNT+5+1'UNZ+1+1'").warnings()).isEmpty();
    // A header with nothing after its tag is named as such, not as a missing header.
    assertRefused("UNA:+.? 'UNB+'", "u.edi")
        .hasMessage(
            "u.edi: segment 1 (UNB): the interchange header cannot be read: it does not begin with"
                + " a syntax identifier and version (such as UNOA:4)");
    // A syntax identifier without its version is named as such, not blamed on the separators.
    assertRefused(
            "UNA:+.? 'UNB+UNOA+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++DOE:JANE'UNT+4+1'UNZ+1+1'",
            "v.edi")
        .hasMessage(
            "v.edi: segment 1 (UNB): the interchange header cannot be read: its syntax identifier"
                + " has no version (such as UNOA:4)");
    // A UNA whose separators the UNB does not use (here a control character as component
    // separator; the fourth breaker also tried a space, a tab, U+00A0, the Arabic comma and the two
    // swapped): read with those the UNB shows, the separators declared named in the warning.
    Manifest swapped =
        read(
            "UNA\u0001+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++DOE:JANE'UNT+4+1'UNZ+1+1'");
    assertThat(swapped.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(warnings(swapped))
        .containsExactly(
            "the interchange header (UNB) cannot be read with the separators the UNA declares"
                + " (component U+0001, data element '+', segment terminator '''); read with those"
                + " the header shows");

    // Two separators alike: which character, and which separators.
    assertRefused(
            "UNA::.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'"
                + "NAD+FL+++DOE:JANE'UNT+3+1'UNZ+1+1'",
            "s.edi")
        .hasMessage(
            "s.edi: the UNA declares ':' as both component separator and data element separator:"
                + " the segments cannot be told apart");
  }

  @Test
  void aSecondPassportHolderAfterOneTifIsNotMergedIntoIt() {
    // A breaker's find: the second SSR DOCS's date of birth and nationality went to the first
    // passport holder, and the second holder passed without a word.
    Manifest m =
        read(
            PNR
                + "TIF+DOE+JOHN:A:1'"
                + "SSR+DOCS:HK::RJ:::::/P/USA/111/USA/01JAN80/M/31OCT30/DOE/JOHN'"
                + "SSR+DOCS:HK::RJ:::::/P/IRQ/222/IRQ/28APR37/M/31OCT30/AL-DURI/IZZAT'"
                + "SSR+DOCS:HK::RJ:::::/P/USA/111/USA/01JAN80/M/31OCT30/D OE/JO HN'"
                + "UNT+8+1'UNZ+1+1'");
    Traveller t = m.travellers().get(0);
    assertThat(t.name()).isEqualTo("JOHN DOE");
    assertThat(t.dateOfBirth()).isEqualTo("1980-01-01");
    assertThat(t.nationality()).isEqualTo("USA");
    assertThat(t.documents()).extracting(TravelDocument::number).containsExactly("111");
    assertThat(warnings(m))
        .containsExactly(
            "segment 7 (SSR): document data naming another passport holder than the SSR DOCS before"
                + " it for this traveller: not read, and that person, without a TIF of their own,"
                + " is not screened");
  }

  @Test
  void anArabicNameInUtf8AmongLatin1NamesIsReadAsUtf8() {
    // A breaker's find: five Latin-1 names outweighed one UTF-8 name, read as ISO 8859-1.
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
    for (String name :
        List.of("M\u00DCLLER:J\u00D6RG", "GARC\u00CDA:JOS\u00C9", "NU\u00D1EZ:I\u00D1IGO")) {
      b.writeBytes(("NAD+FL+++" + name + "'").getBytes(StandardCharsets.ISO_8859_1));
    }
    b.writeBytes(
        "NAD+FL+++\u062D\u0633\u064A\u0646:\u0635\u062F\u0627\u0645'UNT+7+1'UNZ+1+1'"
            .getBytes(StandardCharsets.UTF_8));
    Manifest m = ManifestReader.read(b.toByteArray(), "t.edi", Samples.TODAY);
    assertThat(m.travellers())
        .extracting(Traveller::surname)
        .containsExactly("M\u00DCLLER", "GARC\u00CDA", "NU\u00D1EZ", "\u062D\u0633\u064A\u0646");
    assertThat(warnings(m))
        .containsExactly(
            "the file is UTF-8 but for 6 bytes that are not (the first at byte 84); those were read"
                + " as ISO-8859-1, the rest as UTF-8");
  }

  @Test
  void countsThatAreNoNumbersAreWarnedAboutNeverQuoted() {
    // A breaker's find: CNT+42:ZORBLAX and UNT+ZORBLAX passed without a word.
    Manifest m = read(HEADER + "NAD+FL+++DOE:JANE'CNT+42:ZORBLAX'UNT+ZORBLAX+1'UNZ+1+1'");
    assertThat(m.travellers()).hasSize(1);
    assertThat(warnings(m))
        .containsExactly(
            "segment 5 (CNT): the control count is not a number; ignored",
            "segment 6 (UNT): the message trailer's segment count is not a number")
        .noneMatch(w -> w.contains("ZORBLAX"));
  }

  @Test
  void aTrailerWhoseReferenceIsNotItsHeadersIsWarnedAboutNeverQuoted() {
    // A helper's find (2026-12-05): UNT+3+7 after UNH+1 passed without a word. ISO 9735 gives
    // the trailer its header's reference; a trailer without one, as many senders send, passes.
    Manifest m = read(HEADER + "NAD+FL+++DOE:JANE'UNT+4+DOE7'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(warnings(m))
        .containsExactly(
            "segment 5 (UNT): the message trailer's message reference is not its header's: the"
                + " trailer may close another message")
        .noneMatch(w -> w.contains("DOE7"));
    assertThat(read(HEADER + "NAD+FL+++DOE:JANE'UNT+4+1'UNZ+1+1'").warnings()).isEmpty();
    assertThat(read(HEADER + "NAD+FL+++DOE:JANE'UNT+4'UNZ+1+1'").warnings()).isEmpty();
  }

  @Test
  void aRepetitionSeparatorNamedAsAnotherIsThatOther() {
    // A breaker's find: read with no warning, or with one that called '*' text.
    Manifest release =
        read(
            "UNA:+.??'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'"
                + "NAD+FL+++O?'BRIEN:SEAN'UNT+3+1'UNZ+1+1'");
    assertThat(release.travellers().get(0).surname()).isEqualTo("O'BRIEN");
    assertThat(warnings(release))
        .containsExactly(
            "the UNA declares '?' as both repetition separator and release character; read as the"
                + " release character");
    Manifest element =
        read(
            "UNA:*.?*'UNB*UNOA:4*S*R*261130:0600*1'UNH*1*PAXLST:D:05B:UN:IATA'"
                + "NAD*FL***DOE:JOHN'UNT*3*1'UNZ*1*1'");
    assertThat(element.travellers()).extracting(Traveller::name).containsExactly("JOHN DOE");
    assertThat(warnings(element))
        .containsExactly(
            "the UNA declares '*' as both repetition separator and data element separator; read as"
                + " the data element separator");
  }

  @Test
  void aDateOfBirthOutsideTheYearsReadSaysWhich() {
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++DOE:JANE'DTM+329:20990101'NAD+FL+++ROE:JOHN'DTM+329:17500101'"
                + "NAD+FL+++POE:JIM'DTM+329:2027'UNT+9+1'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::dateOfBirth).containsExactly("", "", "");
    assertThat(warnings(m))
        .containsExactly(
            "segment 5 (DTM): the date of birth is after the day the message was prepared"
                + " (2026-11-30); the traveller is screened without it",
            "segment 7 (DTM): the date of birth is before 1800; the traveller is screened without"
                + " it",
            "segment 9 (DTM): the date of birth is after the day the message was prepared"
                + " (2026-11-30); the traveller is screened without it");
  }

  @Test
  void aPnrDateOfBirthBefore1800FromAnOldMessageDateIsAWarning() {
    // A breaker's find: a message dated 1805 puts the two-digit year 48 in 1748, which failed the
    // whole manifest at screening; now it is dropped with a warning, as in PAXLST.
    Manifest m =
        read(
            "UNB+IATA:1+A+B+18050920:0600+1'UNH+1+PNRGOV:11:1:IA'TIF+DOE+JOHN:A:1'"
                + "SSR+DOCS:HK::DL:::::/P/GBR/1/GBR/01JAN48/M/01JAN30/DOE/JOHN'UNT+4+1'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::dateOfBirth).containsExactly("");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(warnings(m))
        .contains(
            "segment 4 (SSR): the date of birth in SSR DOCS is before 1800 (the century read from"
                + " the message's date); the traveller is screened without it");
  }

  @Test
  void charactersBeyondTheBasicPlaneKeepTheirSegment() {
    // A breaker's find: StAEDI could not read a segment holding one (CJK Extension B, an emoji,
    // mathematical letters), and the traveller lost its name.
    Manifest m =
        read(
            "UNA:+.? 'UNB+UNOW:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++\uD835\uDC12\uD835\uDC00\uD835\uDC03:IZZAT'DTM+329:19420701'"
                + "NAD+FL+++\u9673:\uD840\uDC0B\u660E'UNT+6+1'UNZ+1+1'");
    assertThat(m.travellers())
        .extracting(Traveller::surname)
        .containsExactly("\uD835\uDC12\uD835\uDC00\uD835\uDC03", "\u9673");
    assertThat(m.travellers().get(0).dateOfBirth()).isEqualTo("1942-07-01");
    assertThat(m.travellers().get(1).givenNames()).containsExactly("\uD840\uDC0B\u660E");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void asMuchUtf8AsStrayBytesIsReadAsUtf8AroundThem() {
    // A breaker's find: one UTF-8 name and one Latin-1 byte garbled the UTF-8 name (GRÃ\u0096NDLE).
    byte[] latin1 = "NAD+FL+++Z\u00D6RBLAX:ANNA'".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = "NAD+FL+++GR\u00D6NDLE:PER'UNT+4+1'UNZ+1+1'".getBytes(StandardCharsets.UTF_8);
    byte[] head = HEADER.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + latin1.length + utf8.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(latin1, 0, all, head.length, latin1.length);
    System.arraycopy(utf8, 0, all, head.length + latin1.length, utf8.length);
    Manifest m = ManifestReader.read(all, "t.edi", Samples.TODAY);
    assertThat(m.travellers())
        .extracting(Traveller::surname)
        .containsExactly("Z\u00D6RBLAX", "GR\u00D6NDLE");
  }

  @Test
  void warningsAreCappedForTheWholeFileNotEachInterchange() {
    // Each interchange has 100 texts that are no segments: 30 of them hold 3,000 warnings.
    StringBuilder b = new StringBuilder();
    for (int k = 1; k <= 30; k++) {
      b.append("UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+").append(k).append('\'');
      b.append("UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++DOE:JOHN'");
      b.append("x'".repeat(100));
      b.append("UNT+3+1'UNZ+1+").append(k).append('\'');
    }
    Manifest m = read(b.toString());
    assertThat(m.travellers()).hasSize(30);
    assertThat(m.warnings()).hasSize(ManifestReader.MAX_WARNINGS + 1);
    assertThat(m.warnings().get(ManifestReader.MAX_WARNINGS).message())
        .isEqualTo((3000 - ManifestReader.MAX_WARNINGS) + " more warnings not listed");
  }

  @Test
  void unreadableDateOfBirthIsAWarningAndTheTravellerIsKept() {
    String text =
        "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++DOE:JANE'DTM+329:991399'NAD+FL+++ROE:RICHARD'DTM+329:800101'"
            + "NAD+FL+++POE:ANNA'DTM+329:8001012500:201'"
            + "NAD+FL+++LOE:LISA'DTM+329:800101:OSAMA'"
            + "NAD+FL+++MOE:MAX'DTM+329:197001011230:203'"
            + "UNT+13+1'UNZ+1+1'";
    Manifest m =
        ManifestReader.read(text.getBytes(StandardCharsets.US_ASCII), "t.edi", Samples.TODAY);
    assertThat(m.travellers())
        .extracting(Traveller::dateOfBirth)
        .containsExactly("", "1980-01-01", "", "", "1970-01-01");
    // A format that is no date's (201, a date and time; here hour 25) is named as such.
    assertThat(warnings(m))
        .containsExactly(
            "segment 5 (DTM): the date of birth is not a date (YYMMDD, CCYYMMDD or CCYY expected);"
                + " the traveller is screened without it",
            "segment 9 (DTM): the date of birth is in format 201, not one a date of birth is read"
                + " in (101 YYMMDD, 102 CCYYMMDD, 602 CCYY); the traveller is screened without it",
            // A field that holds no code is not quoted: it may hold anything, a name too.
            "segment 11 (DTM): the date of birth is in a format that is no code (5 characters),"
                + " not one a date of birth is read in (101 YYMMDD, 102 CCYYMMDD, 602 CCYY); the"
                + " traveller is screened without it",
            // A date and time with a valid time: its date is read.
            "segment 13 (DTM): the date of birth is sent with a time of day (format 203); its date"
                + " is read");
  }

  @Test
  void releaseCharacterKeepsASeparatorInAName() {
    String text =
        "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++O?'BRIEN:SEAN?+PAT'UNT+4+1'UNZ+1+1'";
    Manifest m =
        ManifestReader.read(text.getBytes(StandardCharsets.US_ASCII), "t.edi", Samples.TODAY);
    assertThat(m.travellers().get(0).surname()).isEqualTo("O'BRIEN");
    assertThat(m.travellers().get(0).givenNames()).containsExactly("SEAN+PAT");
  }

  @Test
  void declaredCharacterSetIsHonoured() {
    byte[] latin1 =
        ("UNA:+.? 'UNB+UNOC:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++MÜLLER:JOSÉ'UNT+4+1'UNZ+1+1'")
            .getBytes(StandardCharsets.ISO_8859_1);
    Manifest m = ManifestReader.read(latin1, "t.edi", Samples.TODAY);
    assertThat(m.travellers().get(0).name()).isEqualTo("JOSÉ MÜLLER");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void nothingReadableIsRefusedWithWhere() {
    assertRefused("hello", "x.txt")
        .hasMessage("x.txt: no interchange header (UNB): not a UN/EDIFACT interchange");
    assertRefused(
            "UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++DESK'"
                + "UNT+4+1'UNZ+1+1'",
            "y.edi")
        .hasMessage(
            "y.edi: no traveller (NAD with qualifier FL, FM, DDT, DDU or COT) in the message");
    assertRefused("UNB+UNOA:4+S+R+261130:0600+1'UNH+1+INVOIC:D:96A:UN'UNT+2+1'UNZ+1+1'", "z")
        .hasMessage(
            "z: segment 2 (UNH): no PAXLST or PNRGOV message in the interchange (the first message"
                + " header names the type INVOIC)");
    // A damaged message header with no traveller after it: the error says where one was due.
    String damaged =
        "UNB+UNOA:4+S+R+261130:0600+1'UNX+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+1'";
    assertRefused(damaged, "d.edi")
        .hasMessage(
            "d.edi: segment 2 (UNX): no message header (UNH) in the interchange: a message header"
                + " was due here");
    // A header that is no segment at all (UN H) is pointed at, not the segment after it.
    assertRefused(damaged.replace("UNX+1", "UN H+1"), "s.edi")
        .hasMessage(
            "s.edi: segment 2: no message header (UNH) in the interchange: one was due here, where"
                + " the text is not a segment");
  }

  /** That reading {@code text} (ASCII) as file {@code source} throws a PaxlstFormatException. */
  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      String text, String source) {
    return assertThatThrownBy(
            () ->
                ManifestReader.read(
                    text.getBytes(StandardCharsets.US_ASCII), source, Samples.TODAY))
        .isInstanceOf(PaxlstFormatException.class);
  }

  @Test
  void aMessageWithADamagedHeaderIsReadAsItsTravellersFormat() {
    String traveller = "BGM+745'NAD+FL+++DOE:JOHN'UNT+4+1'UNZ+1+1'";
    String unb = "UNB+UNOA:4+S+R+261130:0600+1'";
    // A damaged tag (UNX) or no segment at all (UN H): the travellers are read, each with a
    // warning.
    for (String header : List.of("UNX+1+PAXLST:D:05B:UN:IATA'", "UN H+1+PAXLST:D:05B:UN:IATA'")) {
      Manifest m = read(unb + header + traveller);
      assertThat(m.travellers()).as(header).extracting(Traveller::surname).containsExactly("DOE");
      assertThat(m.messages()).as(header).isEqualTo(1);
      assertThat(m.messageVersion()).as(header).isEmpty();
      assertThat(m.warnings())
          .as(header)
          .extracting(ManifestWarning::message)
          .contains(
              "a traveller before the first message header (UNH), which is missing or damaged;"
                  + " read as part of a PAXLST message");
    }
    // Its travellers all after its trailer: read, as a message's travellers after its trailer
    // are (a helper's find: the file was refused).
    Manifest late =
        read(unb + "UNH+1+PAXLTS:D:05B:UN:IATA'BGM+745'UNT+2+1'NAD+FL+++DOE:JOHN'UNZ+1+1'");
    assertThat(late.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    // A damaged type, missing or misspelt: read as the type of the travellers it holds.
    for (String type : List.of("PAXLTS:D:05B:UN:IATA", "PAX", "")) {
      Manifest m = read(unb + "UNH+1+" + type + "'" + traveller);
      assertThat(m.travellers()).as(type).extracting(Traveller::surname).containsExactly("DOE");
      assertThat(m.warnings())
          .as(type)
          .extracting(ManifestWarning::message)
          .anyMatch(
              w ->
                  w.endsWith(
                      "holds PAXLST travellers (NAD+FL, FM, DDT, DDU or COT); read as PAXLST"));
    }
    // A damaged PAXLST header before an intact PNRGOV message: both messages' travellers are read.
    Manifest mixed =
        read(
            unb
                + "UNX+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JOHN'UNT+4+1'"
                + PNR.substring(PNR.indexOf("UNH"))
                + "TIF+AL-DURI+IZZAT IBRAHIM:A:1'UNT+5+1'UNZ+2+1'");
    assertThat(mixed.travellers())
        .extracting(Traveller::surname)
        .containsExactlyInAnyOrder("DOE", "AL-DURI");
    // The other type named over PAXLST travellers: read as theirs.
    Manifest other = read(unb + "UNH+1+PNRGOV:11:1:IA'" + traveller);
    assertThat(other.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(other.warnings())
        .extracting(ManifestWarning::message)
        .contains(
            "a message that names the type PNRGOV holds PAXLST travellers (NAD+FL, FM, DDT, DDU or"
                + " COT); read as PAXLST");
    // A type not in capitals is read, with a warning.
    Manifest lower =
        read(HEADER.replace("PAXLST:", "paxlst:") + "NAD+FL+++DOE:JOHN'UNT+4+1'UNZ+1+1'");
    assertThat(lower.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(lower.warnings())
        .extracting(ManifestWarning::message)
        .containsExactly("the message type is not written in capital letters; read as PAXLST");
  }

  @Test
  void pnrTitlesAreRemovedFromGivenNames() {
    assertThat(PnrgovMapping.withoutTitle("ISABELLE MRS", true)).isEqualTo("ISABELLE");
    assertThat(PnrgovMapping.withoutTitle("JOHNMR", true)).isEqualTo("JOHN");
    assertThat(PnrgovMapping.withoutTitle("AMR", true)).isEqualTo("AMR");
    assertThat(PnrgovMapping.withoutTitle("OMARMR", true)).isEqualTo("OMAR");
    // Joined, only when three letters remain: NIMR and AMR are names.
    assertThat(PnrgovMapping.withoutTitle("LIMR", true)).isEqualTo("LIMR");
    assertThat(PnrgovMapping.withoutTitle("NIMR", true)).isEqualTo("NIMR");
    assertThat(PnrgovMapping.withoutTitle("JOHNMR", false)).isEqualTo("JOHNMR");
    assertThat(PnrgovMapping.withoutTitle("FATIMAMRS", true)).isEqualTo("FATIMA");
    // MS and DR end given names: removed only after a space.
    assertThat(PnrgovMapping.withoutTitle("WILLIAMS", true)).isEqualTo("WILLIAMS");
    assertThat(PnrgovMapping.withoutTitle("ALEXANDR", true)).isEqualTo("ALEXANDR");
    assertThat(PnrgovMapping.withoutTitle("NINA MS", true)).isEqualTo("NINA");
  }

  @Test
  void everyInterchangeOfAFileIsRead() {
    String one =
        "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++DOE:JANE'UNT+4+1'UNZ+1+1'";
    String two =
        "UNA:*.? #UNB*UNOA:4*S*R*261130:0600*2#UNH*1*PAXLST:D:05B:UN:IATA#BGM*250#"
            + "NAD*FM***ROE:RICHARD#UNT*4*1#UNZ*1*2#";
    Manifest m =
        ManifestReader.read(
            (one + "\r\n=== next ===\r\n" + two).getBytes(StandardCharsets.US_ASCII),
            "t.edi",
            Samples.TODAY);
    assertThat(m.travellers())
        .extracting(Traveller::name)
        .containsExactly("JANE DOE", "RICHARD ROE");
    assertThat(m.travellers()).extracting(Traveller::segmentIndex).containsExactly(4, 10);
    assertThat(m.messages()).isEqualTo(2);
    assertThat(warnings(m))
        .containsExactly(
            "text before the interchange (a transmission envelope, 16 characters) was ignored");
  }

  @Test
  void syntaxLevelBSeparatorsWithoutUna() {
    // ISO 9735 level B defaults: IS1 (U+001F) component, IS3 (U+001D) element, IS4 (U+001C)
    // segment terminator; no release character, so '?' is text.
    String text =
        "UNB\u001DUNOB\u001F4\u001DS\u001DR\u001D261130\u001F0600\u001D1\u001C"
            + "UNH\u001D1\u001DPAXLST\u001FD\u001F05B\u001FUN\u001FIATA\u001CBGM\u001D745\u001C"
            + "NAD\u001DFL\u001D\u001D\u001DO'HARA?\u001FSEAN\u001CUNT\u001D4\u001D1\u001CUNZ\u001D1\u001D1\u001C";
    Manifest m =
        ManifestReader.read(text.getBytes(StandardCharsets.US_ASCII), "t.edi", Samples.TODAY);
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("O'HARA?");
    assertThat(m.travellers().get(0).givenNames()).containsExactly("SEAN");
  }

  @Test
  void spaceDeclaredAsReleaseCharacterDoesNotEatSpaces() {
    String text =
        "UNA:+. *'UNB+UNOA:3+S+R+261130:0600+1'UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'"
            + "NAD+FL+++AL HASHIMI:ABU BAKR'UNT+4+1'UNZ+1+1'";
    Manifest m =
        ManifestReader.read(text.getBytes(StandardCharsets.US_ASCII), "t.edi", Samples.TODAY);
    assertThat(m.travellers().get(0).name()).isEqualTo("ABU BAKR AL HASHIMI");
    assertThat(warnings(m).get(0)).startsWith("the UNA declares a space as release character");
  }

  @Test
  void releaseCharacterLeftBeforeTheTerminatorDoesNotSwallowTheNextSegment() {
    String text =
        "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++NGUEMA:AMINATA?'\r\nATT+2++F'NAD+FL+++O?'BRIEN:SEAN'UNT+6+1'UNZ+1+1'";
    Manifest m =
        ManifestReader.read(text.getBytes(StandardCharsets.US_ASCII), "t.edi", Samples.TODAY);
    assertThat(m.travellers())
        .extracting(Traveller::name)
        .containsExactly("AMINATA NGUEMA", "SEAN O'BRIEN");
    assertThat(m.travellers().get(0).gender()).isEqualTo(Gender.FEMALE);
    assertThat(warnings(m))
        .containsExactly(
            "1 release character just before a segment terminator, where the next segment begins,"
                + " read as stray: the terminator ends the segment");
  }

  @Test
  void repeatedPnrTravellersPointToTheFirst() {
    Manifest m = Samples.read("pnrgov/gtas/loader__pnr4.txt");
    // One passenger, repeated in the check-in groups of two flights.
    assertThat(m.travellers()).extracting(Traveller::sameAs).containsExactly(0, 1, 1);
    assertThat(m.travellers()).allMatch(t -> t.dateOfBirth().equals("1964-09-09"));
    Manifest groups = Samples.read("pnrgov/gtas/loader__3_pnrs.edi");
    assertThat(groups.travellers()).filteredOn(Traveller::group).hasSize(1);
    assertThat(groups.travellers()).filteredOn(Traveller::isPlaceholder).isNotEmpty();
  }

  @Test
  void infantDocumentsGoToTheInfant() {
    Manifest m = Samples.read("pnrgov/gtas/loader__adult_and_infant.edi");
    Traveller infant = m.travellers().get(1);
    assertThat(infant.dateOfBirth()).isEqualTo("2011-08-10");
    assertThat(infant.documents()).extracting(TravelDocument::number).containsExactly("AO234000");
    assertThat(m.travellers().get(0).documents())
        .extracting(TravelDocument::number)
        .containsExactly("52263000");
  }

  @Test
  void yearOfBirthAloneIsRead() {
    String text =
        "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++DOE:JANE'DTM+329:1962:602'UNT+5+1'UNZ+1+1'";
    Manifest m =
        ManifestReader.read(text.getBytes(StandardCharsets.US_ASCII), "t.edi", Samples.TODAY);
    assertThat(m.travellers().get(0).dateOfBirth()).isEqualTo("1962");
    assertThat(m.warnings()).isEmpty();
  }

  private static final String HEADER =
      "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'";

  private static Manifest read(String text) {
    return ManifestReader.read(text.getBytes(StandardCharsets.UTF_8), "t.edi", Samples.TODAY);
  }

  @Test
  void anApostropheInsideANameNotReleasedIsReadAsPartOfTheName() {
    // A breaker's find: SAB'AWI as feeds send it, the apostrophe not released (SAB?'AWI), ended
    // the NAD, and the traveller was screened as SAB AL-TIKRITI (IQi.036 at 0.768, no hit).
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++AL-TIKRITI:SAB'AWI IBRAHIM HASSAN'ATT+2++M'"
                + "NAD+FL+++O'BRIEN:D'ARCY'DTM+329:800101'UNT+7+1'UNZ+1+1'");
    assertThat(m.travellers())
        .extracting(Traveller::surname, Traveller::givenNames)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AL-TIKRITI", List.of("SAB'AWI IBRAHIM HASSAN")),
            org.assertj.core.groups.Tuple.tuple("O'BRIEN", List.of("D'ARCY")));
    assertThat(m.travellers().get(0).gender()).isEqualTo(Gender.MALE);
    assertThat(warnings(m))
        .contains(
            "segment 4 (NAD): an apostrophe inside a name not released (?') read as part of the"
                + " name, not as the segment's end",
            "segment 6 (NAD): an apostrophe inside a name not released (?') read as part of the"
                + " name, not as the segment's end")
        .noneMatch(w -> w.contains("not a segment"))
        .noneMatch(w -> w.contains("UNT counts"));
    // Three letters after it, which a tag has too, are still a name's (MA'RUF, O'DAY).
    assertThat(
            read(HEADER + "NAD+FL+++MA'RUF:TAHA'NAD+FL+++KHALID O'DAY'UNT+4+1'UNZ+1+1'")
                .travellers())
        .extracting(Traveller::surname)
        .containsExactly("MA'RUF", "KHALID O'DAY");
  }

  /**
   * A third breaker's finds: a name part that is a segment tag after the apostrophe (JA'FAR), a
   * PNRGOV TIF whose given names end in a reference (MR:A:1), and an apostrophe that ends a name
   * part before a separator (AL-ZAWBA'), which must not glue the next part to it.
   */
  @Test
  void anApostropheBeforeATagOrAReferenceIsInsideTheNameAndOneBeforeASeparatorGluesNothing() {
    assertThat(
            read(HEADER + "NAD+FL+++MOHAMMADI:JA'FAR'ATT+2++M'UNT+5+1'UNZ+1+1'")
                .travellers()
                .get(0)
                .givenNames())
        .containsExactly("JA'FAR");
    Traveller booked =
        read(PNR + "TIF+AL-TIKRITI+SAB'AWI IBRAHIM HASSAN MR:A:1'UNT+4+1'UNZ+1+1'")
            .travellers()
            .get(0);
    assertThat(booked.surname()).isEqualTo("AL-TIKRITI");
    assertThat(String.join(" ", booked.givenNames())).startsWith("SAB'AWI IBRAHIM HASSAN");
    Traveller zawba =
        read(HEADER + "NAD+FL+++AL-ZAWBA':MUTHANNA HARITH'ATT+2++M'UNT+5+1'UNZ+1+1'")
            .travellers()
            .get(0);
    assertThat(zawba.surname()).isEqualTo("AL-ZAWBA");
    assertThat(zawba.givenNames()).isEmpty();
    assertThat(zawba.gender()).isEqualTo(Gender.MALE);
    // A stray separator before a segment after a name is dropped as before: the ATT is read.
    assertThat(
            read(HEADER + "NAD+FL+++OKONKWO:CHINEDU'+ATT+2++M'UNT+4+1'UNZ+1+1'")
                .travellers()
                .get(0)
                .gender())
        .isEqualTo(Gender.MALE);
  }

  /**
   * A second breaker's finds: the repair above must not take into a name what follows an apostrophe
   * that does end the segment: a traveller whose NAD tag is damaged ({@code N AD+FL…}), or text
   * after a whole name ({@code KHALID'ABC DEF}).
   */
  @Test
  void anApostropheThatEndsANameSegmentIsNotTakenForOneInsideTheName() {
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++ALFAWAZ:KHALID'N AD+FL+++HUSSEIN:SADDAM'"
                + "NAD+FL+++HADDAD:SA'N AD+FL+++KASSAB:SAMIR'"
                + "NAD+FL+++DOE:JOHNNY'END OF LIST'UNT+7+1'UNZ+1+1'");
    assertThat(m.travellers()).hasSize(5);
    assertThat(m.travellers())
        .extracting(t -> t.givenNames().isEmpty() ? "" : t.givenNames().get(0))
        .containsExactly("KHALID", "", "SA", "", "JOHNNY");
    assertThat(warnings(m)).noneMatch(w -> w.contains("apostrophe inside a name"));
  }

  @Test
  void aLineEndingWithoutItsTerminatorBeforeASegmentEndsTheSegment() {
    // A breaker's find: NAD+FL+++OKONKWO:CHINEDU with its terminator lost at the line's end was
    // read with the next line (CHINEDUATT), and the traveller's sex was lost.
    String lines =
        HEADER.replace("'", "'\n")
            + "NAD+FL+++OKONKWO:CHINEDU\nATT+2++M'\nDTM+329:910704'\n"
            + "NAD+FL+++MOHAMMADI:JAFAR'\nUNT+6+1'\nUNZ+1+1'\n";
    Manifest m = read(lines);
    Traveller t = m.travellers().get(0);
    assertThat(t.givenNames()).containsExactly("CHINEDU");
    assertThat(t.gender()).isEqualTo(Gender.MALE);
    assertThat(t.dateOfBirth()).isEqualTo("1991-07-04");
    assertThat(warnings(m))
        .contains(
            "1 line ending without a segment terminator before a line that begins a segment (a"
                + " tag and a data element separator) read as ending the segment");
    // A line of text after the interchange (a disclaimer) is no line of the file's segments.
    assertThat(read(lines + "This message is confidential.\n").travellers().get(0).givenNames())
        .containsExactly("CHINEDU");
    // A file wrapped at a width (most lines end inside segments) is not read so: a line may end
    // in a name and the next begin with letters that spell a tag (JA, FAR+…: a second breaker's
    // find, JAFAR MOHAMMADI read as JA).
    Manifest wrapped =
        read(
            HEADER.substring(0, 30)
                + "\n"
                + HEADER.substring(30)
                + "NAD+FL+++MOHAMMADI:JA\nFAR+1 VALI ASR AVENUE'ATT+2\n++M'UNT+4+1'UNZ+1+1'");
    assertThat(wrapped.travellers().get(0).givenNames()).containsExactly("JAFAR");
    assertThat(warnings(wrapped)).noneMatch(w -> w.contains("without a segment terminator"));
    // Each interchange of a file is counted apart: the wrapped one after it changes nothing of
    // the first, nor the first of it.
    String both =
        lines
            + HEADER.substring(0, 30)
            + "\n"
            + HEADER.substring(30)
            + "NAD+FL+++MOHAMMADI:JA\nFAR+1 VALI ASR AVENUE'ATT+2\n++M'UNT+4+1'UNZ+1+1'";
    assertThat(read(both).travellers())
        .extracting(traveller -> traveller.givenNames().get(0))
        .containsExactly("CHINEDU", "JAFAR", "JAFAR");
  }

  @Test
  void aFirstInterchangeThatCannotBeReadCostsOnlyItself() {
    // The fourth breaker's B4: a file whose first interchange cannot be read was refused whole,
    // where a later one that cannot be read is ignored. Positions still count from the first UNB
    // (its 5 segments).
    String broken =
        "UNA:+.? 'UNB+UNOA+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++ROE:RICHARD'UNT+4+1'\n";
    String good = HEADER + "NAD+FL+++DOE:JANE'UNT+4+1'UNZ+1+1'";
    Manifest m = read(broken + good);
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(m.travellers().get(0).segmentIndex()).isEqualTo(5 + 4);
    assertThat(warnings(m))
        .contains(
            "an interchange in the file cannot be read (the interchange header cannot be read: its"
                + " syntax identifier has no version (such as UNOA:4)); ignored");
    // Nothing readable at all: the first refusal, as before.
    assertThatThrownBy(() -> read(broken + broken))
        .isInstanceOf(PaxlstFormatException.class)
        .hasMessageContaining("its syntax identifier has no version");
  }

  @Test
  void anOverlongElementIsCutAndTheTravellerBeforeKeepsItsEvidence() {
    // Found by the breaker: StAEDI refuses elements over 4,096 characters; the segments after
    // such a NAD were taken for the traveller before it.
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++ALDURI:IZZAT IBRAHIM'DTM+329:420101'NAT+2+IRQ'"
                + "NAD+FL+++"
                + "X".repeat(4100)
                + ":Y'DTM+329:010101'NAT+2+SWE'UNT+8+1'UNZ+1+1'");
    assertThat(m.travellers()).hasSize(2);
    assertThat(m.travellers().get(0).dateOfBirth()).isEqualTo("1942-01-01");
    assertThat(m.travellers().get(0).nationality()).isEqualTo("IRQ");
    assertThat(m.travellers().get(1).surname()).hasSize(EdifactText.MAX_ELEMENT);
    assertThat(m.travellers().get(1).nationality()).isEqualTo("SWE");
    assertThat(warnings(m))
        .contains(
            "segment 7 (NAD): data elements longer than 4000 characters were cut to that length (no"
                + " name or number is that long), from this segment on");
  }

  @Test
  void aMessageWithoutItsTrailerIsAWarning() {
    // A breaker's find: a terminator left out before UNT made the trailer part of the last name
    // (JANEUNT), with no warning at all.
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++DOE:JOHN'NAD+FL+++ROE:JANEUNT+4+1'UNH+2+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++POE:JIM'UNZ+2+1'");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE", "ROE", "POE");
    assertThat(warnings(m))
        .contains(
            "segment 6 (UNH): the message before this header has no message trailer (UNT): a"
                + " segment terminator may be missing before it, making the trailer part of the"
                + " last segment read",
            "segment 9 (UNZ): the message before this interchange trailer has no message trailer"
                + " (UNT): a segment terminator may be missing before it, making the trailer part"
                + " of the last segment read");
  }

  @Test
  void valuesDroppedOrSentTwiceAreWarnedAbout() {
    // A breaker's finds: each of these was dropped, or overwritten by the later one, silently.
    Manifest m =
        read(
            HEADER
                + "DOC+P:110:111+P111'TDT+20+MZ1+++MZ'LOC+125+IST'DTM+189:2613320999:201'NAT+2+FRA'"
                + "NAD+FL+++DOE:JOHN'ATT+2++M'ATT+2++F'DTM+329:19700101'DTM+329:19800101'"
                + "UNT+13+1'UNZ+1+1'");
    Traveller t = m.travellers().get(0);
    assertThat(t.dateOfBirth()).isEqualTo("1970-01-01");
    assertThat(t.gender()).isEqualTo(Gender.MALE);
    assertThat(t.documents()).isEmpty();
    assertThat(m.flight().legs().get(0).departure()).isEmpty();
    assertThat(warnings(m))
        .containsExactly(
            "segment 4 (DOC): a traveller's data (ATT, DOC, NAT, ...) before any traveller"
                + " (NAD+FL, FM, DDT, DDU or COT); ignored",
            "segment 7 (DTM): the departure date and time is not one (YYMMDDHHMM or CCYYMMDDHHMM"
                + " expected); the leg is read without it",
            "segment 8 (NAT): a traveller's data (ATT, DOC, NAT, ...) before any traveller"
                + " (NAD+FL, FM, DDT, DDU or COT); ignored",
            "segment 11 (ATT): a second gender that differs from the traveller's first; the first"
                + " is kept",
            "segment 13 (DTM): a second date of birth that differs from the traveller's first;"
                + " the first is kept");
    Manifest pnr =
        read(
            "UNB+IATA:1+A+B+261130:0600+1'UNH+1+PNRGOV:11:1:IA'TVL+999999:9999+FRA+IAD+UA+988'"
                + "SRC'RCI+UA:ABC123'TIF+DOE+JOHN:A:1'"
                + "SSR+DOCS:HK::UA:::::/P/GBR//GBR/12JUL64/M/01JAN30/DOE/JOHN'UNT+7+1'UNZ+1+1'");
    assertThat(pnr.travellers().get(0).documents()).isEmpty();
    assertThat(pnr.travellers().get(0).dateOfBirth()).isEqualTo("1964-07-12");
    assertThat(warnings(pnr))
        .contains(
            "segment 3 (TVL): the departure date and time is not one (DDMMYY and HHMM expected);"
                + " the leg is read without it",
            "segment 7 (SSR): a travel document without a number in SSR DOCS");
  }

  @Test
  void anInterchangeThatCannotBeReadBetweenTwoCostsOnlyItself() {
    // A breaker's find: the third interchange, after a broken second one, was dropped unsaid.
    String good1 =
        "UNB+UNOA:4+A+B+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++DOE:JOHN'UNT+3+1'"
            + "UNZ+1+1'";
    String good2 =
        "UNB+UNOA:4+A+B+261130:0600+2'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++ROE:JANE'UNT+3+1'"
            + "UNZ+1+2'";
    Manifest m = read(good1 + "UNB+UNOA+'" + good2);
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE", "ROE");
    assertThat(warnings(m))
        .contains(
            "a further interchange in the file cannot be read (the interchange header cannot be"
                + " read: its syntax identifier has no version (such as UNOA:4)); ignored, and the"
                + " next one read");
    // Thousands of broken headers: the first 20 are skipped, then the rest of the file is not read.
    Manifest many = read(good1 + "UNB+UNOA+'".repeat(5000) + good2);
    assertThat(many.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(warnings(many))
        .contains(
            "more than 20 interchanges in the file cannot be read; the rest of the file was"
                + " ignored");
  }

  @Test
  void a29FebruaryOfTheCenturyBeforeIsNoDay() {
    // A breaker's find: 29FEB00 in a message of 28 February 2000 was read as born 1900-02-28.
    Manifest m =
        read(
            "UNB+IATA:1+A+B+000228:1200+1'UNH+1+PNRGOV:11:1:IA'TIF+DOE+JOHN:A:1'"
                + "SSR+DOCS:HK::DL:::::/P/GBR/1/GBR/29FEB00/M/01JAN30/DOE/JOHN'UNT+4+1'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::dateOfBirth).containsExactly("");
    assertThat(warnings(m))
        .contains(
            "segment 4 (SSR): the date of birth in SSR DOCS is not a date (DDMMMYY expected); the"
                + " traveller is screened without it");
  }

  @Test
  void aMessageTypeThatMayBeANameIsNotQuoted() {
    // A breaker's find: a surname in the UNH type field was quoted as "the type SMITH".
    String unb = "UNB+UNOA:4+A+B+261130:0600+1'";
    assertThatThrownBy(() -> read(unb + "UNH+1+SMITH:D:05B:UN'BGM+745'UNT+3+1'UNZ+1+1'"))
        .isInstanceOf(PaxlstFormatException.class)
        .hasMessageContaining("a type that is no UNTDID message type code (5 characters)")
        .hasMessageNotContaining("SMITH");
  }

  @Test
  void anInterchangeTooLargeForOneFlightIsRefusedSayingWhy() {
    // A breaker's find: 58 million empty data elements (59 MB) took 4.6 GB to read.
    String values =
        HEADER + "NAD+FL+++DOE:JOHN'" + ("FTX" + "+".repeat(199) + "'").repeat(51_000) + "UNZ+1+1'";
    assertThatThrownBy(() -> read(values))
        .isInstanceOf(PaxlstFormatException.class)
        .hasMessageContaining(
            "more than 10000000 data elements and components in one interchange: not one"
                + " flight's message (split it)");
    String segments = HEADER + "NAD+FL+++DOE:JOHN'" + "FTX'".repeat(1_000_000) + "UNZ+1+1'";
    assertThatThrownBy(() -> read(segments))
        .isInstanceOf(PaxlstFormatException.class)
        .hasMessageContaining(
            "more than 1000000 segments in one interchange: not one flight's message (split it)");
  }

  @Test
  void aTravellerInAnInterchangeWithoutAMessageHeaderIsStillRead() {
    // The review's find: the warning on a message without UNT at first also closed the message at
    // UNZ, so the traveller of a next interchange without UNH was dropped, unsaid.
    Manifest m =
        read(
            "UNB+UNOA:4+A+B+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++DOE:JOHN'UNT+3+1'"
                + "UNZ+1+1'UNB+UNOA:4+A+B+261130:0600+2'NAD+FL+++ROE:JANE'UNZ+1+2'");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE", "ROE");
    assertThat(warnings(m))
        .containsExactly(
            "segment 7 (NAD): a traveller after the message trailer (UNT); read as part of the"
                + " message");
    // Without its UNT, the message is warned about once, and a traveller after UNZ still read.
    Manifest open =
        read(
            "UNB+UNOA:4+A+B+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'NAD+FL+++DOE:JOHN'UNZ+1+1'"
                + "UNB+UNOA:4+A+B+261130:0600+2'NAD+FL+++ROE:JANE'UNZ+1+2'");
    assertThat(open.travellers()).extracting(Traveller::surname).containsExactly("DOE", "ROE");
    assertThat(warnings(open))
        .containsExactly(
            "segment 4 (UNZ): the message before this interchange trailer has no message trailer"
                + " (UNT): a segment terminator may be missing before it, making the trailer part"
                + " of the last segment read",
            "segment 6 (NAD): a traveller after the message trailer (UNT); read as part of the"
                + " message");
  }

  @Test
  void anElementOfTooManyComponentsIsCutAndTheOthersAreRead() {
    // Found by the breaker: a segment of millions of component separators took gigabytes to read
    // and failed the whole manifest; the rest of the element after the 100th component is dropped.
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++DOE:JOHN'NAD+FL+++ROE"
                + ":".repeat(2_000_000)
                + "?:X+STREET'DTM+329:010101'NAD+FL+++POE:JIM'UNT+7+1'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("DOE", "ROE", "POE");
    assertThat(m.travellers().get(1).dateOfBirth()).isEqualTo("2001-01-01");
    assertThat(warnings(m))
        .containsExactly(
            "segment 5 (NAD): data elements of more than 100 components, or past a segment's"
                + " 1000th component, were cut there (no segment has that many), from this segment"
                + " on");
  }

  /**
   * A message of several parser passes (read ahead on several threads, {@link EdifactSegments}):
   * every traveller keeps its own evidence, in order, and a warning names the segment it is about.
   */
  @Test
  void aMessageOfManyPassesIsReadInOrder() {
    StringBuilder b = new StringBuilder(HEADER);
    int travellers = 400;
    for (int i = 1; i <= travellers; i++) {
      b.append("NAD+FL+++T").append(i).append(":A'");
      b.append(
          i == 150 ? "DTM+329:BROKEN'" : String.format(Locale.ROOT, "DTM+329:%02d0101'", i % 100));
      b.append("NAT+2+").append(i % 2 == 0 ? "IRQ" : "FRA").append('\'');
    }
    b.append("UNT+").append(3 * travellers + 3).append("+1'UNZ+1+1'");
    Manifest m = read(b.toString());
    assertThat(m.travellers()).hasSize(travellers);
    // UNB is segment 1, UNH 2, BGM 3: traveller i's NAD is segment 3 i + 1, its DTM 3 i + 2.
    assertThat(m.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.segmentIndex()).isEqualTo(3 * 150 + 2);
              assertThat(w.message()).startsWith("the date of birth is not a date");
            });
    for (int i = 1; i <= travellers; i++) {
      Traveller t = m.travellers().get(i - 1);
      assertThat(t.surname()).isEqualTo("T" + i);
      assertThat(t.nationality()).isEqualTo(i % 2 == 0 ? "IRQ" : "FRA");
      assertThat(t.dateOfBirth())
          .isEqualTo(
              i == 150
                  ? ""
                  : String.format(
                      Locale.ROOT, "%s-01-01", i % 100 < 27 ? 2000 + i % 100 : 1900 + i % 100));
    }
  }

  /**
   * Found by the breaker: a traveller whose NAD tag is damaged ({@code N4D}, {@code .NAD}) was
   * skipped, and its date of birth and nationality went to the traveller before it.
   */
  @Test
  void aTravellerWithADamagedTagKeepsItsEvidenceFromTheOneBefore() {
    for (String damaged : List.of("N4D", ".NAD", "NA")) {
      Manifest m =
          read(
              HEADER
                  + "NAD+FL+++ALDURI:IZZAT IBRAHIM'DTM+329:420101'NAT+2+IRQ'"
                  + damaged
                  + "+FL+++DUPONT:JEAN'DTM+329:010101'NAT+2+FRA'CNT+42:2'UNT+10+1'UNZ+1+1'");
      assertThat(m.travellers()).as(damaged).hasSize(2);
      assertThat(m.travellers().get(0).dateOfBirth()).isEqualTo("1942-01-01");
      assertThat(m.travellers().get(0).nationality()).isEqualTo("IRQ");
      Traveller second = m.travellers().get(1);
      if (damaged.equals("N4D")) {
        // A tag the parser reads, but no PAXLST tag: read as the NAD it was meant to be.
        assertThat(second.surname()).isEqualTo("DUPONT");
        assertThat(second.dateOfBirth()).isEqualTo("2001-01-01");
        assertThat(warnings(m))
            .contains(
                "segment 7 (N4D): not a PAXLST segment tag, but a traveller's NAD qualifier"
                    + " follows; read as NAD");
      } else {
        // No segment at all: the traveller is counted, without a name (not screened), and its
        // date of birth is its own.
        assertThat(second.surname()).isEmpty();
        assertThat(second.dateOfBirth()).isEqualTo("2001-01-01");
      }
    }
  }

  /**
   * Found by the breaker: positions in a later interchange were counted from the segments kept of
   * the ones before, not from those written, so texts skipped earlier shifted every later warning.
   */
  @Test
  void positionsInALaterInterchangeCountEverySegmentBefore() {
    String second =
        "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+2'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
            + "NAD+FL+++TWO:B'DTM+329:BROKEN'UNT+5+1'UNZ+1+2'";
    Manifest m = read(HEADER + "NAD+FL+++ONE:A'N@D'X@@'UNT+6+1'UNZ+1+1'" + second);
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE", "TWO");
    // The first interchange: UNB to UNZ, 8 segments with the two that are none; the DTM is the
    // second's fifth.
    assertThat(m.travellers().get(1).segmentIndex()).isEqualTo(12);
    assertThat(warnings(m))
        .contains("segment 5: not a segment (no valid segment tag); skipped")
        .anyMatch(w -> w.startsWith("segment 13 (DTM): the date of birth is not a date"));
  }

  /** Found by the breaker: a NAD of no traveller qualifier was left out without a word. */
  @Test
  void aNadOfAnotherQualifierIsWarnedAbout() {
    Manifest m =
        read(HEADER + "NAD+FL+++ONE:A'NAD++++LAKHAL:MOHAMED'NAD+F L+++TWO:B'UNT+6+1'UNZ+1+1'");
    assertThat(m.travellers()).hasSize(1);
    assertThat(warnings(m))
        .contains(
            "segment 5 (NAD): a NAD qualified neither as a traveller (FL, FM, DDT, DDU or COT) nor as"
                + " the reporting party (MS); not read as a traveller",
            "segment 6 (NAD): a NAD qualified neither as a traveller (FL, FM, DDT, DDU or COT) nor as"
                + " the reporting party (MS); not read as a traveller");
    assertThat(String.join("\n", warnings(m))).doesNotContain("LAKHAL");
  }

  /**
   * Found by the breaker: one byte that is not UTF-8 in a UTF-8 file had the whole file read as ISO
   * 8859-1, garbling every Arabic-script name.
   */
  @Test
  void aStrayByteInAUtf8FileGarblesOnlyItself() {
    byte[] head =
        "UNA:+.? 'UNB+UNOW:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++AIRLIN"
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        "'NAD+FL+++التكريتي:صدام حسين'DTM+329:370428'UNT+5+1'UNZ+1+1'"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC9; // É in ISO 8859-1, alone: not UTF-8
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    for (String declared : List.of("UNOW", "UNOC")) {
      byte[] b =
          new String(bytes, StandardCharsets.ISO_8859_1)
              .replace("UNOW", declared)
              .getBytes(StandardCharsets.ISO_8859_1);
      Manifest m = ManifestReader.read(b, "t.edi", Samples.TODAY);
      assertThat(m.travellers()).as(declared).hasSize(1);
      assertThat(m.travellers().get(0).surname()).isEqualTo("التكريتي");
      assertThat(warnings(m))
          .contains(
              "the file is UTF-8 but for 1 byte that is not (the first at byte "
                  + (head.length + 1)
                  + "); those were read as ISO-8859-1, the rest as UTF-8");
    }
  }

  /** Found by the breaker: a NAD of 20 million empty elements took 4 GB to read. */
  @Test
  void aSegmentOfTooManyElementsIsCut() {
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++ONE:A'NAD+FL"
                + "+".repeat(1_000_000)
                + "'NAD+FL+++TWO:B'UNT+6+1'UNZ+1+1'");
    assertThat(m.travellers()).hasSize(3);
    assertThat(m.travellers().get(2).surname()).isEqualTo("TWO");
    assertThat(warnings(m))
        .contains("segment 5 (NAD): more than 200 data elements; the rest were cut");
  }

  @Test
  void manyUnreadableSegmentsAreSkippedWithoutRereadingTheFile() {
    // Found by the breaker: 100,000 such segments took ten minutes; each now costs its own check.
    Manifest m =
        assertTimeoutPreemptively(
            java.time.Duration.ofMinutes(2),
            () ->
                read(
                    HEADER
                        + "NAD+FL+++ONE:A'"
                        + "N@D'".repeat(50_000)
                        + "NAD+FL+++TWO:B'UNT+4+1'UNZ+1+1'"));
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE", "TWO");
    // The first hundred listed, the rest counted; and the repetition separator.
    assertThat(m.warnings()).hasSize(102);
    assertThat(warnings(m))
        .contains("49900 more texts between terminators that are not segments skipped");
  }

  @Test
  void aReleaseCharacterAtTheEndOfTheFileIsDropped() {
    // Found by the breaker: an internal error (exit 1) inside UNB, a traveller lost in a NAD.
    assertThatThrownBy(() -> read("UNB+UNOA:4+S+R+261130:0600+1?"))
        .isInstanceOf(PaxlstFormatException.class);
    assertThatThrownBy(() -> read("UNB+UNOA:4+'UNGS'UNZ'"))
        .isInstanceOf(PaxlstFormatException.class);
    Manifest m = read(HEADER + "NAD+FL+++ONE:A'NAD+FL+++TWO:?");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE", "TWO");
    assertThat(warnings(m))
        .contains("the file ends with a release character, which was dropped: it may be truncated");
  }

  @Test
  void paxlstAndPnrgovInOneFileAreBothRead() {
    Manifest m =
        read(
            HEADER
                + "NAD+FL+++ONE:A'UNT+3+1'UNH+2+PNRGOV:11:1:IA'SRC'RCI+XX:ABC123'"
                + "TIF+ALDURI+IZZAT:A:1'UNT+5+2'UNZ+2+1'");
    assertThat(m.format()).isEqualTo(ManifestFormat.PAXLST);
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE", "ALDURI");
    assertThat(m.messages()).isEqualTo(2);
  }

  @Test
  void aTravellerOfTheOtherMessageTypeAmongAMessagesIsReadNotLost() {
    // A breaker's find left open (2026-12-05): a TIF after a PAXLST message's trailer was read by
    // neither mapping, and the traveller was lost without a word.
    Manifest after =
        read(
            HEADER
                + "NAD+FL+++DOE:JANE'ATT+2++F'UNT+5+1'TIF+AL-TIKRITI+SADDAM HUSSEIN:A:1'"
                + "SSR+DOCS:HK::XX:::::/P/IRQ/A1234567/IRQ/28APR37/M//AL-TIKRITI/SADDAM'UNZ+1+1'");
    assertThat(after.travellers())
        .extracting(Traveller::surname, Traveller::documents)
        .containsExactly(
            tuple("DOE", List.of()),
            tuple("AL-TIKRITI", List.of(new TravelDocument("P", "A1234567", "IRQ", ""))));
    assertThat(after.travellers().get(1).dateOfBirth()).isEqualTo("1937-04-28");
    assertThat(warnings(after).subList(1, warnings(after).size()))
        .containsExactly(
            "segment 7 (TIF): a PNRGOV traveller among the other message type's (PAXLST); read as"
                + " a PNRGOV traveller");
    // Inside the message the same: its PAXLST data after the TIF goes to no traveller, said so.
    Manifest inside =
        read(
            HEADER
                + "NAD+FL+++DOE:JANE'TIF+AL-TIKRITI+SADDAM HUSSEIN:A:1'ATT+2++M'DTM+329:370428'"
                + "NAD+FL+++ROE:ANN'UNT+8+1'UNZ+1+1'");
    assertThat(inside.travellers())
        .extracting(Traveller::surname, Traveller::gender)
        .containsExactly(
            tuple("DOE", Gender.UNKNOWN),
            tuple("AL-TIKRITI", Gender.UNKNOWN),
            tuple("ROE", Gender.UNKNOWN));
    assertThat(warnings(inside).subList(1, warnings(inside).size()))
        .containsExactly(
            "segment 6 (ATT): a traveller's data (ATT, DOC, DTM, NAT, ...) after a PNRGOV"
                + " traveller (TIF), which is read without it; ignored",
            "segment 7 (DTM): a traveller's data (ATT, DOC, DTM, NAT, ...) after a PNRGOV"
                + " traveller (TIF), which is read without it; ignored",
            "segment 5 (TIF): a PNRGOV traveller among the other message type's (PAXLST); read as"
                + " a PNRGOV traveller");
    // A TIF the message's count includes is no disagreement; one it leaves out is said.
    String counted =
        HEADER + "NAD+FL+++DOE:JANE'TIF+AL-TIKRITI+SADDAM HUSSEIN:A:1'CNT+42:%d'UNT+6+1'UNZ+1+1'";
    assertThat(warnings(read(String.format(Locale.ROOT, counted, 2))))
        .noneMatch(w -> w.contains("CNT"));
    assertThat(warnings(read(String.format(Locale.ROOT, counted, 1))))
        .noneMatch(w -> w.contains("CNT"));
    assertThat(warnings(read(String.format(Locale.ROOT, counted, 3))))
        .contains(
            "CNT+42 declares 3 passengers; the message holds 1 passenger and 0 crew members,"
                + " besides 1 PNRGOV traveller (TIF)");
    // A PAXLST traveller among a PNR's: read, and the PNR's TIF after it keeps its booking.
    Manifest pnr =
        read(
            PNR
                + "TIF+DOE+JOHN:A:1'NAD+FL+++AL-TIKRITI:SADDAM HUSSEIN'ATT+2++M'"
                + "TIF+ROE+ANN:A:2'UNT+8+1'UNZ+1+1'");
    assertThat(pnr.travellers())
        .extracting(Traveller::surname, Traveller::bookingReference, Traveller::gender)
        .containsExactly(
            tuple("DOE", "ABC123", Gender.UNKNOWN),
            tuple("AL-TIKRITI", "", Gender.MALE),
            tuple("ROE", "ABC123", Gender.UNKNOWN));
    assertThat(warnings(pnr))
        .containsExactly(
            "segment 6 (NAD): a PAXLST traveller among the other message type's (PNRGOV); read"
                + " as a PAXLST traveller");
    assertThat(pnr.format()).isEqualTo(ManifestFormat.PNRGOV);
    assertThat(pnr.messages()).isEqualTo(1);
    // A helper's finds on the first form. The DOCS after such a NAD is not the TIF's before it.
    Manifest docs =
        read(
            PNR
                + "TIF+DOE+JOHN:A:1'NAD+FL+++AL-DURI:IZZAT'"
                + "SSR+DOCS:HK::XX:::::/P/IRQ/X123/IRQ/01JUL42/M/01JAN30/AL-DURI/IZZAT'"
                + "TIF+ROE+ANN:A:2'UNT+8+1'UNZ+1+1'");
    assertThat(docs.travellers())
        .extracting(Traveller::surname, Traveller::dateOfBirth)
        .containsExactly(tuple("DOE", ""), tuple("AL-DURI", ""), tuple("ROE", ""));
    assertThat(warnings(docs))
        .contains(
            "segment 7 (SSR): a traveller's document data (SSR DOCS) after a PAXLST traveller"
                + " (NAD), which is read without it; ignored");
    // A message that holds travellers of the type it names keeps it, and its flight, though a
    // traveller of the other type comes first.
    Manifest first =
        read(
            HEADER
                + "TDT+20+MZ101+++MZ'LOC+125+IST'LOC+87+CDG'TIF+AL-DURI+IZZAT:A:1'"
                + "NAD+FL+++DOE:JANE'UNT+8+1'UNZ+1+1'");
    assertThat(first.format()).isEqualTo(ManifestFormat.PAXLST);
    assertThat(first.flight().carrier() + first.flight().number()).isEqualTo("MZ101");
    // In the order they were sent: travellers of both types are numbered in file order.
    assertThat(first.travellers()).extracting(Traveller::surname).containsExactly("AL-DURI", "DOE");
    // A repeated TIF keeps pointing at its first when a NAD sent after both comes in between.
    Manifest repeated =
        read(
            HEADER
                + "NAD+FL+++DOE:JANE'UNT+3+1'UNH+2+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'"
                + "TIF+ROE+ANN:A:1'TIF+ROE+ANN:A:1'UNT+6+2'NAD+FL+++AL-DURI:IZZAT'UNZ+2+1'");
    assertThat(repeated.travellers())
        .extracting(Traveller::surname, Traveller::sameAs)
        .containsExactly(tuple("DOE", 0), tuple("ROE", 0), tuple("ROE", 2), tuple("AL-DURI", 0));
    // So also when its own travellers come after its trailer, where the message's are read.
    Manifest afterTrailer =
        read(
            PNR.replace("SRC'", "TVL+011226:0900::1130+IST+CDG+MZ+101'SRC'")
                + "NAD+FL+++DOE:JANE'UNT+6+1'TIF+AL-DURI+IZZAT:A:1'UNZ+1+1'");
    assertThat(afterTrailer.format()).isEqualTo(ManifestFormat.PNRGOV);
    assertThat(afterTrailer.flight().carrier() + afterTrailer.flight().number()).isEqualTo("MZ101");
    assertThat(afterTrailer.travellers())
        .extracting(Traveller::surname, Traveller::bookingReference)
        .containsExactly(tuple("DOE", ""), tuple("AL-DURI", ""));
    // Or a flight as its type sends it: a PAXLST message with a TIF alone keeps its TDT flight.
    Manifest tifAlone =
        read(
            HEADER
                + "TDT+20+MZ101+++MZ'LOC+125+IST'LOC+87+CDG'TIF+AL-DURI+IZZAT:A:1'UNT+7+1'"
                + "UNZ+1+1'");
    assertThat(tifAlone.format()).isEqualTo(ManifestFormat.PAXLST);
    assertThat(tifAlone.flight().carrier() + tifAlone.flight().number()).isEqualTo("MZ101");
    assertThat(tifAlone.travellers()).extracting(Traveller::surname).containsExactly("AL-DURI");
    // A damaged header (UNX) over travellers of both types: each is read.
    Manifest damaged =
        read(
            HEADER.replace("UNH+1+", "UNX+1+")
                + "TIF+AL-DURI+IZZAT:A:1'NAD+FL+++AL-TIKRITI:SADDAM HUSSEIN'UNT+4+1'UNZ+1+1'");
    assertThat(damaged.travellers())
        .extracting(Traveller::surname)
        .containsExactlyInAnyOrder("AL-DURI", "AL-TIKRITI");
  }

  @Test
  void utf8BytesUnderASingleByteRepertoireAreReadAsUtf8() {
    byte[] bytes =
        ("UNA:+.? 'UNB+UNOC:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++الدوري:عزت'UNT+4+1'UNZ+1+1'")
            .getBytes(StandardCharsets.UTF_8);
    Manifest m = ManifestReader.read(bytes, "t.edi", Samples.TODAY);
    assertThat(m.travellers().get(0).name()).isEqualTo("عزت الدوري");
    assertThat(warnings(m))
        .containsExactly(
            "the interchange declares character set UNOC but its bytes are UTF-8; read as UTF-8");
  }

  @Test
  void utf16FilesAreRead() {
    String text = HEADER + "NAD+FL+++ONE:A'UNT+4+1'UNZ+1+1'";
    for (java.nio.charset.Charset cs :
        List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Manifest m = ManifestReader.read(text.getBytes(cs), "t.edi", Samples.TODAY);
      assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE");
    }
  }

  @Test
  void tifAfterFreeTextIsNoTraveller() {
    Manifest m =
        read(
            "UNB+IATA:1+XX+YY+261130:0600+1'UNH+1+PNRGOV:11:1:IA'SRC'RCI+XX:ABC123'"
                + "TIF+ONE+A:A:1'IFT+3+REF 12-TIF+CASH'FOP+CA+3+PAYMENT NO. 7TIF+OTHER'"
                + "UNT+6+1'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE");
  }

  @Test
  void twoDigitYearsOfBirthAreNeverAfterTheInterchange() {
    Manifest m = read(HEADER + "NAD+FL+++ONE:A'DTM+329:261201'UNT+5+1'UNZ+1+1'");
    assertThat(m.travellers().get(0).dateOfBirth()).isEqualTo("1926-12-01");
    // An unreadable interchange date: today is the limit.
    Manifest noDate =
        read(
            "UNA:+.? 'UNB+UNOA:4+S+R+261399:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++ONE:A'DTM+329:850312'UNT+5+1'UNZ+1+1'");
    assertThat(noDate.travellers().get(0).dateOfBirth()).isEqualTo("1985-03-12");
  }

  @Test
  void newlineAsSegmentTerminator() {
    Manifest m =
        read(
            "UNA:+.? \nUNB+UNOA:4+S+R+261130:0600+1\nUNH+1+PAXLST:D:05B:UN:IATA\nBGM+745\n"
                + "NAD+FL+++ONE:A\nNAD+FL+++TWO:B\nUNT+5+1\nUNZ+1+1\n");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE", "TWO");
  }

  @Test
  void aWarningNeverQuotesANameSentAsANationality() {
    Manifest m = read(HEADER + "NAD+FL+++ONE:A'NAT+2+IZZAT AL-DURI'UNT+5+1'UNZ+1+1'");
    assertThat(warnings(m))
        .contains(
            "segment 5 (NAT): the nationality (13 characters) is not an ISO 3166 country code;"
                + " ignored")
        .noneMatch(w -> w.contains("IZZAT"));
  }

  @Test
  void anUnreadableTravellerSegmentStillCountsAsATraveller() {
    assertThat(EdifactSegments.placeholder("NAD+FL+++\u0000BROKEN'", 7))
        .hasValueSatisfying(
            s -> {
              assertThat(s.tag()).isEqualTo("NAD");
              assertThat(s.value(1)).isEqualTo("FL");
              assertThat(s.index()).isEqualTo(7);
            });
    assertThat(EdifactSegments.placeholder("TIF+BROKEN'", 9))
        .hasValueSatisfying(s -> assertThat(s.elements()).isEmpty());
    assertThat(EdifactSegments.placeholder("DTM+329:BROKEN'", 9)).isEmpty();
  }

  private static final String PNR =
      "UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'SRC'RCI+1A:ABC123'";

  @Test
  void tbaForEveryPartOfTheNameIsAPlaceholder() {
    // A breaker's find: TIF+TBA+TBA was screened as a name, TIF+TBA+A was not.
    Manifest m = read(PNR + "TIF+TBA+TBA:A:1'TIF+TBA+A:A:2'TIF+TBA+IZZAT:A:3'UNT+6+1'UNZ+1+1'");
    assertThat(m.travellers())
        .extracting(Traveller::isPlaceholder)
        .containsExactly(true, true, false);
  }

  @Test
  void repairsNeverHideAListedPerson() {
    // Found by the second breaker round; each hid IZZAT IBRAHIM AL-DURI (IQi.006) or QDi.236.
    // A part TBA is not a placeholder name.
    assertThat(
            read(HEADER + "NAD+FL+++AL-DURI:IZZAT:IBRAHIM:TBA'UNT+4+1'UNZ+1+1'")
                .travellers()
                .get(0)
                .isPlaceholder())
        .isFalse();
    // A name changed in the PNR's history is its own traveller, not a repeat.
    Manifest history =
        read(
            PNR
                + "TIF+AL-DURI:I+JOHN MR:A:1'ABI+4+:ABC'TIF+AL-DURI:I+IZZAT IBRAHIM MR:A:1'"
                + "UNT+7+1'UNZ+1+1'");
    assertThat(history.travellers()).extracting(Traveller::sameAs).containsExactly(0, 0);
    assertThat(history.travellers().get(1).name()).isEqualTo("IZZAT IBRAHIM AL-DURI");
    // Two passengers with the same TIF name and no reference, told apart by their passports.
    Manifest twins =
        read(
            PNR
                + "TIF+AL-DURI:I+I MR'SSR+DOCS:HK::RJ:::::/P/IRQ/111/IRQ/01JAN80/M/01JAN30/AL-DURI/ISMAIL'"
                + "TIF+AL-DURI:I+I MR'SSR+DOCS:HK::RJ:::::/P/IRQ/222/IRQ/01JAN42/M/01JAN30/AL-DURI/IZZAT/IBRAHIM'"
                + "UNT+7+1'UNZ+1+1'");
    assertThat(twins.travellers())
        .extracting(Traveller::name)
        .containsExactly("ISMAIL AL-DURI", "IZZAT IBRAHIM AL-DURI");
    assertThat(twins.travellers()).extracting(Traveller::sameAs).containsExactly(0, 0);
    // A group TIF with a person's passport is a person.
    Manifest group =
        read(
            PNR
                + "TIF+AL-DURI:G+IZZAT IBRAHIM:A:1'SSR+DOCS:HK::RJ:::::/P/IRQ/111/IRQ/01JAN42/M/01JAN30/AL-DURI/IZZAT/IBRAHIM'"
                + "UNT+6+1'UNZ+1+1'");
    assertThat(group.travellers().get(0).group()).isFalse();
    // A released apostrophe inside a name stays in the name: ALI is no segment tag.
    Manifest apostrophe = read(PNR + "TIF+AL-?'ALI+HAMID ABDALLAH AHMAD MR:A:1'UNT+5+1'UNZ+1+1'");
    assertThat(apostrophe.travellers().get(0).surname()).isEqualTo("AL-'ALI");
    // A tab or lower case in a tag is repaired, and the traveller is not merged into the one
    // before.
    Manifest tags =
        read(
            HEADER
                + "NAD+FL+++SMITH:JOHN'DTM+329:19800101'nad\t+FL+++AL-DURI:IZZAT IBRAHIM'"
                + "DTM+329:19420101'UNT+6+1'UNZ+1+1'");
    assertThat(tags.travellers())
        .extracting(Traveller::dateOfBirth)
        .containsExactly("1980-01-01", "1942-01-01");
    // With line ends as terminators, a release character at the end of a line is stray.
    Manifest lines =
        read(
            "UNA:+.? \nUNB+UNOA:4+S+R+261130:0600+1\nUNH+1+PAXLST:D:05B:UN:IATA\nBGM+745\n"
                + "NAD+FL+++ONE:A?\nNAD+FL+++AL-DURI:IZZAT IBRAHIM\nUNT+5+1\nUNZ+1+1\n");
    assertThat(lines.travellers()).extracting(Traveller::surname).containsExactly("ONE", "AL-DURI");
  }

  @Test
  void aStrayUnzKeepsThePositionsOfTheSegmentsAfterIt() {
    Manifest m = read(HEADER + "NAD+FL+++ONE:A'UNZ+1+1'NAD+FL+++TWO:B'UNT+5+1'UNZ+1+1'");
    // UNB 1, UNH 2, BGM 3, NAD 4, the stray UNZ 5, NAD 6.
    assertThat(m.travellers()).extracting(Traveller::segmentIndex).containsExactly(4, 6);
    // A UNA inside the interchange is no segment: skipped without restarting the parser.
    Manifest una =
        read(
            HEADER
                + "NAD+FL+++ONE:A'"
                + "UNA:+.? '".repeat(300)
                + "NAD+FL+++TWO:B'UNT+5+1'UNZ+1+1'");
    assertThat(una.travellers()).extracting(Traveller::surname).containsExactly("ONE", "TWO");
  }

  @Test
  void aUnaCutShortLeavesTheSeparatorsToTheUnb() {
    Manifest m =
        read(
            "UNAUNB+UNOA:4+S+R+261130:0600+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++ONE:A'UNT+4+1'UNZ+1+1'");
    assertThat(m.travellers()).extracting(Traveller::surname).containsExactly("ONE");
    assertThat(warnings(m).get(0)).startsWith("the UNA cannot be read (");
  }

  @Test
  void aTravellerGluedToTheSegmentBeforeIsKeptInEveryForm() {
    // Found by the second breaker round: only ORG+…+9TIF was repaired.
    Manifest pnr =
        read(
            PNR
                + "TIF+DOE+JOHN MR:A:1TIF+AL-DURI+IZZAT IBRAHIM MR:A:2'FTI+RJ:123456TIF+ROE+ANN:A:3'"
                + "UNT+6+1'UNZ+1+1'");
    assertThat(pnr.travellers())
        .extracting(Traveller::surname)
        .containsExactly("DOE", "AL-DURI", "ROE");
    Manifest pax =
        read(
            HEADER
                + "NAD+FL+++DOE:JOHN'DOC+P:110:111+A123NAD+FL+++AL-DURI:IZZAT IBRAHIM'"
                + "DTM+329:19420101'UNT+6+1'UNZ+1+1'");
    assertThat(pax.travellers()).extracting(Traveller::surname).containsExactly("DOE", "AL-DURI");
    assertThat(pax.travellers().get(0).documents())
        .extracting(TravelDocument::number)
        .containsExactly("A123");
    assertThat(pax.travellers().get(1).dateOfBirth()).isEqualTo("1942-01-01");
    // A NAD glued to a NAD's name, or to the end of its address: left open by the sixteenth
    // session, the second traveller was lost.
    Manifest twoNads =
        read(
            HEADER
                + "NAD+FL+++DOE:JANENAD+FL+++AL-TIKRITI:SADDAM HUSSEIN'ATT+2++M'"
                + "NAD+FL+++ROE:ANN+1 MAIN ST+PARIS++75001+FRANAD+FM+++AL-DURI:IZZAT'"
                + "UNT+6+1'UNZ+1+1'");
    assertThat(twoNads.travellers())
        .extracting(Traveller::surname, Traveller::givenNames, Traveller::gender)
        .containsExactly(
            tuple("DOE", List.of("JANE"), Gender.UNKNOWN),
            tuple("AL-TIKRITI", List.of("SADDAM HUSSEIN"), Gender.MALE),
            tuple("ROE", List.of("ANN"), Gender.UNKNOWN),
            tuple("AL-DURI", List.of("IZZAT"), Gender.UNKNOWN));
    assertThat(twoNads.travellers().get(3).role()).isEqualTo(TravellerRole.CREW);
    // The tag as a whole component or element, after empty ones (a helper's find: the second
    // traveller was lost and its date of birth and gender went to the first).
    for (String glue : List.of("DOE:JANE::NAD", "DOE:JANE+++++NAD")) {
      Manifest whole =
          read(
              HEADER
                  + "NAD+FL+++"
                  + glue
                  + "+FL+++AL-TIKRITI:SADDAM HUSSEIN'ATT+2++M'UNT+4+1'UNZ+1+1'");
      assertThat(whole.travellers())
          .as(glue)
          .extracting(Traveller::surname, Traveller::gender)
          .containsExactly(tuple("DOE", Gender.UNKNOWN), tuple("AL-TIKRITI", Gender.MALE));
    }
    // Not a name ending in the tag, not a NAD followed by no traveller qualifier, not an address
    // of a NAD whose elements go on past the qualifier (city, subdivision).
    Manifest names = read(HEADER + "NAD+FL+++LATIF:ABDUL'DOC+P:110:111+X9NAD+ZZ'UNT+5+1'UNZ+1+1'");
    assertThat(
            read(HEADER + "NAD+FL+++ROE:ANN+RUE ARNAD+FL+PARIS++75001+FRA'UNT+4+1'UNZ+1+1'")
                .travellers())
        .extracting(Traveller::surname)
        .containsExactly("ROE");
    assertThat(names.travellers()).extracting(Traveller::surname).containsExactly("LATIF");
  }

  @Test
  void repairsHoldWhenTwoFaultsMeet() {
    // Found by the third breaker round: each repair worked alone, not together.
    for (String glue : List.of("?'nad+", "?'Nad+", "?'NAD\t+", "’nad+", "'\tnad+")) {
      Manifest m =
          read(
              HEADER
                  + "NAD+FL+++DOE:JOHN"
                  + glue
                  + "FL+++AL-DURI:IZZAT IBRAHIM'"
                  + "DTM+329:19420701'UNT+6+1'UNZ+1+1'");
      assertThat(m.travellers())
          .as(glue)
          .extracting(Traveller::surname)
          .containsExactly("DOE", "AL-DURI");
      assertThat(m.travellers().get(1).dateOfBirth()).as(glue).isEqualTo("1942-07-01");
    }
    for (String glue : List.of("A123nad+", "A123NAD\t+", "AXNAD+")) {
      Manifest m =
          read(
              HEADER
                  + "NAD+FL+++DOE:JOHN'DOC+P+"
                  + glue
                  + "FL+++AL-DURI:IZZAT IBRAHIM'"
                  + "DTM+329:19420701'UNT+6+1'UNZ+1+1'");
      assertThat(m.travellers())
          .as(glue)
          .extracting(Traveller::surname)
          .containsExactly("DOE", "AL-DURI");
      assertThat(m.travellers().get(0).dateOfBirth()).as(glue).isEmpty();
    }
    // Not a traveller: an address ending in digits inside a NAD, a qualifier without a name, a
    // TIF in a PAXLST message.
    Manifest none =
        read(
            HEADER
                + "NAD+FL+++DOE:JOHN+1 MAIN 2NAD+FL+FOO'RFF+AVF:9NAD+FM+X'DOC+P+12TIF+X'"
                + "UNT+6+1'UNZ+1+1'");
    assertThat(none.travellers()).extracting(Traveller::surname).containsExactly("DOE");
    assertThat(none.travellers().get(0).documents())
        .extracting(TravelDocument::number)
        .containsExactly("12TIF");
    // A traveller after the message trailer is read, with a warning.
    Manifest after = read(HEADER + "NAD+FL+++DOE:JOHN'UNT+4+1'UNZ+1+1'NAD+FL+++AL-DURI:IZZAT'");
    assertThat(after.travellers()).extracting(Traveller::surname).containsExactly("DOE", "AL-DURI");
    // The first message's header damaged (UNX), a second message intact: the first message's
    // travellers are read, each with a warning; they were dropped without one.
    Manifest damagedFirst =
        read(
            "UNA:+.? 'UNB+UNOA:4+S+R+261130:0600+1'UNX+1+PAXLST:D:05B:UN:IATA'BGM+745'"
                + "NAD+FL+++AL-DURI:IZZAT'UNT+3+1'"
                + "UNH+2+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JOHN'UNT+3+2'UNZ+2+1'");
    assertThat(damagedFirst.travellers())
        .extracting(Traveller::surname)
        .containsExactly("AL-DURI", "DOE");
    assertThat(damagedFirst.warnings())
        .extracting(ManifestWarning::message)
        .contains(
            "a traveller before the first message header (UNH), which is missing or damaged;"
                + " read as part of a PAXLST message");
    // An adult's SSR DOCS sent with an infant's gender goes to the adult it names.
    Manifest mi =
        read(
            PNR
                + "TIF+DOE+JOHN:A:1'TIF+AL-DURI+IZZAT IBRAHIM:A:2'"
                + "SSR+DOCS:HK::RJ:::::/P/IRQ/A123/IRQ/01JUL42/MI/01JAN30/AL-DURI/IZZAT IBRAHIM'"
                + "TIF+DOE+BABY:IN:3'UNT+7+1'UNZ+1+1'");
    assertThat(mi.travellers())
        .extracting(Traveller::name)
        .containsExactly("JOHN DOE", "IZZAT IBRAHIM AL-DURI", "BABY DOE");
    assertThat(mi.travellers().get(1).dateOfBirth()).isEqualTo("1942-07-01");
    assertThat(mi.travellers().get(2).dateOfBirth()).isEmpty();
  }
}
