package org.mizan.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Step 7d: the Arabic letters of a Latin part written in the X-scheme of ICAO Doc 9303 (7th
 * edition, 2015, Part 3, Table C), which some issuing states use in the machine-readable zone of
 * passports: each letter with no plain Latin counterpart is written as the escape {@code X} and one
 * to three letters ({@code ح} as {@code XH}, {@code ش} as {@code XSH}, {@code ة} as {@code XTA} or,
 * ending a name, {@code XAH}), so that {@code محمد} is {@code MXHMD}.
 *
 * <p>{@link #decode} replaces each such sequence (longest first) by the ASCII key that the Arabic
 * pipeline gives the letter itself, so that the decoded part meets the Arabic spelling and the
 * phonetic ones ({@code mxhmd} → {@code mhmd}, as {@code محمد}). The table is the resource {@code
 * icao9303-x-scheme.tsv} beside this class. Many names contain an X of their own ({@code maxim}):
 * the decoding is only ever an additional reading of a part, never a replacement.
 */
final class MrzXScheme {
  private record Sequence(String mrz, String key) {}

  private final List<Sequence> sequences;

  /**
   * @param normalizeLetter steps 1-5 on an Arabic letter alone
   * @param transliteration step 7a
   */
  MrzXScheme(
      java.util.function.UnaryOperator<String> normalizeLetter, Transliteration transliteration) {
    List<Sequence> read = new ArrayList<>();
    for (String[] row : rows()) {
      String letter = normalizeLetter.apply(row[0]);
      read.add(new Sequence(row[1].toLowerCase(Locale.ROOT), transliteration.latin(letter)));
    }
    read.sort(Comparator.comparingInt((Sequence s) -> s.mrz().length()).reversed());
    this.sequences = List.copyOf(read);
  }

  /**
   * The part with its X-scheme sequences decoded, or the part itself when it holds none.
   *
   * @param latin a Latin part after steps 1-6: lower-case ASCII letters and digits
   */
  String decode(String latin) {
    if (latin.indexOf('x') < 0) {
      return latin;
    }
    StringBuilder out = new StringBuilder(latin.length());
    int i = 0;
    outer:
    while (i < latin.length()) {
      if (latin.charAt(i) == 'x') {
        for (Sequence s : sequences) {
          if (latin.startsWith(s.mrz(), i)) {
            out.append(s.key());
            i += s.mrz().length();
            continue outer;
          }
        }
      }
      out.append(latin.charAt(i));
      i++;
    }
    return out.toString();
  }

  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                MrzXScheme.class.getResourceAsStream("icao9303-x-scheme.tsv"),
                "icao9303-x-scheme.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // provenance
      r.readLine(); // header
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ICAO Doc 9303 X-scheme table", e);
    }
    return rows;
  }
}
