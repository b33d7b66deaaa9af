package org.mizan.lists.ftm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.model.IdentityDocument;

/**
 * What {@code Sanction}, {@code Identification}/{@code Passport} and {@code Address} entities on
 * their own lines add to the entries they name, gathered during the one pass over the file and
 * applied after it (an entry may come before or after the entities that name it).
 *
 * <p>Bounded: per sanction only its programs, references and dates are kept, per identification the
 * document, per address its text; never the entities themselves. A link to an id that is no entry
 * of the file (a partial export) is simply not used. Not thread-safe.
 */
final class Links {
  private final Map<String, List<Sanction>> sanctions = new HashMap<>();
  private final Map<String, List<IdentityDocument>> documents = new HashMap<>();
  private final Map<String, String> addresses = new HashMap<>();

  /**
   * Records what {@code entity} says: a sanction of each id in its {@code entity} property, a
   * document of each id in its {@code holder} property, the text of an address.
   */
  void add(Role role, Entity entity) {
    switch (role) {
      case SANCTION -> {
        Sanction sanction = Sanction.of(entity);
        for (String id : entity.values("entity")) {
          sanctions.computeIfAbsent(id, k -> new ArrayList<>()).add(sanction);
        }
      }
      case IDENTIFICATION ->
          Documents.of(entity)
              .ifPresent(
                  d -> {
                    for (String holder : entity.values("holder")) {
                      documents.computeIfAbsent(holder, k -> new ArrayList<>()).add(d);
                    }
                  });
      case ADDRESS -> {
        String text = Addresses.text(entity);
        if (!text.isEmpty()) {
          addresses.put(entity.id(), text);
        }
      }
      default -> {
        // Entries and skipped schemas link nothing.
      }
    }
  }

  /** The sanctions that name this entity, in file order. */
  List<Sanction> sanctionsOf(String id) {
    return sanctions.getOrDefault(id, List.of());
  }

  /** The documents whose holder is this entity, in file order. */
  List<IdentityDocument> documentsOf(String id) {
    return documents.getOrDefault(id, List.of());
  }

  /** The text of the address entity with this id, empty when there is none or it has no text. */
  Optional<String> address(String id) {
    return Optional.ofNullable(addresses.get(id));
  }
}
