package org.mizan.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.index.ScreeningIndex;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;
import org.mizan.match.Matcher;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;
import org.mizan.screening.ListFiles;
import org.mizan.screening.Programs;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;
import org.mizan.store.ListStore;

/**
 * The composition root: wires the name pipeline, the matcher, the index over the lists in force and
 * the screening use case, in that order.
 *
 * <p>Lists in force: exactly the lists given; when none is given, the current versions in the data
 * directory (put there by {@code mizan lists update}); when it holds none, the UN Security Council
 * Consolidated List snapshot bundled with the application (2026-02-27, see the README).
 */
public final class Mizan {
  /** Class-path name of the bundled UN list snapshot. */
  static final String BUNDLED_LIST = "un-sc-consolidated.xml";

  /** System property naming the data directory (tests set it); else {@link #DATA_DIR_ENV}. */
  public static final String DATA_DIR_PROPERTY = "mizan.dataDir";

  /** Environment variable naming the data directory; else {@code ~/.mizan}. */
  public static final String DATA_DIR_ENV = "MIZAN_DATA_DIR";

  /** The system clock in UTC: the one clock of the application. */
  private static final Clock CLOCK = Clock.systemUTC();

  private final Screening screening;
  private final ScreeningJson json;

  private Mizan(Screening screening, ScreeningJson json) {
    this.screening = screening;
    this.json = json;
  }

  /**
   * A list in force and where it came from.
   *
   * @param list the parsed list
   * @param storedAt when {@code mizan lists update} stored it; empty for a list given by path and
   *     for the bundled snapshot
   * @param origin where it was read: "given" (a path), "data directory" or "bundled"
   */
  public record LoadedList(Watchlist list, Optional<Instant> storedAt, String origin) {}

  /**
   * Wires the application over the given list files or folders, or the lists in force of the
   * default data directory when none is given.
   *
   * @throws org.mizan.lists.ListFormatException when a list is missing or invalid
   * @throws UncheckedIOException when a list cannot be read
   */
  public static Mizan open(List<Path> listPaths) {
    return over(listsInForce(listPaths, defaultDataDir()).stream().map(LoadedList::list).toList());
  }

  /** Wires the application over the given lists. */
  public static Mizan over(Collection<Watchlist> lists) {
    return over(lists, List.of());
  }

  /**
   * Wires the application over the given lists, restricted to the entries under {@code programs}
   * (none: every entry).
   *
   * @throws Programs.UnknownProgramException when no entry is under one of {@code programs}
   */
  public static Mizan over(Collection<Watchlist> lists, List<String> programs) {
    ScreeningIndex index =
        ScreeningIndex.build(matcher(), Programs.only(List.copyOf(lists), programs));
    Screening screening = new Screening(index, programs);
    ScreeningJson json = new ScreeningJson(new ObjectMapper());
    return new Mizan(screening, json);
  }

  /** The matcher the application screens with: the name pipeline, then the matcher over it. */
  public static Matcher matcher() {
    NameNormalizer normalizer = NameNormalizer.create();
    return Matcher.create(normalizer, Clock.systemUTC());
  }

  /**
   * The lists in force: the given list files or folders; when none is given, the current versions
   * in {@code dataDir}; when it holds none, the bundled UN list.
   *
   * @throws ListFormatException when a list is missing or invalid, two lists of the same source are
   *     given, or a stored version is damaged
   * @throws UncheckedIOException when a list cannot be read
   */
  public static List<LoadedList> listsInForce(List<Path> listPaths, Path dataDir) {
    if (!listPaths.isEmpty()) {
      return loadLists(listPaths).stream()
          .map(l -> new LoadedList(l, Optional.empty(), "given"))
          .toList();
    }
    List<ListStore.Current> stored = store(dataDir).current();
    if (!stored.isEmpty()) {
      return stored.stream()
          .map(c -> new LoadedList(c.list(), Optional.of(c.stored().storedAt()), "data directory"))
          .toList();
    }
    return List.of(new LoadedList(bundledList(), Optional.empty(), "bundled"));
  }

  /**
   * Reads the given list files or folders, or the lists in force of the default data directory when
   * none is given.
   *
   * @throws ListFormatException when a list is missing or invalid, or two lists of the same source
   *     are given
   */
  public static List<Watchlist> loadLists(List<Path> listPaths) {
    if (listPaths.isEmpty()) {
      return listsInForce(listPaths, defaultDataDir()).stream().map(LoadedList::list).toList();
    }
    List<Watchlist> lists = new ArrayList<>();
    Map<String, Path> sources = new HashMap<>();
    for (Path path : listPaths) {
      Watchlist list = ListFiles.read(path);
      Path earlier = sources.putIfAbsent(list.version().source(), path);
      if (earlier != null) {
        throw new ListFormatException(
            path.toString(),
            0,
            0,
            "",
            "a list of source "
                + list.version().source()
                + " is already given ("
                + earlier
                + "); give one version of each list");
      }
      lists.add(list);
    }
    return lists;
  }

  /** The list store in {@code dataDir}, stamping versions with the system clock. */
  public static ListStore store(Path dataDir) {
    return ListStore.at(dataDir, CLOCK);
  }

  /**
   * The data directory when none is named: the {@value #DATA_DIR_PROPERTY} system property, else
   * the {@value #DATA_DIR_ENV} environment variable, else {@code .mizan} in the user's home.
   */
  public static Path defaultDataDir() {
    String property = System.getProperty(DATA_DIR_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv(DATA_DIR_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".mizan");
  }

  /**
   * Whether {@link #defaultDataDir} is the folder a non-blank {@value #DATA_DIR_ENV} names (no
   * {@value #DATA_DIR_PROPERTY} names one).
   */
  public static boolean dataDirFromVariable() {
    return dataDirVariable().filter(v -> !v.isBlank()).isPresent();
  }

  /**
   * Whether the data directory would be named by a {@value #DATA_DIR_ENV} that is set but empty or
   * blank (an unset shell variable, say): no {@value #DATA_DIR_PROPERTY} names one, and {@link
   * #defaultDataDir} would fall back to {@code ~/.mizan} without a word.
   */
  public static boolean dataDirVariableBlank() {
    return dataDirVariable().filter(String::isBlank).isPresent();
  }

  /**
   * {@value #DATA_DIR_ENV} as set, when no {@value #DATA_DIR_PROPERTY} names the data directory
   * (which would come first, {@link #defaultDataDir}).
   */
  private static java.util.Optional<String> dataDirVariable() {
    String property = System.getProperty(DATA_DIR_PROPERTY);
    return property == null || property.isBlank()
        ? java.util.Optional.ofNullable(System.getenv(DATA_DIR_ENV))
        : java.util.Optional.empty();
  }

  /** The UN list snapshot bundled with the application. */
  public static Watchlist bundledList() {
    return ListReader.read(new ByteArrayInputStream(bundledListBytes()), bundledListLocation());
  }

  /** The bytes of the UN list snapshot bundled with the application (UN XML). */
  public static byte[] bundledListBytes() {
    try (InputStream in = Mizan.class.getResourceAsStream(BUNDLED_LIST)) {
      if (in == null) {
        throw new IllegalStateException("the bundled UN list is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the bundled list comes from, as error messages name it. */
  public static String bundledListLocation() {
    return "bundled " + BUNDLED_LIST;
  }

  /** Today's date in UTC, from the system clock. */
  public static java.time.LocalDate today() {
    return java.time.LocalDate.now(CLOCK);
  }

  public Screening screening() {
    return screening;
  }

  public ScreeningJson json() {
    return json;
  }
}
