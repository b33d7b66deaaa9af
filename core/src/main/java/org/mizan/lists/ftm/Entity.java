package org.mizan.lists.ftm;

import java.util.List;
import java.util.Map;

/**
 * One FollowTheMoney entity as read from the file: its keys and its property values, nothing
 * interpreted yet. Holds one entity only, never the file.
 *
 * @param id the entity id, never blank
 * @param schema the schema name ({@code Person}, {@code Sanction}, ...), never blank
 * @param caption the display name the exporter chose, empty when absent
 * @param properties property name to its text values in file order (unmodifiable); values that are
 *     nested entities are in {@code nested} instead
 * @param nested the entities written inline as property values (OpenSanctions' nested export), in
 *     file order
 * @param datasets the {@code datasets} key, empty when absent
 * @param lastSeen the {@code last_seen} timestamp as written, empty when absent
 * @param target the {@code target} key; true when absent
 * @param line 1-based line of the entity's opening brace
 * @param column 1-based column of the entity's opening brace
 */
record Entity(
    String id,
    String schema,
    String caption,
    Map<String, List<String>> properties,
    List<Entity> nested,
    List<String> datasets,
    String lastSeen,
    boolean target,
    long line,
    long column) {

  /** The values of a property, empty when the entity has none. */
  List<String> values(String property) {
    return properties.getOrDefault(property, List.of());
  }

  /** The first value of a property, empty when the entity has none. */
  String first(String property) {
    List<String> values = values(property);
    return values.isEmpty() ? "" : values.get(0);
  }
}
