package org.mizan.lists.ofac;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryName;
import org.mizan.model.Gender;
import org.mizan.model.IdentityDocument;
import org.mizan.model.NameType;

/**
 * What the free-text {@code Remarks} of an SDN record state, item by item (items are separated by
 * semicolons; the last ends with a full stop). Items no rule reads are left alone: the remarks are
 * kept whole as the entry's comments. Pure.
 *
 * <p>Rules: {@code DOB ...} (see {@link BirthDates}); {@code POB place}; {@code nationality X},
 * {@code citizen X} and a vessel's or aircraft's {@code Nationality of Registration X} (a
 * nationality X, as the XML's {@code idType} of that name); {@code Gender Male|Female}; each also
 * after {@code alt.}; {@code Passport N (Country) note} and {@code Type No. N (Country) note}
 * (National ID No., Cedula No., Tax ID No., ...); {@code a.k.a. 'NAME'}, {@code f.k.a. 'NAME'},
 * {@code n.k.a. 'NAME'} (OFAC's weak aliases).
 */
record Remarks(
    List<BirthDate> birthDates,
    List<String> placesOfBirth,
    List<String> nationalities,
    Gender gender,
    List<IdentityDocument> documents,
    List<EntryName> weakAliases) {
  /** The quality label of a weak alias, {@code weak a.k.a.} and the like. */
  static final String WEAK = "weak ";

  private static final String ALTERNATIVE = "alt. ";
  private static final String REGISTRATION = "Nationality of Registration ";
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(Passport|[A-Z][A-Za-z.'/&\\- ]{0,60}? No\\.)\\s+([^()]+?)\\s*(?:\\(([^)]*)\\)(.*))?");
  private static final Pattern ISSUED = Pattern.compile("\\s+(?:issued|expires)\\s");
  private static final Pattern NOT_IDENTITY = Pattern.compile("(?i)telephone|phone|fax|\\be-?mail");
  private static final Pattern WEAK_ALIAS = Pattern.compile("([afn]\\.k\\.a\\.)\\s+'(.+)'\\.?");

  Remarks {
    birthDates = List.copyOf(birthDates);
    placesOfBirth = List.copyOf(placesOfBirth);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
    weakAliases = List.copyOf(weakAliases);
  }

  static Remarks read(String remarks) {
    List<BirthDate> births = new ArrayList<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> nationalities = new LinkedHashSet<>();
    Gender gender = Gender.UNKNOWN;
    List<IdentityDocument> documents = new ArrayList<>();
    List<EntryName> aliases = new ArrayList<>();
    for (String raw : remarks.split(";")) {
      String item = raw.strip();
      if (item.endsWith(".") && !item.endsWith(".k.a.") && !item.endsWith("No.")) {
        item = item.substring(0, item.length() - 1).strip();
      }
      if (item.startsWith(ALTERNATIVE)) {
        // "alt. DOB ...", "alt. Passport ...": one more value of the same kind.
        item = item.substring(ALTERNATIVE.length()).strip();
      }
      if (item.isEmpty()) {
        continue;
      }
      String after;
      if ((after = after(item, "DOB ")) != null) {
        Optional<BirthDate> date = BirthDates.parse(after);
        if (date.isPresent() && !births.contains(date.get())) {
          births.add(date.get());
        }
      } else if ((after = after(item, "POB ")) != null) {
        places.add(after);
      } else if ((after = after(item, REGISTRATION)) != null) {
        nationalities.add(after);
      } else if ((after = after(item, "nationality ")) != null) {
        nationalities.add(after);
      } else if ((after = after(item, "citizen ")) != null) {
        nationalities.add(after);
      } else if ((after = after(item, "Gender ")) != null) {
        String g = after.toLowerCase(Locale.ROOT);
        gender = g.equals("male") ? Gender.MALE : g.equals("female") ? Gender.FEMALE : gender;
      } else {
        Matcher alias = WEAK_ALIAS.matcher(item);
        if (alias.matches()) {
          String name = alias.group(2).strip();
          if (!name.isEmpty()) {
            aliases.add(new EntryName(name, NameType.ALIAS_LOW, WEAK + alias.group(1), List.of()));
          }
          continue;
        }
        Matcher doc = DOCUMENT.matcher(item);
        if (doc.matches()) {
          String type = IdTypes.documentType(doc.group(1));
          if (NOT_IDENTITY.matcher(type).find()) {
            continue;
          }
          String number = doc.group(2);
          String country = doc.group(3) == null ? "" : doc.group(3);
          String note = doc.group(4) == null ? "" : doc.group(4);
          Matcher dates = ISSUED.matcher(number);
          if (dates.find() && dates.start() > 0) {
            // "Passport K754050 issued 26 May 1999 expires 25 May 2004", no country between.
            note = (number.substring(dates.start()) + " " + note).strip();
            number = number.substring(0, dates.start());
          }
          documents.add(new IdentityDocument(type, number, country, note));
        }
      }
    }
    return new Remarks(
        births, List.copyOf(places), List.copyOf(nationalities), gender, documents, aliases);
  }

  /** The rest of {@code item} after {@code prefix}, stripped, or null when it does not start so. */
  private static String after(String item, String prefix) {
    if (!item.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    String rest = item.substring(prefix.length()).strip();
    return rest.isEmpty() ? null : rest;
  }
}
