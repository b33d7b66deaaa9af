package org.mizan.lists.ftm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.model.EntryName;
import org.mizan.model.NameType;

/**
 * The names of an entry entity, primary name first. Pure.
 *
 * <p>FtM gives no order among the values of {@code name}: the primary name is the entity's {@code
 * caption} when it is one of them (OpenSanctions' exports choose it), else the first value in Latin
 * script, else the first value. An entity without {@code name} gets its {@code firstName}, {@code
 * secondName}, {@code middleName}, {@code fatherName} and {@code lastName} (the first value of
 * each) joined by spaces and kept as parts, else its caption. Then, in this order: the other {@code
 * name} values and the {@code alias} values ({@link NameType#ALIAS_GOOD}), the {@code previousName}
 * values ({@link NameType#ALIAS_GOOD}, as UN {@code f.k.a.}), the {@code weakAlias} values ({@link
 * NameType#ALIAS_LOW}); a name whose first letter is in a script other than Latin is an {@link
 * NameType#ORIGINAL_SCRIPT} name instead, unless it is a weak alias (OpenSanctions writes the UN
 * {@code NAME_ORIGINAL_SCRIPT} as an {@code alias}). Each name's quality is the property it came
 * from ({@code name}, {@code alias}, {@code previousName}, {@code weakAlias}); a value already
 * given is kept once, in its first role.
 */
final class Names {
  private final List<EntryName> names = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  private Names() {}

  /** The names, primary first; empty when the entity has no name at all. */
  static List<EntryName> of(Entity entity) {
    List<String> full = entity.values("name");
    List<String> parts = new ArrayList<>();
    String primary;
    if (!full.isEmpty()) {
      primary =
          full.contains(entity.caption())
              ? entity.caption()
              : full.stream().filter(Names::isLatin).findFirst().orElse(full.get(0));
    } else {
      for (String property : Draft.NAME_PARTS) {
        String part = entity.first(property);
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      primary = parts.isEmpty() ? entity.caption() : String.join(" ", parts);
    }
    if (primary.isEmpty()) {
      return List.of();
    }
    Names n = new Names();
    n.seen.add(primary);
    n.names.add(new EntryName(primary, NameType.PRIMARY, "", parts));
    n.add(full, NameType.ALIAS_GOOD, "name");
    n.add(entity.values("alias"), NameType.ALIAS_GOOD, "alias");
    n.add(entity.values("previousName"), NameType.ALIAS_GOOD, "previousName");
    n.add(entity.values("weakAlias"), NameType.ALIAS_LOW, "weakAlias");
    return List.copyOf(n.names);
  }

  private void add(List<String> values, NameType type, String quality) {
    for (String value : values) {
      if (seen.add(value)) {
        NameType t =
            type != NameType.ALIAS_LOW && !isLatin(value) ? NameType.ORIGINAL_SCRIPT : type;
        names.add(new EntryName(value, t, quality, List.of()));
      }
    }
  }

  /** Whether the first letter is Latin; a value without letters counts as Latin. */
  static boolean isLatin(String value) {
    return value
        .codePoints()
        .filter(Character::isLetter)
        .mapToObj(Character.UnicodeScript::of)
        .findFirst()
        .map(s -> s == Character.UnicodeScript.LATIN)
        .orElse(true);
  }
}
