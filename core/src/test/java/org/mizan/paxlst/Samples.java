package org.mizan.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The committed PAXLST and PNRGOV samples (see the README beside them). */
final class Samples {
  private Samples() {}

  static final List<String> PAXLST =
      List.of(
          "paxlst/gtas/loader__airline2.edi",
          "paxlst/gtas/loader__Test1.txt",
          "paxlst/gtas/loader__Test3.txt",
          "paxlst/gtas/loader__multiple_flight_leg_apis.txt",
          "paxlst/gtas/parsers__apisMessage.txt",
          "paxlst/ediclean/original-A.txt",
          "paxlst/ediclean/original-B.txt",
          "paxlst/ediclean/original-C.txt",
          "paxlst/ediclean/original-D.txt",
          "paxlst/ediclean/original-E.txt",
          "paxlst/ediclean/original-F.txt");

  static final List<String> PNRGOV =
      List.of(
              "loader__2_pnrs_basic.edi",
              "loader__3_pnrs.edi",
              "loader__adult_and_infant.edi",
              "loader__codeshare.edi",
              "loader__infant.edi",
              "loader__multiple_flight_leg_pnr.txt",
              "loader__no_pnr_history.edi",
              "loader__pnr1.txt",
              "loader__pnr2.txt",
              "loader__pnr3.txt",
              "loader__pnr4.txt",
              "loader__pnr_split.edi",
              "parsers__bigMessagePnr.txt",
              "parsers__bigbigPnr.txt",
              "parsers__danglingMetaCharacter.txt",
              "parsers__modifyPnr77ForCodeShare.txt",
              "parsers__pnrAddressPhoneCTCM.txt",
              "parsers__pnrBadFormat.txt",
              "parsers__pnrEdge.txt",
              "parsers__pnrMessage.txt",
              "parsers__pnrMessageExample.txt",
              "parsers__pnrMessagePg75.txt",
              "parsers__pnrMessagePg76.txt",
              "parsers__pnrMessagePg77.txt",
              "parsers__pnrNoOrgMsg.txt",
              "parsers__pnrPhoneCTCM.txt",
              "parsers__pnrPhoneCTC_M.txt",
              "parsers__pnrSeatFormats.txt",
              "parsers__pnrWithBags.txt",
              "parsers__pnrWithDoco.txt",
              "parsers__pnrWithPrefixesAndBookingDetailBags.txt")
          .stream()
          .map(f -> "pnrgov/gtas/" + f)
          .toList();

  /** The day the tests screen on. */
  static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 30);

  static List<String> all() {
    return java.util.stream.Stream.concat(PAXLST.stream(), PNRGOV.stream()).toList();
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Manifest read(String resource) {
    return ManifestReader.read(
        bytes(resource), resource.substring(resource.lastIndexOf('/') + 1), TODAY);
  }
}
