package org.mizan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.mizan.lists.ListDiff;
import org.mizan.lists.ListFormatException;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;
import org.mizan.screening.ListAge;
import org.mizan.screening.ListFiles;

/**
 * The lists kept in a data directory (layout in the package documentation): the current version of
 * each source, and the update that stores a new one and makes it current.
 *
 * <p>An update receives the list's files into a staging folder, fsyncs them, validates them
 * completely by parsing, moves the folder under {@code versions/} by renaming it, and only then
 * replaces the {@code current} file by writing a new one, fsyncing it and renaming it over the old
 * one. A failure at any step leaves the version in force current, and nothing stored is deleted but
 * the staging folder. Old versions beyond {@code keep} are deleted after a successful update. One
 * update runs at a time per data directory ({@code update.lock}).
 */
public final class ListStore {
  /** Previous versions kept by default, besides the current one. */
  public static final int DEFAULT_KEEP = 3;

  /** How far past the clock a publication timestamp may be before the version is held. */
  private static final java.time.Duration FUTURE_SLACK = java.time.Duration.ofDays(1);

  /** Share of entries a new version may drop before it is held for confirmation (10%). */
  public static final double DEFAULT_MAX_DROP = 0.10;

  private static final String CURRENT = "current";
  private static final String VERSIONS = "versions";
  private static final String META = ".json";
  private static final String STAGING = "staging";
  private static final String LOCK = "update.lock";
  private static final java.util.regex.Pattern UUID_NAME =
      java.util.regex.Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path root;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper();

  private ListStore(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  /**
   * The store in {@code dataDir}, which need not exist yet.
   *
   * @param clock the clock that stamps stored versions
   */
  public static ListStore at(Path dataDir, Clock clock) {
    return new ListStore(dataDir.toAbsolutePath().normalize(), clock);
  }

  /** The data directory. */
  public Path root() {
    return root;
  }

  /** Receives a list's files into an empty folder. */
  public interface Receiver {
    /**
     * Writes the list's files into {@code folder}.
     *
     * @throws IOException when the files cannot be received (network, disk)
     */
    void receive(Path folder) throws IOException;

    /** Where the files come from, for messages and the version record (a path or address). */
    String origin();

    /** How to name {@code file}, a file this receiver wrote, in messages. */
    String describe(Path file);
  }

  /** A current version with its parsed list. */
  public record Current(StoredVersion stored, Watchlist list) {}

  /**
   * The current version of every list in the store, parsed and checked against its SHA-256; empty
   * when the store holds none. Lists in source order.
   *
   * @throws ListFormatException when a stored version is damaged (its files no longer match the
   *     SHA-256 recorded when it was stored, or no longer parse)
   * @throws UncheckedIOException when the store cannot be read
   */
  public List<Current> current() {
    List<Current> result = new ArrayList<>();
    for (Path sourceDir : sourceFolders()) {
      if (!Files.isReadable(sourceDir) || !Files.isExecutable(sourceDir)) {
        // Its record would read as missing, and the list as damaged (a breaker's find).
        throw new UncheckedIOException(
            new java.nio.file.AccessDeniedException(sourceDir.toString()));
      }
      Optional<StoredVersion> stored = readCurrent(sourceDir);
      if (stored.isEmpty()) {
        // A list is taken out of force only by remove(); a missing record is damage, and
        // screening without that list would miss its entries silently.
        throw new ListFormatException(
            sourceDir.toString(),
            0,
            0,
            "",
            "holds stored versions but no record of the current one (deleted?); run mizan lists"
                + " update for that list again, or mizan lists remove to stop using it");
      }
      Path folder = versionFolder(sourceDir, stored.get().version().sha256());
      result.add(new Current(stored.get(), readVerified(folder, stored.get())));
    }
    return result;
  }

  /**
   * The current version of every list in the store, from the version records alone (nothing is
   * parsed or checked); source order.
   *
   * @throws UncheckedIOException when the store cannot be read
   */
  public List<StoredVersion> currentVersions() {
    List<StoredVersion> result = new ArrayList<>();
    for (Path sourceDir : sourceFolders()) {
      readCurrent(sourceDir).ifPresent(result::add);
    }
    return result;
  }

  /**
   * A version of a list as the data directory still holds it (the current one, or one of the
   * previous ones kept), parsed and checked against its SHA-256.
   *
   * @return empty when the data directory no longer holds it, or holds it damaged
   */
  public Optional<Watchlist> version(ListVersion version) {
    // A ListVersion's SHA-256 is 64 hex digits: it names a file, never a path.
    for (Path sourceDir : sourceFolders()) {
      Path meta = sourceDir.resolve(VERSIONS).resolve(version.sha256() + META);
      if (!Files.isRegularFile(meta)) {
        continue;
      }
      try {
        StoredVersion stored = readMetadata(meta);
        if (stored.version().equals(version)) {
          return Optional.of(readVerified(versionFolder(sourceDir, version.sha256()), stored));
        }
      } catch (IOException | ListFormatException | UncheckedIOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Takes a list out of force: its folder moves, whole, to {@code removed/} in the data directory
   * (nothing is deleted), and the update lock is held meanwhile.
   *
   * @param source the source id, e.g. {@code csv:internal.csv}
   * @return where its versions now are, or empty when the store holds no such list
   * @throws UncheckedIOException when the folder cannot be moved
   */
  public Optional<Path> remove(String source) {
    if (source.isBlank()) {
      throw new IllegalArgumentException("a source id is needed");
    }
    Path sourceDir = root.resolve("lists").resolve(folderName(source));
    if (!Files.isDirectory(sourceDir)) {
      return Optional.empty();
    }
    try (FileChannel lockFile =
            FileChannel.open(
                root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      Path removed = root.resolve("removed");
      Files.createDirectories(removed);
      Path target =
          removed.resolve(folderName(source) + "-" + clock.instant().toString().replace(':', '-'));
      Files.move(sourceDir, target, StandardCopyOption.ATOMIC_MOVE);
      force(sourceDir.getParent());
      force(removed);
      return Optional.of(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * Receives a list, validates it and makes it the current version of its source.
   *
   * @param receiver writes the list's files (one file, or an OFAC {@code sdn.csv} set)
   * @param expectedSource the source id the list must have, or empty to accept any
   * @param keep previous versions to keep (at least 0)
   * @param maxDrop share of the current version's entries, 0..1, the new version may drop before it
   *     is held instead of made current
   * @param confirm make the new version current even when it drops more than {@code maxDrop}
   * @throws ListFormatException when the received files are not a valid list, or not of the
   *     expected source (nothing changes)
   * @throws UncheckedIOException when receiving or storing fails (nothing changes)
   */
  public UpdateOutcome update(
      Receiver receiver,
      Optional<String> expectedSource,
      int keep,
      double maxDrop,
      boolean confirm) {
    return update(receiver, expectedSource, keep, maxDrop, confirm, Optional::empty);
  }

  /**
   * As {@link #update(Receiver, Optional, int, double, boolean)}, where {@code bundled} is in force
   * while the store holds no list (the application's bundled UN list): a version of its source is
   * then compared with it as with a version in force, and held as it would be (a first download cut
   * to a few entries, or older than the bundled snapshot, replaced it without a word: a helper's
   * find). A version equal to it is stored, so that it stays in force beside lists added later.
   *
   * @param bundled gives the bundled list, read only when the store holds no list
   */
  public UpdateOutcome update(
      Receiver receiver,
      Optional<String> expectedSource,
      int keep,
      double maxDrop,
      boolean confirm,
      java.util.function.Supplier<Optional<Watchlist>> bundled) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative: " + keep);
    }
    if (!(maxDrop >= 0 && maxDrop <= 1)) {
      throw new IllegalArgumentException("maxDrop must be between 0 and 1: " + maxDrop);
    }
    try {
      List<Path> made = missingFolders(root);
      boolean hadLock = Files.exists(root.resolve(LOCK), java.nio.file.LinkOption.NOFOLLOW_LINKS);
      boolean hadStaging =
          Files.exists(root.resolve(STAGING), java.nio.file.LinkOption.NOFOLLOW_LINKS);
      Files.createDirectories(root);
      try (FileChannel lockFile =
              FileChannel.open(
                  root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = tryLock(lockFile)) {
        try {
          return updateLocked(receiver, expectedSource, keep, maxDrop, confirm, bundled);
        } finally {
          removeIfNothingStored(made, hadLock, hadStaging);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** The folders of {@code folder}'s path that do not exist yet, the deepest first. */
  private static List<Path> missingFolders(Path folder) {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder;
        p != null && Files.notExists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); ) {
      missing.add(p);
      p = p.getParent();
    }
    return missing;
  }

  /**
   * Takes away what an update that stored nothing (it failed, or held the first version of a list)
   * made in a data directory that holds no list: the staging folder and the update lock where they
   * were not there before ({@code hadStaging}, {@code hadLock}), and the folders {@code made}, so
   * that a data directory stays as it was, and one that did not exist still does not (a new user's
   * finds). A staging folder or a folder not empty (another process wrote in it) stays. Best
   * effort, under the update lock: a failure to remove leaves the rest as it is.
   */
  private void removeIfNothingStored(List<Path> made, boolean hadLock, boolean hadStaging) {
    try {
      if (Files.exists(root.resolve("lists"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        // A store in use keeps its layout.
        return;
      }
      if (!hadStaging) {
        Files.deleteIfExists(root.resolve(STAGING));
      }
      if (!hadLock) {
        Files.deleteIfExists(root.resolve(LOCK));
      }
      for (Path p : made) {
        Files.delete(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A folder not empty (another process wrote in it) or not removable stays.
    }
  }

  private FileLock tryLock(FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new UpdateRunningException(
          "another lists update is running on " + root + "; run this one when it has finished");
    }
    return lock;
  }

  private UpdateOutcome updateLocked(
      Receiver receiver,
      Optional<String> expectedSource,
      int keep,
      double maxDrop,
      boolean confirm,
      java.util.function.Supplier<Optional<Watchlist>> bundled)
      throws IOException {
    Path staging = root.resolve(STAGING);
    cleanStaging(staging);
    Path folder = staging.resolve(UUID.randomUUID().toString());
    Files.createDirectories(folder);
    try {
      receiver.receive(folder);
      forceAll(folder);
      Watchlist received = readReceived(folder, receiver);
      ListVersion version = received.version();
      if (expectedSource.isPresent() && !expectedSource.get().equals(version.source())) {
        throw new ListFormatException(
            receiver.origin(),
            0,
            0,
            "",
            "received a "
                + version.source()
                + " list where a "
                + expectedSource.get()
                + " list was expected");
      }
      Path sourceDir = root.resolve("lists").resolve(folderName(version.source()));
      List<String> notes = new ArrayList<>();
      Optional<Current> stored = readInForce(sourceDir, notes);
      Optional<Current> inForce = stored.isPresent() ? stored : bundledInForce(bundled, version);
      Optional<StoredVersion> previous =
          inForce.map(
              c ->
                  new StoredVersion(
                      c.stored().version(),
                      c.list().entries().size(),
                      c.stored().storedAt(),
                      c.stored().origin()));
      StoredVersion incoming =
          new StoredVersion(version, received.entries().size(), clock.instant(), receiver.origin());
      Path target = versionFolder(sourceDir, version.sha256());
      if (stored.isPresent() && previous.get().version().equals(version)) {
        return new UpdateOutcome(
            UpdateOutcome.Status.UNCHANGED,
            previous.get(),
            previous,
            Optional.empty(),
            target,
            0,
            "",
            notes);
      }
      Optional<ListDiff> diff = inForce.map(c -> ListDiff.of(c.list(), received));
      sameDateNote(previous, version, diff).ifPresent(notes::add);
      UpdateOutcome outcome =
          new UpdateOutcome(
              UpdateOutcome.Status.INSTALLED, incoming, previous, diff, target, 0, "", notes);
      String hold = confirm ? "" : holdReason(outcome, inForce, received, maxDrop);
      if (hold.isEmpty() && !confirm && stored.isEmpty()) {
        hold = olderThanStored(sourceDir, received.version());
      }
      if (!hold.isEmpty() && !Files.exists(sourceDir)) {
        // Stored, a held version would be a source with versions and no record of the current one,
        // which screening refuses as damage: the first version of a source held is not stored.
        notes.add(
            "no version of "
                + version.source()
                + " is stored, and the held one is not kept, so that the lists in force stay as"
                + " they were");
        return new UpdateOutcome(
            UpdateOutcome.Status.HELD, incoming, previous, diff, target, 0, hold, notes);
      }
      store(folder, target, incoming);
      if (!hold.isEmpty()) {
        return new UpdateOutcome(
            UpdateOutcome.Status.HELD, incoming, previous, diff, target, 0, hold, notes);
      }
      writeCurrent(sourceDir, incoming);
      int pruned = prune(sourceDir, version.sha256(), keep, notes);
      return new UpdateOutcome(
          UpdateOutcome.Status.INSTALLED, incoming, previous, diff, target, pruned, "", notes);
    } finally {
      deleteTree(folder);
    }
  }

  /**
   * The version in force of a source, parsed and checked, for an update to compare with; empty when
   * there is none, or when it is damaged (then the update repairs it, and {@code notes} says so).
   */
  private Optional<Current> readInForce(Path sourceDir, List<String> notes) {
    Optional<StoredVersion> stored;
    try {
      stored = readCurrent(sourceDir);
    } catch (ListFormatException e) {
      notes.add(
          "the record of the version in force was damaged ("
              + e.getMessage()
              + "); this update replaces it, without comparing the two versions");
      return Optional.empty();
    }
    if (stored.isEmpty()) {
      if (Files.isDirectory(sourceDir.resolve(VERSIONS))) {
        notes.add(
            "the record of the version in force was missing; this update replaces it, without"
                + " comparing the two versions");
      }
      return Optional.empty();
    }
    Path folder = versionFolder(sourceDir, stored.get().version().sha256());
    try {
      return Optional.of(new Current(stored.get(), readVerified(folder, stored.get())));
    } catch (ListFormatException | UncheckedIOException e) {
      notes.add(
          "the stored files of the version in force were damaged ("
              + e.getMessage()
              + "); this update replaces them, without comparing the two versions");
      return Optional.empty();
    }
  }

  /**
   * The list stored in {@code folder}, checked to be exactly {@code stored} (same source,
   * publication and SHA-256).
   *
   * @throws ListFormatException when the files no longer parse or no longer match, saying how to
   *     repair it
   */
  private Watchlist readVerified(Path folder, StoredVersion stored) {
    // The data directory named too: pasted without it, the command would repair another (a
    // re-breaker's find).
    String repair =
        " (the data directory was changed outside Mizan); run mizan lists update "
            + updateArgument(stored)
            + " --data-dir "
            + shellWord(root.toString())
            + " again";
    Watchlist list;
    try {
      list = ListFiles.read(folder);
    } catch (ListFormatException e) {
      throw new ListFormatException(
          e.location(), e.line(), e.column(), e.field(), e.problem() + repair);
    }
    if (!list.version().equals(stored.version())) {
      throw new ListFormatException(
          folder.toString(),
          0,
          0,
          "",
          "the stored version no longer matches the SHA-256 recorded when it was stored" + repair);
    }
    return list;
  }

  /**
   * What {@code mizan lists update} takes to store a list of {@code stored}'s source again: the
   * file or address it was stored from (a list CSV's source id, {@code csv:mylist.csv}, is none the
   * command takes: a breaker's find), quoted for a shell where needed, or its source id where it
   * was downloaded from an address and the command knows the source ({@link ListSource}).
   */
  private static String updateArgument(StoredVersion stored) {
    String source = stored.version().source();
    String origin = stored.origin();
    boolean address = origin.startsWith("http://") || origin.startsWith("https://");
    if (origin.isBlank() || (address && ListSource.byId(source).isPresent())) {
      return source;
    }
    // A file it was stored from, quoted for a shell where it must be (a re-breaker's find: a path
    // with a space), and not the source's download (a UN list stored from a file).
    return shellWord(origin);
  }

  /** {@code text} as one word of a POSIX shell: as it is, or in single quotes where it must be. */
  private static String shellWord(String text) {
    return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  /**
   * {@code bundled} as the version in force that {@code received} is compared with, when it is of
   * the same source, another version, and the store holds nothing in its lists folder (then
   * screening reads the bundled list); else empty. The bundled version itself is stored as a first
   * version is.
   */
  private Optional<Current> bundledInForce(
      java.util.function.Supplier<Optional<Watchlist>> bundled, ListVersion received) {
    Path lists = root.resolve("lists");
    if (Files.exists(lists, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      // Anything there, a stray file too, is what screening reads as the store's (or refuses).
      if (!Files.isDirectory(lists)) {
        return Optional.empty();
      }
      try (Stream<Path> entries = Files.list(lists)) {
        if (entries.findAny().isPresent()) {
          return Optional.empty();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }
    // Read only now, for the first update a store receives.
    return bundled
        .get()
        .filter(
            list ->
                list.version().source().equals(received.source())
                    && !list.version().equals(received))
        .map(
            list ->
                new Current(
                    new StoredVersion(
                        list.version(), list.entries().size(), Instant.EPOCH, "bundled"),
                    list));
  }

  /**
   * What to say of a version received that bears the same publication moment as the version in
   * force (compared as instants, {@link ListAge#publishedAt}) and other bytes: the publisher issued
   * it again under that date, or one of the two was changed after publication (a helper's find:
   * taken silently); or, when its entries are the same, it is another copy of the same version
   * (saved with other line ends, say).
   */
  private static Optional<String> sameDateNote(
      Optional<StoredVersion> previous, ListVersion version, Optional<ListDiff> diff) {
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> at = ListAge.publishedAt(version);
    if (at.isEmpty() || !at.equals(ListAge.publishedAt(previous.get().version()))) {
      return Optional.empty();
    }
    String digests =
        " (sha256:"
            + version.sha256().substring(0, 12)
            + " against sha256:"
            + previous.get().version().sha256().substring(0, 12)
            + ")";
    if (diff.isPresent() && diff.get().isEmpty()) {
      return Optional.of(
          "the version received bears the same publication date ("
              + version.published()
              + ") as the version in force and the same entries, in other bytes"
              + digests
              + ": another copy of the same version");
    }
    return Optional.of(
        "the version received bears the same publication date ("
            + version.published()
            + ") as the version in force but other content"
            + digests
            + ": the publisher issued it again under that date, or one of the two was changed"
            + " after publication; check where each came from");
  }

  /**
   * When the version in force cannot be read: why the received version must wait if it was
   * published before the newest version stored for its source (a repair must not roll back).
   */
  private String olderThanStored(Path sourceDir, ListVersion received) {
    Optional<Instant> published = ListAge.publishedAt(received);
    Path versions = sourceDir.resolve(VERSIONS);
    if (published.isEmpty() || !Files.isDirectory(versions)) {
      return "";
    }
    String newest = "";
    Instant newestAt = null;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(versions, "*" + META)) {
      for (Path meta : s) {
        try {
          StoredVersion v = readMetadata(meta);
          Optional<Instant> at = ListAge.publishedAt(v.version());
          if (at.isPresent() && (newestAt == null || at.get().isAfter(newestAt))) {
            newestAt = at.get();
            newest = v.version().published();
          }
        } catch (IOException | ListFormatException e) {
          // an unreadable record says nothing about dates
        }
      }
    } catch (IOException e) {
      return "";
    }
    if (newestAt != null && published.get().isBefore(newestAt)) {
      return "it was published ("
          + received.published()
          + ") before the newest stored version ("
          + newest
          + ")";
    }
    return "";
  }

  /**
   * Deletes what killed updates left in {@code staging}: only folders Mizan names, never others.
   */
  private static void cleanStaging(Path staging) throws IOException {
    if (!Files.isDirectory(staging, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      if (Files.exists(staging, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(staging + " is not a folder; move it out of the data directory");
      }
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(staging)) {
      for (Path p : s) {
        if (UUID_NAME.matcher(p.getFileName().toString()).matches()) {
          deleteTree(p);
        }
      }
    }
  }

  /**
   * Why a received version must wait for confirmation: it drops more than {@code maxDrop} of the
   * entries (a truncated download looks like mass delisting), or it was published before the
   * version in force (an old file replayed). Empty when it may be made current.
   */
  private String holdReason(
      UpdateOutcome outcome, Optional<Current> inForce, Watchlist received, double maxDrop) {
    Optional<Instant> published = ListAge.publishedAt(received.version());
    if (published.isPresent() && published.get().isAfter(clock.instant().plus(FUTURE_SLACK))) {
      return "it says it was published in the future (" + received.version().published() + ")";
    }
    if (inForce.isEmpty()) {
      return "";
    }
    Watchlist before = inForce.get().list();
    StoredVersion previous = outcome.previous().orElseThrow();
    if (outcome.dropShare() > maxDrop) {
      return String.format(
          java.util.Locale.ROOT,
          "it drops %d of the %d entries of the version in force (%.1f%%, more than --max-drop"
              + " %.1f%%)",
          outcome.diff().orElseThrow().removed().size(),
          previous.entries(),
          outcome.dropShare() * 100,
          maxDrop * 100);
    }
    int[] names = droppedNames(before, received);
    double nameShare = names[1] == 0 ? 0 : (double) names[0] / names[1];
    if (nameShare > maxDrop) {
      // e.g. an OFAC sdn.csv given without its alt.csv: every alias gone, no entry removed
      return String.format(
          java.util.Locale.ROOT,
          "the entries it keeps lose %d of their %d names in the version in force (%.1f%%, more"
              + " than --max-drop %.1f%%; was a file of the list, such as an OFAC alt.csv, left"
              + " out?)",
          names[0],
          names[1],
          nameShare * 100,
          maxDrop * 100);
    }
    Optional<Instant> then = ListAge.publishedAt(previous.version());
    if (published.isPresent() && then.isPresent() && published.get().isBefore(then.get())) {
      return "it was published ("
          + received.version().published()
          + ") before the version in force ("
          + previous.version().published()
          + ")";
    }
    return "";
  }

  /**
   * The names (primary, aliases, original-script) of the entries present in both lists that the
   * received version no longer has, and the number of names of those entries before.
   */
  private static int[] droppedNames(Watchlist before, Watchlist received) {
    Map<String, ListEntry> now = new HashMap<>();
    received.entries().forEach(e -> now.put(e.id(), e));
    int dropped = 0;
    int total = 0;
    for (ListEntry old : before.entries()) {
      ListEntry kept = now.get(old.id());
      if (kept == null) {
        continue;
      }
      Set<String> names = new HashSet<>();
      kept.names().forEach(n -> names.add(n.value()));
      for (EntryName n : old.names()) {
        total++;
        if (!names.contains(n.value())) {
          dropped++;
        }
      }
    }
    return new int[] {dropped, total};
  }

  /** Parses the received files, citing the file or address they came from in errors. */
  private static Watchlist readReceived(Path folder, Receiver receiver) {
    try {
      return ListFiles.read(folder);
    } catch (ListFormatException e) {
      String location = e.location();
      Path staged = Path.of(location);
      // The folder itself (no list file in it, or several) is what the user gave.
      String origin =
          staged.equals(folder)
              ? receiver.origin()
              : staged.startsWith(folder)
                  ? receiver.describe(staged)
                  : location.replace(folder.toString(), receiver.origin());
      throw new ListFormatException(origin, e.line(), e.column(), e.field(), e.problem());
    }
  }

  /** Moves the validated files to {@code target} (kept if an earlier update stored them). */
  private void store(Path folder, Path target, StoredVersion version) throws IOException {
    Path versions = target.getParent();
    Files.createDirectories(versions);
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !intact(target, version)) {
      // Stored by an earlier update and damaged since: the fresh, validated copy replaces it.
      Path damaged = folder.resolveSibling(UUID.randomUUID().toString());
      Files.move(target, damaged, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(damaged);
    }
    if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
    }
    Path meta = versions.resolve(target.getFileName() + META);
    writeAtomically(meta, metadata(version));
    force(versions);
  }

  /** Whether {@code folder} still holds exactly the files of {@code version}. */
  private boolean intact(Path folder, StoredVersion version) {
    try {
      readVerified(folder, version);
      return true;
    } catch (ListFormatException | UncheckedIOException e) {
      return false;
    }
  }

  private void writeCurrent(Path sourceDir, StoredVersion version) throws IOException {
    writeAtomically(sourceDir.resolve(CURRENT), metadata(version));
    force(sourceDir);
  }

  /** Writes a sibling temporary file, fsyncs it and renames it over {@code file}. */
  private static void writeAtomically(Path file, byte[] content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(java.nio.ByteBuffer.wrap(content));
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + file + " cannot rename atomically", e);
    }
  }

  /**
   * Deletes the versions beyond the current one and the {@code keep} stored most recently. The
   * update has succeeded by then: a version that cannot be deleted or read is left in place and
   * reported in {@code notes}, never as a failure.
   */
  private int prune(Path sourceDir, String currentSha, int keep, List<String> notes) {
    Path versions = sourceDir.resolve(VERSIONS);
    List<StoredVersion> others = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(versions, "*" + META)) {
      for (Path meta : s) {
        try {
          StoredVersion v = readMetadata(meta);
          if (!v.version().sha256().equals(currentSha)) {
            others.add(v);
          }
        } catch (IOException | ListFormatException e) {
          notes.add("kept " + meta + ": its record cannot be read, so its age is unknown");
        }
      }
    } catch (IOException e) {
      notes.add("old versions were not deleted: cannot list " + versions + ": " + e.getMessage());
      return 0;
    }
    others.sort(Comparator.comparing(StoredVersion::storedAt).reversed());
    int pruned = 0;
    for (StoredVersion old : others.subList(Math.min(keep, others.size()), others.size())) {
      String sha = old.version().sha256();
      try {
        deleteTree(versions.resolve(sha));
        Files.deleteIfExists(versions.resolve(sha + META));
        pruned++;
      } catch (IOException e) {
        notes.add(
            "could not delete the old version " + versions.resolve(sha) + ": " + e.getMessage());
      }
    }
    if (pruned > 0) {
      force(versions);
    }
    return pruned;
  }

  private Optional<StoredVersion> readCurrent(Path sourceDir) {
    Path file = sourceDir.resolve(CURRENT);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(readMetadata(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private List<Path> sourceFolders() {
    Path lists = root.resolve("lists");
    if (!Files.isDirectory(lists)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(lists)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + lists + ": " + e.getMessage(), e);
    }
  }

  private static Path versionFolder(Path sourceDir, String sha256) {
    return sourceDir.resolve(VERSIONS).resolve(sha256);
  }

  private byte[] metadata(StoredVersion v) throws IOException {
    ObjectNode o = mapper.createObjectNode();
    o.put("source", v.version().source());
    o.put("version", v.version().published());
    o.put("sha256", v.version().sha256());
    o.put("entries", v.entries());
    o.put("stored", v.storedAt().toString());
    o.put("origin", v.origin());
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
  }

  private StoredVersion readMetadata(Path file) throws IOException {
    try {
      JsonNode o = mapper.readTree(Files.readAllBytes(file));
      return new StoredVersion(
          new ListVersion(
              o.get("source").asText(), o.get("version").asText(), o.get("sha256").asText()),
          o.get("entries").asInt(),
          Instant.parse(o.get("stored").asText()),
          o.path("origin").asText(""));
    } catch (NullPointerException
        | IllegalArgumentException
        | DateTimeParseException
        | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ListFormatException(
          file.toString(),
          0,
          0,
          "",
          "damaged version record in the data directory; run mizan lists update again");
    }
  }

  /**
   * The folder name of a source id: letters, digits, '.', '_' and '-' as they are, any other
   * character as {@code %XX} of its UTF-8 bytes ({@code ftm:un_sc_sanctions} gives {@code
   * ftm%3Aun_sc_sanctions}).
   */
  static String folderName(String source) {
    String name = escapedName(source);
    if (name.length() <= MAX_FOLDER_NAME) {
      return name;
    }
    // File systems allow 255 bytes a name: a long name (a CSV list's file name in Arabic letters,
    // six characters each once escaped) keeps its beginning, whole escapes only, and a digest of
    // the source id; the id itself is in each version's record.
    int cut = MAX_FOLDER_NAME - 1 - DIGEST_CHARACTERS;
    int escape = name.lastIndexOf('%', cut - 1);
    if (escape >= 0 && escape > cut - 3) {
      cut = escape;
    }
    String digest =
        java.util.HexFormat.of()
            .formatHex(org.mizan.audit.AuditChain.sha256(source.getBytes(StandardCharsets.UTF_8)));
    return name.substring(0, cut) + "~" + digest.substring(0, DIGEST_CHARACTERS);
  }

  /** The longest folder name {@link #folderName} gives; a removed source's adds a time to it. */
  static final int MAX_FOLDER_NAME = 120;

  private static final int DIGEST_CHARACTERS = 16;

  private static String escapedName(String source) {
    StringBuilder b = new StringBuilder();
    for (byte x : source.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.' && b.length() > 0
          || c == '_'
          || c == '-') {
        b.append(c);
      } else {
        b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", x & 0xff));
      }
    }
    return b.toString();
  }

  private static void forceAll(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
          ch.force(true);
        }
      }
    }
    force(folder);
  }

  /** fsync of a folder, so that a rename in it survives a crash (a no-op where unsupported). */
  private static void force(Path folder) {
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a folder for fsync; the rename is still atomic there.
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> s = Files.walk(path)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (NoSuchFileException e) {
          // already gone
        }
      }
    }
  }
}
