package org.mizan.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.mizan.names.NameNormalizer;
import org.mizan.names.NamePart;

/**
 * The names that follow abd in a theophoric name, "Abd al-X" (the servant of X): the ninety-nine
 * names of God and the names Shia and Sunni names join to abd ({@code نبي}, {@code حسين}, {@code
 * امير}), read from {@code abd-names.txt} beside this class (its header gives the sources). Each is
 * a name of its own, however alike two of them are spelt in Latin letters: Abd al-Rahman ({@code
 * الرحمن}) and Abd al-Rahim ({@code الرحيم}), Abd al-Hakim and Abd al-Halim, Abd al-Halim and Abd
 * al-Alim. Arabic script tells them apart by their letters; two Latin spellings, compared by
 * Jaro-Winkler, met at 0.88 to 0.96 ({@link NameSimilarity}).
 */
final class AbdNames {
  private AbdNames() {}

  /** The most Latin spellings whose names are kept once worked out (one map for all threads). */
  private static final int MAX_KEPT = 100_000;

  private static final Map<String, long[]> NAMES_OF = new ConcurrentHashMap<>();

  /**
   * Whether {@code a} and {@code b}, two name parts each written after abd, are spellings of two
   * different names of {@code abd-names.txt}: each is like one of them or more (similarity {@value
   * NameSimilarity#GOOD_PART} or more, {@link NameSimilarity#parts}), and no name is like both.
   * False when either is like none (a name not among them, or a spelling too far from any).
   */
  static boolean different(Token a, Token b) {
    long[] x = namesOf(a);
    long[] y = namesOf(b);
    return (x[0] | x[1]) != 0 && (y[0] | y[1]) != 0 && (x[0] & y[0]) == 0 && (x[1] & y[1]) == 0;
  }

  /** The names {@code t} is like, as bits of their line numbers (at most 128 names). */
  private static long[] namesOf(Token t) {
    long[] bits = NAMES_OF.get(t.text());
    if (bits != null) {
      return bits;
    }
    bits = new long[2];
    List<Token> names = Names.NAMES;
    for (int i = 0; i < names.size(); i++) {
      if (NameSimilarity.parts(t, names.get(i)) >= NameSimilarity.GOOD_PART) {
        bits[i >> 6] |= 1L << (i & 63);
      }
    }
    if (NAMES_OF.size() < MAX_KEPT) {
      NAMES_OF.putIfAbsent(t.text(), bits);
    }
    return bits;
  }

  /** Read on first use (the JVM initialises a class once). */
  private static final class Names {
    static final List<Token> NAMES = read("abd-names.txt");
  }

  private static List<Token> read(String resource) {
    NameNormalizer normalizer = NameNormalizer.create();
    List<Token> names = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(AbdNames.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<NamePart> parts = normalizer.analyze(line.strip()).parts();
        if (parts.size() != 1) {
          throw new IllegalStateException(resource + ": not one name part: " + line);
        }
        names.add(NameForm.token(parts.get(0)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the names of " + resource, e);
    }
    if (names.size() > 128) {
      throw new IllegalStateException(resource + ": more than 128 names");
    }
    return List.copyOf(names);
  }
}
