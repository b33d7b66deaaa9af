package org.mizan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Versions of the bundled UN list (2026-02-27), derived for update tests. */
final class UnListFiles {
  private static final Pattern BLOCK =
      Pattern.compile("<(INDIVIDUAL|ENTITY)>.*?</\\1>", Pattern.DOTALL);

  private UnListFiles() {}

  /** The bundled UN list's bytes (1,003 entries, dateGenerated 2026-02-27T00:00:09.554Z). */
  static String bundled() {
    try (InputStream in =
        UnListFiles.class.getResourceAsStream("/org/mizan/app/un-sc-consolidated.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code xml} without the INDIVIDUAL and ENTITY blocks {@code drop} selects. */
  static String without(String xml, Predicate<String> drop) {
    Matcher m = BLOCK.matcher(xml);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, drop.test(m.group()) ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** {@code xml} stamped with another {@code dateGenerated}. */
  static String generatedOn(String xml, String timestamp) {
    return xml.replace(
        "dateGenerated=\"2026-02-27T00:00:09.554Z\"", "dateGenerated=\"" + timestamp + "\"");
  }

  /** The bundled list as it stood before SDi.007-SDi.010 were added (999 entries). */
  static String before() {
    return generatedOn(
        without(
            bundled(),
            block -> block.matches("(?s).*<REFERENCE_NUMBER>SDi\\.(007|008|009|010)<.*")),
        "2026-01-28T00:00:11.197Z");
  }
}
