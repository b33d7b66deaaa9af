package org.mizan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The commands' JSON documents as text: indented ({@code screen}, {@code lists info}, {@code
 * bench}) or on one line ({@code lists diff}, as the contract shows it).
 */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  private static final ObjectWriter ONE_LINE = MAPPER.writer(new OneLine());

  private JsonText() {}

  /** {@code node} indented. */
  static String pretty(Object node) {
    return write(PRETTY, node);
  }

  /**
   * A generator writing to {@code out} indented as {@link #pretty} indents, for a document written
   * a part at a time. Closing it flushes {@code out} and leaves it open; a document left unfinished
   * (by a failure) is not closed by it, so that it cannot pass for whole.
   */
  static JsonGenerator prettyGenerator(Writer out) throws IOException {
    return PRETTY
        .createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
  }

  /** {@code node} on one line, a space after every colon and comma. */
  static String oneLine(Object node) {
    return write(ONE_LINE, node);
  }

  private static String write(ObjectWriter writer, Object node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // The documents are trees built in memory: nothing in them can fail to serialise.
      throw new IllegalStateException(e);
    }
  }

  /** JSON on one line, with a space after every colon and comma. */
  private static final class OneLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }
}
