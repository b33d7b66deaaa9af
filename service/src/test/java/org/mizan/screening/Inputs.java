package org.mizan.screening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mizan.model.Subject;

/** Reads test input through the public front door. */
final class Inputs {
  private Inputs() {}

  static List<Subject> read(String text, InputFormat format) {
    return read(text.getBytes(StandardCharsets.UTF_8), format, StandardCharsets.UTF_8);
  }

  static List<Subject> read(byte[] bytes, InputFormat format, Charset charset) {
    String location = format == InputFormat.CSV ? "people.csv" : "people.jsonl";
    try (SubjectReader reader =
        SubjectReader.open(new ByteArrayInputStream(bytes), location, format, charset)) {
      List<Subject> subjects = new ArrayList<>();
      reader.forEachRemaining(subjects::add);
      return subjects;
    }
  }

  static List<Subject> resource(String name, InputFormat format, Charset charset) {
    try (InputStream in = Inputs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      try (SubjectReader reader = SubjectReader.open(in, name, format, charset)) {
        List<Subject> subjects = new ArrayList<>();
        reader.forEachRemaining(subjects::add);
        return subjects;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
