package org.mizan.lists.ofac;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mizan.lists.EntryIds;
import org.mizan.lists.EntryNames;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.Sha256Input;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;

/**
 * Parser of the OFAC SDN list in its legacy CSV form, as the US Treasury publishes it at {@code
 * https://www.treasury.gov/ofac/downloads/sdn.csv} with {@code alt.csv} and {@code add.csv} (data
 * specification: OFAC, "SDN list data specification", the {@code dat_spec.txt} of the same folder).
 *
 * <p>The files have no header row; fields are bare or double-quoted, {@code -0-} means empty,
 * records end with CRLF and the file with a Ctrl-Z byte. {@code sdn.csv} has 12 fields: ent_num,
 * SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner,
 * Remarks; {@code alt.csv} 5: ent_num, alt_num, alt_type, alt_name, alt_remarks; {@code add.csv} 6:
 * ent_num, add_num, address, city/state/zip, country, add_remarks.
 *
 * <p>Mapping: the id is ent_num; SDN_Type {@code individual} is {@link EntryKind#PERSON}, {@code
 * vessel} and {@code aircraft} their kinds, empty an {@link EntryKind#ORGANIZATION}. The primary
 * name is SDN_Name as written ({@code LAST, First} for individuals); then the alt.csv names in file
 * order ({@code aka}, {@code fka}, {@code nka} as {@link NameType#ALIAS_GOOD} with quality {@code
 * a.k.a.}, {@code f.k.a.}, {@code n.k.a.}); then the weak aliases of the remarks ({@code a.k.a.
 * 'NAME'}, {@link NameType#ALIAS_LOW}, quality {@code weak a.k.a.}); a name equal in value and type
 * to an earlier one is kept once. Programs are Program split at its brackets ({@code SDGT] [IRGC}
 * gives SDGT, IRGC); the title is Title; the remarks are kept whole as comments and read for dates
 * and places of birth, nationality and citizenship, gender and identity documents (see {@code
 * Remarks}); a remark no rule reads is no error. Addresses are address, city/state/zip and country
 * joined by ", ". The vessel fields are not mapped.
 *
 * <p>The files carry no date, so the version is {@code (us-ofac-sdn, "", SHA-256)} where the digest
 * runs over the bytes of sdn.csv, then of alt.csv, then of add.csv, each as far as given.
 *
 * <p>The files are read as streams, record by record (see {@code CsvRecords}), and decoded as
 * strict UTF-8 like every other list format: a byte sequence that is not UTF-8 is an error naming
 * its line and column (the published files are ASCII; the sets of 2021 and 2024 in the shared data
 * folder are). Stateless and thread-safe.
 */
public final class OfacSdnCsvParser {
  /** The source id of this list. */
  public static final String SOURCE = "us-ofac-sdn";

  /** The number of fields of an {@code sdn.csv} record. */
  public static final int SDN_FIELDS = 12;

  static final int ALT_FIELDS = 5;
  static final int ADD_FIELDS = 6;

  private static final String[] SDN_NAMES = {
    "ent_num",
    "SDN_Name",
    "SDN_Type",
    "Program",
    "Title",
    "Call_Sign",
    "Vess_type",
    "Tonnage",
    "GRT",
    "Vess_flag",
    "Vess_owner",
    "Remarks"
  };

  private OfacSdnCsvParser() {}

  /**
   * Reads {@code sdn.csv} alone (no alternate names, no addresses).
   *
   * @param sdn the bytes of sdn.csv; read to the end, not closed
   * @param location the file name to cite in errors
   * @throws ListFormatException as for {@link #parse(SdnFiles)}
   * @throws UncheckedIOException when reading fails
   */
  public static Watchlist parse(InputStream sdn, String location) {
    return parse(SdnFiles.of(new CsvInput(sdn, location)));
  }

  /**
   * Reads one publication: sdn.csv and, when given, alt.csv and add.csv, each to its end, one
   * record at a time. Either the whole list is returned or an exception is thrown: never part of
   * it.
   *
   * @return the list in sdn.csv order; its version is {@code (us-ofac-sdn, "", SHA-256 of the bytes
   *     of sdn.csv then alt.csv then add.csv, lower-case hex)}
   * @throws ListFormatException naming file, line, column and field for: bytes that are not UTF-8,
   *     a quoted field never closed, text after a closing quote or after the Ctrl-Z end-of-file
   *     mark, a record with the wrong number of fields, an ent_num that is not a number or is used
   *     twice in sdn.csv, an empty SDN_Name or alt_name, an unknown SDN_Type or alt_type, an
   *     alt.csv or add.csv record whose ent_num is not in sdn.csv, or an sdn.csv with no records
   * @throws UncheckedIOException when reading fails
   */
  public static Watchlist parse(SdnFiles files) {
    Objects.requireNonNull(files, "files");
    CsvInput sdn = files.sdn();
    Sha256Input bytes = new Sha256Input(sdn.bytes());
    Map<String, Draft> drafts = new LinkedHashMap<>();
    EntryIds ids = new EntryIds(sdn.location(), "ent_num");
    CsvRecords.forEach(
        bytes,
        sdn.location(),
        row -> {
          Draft draft = sdnRecord(row, sdn.location());
          ids.add(draft.id, "ent_num", row.line(), row.column(0));
          drafts.put(draft.id, draft);
        });
    ids.requireAny("", "entries");
    Optional<CsvInput> alt = files.alt();
    if (alt.isPresent()) {
      bytes = bytes.next(alt.get().bytes());
      CsvRecords.forEach(
          bytes, alt.get().location(), row -> altRecord(row, alt.get().location(), drafts));
    }
    Optional<CsvInput> add = files.add();
    if (add.isPresent()) {
      bytes = bytes.next(add.get().bytes());
      CsvRecords.forEach(
          bytes, add.get().location(), row -> addRecord(row, add.get().location(), drafts));
    }
    String sha256 = bytes.readToEndAndDigest();
    List<ListEntry> entries = new ArrayList<>(drafts.size());
    for (Draft draft : drafts.values()) {
      entries.add(draft.entry());
    }
    return new Watchlist(new ListVersion(SOURCE, "", sha256), entries);
  }

  /**
   * Whether {@code head}, the start of a file, looks like an {@code sdn.csv}: its first record has
   * {@value #SDN_FIELDS} fields and the first is a whole number (the ent_num).
   *
   * @param head the file's first few kilobytes as text; a record cut off at its end is not read
   */
  public static boolean recognizes(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    int end = text.indexOf('\n');
    if (end < 0) {
      return false;
    }
    try {
      Optional<CsvRow> first = CsvRecords.first(text.substring(0, end + 1));
      return first.isPresent()
          && first.get().fields().size() == SDN_FIELDS
          && isNumber(first.get().field(0));
    } catch (ListFormatException e) {
      // Not CSV at all: another format's head.
      return false;
    }
  }

  private static Draft sdnRecord(CsvRow row, String location) {
    checkWidth(row, SDN_FIELDS, location, "sdn.csv");
    String id = entNum(row, location);
    String name = row.field(1);
    if (name.isEmpty()) {
      throw new ListFormatException(
          location, row.line(), row.column(1), SDN_NAMES[1], "the name is empty");
    }
    EntryKind kind =
        switch (row.field(2).toLowerCase(Locale.ROOT)) {
          case "individual" -> EntryKind.PERSON;
          case "vessel" -> EntryKind.VESSEL;
          case "aircraft" -> EntryKind.AIRCRAFT;
          case "" -> EntryKind.ORGANIZATION;
          default ->
              throw new ListFormatException(
                  location,
                  row.line(),
                  row.column(2),
                  SDN_NAMES[2],
                  "unknown type (expected individual, vessel, aircraft or -0-)");
        };
    return new Draft(id, kind, name, programs(row.field(3)), row.field(4), row.field(11));
  }

  private static void altRecord(CsvRow row, String location, Map<String, Draft> drafts) {
    checkWidth(row, ALT_FIELDS, location, "alt.csv");
    Draft draft = owner(row, location, drafts);
    String quality =
        switch (row.field(2).toLowerCase(Locale.ROOT)) {
          case "aka" -> "a.k.a.";
          case "fka" -> "f.k.a.";
          case "nka" -> "n.k.a.";
          default ->
              throw new ListFormatException(
                  location,
                  row.line(),
                  row.column(2),
                  "alt_type",
                  "unknown alternate name type (expected aka, fka or nka)");
        };
    String name = row.field(3);
    if (name.isEmpty()) {
      throw new ListFormatException(
          location, row.line(), row.column(3), "alt_name", "the alternate name is empty");
    }
    draft.names.add(new EntryName(name, NameType.ALIAS_GOOD, quality, List.of()));
  }

  private static void addRecord(CsvRow row, String location, Map<String, Draft> drafts) {
    checkWidth(row, ADD_FIELDS, location, "add.csv");
    Draft draft = owner(row, location, drafts);
    List<String> parts = new ArrayList<>();
    for (int i = 2; i <= 4; i++) {
      if (!row.field(i).isEmpty()) {
        parts.add(row.field(i));
      }
    }
    if (!parts.isEmpty()) {
      draft.addresses.add(String.join(", ", parts));
    }
  }

  private static Draft owner(CsvRow row, String location, Map<String, Draft> drafts) {
    String id = entNum(row, location);
    Draft draft = drafts.get(id);
    if (draft == null) {
      throw new ListFormatException(
          location, row.line(), row.column(0), "ent_num", "ent_num " + id + " is not in sdn.csv");
    }
    return draft;
  }

  private static void checkWidth(CsvRow row, int width, String location, String file) {
    if (row.fields().size() != width) {
      throw new ListFormatException(
          location,
          row.line(),
          row.column(0),
          "",
          "a record of "
              + row.fields().size()
              + " fields (an "
              + file
              + " record has "
              + width
              + ")");
    }
  }

  private static String entNum(CsvRow row, String location) {
    String id = row.field(0);
    if (!isNumber(id)) {
      throw new ListFormatException(
          location, row.line(), row.column(0), "ent_num", "ent_num is not a whole number");
    }
    return id;
  }

  static boolean isNumber(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code SDGT] [IRGC} or {@code [SDGT] [IRGC]} to SDGT, IRGC; {@code CUBA} to CUBA. */
  static List<String> programs(String program) {
    List<String> programs = new ArrayList<>();
    for (String part : program.split("\\]\\s*\\[")) {
      String p = part.replace("[", "").replace("]", "").strip();
      if (!p.isEmpty() && !programs.contains(p)) {
        programs.add(p);
      }
    }
    return programs;
  }

  /** An entry being assembled from the three files. */
  private static final class Draft {
    final String id;
    final EntryKind kind;
    final EntryNames names = new EntryNames();
    final List<String> programs;
    final String title;
    final String remarks;
    final List<String> addresses = new ArrayList<>();

    Draft(
        String id,
        EntryKind kind,
        String name,
        List<String> programs,
        String title,
        String remarks) {
      this.id = id;
      this.kind = kind;
      this.names.add(EntryName.of(name, NameType.PRIMARY));
      this.programs = programs;
      this.title = title;
      this.remarks = remarks;
    }

    ListEntry entry() {
      Remarks read = Remarks.read(remarks);
      names.addAll(read.weakAliases());
      return new ListEntry(
          id,
          "",
          kind,
          names.list(),
          read.gender(),
          read.birthDates(),
          read.placesOfBirth(),
          read.nationalities(),
          read.documents(),
          addresses,
          programs,
          "",
          List.of(),
          title.isEmpty() ? List.of() : List.of(title),
          remarks);
    }
  }
}
