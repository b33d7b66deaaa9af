package org.mizan.lists.ftm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mizan.model.IdentityDocument;

/**
 * Identity documents of an entry: from {@code Identification} and {@code Passport} entities, and
 * from the identifier properties of the entry itself. Pure.
 */
final class Documents {
  /**
   * The identifier properties read as documents, with the type they get (the property's label in
   * the FtM schema). Other identifiers ({@code wikidataId}, {@code programId}, ...) say nothing
   * about a person's or vessel's papers and are not read.
   */
  static final Map<String, String> IDENTIFIERS = identifiers();

  private Documents() {}

  private static Map<String, String> identifiers() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("passportNumber", "Passport number");
    m.put("idNumber", "ID Number");
    m.put("socialSecurityNumber", "Social security number");
    m.put("taxNumber", "Tax Number");
    m.put("innCode", "INN");
    m.put("ogrnCode", "OGRN");
    m.put("registrationNumber", "Registration number");
    m.put("leiCode", "LEI");
    m.put("swiftBic", "SWIFT/BIC");
    m.put("imoNumber", "IMO Number");
    m.put("mmsi", "MMSI");
    m.put("callSign", "Call Sign");
    m.put("serialNumber", "Serial Number");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The document an {@code Identification} or {@code Passport} entity describes: number = {@code
   * number} (for a passport, else {@code passportNumber}); type = {@code type}, for a passport
   * without one {@code Passport}; issuing country = {@code country} as an upper-case code; note =
   * {@code summary}, {@code startDate} (date of issue), {@code endDate} (expiry date) and {@code
   * authority}.
   *
   * @return the document, empty when the entity has no number
   */
  static Optional<IdentityDocument> of(Entity identification) {
    String number = identification.first("number");
    boolean passport = identification.schema().equals("Passport");
    if (number.isEmpty() && passport) {
      number = identification.first("passportNumber");
    }
    if (number.isEmpty()) {
      return Optional.empty();
    }
    String type = identification.first("type");
    if (type.isEmpty() && passport) {
      type = "Passport";
    }
    List<String> note = new ArrayList<>();
    addIfNotEmpty(note, "", identification.first("summary"));
    addIfNotEmpty(note, "date of issue: ", identification.first("startDate"));
    addIfNotEmpty(note, "expiry date: ", identification.first("endDate"));
    addIfNotEmpty(note, "authority: ", identification.first("authority"));
    return Optional.of(
        new IdentityDocument(
            type,
            number,
            CountryCodes.of(identification.first("country")),
            String.join("; ", note)));
  }

  /** The documents the identifier properties of {@link #IDENTIFIERS} give, in that order. */
  static List<IdentityDocument> fromProperties(Entity entity) {
    List<IdentityDocument> documents = new ArrayList<>();
    IDENTIFIERS.forEach(
        (property, type) -> {
          for (String number : entity.values(property)) {
            documents.add(new IdentityDocument(type, number, "", ""));
          }
        });
    return documents;
  }

  /**
   * Every document once: the first of those with the same number (compared on letters and digits,
   * without case) is kept, so a document from an {@code Identification} entity, given first, wins
   * over the bare number in a property.
   */
  static List<IdentityDocument> distinct(List<IdentityDocument> documents) {
    Map<String, IdentityDocument> byNumber = new LinkedHashMap<>();
    for (IdentityDocument d : documents) {
      byNumber.putIfAbsent(key(d.number()), d);
    }
    return List.copyOf(byNumber.values());
  }

  private static String key(String number) {
    return number.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
  }

  private static void addIfNotEmpty(List<String> note, String label, String value) {
    if (!value.isEmpty()) {
      note.add(label + value);
    }
  }
}
