package org.mizan.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mizan.lists.Sha256Input;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;
import org.mizan.screening.ListFiles;

/**
 * The evaluation data folder ({@code shared/data}, described by its README) and the files each
 * suite reads from it, each read once.
 *
 * <p>Not thread-safe: one evaluation uses it from one thread.
 */
public final class EvalData {
  /** The folder searched for from the working directory upwards. */
  public static final String DEFAULT_FOLDER = "shared/data";

  static final String UN_LIST = "lists/un/consolidated-2026-02-27.xml";
  static final String OFAC_SDN = "lists/ofac/sdn-2021-04";
  // Its aliases: without them, a folder of sdn.csv alone is read, and no alias can be held back.
  static final String OFAC_ALIASES = OFAC_SDN + "/alt.csv";
  static final String POSITIVES_UNTREATED = "eval/yente-fixtures/positives_un_untreated.csv";
  static final String POSITIVES_TREATED = "eval/yente-fixtures/positives_un_treated.csv";
  static final String NEGATIVES_GLOBAL = "eval/yente-fixtures/negatives_global.csv";
  static final String NEGATIVES_US = "eval/yente-fixtures/negatives_us.csv";
  static final String CROSS_SCRIPT_PAIRS = "eval/watchman-cross-script/cross_script_pairs.csv";
  static final String EU_UNOFFICIAL = "lists/unofficial/pakote_data-all-2026-01-28.json";

  private final Path root;
  private final Map<String, Object> read = new HashMap<>();
  private final Map<ListVersion, String> listFiles = new LinkedHashMap<>();

  private EvalData(Path root) {
    this.root = root;
  }

  /**
   * The {@value #DEFAULT_FOLDER} folder in {@code start} or the nearest folder above it that has
   * one.
   */
  public static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DEFAULT_FOLDER);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The data folder at {@code root}.
   *
   * @throws EvalDataException when it is not a folder
   */
  public static EvalData at(Path root) {
    if (!Files.isDirectory(root)) {
      throw new EvalDataException(
          root
              + (Files.exists(root)
                  ? ": not a folder (--data names the data folder)"
                  : ": no such data folder"));
    }
    return new EvalData(root);
  }

  /** The folder. */
  public Path root() {
    return root;
  }

  /** The files (relative to the folder) that a suite reads. */
  static List<String> files(Suite suite) {
    return switch (suite) {
      case CROSS_SCRIPT, HARD_NEGATIVES -> List.of(UN_LIST);
      case CROSS_SCRIPT_EU -> List.of(UN_LIST, EU_UNOFFICIAL);
      case LATIN_VARIANTS -> List.of(OFAC_SDN, OFAC_ALIASES);
      case PERTURBED_POSITIVES -> List.of(UN_LIST, POSITIVES_UNTREATED, POSITIVES_TREATED);
      case CLEAN_NAMES -> List.of(UN_LIST, NEGATIVES_GLOBAL, NEGATIVES_US);
      case CROSS_SCRIPT_PAIRS -> List.of(CROSS_SCRIPT_PAIRS);
    };
  }

  /**
   * Checks that every file the suites read is there, before anything runs.
   *
   * @throws EvalDataException naming the first file missing and the suite that needs it
   */
  void require(Iterable<Suite> suites) {
    for (Suite suite : suites) {
      for (String file : files(suite)) {
        if (!Files.exists(root.resolve(file))) {
          throw new EvalDataException(
              root.resolve(file) + ": missing (the " + suite.id() + " suite reads it)");
        }
      }
    }
  }

  /** The list at {@code relative}, in any format Mizan reads. */
  Watchlist list(String relative) {
    Watchlist list = cached(relative, path -> ListFiles.read(path));
    listFiles.putIfAbsent(list.version(), relative);
    return list;
  }

  /** The rows of a people CSV file. */
  List<EvalCsv.Person> people(String relative) {
    return cached(relative, path -> open(path, in -> EvalCsv.people(in, path.toString())));
  }

  /** The rows of the cross-script pairs file. */
  List<EvalCsv.Pair> pairs(String relative) {
    return cached(relative, path -> open(path, in -> EvalCsv.pairs(in, path.toString())));
  }

  /** A file read by {@code reader}. */
  <T> T read(String relative, Function<InputStream, T> reader) {
    return cached(relative, path -> open(path, reader));
  }

  /** The SHA-256 of a file's bytes, 64 lower-case hex digits. */
  String sha256(String relative) {
    return open(root.resolve(relative), in -> new Sha256Input(in).readToEndAndDigest());
  }

  /** Records that a list derived in memory (its version) came from {@code relative}. */
  void derivedFrom(ListVersion version, String relative) {
    listFiles.putIfAbsent(version, relative);
  }

  /** The file (relative to the folder) each list read so far came from, by version. */
  Map<ListVersion, String> listFiles() {
    return Map.copyOf(listFiles);
  }

  /** Where the file {@code relative} (to the data folder) is. */
  Path path(String relative) {
    return root.resolve(relative);
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String relative, Function<Path, T> reader) {
    Object value = read.get(relative);
    if (value == null) {
      Path path = root.resolve(relative);
      if (!Files.exists(path)) {
        throw new EvalDataException(path + ": missing");
      }
      value = reader.apply(path);
      read.put(relative, value);
    }
    return (T) value;
  }

  private static <T> T open(Path path, Function<InputStream, T> reader) {
    if (Files.isDirectory(path)) {
      throw new EvalDataException(path + ": a folder, not a file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
