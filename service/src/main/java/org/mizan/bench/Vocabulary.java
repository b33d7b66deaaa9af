package org.mizan.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;
import org.mizan.screening.InputFormat;
import org.mizan.screening.SubjectReader;

/**
 * The name material of synthetic lists and of the benchmark's clean queries: the words of the names
 * of a real list (the bundled UN list: given names, family names, Arabic-script names, organisation
 * words, nationalities) and the names of yente's synthetic clean people ({@code
 * negatives_global-first1000.csv}, MIT, bundled as a resource; see {@code
 * src/main/resources/org/mizan/bench/README.md}).
 *
 * @param given words that begin a person's Latin name
 * @param family words that end a person's Latin name
 * @param arabic words of Arabic-script names
 * @param organisation words of organisation names
 * @param nationalities nationalities as lists write them
 * @param clean full names of people on no list, Latin and Arabic script, in file order
 */
public record Vocabulary(
    List<String> given,
    List<String> family,
    List<String> arabic,
    List<String> organisation,
    List<String> nationalities,
    List<String> clean) {
  /** The bundled clean names (yente's synthetic negatives, first 1,000 rows). */
  static final String CLEAN_NAMES = "negatives_global-first1000.csv";

  public Vocabulary {
    for (List<String> words : List.of(given, family, arabic, organisation, nationalities, clean)) {
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a vocabulary needs words of every kind");
      }
    }
    given = List.copyOf(given);
    family = List.copyOf(family);
    arabic = List.copyOf(arabic);
    organisation = List.copyOf(organisation);
    nationalities = List.copyOf(nationalities);
    clean = List.copyOf(clean);
  }

  /** The words of {@code list}'s names and the bundled clean names. */
  public static Vocabulary of(Watchlist list) {
    Set<String> given = new LinkedHashSet<>();
    Set<String> family = new LinkedHashSet<>();
    Set<String> arabic = new LinkedHashSet<>();
    Set<String> organisation = new LinkedHashSet<>();
    Set<String> nationalities = new LinkedHashSet<>();
    List<String> clean = cleanNames();
    for (ListEntry e : list.entries()) {
      nationalities.addAll(e.nationalities());
      for (EntryName n : e.names()) {
        List<String> words = words(n.value());
        if (words.isEmpty()) {
          continue;
        }
        if (NameNormalizer.isArabicScript(n.value())) {
          arabic.addAll(words);
        } else if (e.kind() == EntryKind.PERSON && n.type() == NameType.PRIMARY) {
          given.addAll(words.subList(0, Math.max(1, words.size() - 1)));
          family.add(words.get(words.size() - 1));
        } else if (e.kind() == EntryKind.ORGANIZATION) {
          organisation.addAll(words);
        }
      }
    }
    for (String name : clean) {
      List<String> words = words(name);
      if (words.size() < 2) {
        continue;
      }
      if (NameNormalizer.isArabicScript(name)) {
        arabic.addAll(words);
      } else {
        given.add(words.get(0));
        family.add(words.get(words.size() - 1));
      }
    }
    return new Vocabulary(
        new ArrayList<>(given),
        new ArrayList<>(family),
        new ArrayList<>(arabic),
        new ArrayList<>(organisation),
        new ArrayList<>(nationalities),
        clean);
  }

  /** The words of a name: split at spaces, commas and semicolons, empty ones left out. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[\\s,;]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The names of the bundled clean people, in file order (read as batch input is). */
  static List<String> cleanNames() {
    InputStream in = Vocabulary.class.getResourceAsStream(CLEAN_NAMES);
    if (in == null) {
      throw new IllegalStateException(CLEAN_NAMES + " is missing from the application");
    }
    try (Stream<Subject> people =
        SubjectReader.open(in, CLEAN_NAMES, InputFormat.CSV, StandardCharsets.UTF_8).stream()) {
      return people.map(Subject::name).toList();
    }
  }
}
