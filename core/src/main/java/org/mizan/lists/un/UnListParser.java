package org.mizan.lists.un;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.lists.EntryIds;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.xml.XmlCursor;
import org.mizan.model.EntryKind;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;

/**
 * Parser of the UN Security Council Consolidated List XML, the list as the UN publishes it at
 * {@code https://scsanctions.un.org/resources/xml/en/consolidated.xml} (root {@code
 * CONSOLIDATED_LIST}, schema {@code https://www.un.org/sc/resources/sc-sanctions.xsd}).
 *
 * <p>Each {@code INDIVIDUAL} becomes a {@link EntryKind#PERSON} entry and each {@code ENTITY} an
 * {@link EntryKind#ORGANIZATION} entry, in list order. The entry id is {@code REFERENCE_NUMBER}
 * ({@code IQi.001}), the record id {@code DATAID}, the program {@code UN_LIST_TYPE}. Names: the
 * primary name ({@code FIRST_NAME} to {@code FOURTH_NAME}, trimmed, joined by single spaces, kept
 * as parts), then in document order the {@code NAME_ORIGINAL_SCRIPT} (which the list writes before
 * the aliases) and the aliases: individual quality {@code Low} is {@link
 * org.mizan.model.NameType#ALIAS_LOW}, {@code Good} and the entity labels {@code a.k.a.} and {@code
 * f.k.a.} are {@link org.mizan.model.NameType#ALIAS_GOOD}, the label kept as the name's quality; a
 * name equal in value and type to an earlier one is kept once. Dates of birth cover the {@code
 * EXACT}, {@code APPROXIMATELY} and {@code BETWEEN} forms and the dates of birth the list gives for
 * aliases; gender comes from {@code GENDER}, else from statements such as "Gender [Male]" in {@code
 * COMMENTS1}. Places, addresses and document notes are the non-empty parts joined by ", ".
 *
 * <p>The XML is read as a stream (StAX) with DTDs and external entities disabled: a document with a
 * {@code DOCTYPE} is refused, so no entity is ever expanded and nothing outside the stream is ever
 * read. Stateless and thread-safe.
 */
public final class UnListParser {
  /** The source id of this list. */
  public static final String SOURCE = "un-sc-consolidated";

  static final String ROOT = "CONSOLIDATED_LIST";
  static final String FORMAT = "the UN Security Council Consolidated List XML";
  static final String INDIVIDUAL = "INDIVIDUAL";
  static final String ENTITY = "ENTITY";

  private UnListParser() {}

  /**
   * Reads a whole list.
   *
   * <p>The input must be UTF-8 (a byte-order mark is allowed) and have the root element {@code
   * CONSOLIDATED_LIST} with a {@code dateGenerated} attribute, holding {@code INDIVIDUALS} and
   * {@code ENTITIES}; every entry needs a {@code REFERENCE_NUMBER}, unique in the list, and a name
   * in {@code FIRST_NAME} to {@code FOURTH_NAME}. Either the whole list is returned or an exception
   * is thrown: never part of it.
   *
   * @param in the XML bytes; read to the very end (also past the root's end tag), not closed
   * @param location the file name to cite in errors
   * @return the list; its version is {@code (un-sc-consolidated, dateGenerated, SHA-256 of every
   *     byte read from in, lower-case hex)}
   * @throws ListFormatException when the bytes are not a well-formed UN list: not UTF-8, not
   *     well-formed XML (a truncated file, an HTML page), a {@code DOCTYPE}, another root element,
   *     a missing reference number or name, or a malformed date; it names the line, column and
   *     element path (e.g. {@code INDIVIDUAL/INDIVIDUAL_DATE_OF_BIRTH/YEAR})
   * @throws UncheckedIOException when reading {@code in} fails
   */
  public static Watchlist parse(InputStream in, String location) {
    XmlCursor cursor = XmlCursor.open(in, location, FORMAT, Set.of(INDIVIDUAL, ENTITY));
    cursor.enterRoot(ROOT);
    String published = cursor.dateTimeAttribute("dateGenerated", ROOT);
    List<ListEntry> entries = new ArrayList<>();
    EntryIds ids = new EntryIds(location, "reference number");
    EntryReader reader = new EntryReader(cursor, location);
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "INDIVIDUALS" -> readAll(cursor, reader, INDIVIDUAL, EntryKind.PERSON, entries, ids);
        case "ENTITIES" -> readAll(cursor, reader, ENTITY, EntryKind.ORGANIZATION, entries, ids);
        default -> throw cursor.unexpected("INDIVIDUALS or ENTITIES");
      }
    }
    String sha256 = cursor.finish();
    ids.requireAny(ROOT, "entries");
    return new Watchlist(new ListVersion(SOURCE, published, sha256), entries);
  }

  private static void readAll(
      XmlCursor cursor,
      EntryReader reader,
      String record,
      EntryKind kind,
      List<ListEntry> entries,
      EntryIds ids) {
    while (cursor.nextChild()) {
      if (!cursor.name().equals(record)) {
        throw cursor.unexpected(record);
      }
      long line = cursor.line();
      long column = cursor.column();
      ListEntry entry = reader.read(kind);
      ids.add(entry.id(), record + "/REFERENCE_NUMBER", line, column);
      entries.add(entry);
    }
  }
}
