package org.mizan.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.mizan.model.BirthDate;
import org.mizan.model.EntryName;
import org.mizan.model.IdentityDocument;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * Renders a {@link Watchlist} as stable, readable JSON for golden files: two-space indentation,
 * fields in record order, one value per line, non-ASCII text as is. Dates of birth are written as
 * {@link BirthDate#text()} ({@code 1937-04-28}, {@code 1942}, {@code ~1985}, {@code 1984..1986}).
 * Test code only, written out by hand so the layout never changes with a library version. Shared by
 * the golden-file tests of every list format.
 */
public final class WatchlistJson {
  /** The system property that makes {@link #assertMatchesGolden} write the file instead. */
  public static final String UPDATE = "mizan.golden.update";

  private final StringBuilder out = new StringBuilder();

  private WatchlistJson() {}

  /**
   * Checks {@code list}, rendered, against the golden file {@code expected}; with {@code
   * -Dmizan.golden.update=true} writes the file first (review it as a diff before committing).
   *
   * @param expected path relative to the module directory, where Surefire runs
   */
  public static void assertMatchesGolden(Watchlist list, Path expected) throws IOException {
    String actual = render(list);
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(expected, StandardCharsets.UTF_8)).isEqualTo(actual);
  }

  /** The list as golden-file JSON. */
  public static String render(Watchlist list) {
    WatchlistJson json = new WatchlistJson();
    json.watchlist(list);
    return json.out.toString();
  }

  private void watchlist(Watchlist list) {
    out.append("{\n");
    out.append("  \"version\": {\n");
    field(2, "source", list.version().source(), true);
    field(2, "published", list.version().published(), true);
    field(2, "sha256", list.version().sha256(), false);
    out.append("  },\n");
    field(1, "count", list.entries().size(), true);
    out.append("  \"entries\": [");
    for (int i = 0; i < list.entries().size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      entry(list.entries().get(i));
    }
    out.append("\n  ]\n}\n");
  }

  private void entry(ListEntry e) {
    indent(2).append("{\n");
    field(3, "id", e.id(), true);
    field(3, "recordId", e.recordId(), true);
    field(3, "kind", e.kind().id(), true);
    objects(3, "names", e.names(), WatchlistJson::name);
    field(3, "gender", e.gender().id(), true);
    strings(3, "birthDates", e.birthDates(), BirthDate::text);
    strings(3, "placesOfBirth", e.placesOfBirth(), Function.identity());
    strings(3, "nationalities", e.nationalities(), Function.identity());
    objects(3, "documents", e.documents(), WatchlistJson::document);
    strings(3, "addresses", e.addresses(), Function.identity());
    strings(3, "programs", e.programs(), Function.identity());
    field(3, "listedOn", e.listedOn(), true);
    strings(3, "designations", e.designations(), Function.identity());
    strings(3, "titles", e.titles(), Function.identity());
    field(3, "comments", e.comments(), false);
    indent(2).append("}");
  }

  private static String name(EntryName n) {
    StringBuilder b = new StringBuilder("{\"value\": ").append(quote(n.value()));
    b.append(", \"type\": ").append(quote(n.type().id()));
    if (!n.quality().isEmpty()) {
      b.append(", \"quality\": ").append(quote(n.quality()));
    }
    if (!n.parts().isEmpty()) {
      b.append(", \"parts\": [");
      for (int i = 0; i < n.parts().size(); i++) {
        b.append(i == 0 ? "" : ", ").append(quote(n.parts().get(i)));
      }
      b.append(']');
    }
    return b.append('}').toString();
  }

  private static String document(IdentityDocument d) {
    return "{\"type\": "
        + quote(d.type())
        + ", \"number\": "
        + quote(d.number())
        + ", \"issuingCountry\": "
        + quote(d.issuingCountry())
        + ", \"note\": "
        + quote(d.note())
        + "}";
  }

  private <T> void strings(int depth, String key, List<T> values, Function<T, String> text) {
    objects(depth, key, values, v -> quote(text.apply(v)));
  }

  private <T> void objects(int depth, String key, List<T> values, Function<T, String> json) {
    indent(depth).append(quote(key)).append(": [");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      indent(depth + 1).append(json.apply(values.get(i)));
    }
    if (!values.isEmpty()) {
      out.append('\n');
      indent(depth);
    }
    out.append("],\n");
  }

  private void field(int depth, String key, String value, boolean more) {
    indent(depth).append(quote(key)).append(": ").append(quote(value));
    out.append(more ? ",\n" : "\n");
  }

  private void field(int depth, String key, long value, boolean more) {
    indent(depth).append(quote(key)).append(": ").append(value);
    out.append(more ? ",\n" : "\n");
  }

  private StringBuilder indent(int depth) {
    return out.append("  ".repeat(depth));
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
