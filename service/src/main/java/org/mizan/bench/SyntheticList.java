package org.mizan.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic watchlist for benchmarks, written as a Mizan list CSV ({@code
 * docs/lists-csv.md}): the same {@code entries} and {@code seed} give the same bytes.
 *
 * <p>Shapes (chosen to resemble the UN and OFAC lists): 88 % people, 12 % organisations. A person's
 * primary name is one or two given names and one or two family names of the {@link Vocabulary}; 0,
 * 1, 2 or 3 aliases (40, 30, 20, 10 %), each the primary name with its parts reordered, one part
 * dropped or one vowel changed, or another given name with the same family name; an Arabic-script
 * original-script name (two to four words) for a quarter; a date of birth for three quarters (from
 * 1940 to 2005, the full date for 60 % of them, the year alone otherwise); a nationality for 80 %.
 * An organisation is two to four organisation words, with up to two aliases. Ids are {@code
 * S0000001}, {@code S0000002}, ... Never committed as data: generated when needed.
 */
public final class SyntheticList {
  static final String HEADER = "id,name,kind,aliases,original_script_name,dob,nationality";

  private SyntheticList() {}

  /** The file name the list goes by ({@code synthetic-<entries>-<seed>.csv}). */
  public static String fileName(int entries, long seed) {
    return "synthetic-" + entries + "-" + seed + ".csv";
  }

  /**
   * The list as CSV bytes (UTF-8).
   *
   * @param entries the number of entries, at least 1
   * @param seed the seed of the random choices
   */
  public static byte[] csv(int entries, long seed, Vocabulary vocabulary) {
    if (entries < 1) {
      throw new IllegalArgumentException("a synthetic list has at least one entry: " + entries);
    }
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries * 96);
    try (PrintWriter out =
        new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false)) {
      out.print(HEADER);
      out.print('\n');
      for (int i = 1; i <= entries; i++) {
        boolean person = random.nextInt(100) < 88;
        String id = String.format(Locale.ROOT, "S%07d", i);
        List<String> row =
            person ? person(id, random, vocabulary) : organisation(id, random, vocabulary);
        for (int c = 0; c < row.size(); c++) {
          if (c > 0) {
            out.print(',');
          }
          out.print(cell(row.get(c)));
        }
        out.print('\n');
      }
    }
    return bytes.toByteArray();
  }

  private static List<String> person(String id, SplittableRandom random, Vocabulary v) {
    List<String> parts = new ArrayList<>();
    int given = 1 + (random.nextInt(100) < 35 ? 1 : 0);
    int family = 1 + (random.nextInt(100) < 25 ? 1 : 0);
    for (int i = 0; i < given; i++) {
      parts.add(pick(v.given(), random));
    }
    for (int i = 0; i < family; i++) {
      parts.add(pick(v.family(), random));
    }
    String primary = String.join(" ", parts);
    List<String> aliases = new ArrayList<>();
    int count = aliasCount(random);
    for (int i = 0; i < count; i++) {
      aliases.add(variant(parts, random, v));
    }
    String original = "";
    if (random.nextInt(4) == 0) {
      List<String> arabic = new ArrayList<>();
      int words = 2 + random.nextInt(3);
      for (int i = 0; i < words; i++) {
        arabic.add(pick(v.arabic(), random));
      }
      original = String.join(" ", arabic);
    }
    String dob = "";
    if (random.nextInt(4) != 0) {
      int year = 1940 + random.nextInt(66);
      dob =
          random.nextInt(100) < 60
              ? String.format(
                  Locale.ROOT,
                  "%04d-%02d-%02d",
                  year,
                  1 + random.nextInt(12),
                  1 + random.nextInt(28))
              : Integer.toString(year);
    }
    String nationality = random.nextInt(100) < 80 ? pick(v.nationalities(), random) : "";
    return List.of(id, primary, "person", String.join(";", aliases), original, dob, nationality);
  }

  private static List<String> organisation(String id, SplittableRandom random, Vocabulary v) {
    int words = 2 + random.nextInt(3);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      parts.add(pick(v.organisation(), random));
    }
    List<String> aliases = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      List<String> other = new ArrayList<>(parts);
      other.set(random.nextInt(other.size()), pick(v.organisation(), random));
      aliases.add(String.join(" ", other));
    }
    return List.of(
        id, String.join(" ", parts), "organization", String.join(";", aliases), "", "", "");
  }

  private static int aliasCount(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 40 ? 0 : r < 70 ? 1 : r < 90 ? 2 : 3;
  }

  /** Another writing of a person's name, or a relative's (same family name). */
  private static String variant(List<String> parts, SplittableRandom random, Vocabulary v) {
    List<String> out = new ArrayList<>(parts);
    switch (random.nextInt(4)) {
      case 0 -> out.add(out.remove(0));
      case 1 -> {
        if (out.size() > 2) {
          out.remove(random.nextInt(out.size()));
        } else {
          out.set(0, Spellings.changeVowel(out.get(0), random));
        }
      }
      case 2 -> {
        int i = random.nextInt(out.size());
        out.set(i, Spellings.changeVowel(out.get(i), random));
      }
      default -> out.set(0, pick(v.given(), random));
    }
    return String.join(" ", out);
  }

  static String pick(List<String> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }

  /** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
  private static String cell(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
