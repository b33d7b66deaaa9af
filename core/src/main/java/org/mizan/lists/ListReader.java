package org.mizan.lists;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mizan.lists.csv.CsvListParser;
import org.mizan.lists.eu.EuFsfParser;
import org.mizan.lists.ftm.FtmEntitiesParser;
import org.mizan.lists.ofac.OfacSdnCsvParser;
import org.mizan.lists.ofac.OfacXmlParser;
import org.mizan.lists.uk.UkSanctionsListParser;
import org.mizan.lists.un.UnListParser;
import org.mizan.model.Watchlist;

/**
 * Reads a list file of any format Mizan knows, detected from its content.
 *
 * <p>Formats: the UN Security Council Consolidated List XML (root element {@code
 * CONSOLIDATED_LIST}); the OFAC SDN or Consolidated list XML (root element {@code sdnList}); the EU
 * Financial Sanctions File XML (root element {@code export} in the namespace {@value
 * EuFsfParser#NAMESPACE}); the UK Sanctions List XML (root element {@code Designations}); the OFAC
 * SDN legacy CSV {@code sdn.csv} read alone (a CSV whose first record has 12 fields, the first a
 * whole number); FollowTheMoney entities in JSON Lines (the first line an object with the keys
 * {@code schema} and {@code properties}, see {@link FtmEntitiesParser#recognizes(String)}); a Mizan
 * list CSV ({@code docs/lists-csv.md}: a CSV whose header row names the column {@code id} or {@code
 * name}; both are required). An {@code sdn.csv} with its {@code alt.csv} and {@code add.csv} is
 * read by {@link OfacSdnCsvParser#parse(org.mizan.lists.ofac.SdnFiles)}.
 */
public final class ListReader {
  private static final int SNIFF_BYTES = 4096;

  private ListReader() {}

  /**
   * Detects the format of {@code in} and parses it completely.
   *
   * @param in the file's bytes; read to the end, not closed
   * @param location the file name to cite in errors
   * @throws ListFormatException when the content is no format Mizan reads, or is malformed
   * @throws UncheckedIOException when reading fails
   */
  public static Watchlist read(InputStream in, String location) {
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES * 2);
    String head;
    try {
      buffered.mark(SNIFF_BYTES);
      head = new String(buffered.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
      buffered.reset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (head.contains("<CONSOLIDATED_LIST")) {
      return UnListParser.parse(buffered, location);
    }
    if (head.contains("<sdnList")) {
      return OfacXmlParser.parse(buffered, location);
    }
    if (head.contains("<export") && head.contains(EuFsfParser.NAMESPACE)) {
      return EuFsfParser.parse(buffered, location);
    }
    if (head.contains("<" + UkSanctionsListParser.ROOT)) {
      return UkSanctionsListParser.parse(buffered, location);
    }
    if (OfacSdnCsvParser.recognizes(head)) {
      return OfacSdnCsvParser.parse(buffered, location);
    }
    if (FtmEntitiesParser.recognizes(head)) {
      return FtmEntitiesParser.parse(buffered, location);
    }
    if (CsvListParser.recognizes(head)) {
      return CsvListParser.parse(buffered, location);
    }
    String start = head.replace("\uFEFF", "").stripLeading();
    if (start.isEmpty()) {
      throw new ListFormatException(location, 0, 0, "", "the file is empty");
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      throw new ListFormatException(
          location,
          0,
          0,
          "",
          "an HTML page (such as a web server's error page), not a list: check the address or"
              + " file");
    }
    if (head.startsWith("\uFFFD\uFFFD") || head.indexOf('\0') >= 0) {
      throw new ListFormatException(
          location,
          0,
          0,
          "",
          "not UTF-8 text (UTF-16, or a compressed or binary file?): lists are read as UTF-8;"
              + " convert or unpack it first");
    }
    if (CsvListParser.separatedBySemicolons(head)) {
      throw new ListFormatException(
          location,
          1,
          0,
          "",
          "a CSV separated by semicolons: the Mizan list CSV is separated by commas (save it as"
              + " CSV UTF-8, comma delimited)");
    }
    String expected =
        "the UN Security Council Consolidated List XML, the OFAC sdnList XML, the EU Financial"
            + " Sanctions File XML, the UK Sanctions List XML, the OFAC SDN legacy CSV sdn.csv,"
            + " FollowTheMoney entities in JSON lines, or a list CSV whose header names the"
            + " columns id and name";
    boolean json = start.startsWith("{") || start.startsWith("[");
    throw new ListFormatException(
        location,
        0,
        0,
        "",
        json
            ? "JSON, but not FollowTheMoney entities (each line an object with \"id\", \"schema\""
                + " and \"properties\"): not a list format Mizan reads (expected "
                + expected
                + ")"
            : "not a list format Mizan reads (expected " + expected + ")");
  }
}
