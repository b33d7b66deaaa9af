package org.mizan.lists.ofac;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.lists.EntryIds;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.xml.Field;
import org.mizan.lists.xml.Group;
import org.mizan.lists.xml.XmlCursor;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;

/**
 * Parser of OFAC's list XML in the {@code sdnList} schema: the SDN list ({@code SDN.XML}) and the
 * Consolidated (non-SDN) list ({@code CONSOLIDATED.XML}), as the US Treasury publishes them at
 * {@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/} (schema:
 * {@code .../exports/XML.xsd}; until May 2024 namespace {@code http://tempuri.org/sdnList.xsd},
 * since then {@code
 * https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML}; either, or none,
 * is read).
 *
 * <p>The root {@code sdnList} holds {@code publshInformation} ({@code Publish_Date} as {@code
 * MM/DD/YYYY}, {@code Record_Count}) and one {@code sdnEntry} per entry. The mapping of an entry is
 * that of {@link OfacSdnCsvParser}, so that the same entry reads alike from either format (see
 * {@code SdnEntryReader} for each element): id {@code uid}; primary name {@code LAST, First}, or
 * {@code lastName} alone when there is no {@code firstName}; aliases from {@code akaList}, strong
 * ones {@link org.mizan.model.NameType#ALIAS_GOOD} with quality {@code a.k.a.}, {@code f.k.a.} or
 * {@code n.k.a.}, weak ones {@link org.mizan.model.NameType#ALIAS_LOW} with quality {@code weak
 * a.k.a.} and the like.
 *
 * <p>The SDN and the Consolidated list share root, namespace and schema, and most programs, so the
 * publication is told from the programs: a file with an entry under {@code CMIC-EO13959} (the
 * Non-SDN Chinese Military-Industrial Complex list) or {@code 561-Related} (the Part 561 list),
 * programs that appear only on the Consolidated list, is {@code us-ofac-consolidated}; any other
 * file is {@code us-ofac-sdn}. The version is {@code (source, Publish_Date as YYYY-MM-DD,
 * SHA-256)}.
 *
 * <p>Read as a stream (StAX) with DTDs and external entities disabled; UTF-8 only. Stateless and
 * thread-safe.
 */
public final class OfacXmlParser {
  /** The source id of the SDN list. */
  public static final String SDN = OfacSdnCsvParser.SOURCE;

  /** The source id of the Consolidated (non-SDN) list. */
  public static final String CONSOLIDATED = "us-ofac-consolidated";

  /**
   * The programs that appear only on the Consolidated (non-SDN) list: an entry under one of them
   * makes a file {@link #CONSOLIDATED}.
   */
  public static final Set<String> CONSOLIDATED_ONLY_PROGRAMS =
      Set.of("CMIC-EO13959", "561-Related");

  static final String ROOT = "sdnList";
  static final String ENTRY = "sdnEntry";
  private static final String PUBLISH = "publshInformation";
  private static final String FORMAT = "the OFAC sdnList XML (SDN.XML, CONSOLIDATED.XML)";
  private static final Pattern US_DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");

  private OfacXmlParser() {}

  /**
   * Reads a whole list. Either the whole list is returned or an exception is thrown: never part of
   * it.
   *
   * @param in the XML bytes, UTF-8 (a byte-order mark is allowed); read to the very end, not closed
   * @param location the file name to cite in errors
   * @return the list in file order; its version is {@code (us-ofac-sdn or us-ofac-consolidated,
   *     Publish_Date as YYYY-MM-DD, SHA-256 of every byte read, lower-case hex)}
   * @throws ListFormatException naming line, column and element path (e.g. {@code
   *     sdnEntry/akaList/aka/category}) when the bytes are not UTF-8 or not well-formed XML (a
   *     truncated file, an HTML page), hold a {@code DOCTYPE} or another root element, lack a valid
   *     {@code Publish_Date}, hold no entry or another number of entries than {@code Record_Count}
   *     says, or an entry lacks its {@code uid} (a whole number, unique in the file), {@code
   *     lastName} or {@code sdnType}, or has an unknown {@code sdnType} or alias {@code type} or
   *     {@code category}
   * @throws UncheckedIOException when reading {@code in} fails
   */
  public static Watchlist parse(InputStream in, String location) {
    XmlCursor cursor = XmlCursor.open(in, location, FORMAT, Set.of(ENTRY));
    cursor.enterRoot(ROOT);
    SdnEntryReader reader = new SdnEntryReader(cursor);
    EntryIds ids = new EntryIds(location, "uid");
    List<ListEntry> entries = new ArrayList<>();
    Group publish = null;
    while (cursor.nextChild()) {
      if (cursor.name().equals(PUBLISH) && publish == null) {
        publish = cursor.group();
      } else if (cursor.name().equals(ENTRY)) {
        long line = cursor.line();
        long column = cursor.column();
        ListEntry entry = reader.read();
        ids.add(entry.id(), ENTRY + "/uid", line, column);
        entries.add(entry);
      } else {
        throw cursor.unexpected(PUBLISH + " or " + ENTRY);
      }
    }
    String sha256 = cursor.finish();
    if (publish == null) {
      throw new ListFormatException(location, 0, 0, ROOT + "/" + PUBLISH, "missing");
    }
    String published = publishDate(publish, location);
    ids.requireAny(ROOT, "entries");
    checkRecordCount(publish, entries.size(), location);
    boolean consolidated =
        entries.stream()
            .anyMatch(e -> e.programs().stream().anyMatch(CONSOLIDATED_ONLY_PROGRAMS::contains));
    ListVersion version = new ListVersion(consolidated ? CONSOLIDATED : SDN, published, sha256);
    return new Watchlist(version, entries);
  }

  /** {@code Publish_Date} {@code MM/DD/YYYY} as {@code YYYY-MM-DD}. */
  private static String publishDate(Group publish, String location) {
    Field date =
        publish
            .field("Publish_Date")
            .orElseThrow(
                () ->
                    new ListFormatException(
                        location,
                        publish.line(),
                        publish.column(),
                        publish.path() + "/Publish_Date",
                        "the publication date is missing"));
    Matcher m = US_DATE.matcher(date.text());
    try {
      if (m.matches()) {
        return LocalDate.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)))
            .toString();
      }
    } catch (DateTimeException e) {
      // Reported below as not a date.
    }
    throw new ListFormatException(
        location,
        date.line(),
        date.column(),
        date.path(),
        "'" + date.text() + "' is not a date of the form MM/DD/YYYY");
  }

  private static void checkRecordCount(Group publish, int entries, String location) {
    Field count = publish.field("Record_Count").orElse(null);
    if (count == null) {
      return;
    }
    if (!OfacSdnCsvParser.isNumber(count.text())) {
      throw new ListFormatException(
          location,
          count.line(),
          count.column(),
          count.path(),
          "'" + count.text() + "' is not a whole number");
    }
    if (Long.parseLong(count.text()) != entries) {
      throw new ListFormatException(
          location,
          count.line(),
          count.column(),
          count.path(),
          "the file says it holds "
              + count.text()
              + " entries but holds "
              + entries
              + ": it is incomplete or corrupt");
    }
  }
}
