package org.mizan.lists.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ParserMessages;
import org.mizan.lists.StrictUtf8Reader;

/**
 * Reads FollowTheMoney entities one at a time from JSON Lines with jackson-core's streaming {@link
 * JsonParser}, token by token: only the entity being read is ever held, never the file.
 *
 * <p>Each line holds one JSON object (an entity may not start on the line where the previous one
 * ended). Keys read: {@code id} and {@code schema} (strings, required), {@code caption} and {@code
 * last_seen} (strings or null), {@code properties} (an object of arrays whose items are strings,
 * numbers or booleans read as text, null skipped, or objects read as nested entities), {@code
 * datasets} (an array of strings) and {@code target} (a boolean); any other key is skipped whatever
 * its value. A key repeated in one object is an error. Every error is a {@link ListFormatException}
 * with the line and column and the JSON path of the value (e.g. {@code properties/name/0}). Not
 * thread-safe.
 */
final class EntityReader {
  /** Strict JSON (no comments, no single quotes, no NaN), duplicate keys refused. */
  static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private final JsonParser json;
  private final StrictUtf8Reader text;
  private final String location;
  private long previousEnd;
  private long currentStart;

  private EntityReader(JsonParser json, StrictUtf8Reader text, String location) {
    this.json = json;
    this.text = text;
    this.location = location;
  }

  /**
   * Starts reading; nothing is read until {@link #next()}.
   *
   * @param bytes UTF-8 (a byte-order mark is allowed); read on demand, never closed
   */
  static EntityReader open(InputStream bytes, String location) {
    StrictUtf8Reader text = new StrictUtf8Reader(bytes);
    try {
      return new EntityReader(JSON.createParser(text), text, location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the next entity of the file.
   *
   * @return the entity, or empty at the end of the file
   * @throws ListFormatException when the bytes are not UTF-8, not JSON, a line is not an object,
   *     two entities share a line, a key has a value of the wrong type, or {@code id} or {@code
   *     schema} is missing
   * @throws UncheckedIOException when reading the stream fails
   */
  Optional<Entity> next() {
    try {
      JsonToken token = json.nextToken();
      if (token == null) {
        return Optional.empty();
      }
      JsonLocation at = json.currentTokenLocation();
      currentStart = at.getLineNr();
      if (token != JsonToken.START_OBJECT) {
        throw error(
            at,
            "",
            "expected a JSON object (one FollowTheMoney entity per line), found " + what(token));
      }
      if (at.getLineNr() <= previousEnd) {
        throw error(
            at,
            "",
            "a second entity on the line where the previous one ends (JSON Lines: one entity per"
                + " line)");
      }
      Entity entity = entity("");
      previousEnd = json.currentTokenLocation().getLineNr();
      currentStart = 0;
      return Optional.of(entity);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  private Entity entity(String path) throws IOException {
    JsonLocation start = json.currentTokenLocation();
    String id = "";
    String schema = "";
    String caption = "";
    String lastSeen = "";
    boolean target = true;
    List<String> datasets = List.of();
    Map<String, List<String>> properties = new LinkedHashMap<>();
    List<Entity> nested = new ArrayList<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String key = json.currentName();
      JsonToken value = json.nextToken();
      String field = path + key;
      switch (key) {
        case "id" -> id = string(field, value);
        case "schema" -> schema = string(field, value);
        case "caption" -> caption = string(field, value);
        case "last_seen" -> lastSeen = string(field, value);
        case "datasets" -> datasets = strings(field, value);
        case "target" -> target = flag(field, value);
        case "properties" -> properties(field, value, properties, nested);
        default -> json.skipChildren();
      }
    }
    if (id.isEmpty()) {
      throw error(start, path + "id", "the entity has no id");
    }
    if (schema.isEmpty()) {
      throw error(start, path + "schema", "entity " + id + " has no schema");
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    properties.forEach((name, list) -> values.put(name, List.copyOf(list)));
    return new Entity(
        id,
        schema,
        caption,
        Collections.unmodifiableMap(values),
        List.copyOf(nested),
        datasets,
        lastSeen,
        target,
        start.getLineNr(),
        start.getColumnNr());
  }

  private void properties(
      String field, JsonToken token, Map<String, List<String>> properties, List<Entity> nested)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    expect(field, token, JsonToken.START_OBJECT, "an object of property arrays");
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String property = json.currentName();
      String path = field + "/" + property;
      JsonToken array = json.nextToken();
      if (array == JsonToken.VALUE_NULL) {
        continue;
      }
      expect(path, array, JsonToken.START_ARRAY, "an array of values");
      List<String> values = properties.computeIfAbsent(property, p -> new ArrayList<>());
      int index = 0;
      for (JsonToken item = json.nextToken();
          item != JsonToken.END_ARRAY;
          item = json.nextToken()) {
        String itemPath = path + "/" + index++;
        if (item == JsonToken.START_OBJECT) {
          nested.add(entity(itemPath + "/"));
        } else if (item.isScalarValue()) {
          String value = item == JsonToken.VALUE_NULL ? "" : json.getText().strip();
          if (!value.isEmpty()) {
            values.add(value);
          }
        } else {
          throw error(
              json.currentTokenLocation(),
              itemPath,
              "expected a text value or a nested entity, found " + what(item));
        }
      }
    }
  }

  private String string(String field, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    expect(field, token, JsonToken.VALUE_STRING, "a string");
    return json.getText().strip();
  }

  private List<String> strings(String field, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    expect(field, token, JsonToken.START_ARRAY, "an array of strings");
    List<String> values = new ArrayList<>();
    for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
      String value = string(field, item);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return List.copyOf(values);
  }

  private boolean flag(String field, JsonToken token) {
    if (token == JsonToken.VALUE_NULL) {
      return true;
    }
    if (!token.isBoolean()) {
      throw error(
          json.currentTokenLocation(), field, "expected true or false, found " + what(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private void expect(String field, JsonToken token, JsonToken expected, String description) {
    if (token != expected) {
      throw error(
          json.currentTokenLocation(), field, "expected " + description + ", found " + what(token));
    }
  }

  private static String what(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  private ListFormatException error(JsonLocation at, String field, String problem) {
    // A key the file wrote may be a name (a breaker's find: properties/Zawahiri Ayman).
    return new ListFormatException(
        location,
        Math.max(0, at.getLineNr()),
        Math.max(0, at.getColumnNr()),
        ParserMessages.withoutInputKeys(field),
        problem);
  }

  private RuntimeException translate(IOException e) {
    if (text.readFailure().isPresent()) {
      return new UncheckedIOException(text.readFailure().get());
    }
    String field = path();
    Optional<StrictUtf8Reader.Malformed> bad = text.malformed();
    if (bad.isPresent()) {
      return new ListFormatException(
          location, bad.get().line(), bad.get().column(), field, bad.get().problem(), e);
    }
    if (!(e instanceof JsonProcessingException)) {
      return new UncheckedIOException(e);
    }
    JsonProcessingException j = (JsonProcessingException) e;
    JsonLocation at = j.getLocation() == null ? json.currentLocation() : j.getLocation();
    String problem;
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      problem = ParserMessages.beyondLimit(j.getOriginalMessage());
      // Where the value starts, not where the limit was passed (a breaker's find).
      at = json.currentTokenLocation();
    } else if (e instanceof JsonEOFException && currentStart > 0) {
      problem =
          "unexpected end of file inside the entity that starts at line "
              + currentStart
              + ": the file is truncated";
    } else {
      String message = withoutSource(j.getOriginalMessage());
      problem =
          previousEnd == 0 && message.startsWith("Unexpected character ('<'")
              ? "not JSON: the file starts with '<', like an HTML or XML page, not FollowTheMoney"
                  + " JSON lines"
              // Jackson may quote the input, a name (a breaker's find): not shown.
              : "malformed JSON: " + ParserMessages.withoutInput(message);
    }
    // Not kept as the cause either: Jackson's own message may quote the input.
    return new ListFormatException(
        location, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), field, problem);
  }

  /** The JSON path of the value being read, e.g. {@code properties/name/0}; empty at the top. */
  private String path() {
    String pointer = json.getParsingContext().pathAsPointer().toString();
    // A key the file wrote may be a name (a breaker's find: properties/Zawahiri Ayman).
    return ParserMessages.withoutInputKeys(
        pointer.startsWith("/") ? pointer.substring(1) : pointer);
  }

  /** Jackson's message without the "(start marker at [Source: ...])" it may carry. */
  private static String withoutSource(String message) {
    String m = message == null ? "" : message;
    int source = m.indexOf(" (start marker at [Source:");
    return (source >= 0 ? m.substring(0, source) : m).strip();
  }
}
