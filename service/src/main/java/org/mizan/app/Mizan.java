package org.mizan.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.index.ScreeningIndex;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;
import org.mizan.match.Matcher;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;
import org.mizan.screening.ListFiles;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;

/**
 * The composition root: wires the name pipeline, the matcher, the index over the lists in force and
 * the screening use case, in that order.
 *
 * <p>Lists in force: exactly the lists given; when none is given, the UN Security Council
 * Consolidated List snapshot bundled with the application (2026-02-27, see the README).
 */
public final class Mizan {
  /** Class-path name of the bundled UN list snapshot. */
  static final String BUNDLED_LIST = "un-sc-consolidated.xml";

  private final Screening screening;
  private final ScreeningJson json;

  private Mizan(Screening screening, ScreeningJson json) {
    this.screening = screening;
    this.json = json;
  }

  /**
   * Wires the application over the given list files or folders.
   *
   * @param listPaths list files or folders; empty for the bundled UN list
   * @throws org.mizan.lists.ListFormatException when a list is missing or invalid
   * @throws UncheckedIOException when a list cannot be read
   */
  public static Mizan open(List<Path> listPaths) {
    List<Watchlist> lists = loadLists(listPaths);
    NameNormalizer normalizer = NameNormalizer.create();
    Matcher matcher = Matcher.create(normalizer);
    ScreeningIndex index = ScreeningIndex.build(matcher, lists);
    Screening screening = new Screening(index);
    ScreeningJson json = new ScreeningJson(new ObjectMapper());
    return new Mizan(screening, json);
  }

  /**
   * Reads the given list files or folders, or the bundled list when none is given.
   *
   * @throws ListFormatException when a list is missing or invalid, or two lists of the same source
   *     are given
   */
  public static List<Watchlist> loadLists(List<Path> listPaths) {
    if (listPaths.isEmpty()) {
      return List.of(bundledList());
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

  /** The UN list snapshot bundled with the application. */
  public static Watchlist bundledList() {
    try (InputStream in = Mizan.class.getResourceAsStream(BUNDLED_LIST)) {
      if (in == null) {
        throw new IllegalStateException("the bundled UN list is missing from the application");
      }
      return ListReader.read(in, "bundled " + BUNDLED_LIST);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Today's date in UTC, from the system clock (the one place that reads it). */
  public static java.time.LocalDate today() {
    return java.time.LocalDate.now(java.time.Clock.systemUTC());
  }

  public Screening screening() {
    return screening;
  }

  public ScreeningJson json() {
    return json;
  }
}
