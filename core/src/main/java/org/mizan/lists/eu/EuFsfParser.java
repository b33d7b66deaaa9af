package org.mizan.lists.eu;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.lists.EntryIds;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.xml.XmlCursor;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;

/**
 * Parser of the EU Financial Sanctions Files (FSF): the consolidated list of persons, groups and
 * entities subject to EU financial sanctions, in the XML the European Commission publishes at
 * {@code https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content}
 * (format 1.1, namespace {@value #NAMESPACE}).
 *
 * <p>The root {@code export} carries {@code generationDate} (ISO 8601 date-time) and holds one
 * {@code sanctionEntity} per entry. The mapping of an entry is documented on {@code
 * SanctionEntityReader}: id {@code logicalId}, kind from {@code subjectType/@code} ({@code person},
 * {@code enterprise}), primary name the first strong {@code nameAlias}, programs the {@code
 * regulation/@programme} codes ({@code TAQA}, {@code UKR}, ...). The version is {@code (eu-fsf,
 * generationDate as written, SHA-256)}.
 *
 * <p>Read as a stream (StAX) with DTDs and external entities disabled; UTF-8 only. Stateless and
 * thread-safe.
 */
public final class EuFsfParser {
  /** The source id of this list. */
  public static final String SOURCE = "eu-fsf";

  /** The namespace of the FSF XML. */
  public static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

  static final String ROOT = "export";
  static final String ENTRY = "sanctionEntity";
  private static final String FORMAT = "the EU Financial Sanctions File XML";

  private EuFsfParser() {}

  /**
   * Reads a whole list. Either the whole list is returned or an exception is thrown: never part of
   * it.
   *
   * @param in the XML bytes, UTF-8 (a byte-order mark is allowed); read to the very end, not closed
   * @param location the file name to cite in errors
   * @return the list in file order; its version is {@code (eu-fsf, generationDate, SHA-256 of every
   *     byte read, lower-case hex)}
   * @throws ListFormatException naming line, column and element or attribute path (e.g. {@code
   *     sanctionEntity/birthdate/@year}) when the bytes are not UTF-8 or not well-formed XML (a
   *     truncated file, an HTML page), hold a {@code DOCTYPE}, another root element or another
   *     namespace, lack a valid {@code generationDate}, hold no entry, or an entry lacks its {@code
   *     logicalId} (a whole number, unique in the file), its {@code subjectType} or any name, or
   *     has a malformed date
   * @throws UncheckedIOException when reading {@code in} fails
   */
  public static Watchlist parse(InputStream in, String location) {
    XmlCursor cursor = XmlCursor.open(in, location, FORMAT, Set.of(ENTRY));
    cursor.enterRoot(ROOT);
    if (!cursor.namespace().equals(NAMESPACE)) {
      throw cursor.here(
          ROOT,
          "the root element is in namespace '"
              + cursor.namespace()
              + "', expected "
              + NAMESPACE
              + ": this is not "
              + FORMAT);
    }
    String published = cursor.dateTimeAttribute("generationDate", ROOT + "/@generationDate");
    SanctionEntityReader reader = new SanctionEntityReader(cursor);
    EntryIds ids = new EntryIds(location, "logicalId");
    List<ListEntry> entries = new ArrayList<>();
    while (cursor.nextChild()) {
      if (!cursor.name().equals(ENTRY)) {
        throw cursor.unexpected(ENTRY);
      }
      long line = cursor.line();
      long column = cursor.column();
      ListEntry entry = reader.read();
      ids.add(entry.id(), ENTRY + "/@logicalId", line, column);
      entries.add(entry);
    }
    String sha256 = cursor.finish();
    ids.requireAny(ROOT, "entries");
    return new Watchlist(new ListVersion(SOURCE, published, sha256), entries);
  }
}
