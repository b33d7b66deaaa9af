package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.lists.ListFormatException;
import org.mizan.model.Watchlist;

/** Storing list versions and making them current, on versions of the real UN list. */
class ListStoreTest {

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock();

  private ListStore store() {
    return ListStore.at(dir.resolve("data"), clock);
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private UpdateOutcome update(Path file) {
    return update(store(), file, Optional.empty());
  }

  /** {@code file} stored in {@code store} as the command line stores it, the bundled list given. */
  private static UpdateOutcome update(ListStore store, Path file, Optional<Watchlist> bundled) {
    return store.update(
        Receivers.copyOf(file),
        Optional.empty(),
        ListStore.DEFAULT_KEEP,
        ListStore.DEFAULT_MAX_DROP,
        false,
        () -> bundled);
  }

  @Test
  void anEmptyStoreHasNoCurrentLists() {
    assertThat(store().current()).isEmpty();
  }

  @Test
  void aNewVersionBecomesCurrentWithItsDiff() throws IOException {
    UpdateOutcome first = update(file("un-old.xml", UnListFiles.before()));
    assertThat(first.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(first.received().entries()).isEqualTo(999);
    assertThat(first.previous()).isEmpty();

    clock.advance(Duration.ofDays(1));
    UpdateOutcome second = update(file("un-new.xml", UnListFiles.bundled()));
    assertThat(second.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(second.previous().orElseThrow().entries()).isEqualTo(999);
    assertThat(second.diff().orElseThrow().added())
        .containsExactly("SDi.007", "SDi.008", "SDi.009", "SDi.010");
    assertThat(second.diff().orElseThrow().removed()).isEmpty();

    ListStore.Current current = store().current().get(0);
    assertThat(current.list().version().published()).isEqualTo("2026-02-27T00:00:09.554Z");
    assertThat(current.list().version().sha256())
        .isEqualTo("66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf");
    assertThat(current.list().entries()).hasSize(1003);
    assertThat(current.stored().storedAt()).isEqualTo(clock.instant());
    assertThat(staging()).isEmpty();

    // The earlier version stays at hand, by its version, for delta re-screening.
    org.mizan.model.ListVersion january = first.received().version();
    assertThat(store().version(january).orElseThrow().entries()).hasSize(999);
    assertThat(store().version(current.list().version()).orElseThrow().entries()).hasSize(1003);
    assertThat(
            store()
                .version(
                    new org.mizan.model.ListVersion(
                        january.source(), january.published(), "0".repeat(64))))
        .isEmpty();
  }

  @Test
  void theSameVersionAgainChangesNothing() throws IOException {
    Path file = file("un.xml", UnListFiles.bundled());
    update(file);
    Instant installed = store().current().get(0).stored().storedAt();
    clock.advance(Duration.ofHours(1));
    UpdateOutcome again = update(file);
    assertThat(again.status()).isEqualTo(UpdateOutcome.Status.UNCHANGED);
    assertThat(store().current().get(0).stored().storedAt()).isEqualTo(installed);
  }

  @Test
  void aVersionDroppingMoreThanMaxDropIsHeldUntilConfirmed() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    // A truncated download: every entity gone (273 of 1,003 entries, 27%).
    Path cut =
        file(
            "cut.xml",
            UnListFiles.generatedOn(
                UnListFiles.without(UnListFiles.bundled(), b -> b.startsWith("<ENTITY>")),
                "2026-02-28T00:00:00.000Z"));
    clock.advance(Duration.ofDays(1));
    UpdateOutcome held = update(cut);
    assertThat(held.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(held.dropShare()).isCloseTo(273.0 / 1003, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(held.heldBecause())
        .isEqualTo(
            "it drops 273 of the 1003 entries of the version in force (27.2%, more than"
                + " --max-drop 10.0%)");
    assertThat(store().current().get(0).list().entries()).hasSize(1003);
    assertThat(held.stored()).isDirectory();

    UpdateOutcome confirmed =
        store().update(Receivers.copyOf(cut), Optional.empty(), 3, 0.10, true);
    assertThat(confirmed.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(store().current().get(0).list().entries()).hasSize(730);
  }

  @Test
  void aVersionWhoseEntriesLoseTheirAliasesIsHeld() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    // Every entry kept, every alias gone: what an OFAC sdn.csv without its alt.csv looks like.
    String noAliases =
        UnListFiles.generatedOn(
            UnListFiles.bundled()
                .replaceAll("(?s)<INDIVIDUAL_ALIAS>.*?</INDIVIDUAL_ALIAS>", "")
                .replaceAll("(?s)<ENTITY_ALIAS>.*?</ENTITY_ALIAS>", ""),
            "2026-02-28T00:00:00.000Z");
    UpdateOutcome held = update(file("no-aliases.xml", noAliases));
    assertThat(held.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(held.dropShare()).isZero();
    assertThat(held.heldBecause())
        .startsWith("the entries it keeps lose ")
        .contains("was a file of the list, such as an OFAC alt.csv, left out?");
    assertThat(store().current().get(0).list().version().published())
        .isEqualTo("2026-02-27T00:00:09.554Z");
  }

  @Test
  void whileTheStoreHoldsNoListAVersionIsComparedWithTheBundledOne() throws IOException {
    // A breaker's find (2026-12-05): a first update, cut to a few entries or older than the
    // bundled snapshot that was in force, replaced it without a word.
    Watchlist bundled =
        org.mizan.lists.ListReader.read(
            new java.io.ByteArrayInputStream(
                UnListFiles.bundled().getBytes(StandardCharsets.UTF_8)),
            "bundled");
    UpdateOutcome older =
        update(store(), file("un-older.xml", UnListFiles.before()), Optional.of(bundled));
    assertThat(older.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(older.heldBecause())
        .isEqualTo(
            "it was published (2026-01-28T00:00:11.197Z) before the version in force"
                + " (2026-02-27T00:00:09.554Z)");
    String few =
        UnListFiles.generatedOn(
            UnListFiles.without(
                UnListFiles.bundled(), block -> !block.contains("<REFERENCE_NUMBER>IQi.")),
            "2026-03-01T00:00:00Z");
    UpdateOutcome cut = update(store(), file("un-few.xml", few), Optional.of(bundled));
    assertThat(cut.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(cut.heldBecause()).startsWith("it drops ").contains(" of the 1003 entries");
    // Neither was stored: the bundled list is still the one in force.
    assertThat(store().current()).isEmpty();
    // The bundled version itself is stored, to stay in force beside lists added later.
    UpdateOutcome same =
        update(store(), file("un.xml", UnListFiles.bundled()), Optional.of(bundled));
    assertThat(same.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    // A first version as before: it replaces nothing, and no note compares it with itself.
    assertThat(same.previous()).isEmpty();
    assertThat(same.notes()).isEmpty();
    assertThat(store().current()).hasSize(1);
    // Once the store holds a list, the bundled one is no longer compared with.
    Path other = dir.resolve("other");
    ListStore second = ListStore.at(other, clock);
    update(second, file("own.csv", "id,name\nX-1,Fictional Person Alpha\n"), Optional.of(bundled));
    assertThat(update(second, file("un-few-2.xml", few), Optional.of(bundled)).status())
        .isEqualTo(UpdateOutcome.Status.INSTALLED);
    // So does anything in its lists folder, which screening reads as the store's (or refuses).
    Path stray = dir.resolve("stray");
    Files.createDirectories(stray.resolve("lists"));
    Files.writeString(stray.resolve("lists/notes.txt"), "hi");
    assertThat(
            update(ListStore.at(stray, clock), file("un-few-3.xml", few), Optional.of(bundled))
                .previous())
        .isEmpty();
  }

  @Test
  void aVersionOfTheSameDateWithOtherContentIsSaidToBe() throws IOException {
    // A helper's find (2026-12-05): a version dated as the one in force, its content changed,
    // was taken without a word.
    update(file("un.xml", UnListFiles.bundled()));
    String changed =
        UnListFiles.bundled()
            .replaceFirst("<FIRST_NAME>[^<]*</FIRST_NAME>", "<FIRST_NAME>X</FIRST_NAME>");
    UpdateOutcome second = update(file("un-again.xml", changed));
    assertThat(second.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(second.received().version().published()).isEqualTo("2026-02-27T00:00:09.554Z");
    assertThat(second.notes())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            "the version received bears the same publication date (2026-02-27T00:00:09.554Z) as"
                + " the version in force but other content (sha256:")
        .endsWith(
            " against sha256:66b392a40908): the publisher issued it again under that date, or"
                + " one of the two was changed after publication; check where each came from");
    // The same moment written otherwise is the same date (a breaker's find: compared as text).
    String elsewhere =
        UnListFiles.generatedOn(
            UnListFiles.bundled()
                .replaceFirst("<FIRST_NAME>[^<]*</FIRST_NAME>", "<FIRST_NAME>Y</FIRST_NAME>"),
            "2026-02-27T01:00:09.554+01:00");
    assertThat(update(file("un-offset.xml", elsewhere)).notes())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith(
            "the version received bears the same publication date (2026-02-27T01:00:09.554+01:00)")
        .contains("but other content");
    // A copy in other bytes with the same entries is said to be one (line ends of CR LF).
    String crlf = elsewhere.replace("\n", "\r\n");
    assertThat(update(file("un-crlf.xml", crlf)).notes())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith(
            "as the version in force and the same entries, in other bytes (sha256:"
                + sha(crlf).substring(0, 12)
                + " against sha256:"
                + sha(elsewhere).substring(0, 12)
                + "): another copy of the same version");
    // A version of another date says nothing of the kind.
    UpdateOutcome later =
        update(file("un-later.xml", UnListFiles.generatedOn(changed, "2026-02-28T00:00:00Z")));
    assertThat(later.notes()).isEmpty();
  }

  @Test
  void errorsNameTheFileGivenNotTheStagingCopy() throws IOException {
    Path truncated = file("half.xml", UnListFiles.bundled().substring(0, 5000));
    assertThatThrownBy(() -> update(truncated))
        .isInstanceOf(ListFormatException.class)
        .satisfies(
            e -> assertThat(((ListFormatException) e).location()).isEqualTo(truncated.toString()))
        .hasMessageNotContaining("staging");
  }

  @Test
  void theVersionRecordSaysWhereAndWhenItWasStored() throws IOException {
    Path un = file("un.xml", UnListFiles.bundled());
    update(un);
    StoredVersion v = store().currentVersions().get(0);
    assertThat(v.origin()).isEqualTo(un.toAbsolutePath().normalize().toString());
    assertThat(v.storedAt()).isEqualTo(clock.instant());
    assertThat(v.entries()).isEqualTo(1003);
  }

  @Test
  void anOlderPublicationIsHeld() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    UpdateOutcome older = update(file("old.xml", UnListFiles.before()));
    assertThat(older.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(older.heldBecause())
        .isEqualTo(
            "it was published (2026-01-28T00:00:11.197Z) before the version in force"
                + " (2026-02-27T00:00:09.554Z)");
    assertThat(store().current().get(0).list().version().published())
        .isEqualTo("2026-02-27T00:00:09.554Z");
  }

  @Test
  void keepPrunesTheOldestVersions() throws IOException {
    String base = UnListFiles.bundled();
    for (int day = 1; day <= 5; day++) {
      clock.advance(Duration.ofDays(1));
      Path f =
          file(
              "un-" + day + ".xml",
              UnListFiles.generatedOn(base, "2026-03-0" + day + "T00:00:00Z"));
      UpdateOutcome o = store().update(Receivers.copyOf(f), Optional.empty(), 2, 0.10, false);
      assertThat(o.pruned()).isEqualTo(day <= 3 ? 0 : 1);
    }
    Path versions = dir.resolve("data/lists/un-sc-consolidated/versions");
    try (Stream<Path> s = Files.list(versions)) {
      assertThat(s.filter(Files::isDirectory).count()).isEqualTo(3);
    }
    assertThat(store().current().get(0).list().version().published())
        .isEqualTo("2026-03-05T00:00:00Z");
  }

  @Test
  void invalidContentLeavesTheCurrentVersion() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    String xml = UnListFiles.bundled();
    Path truncated = file("truncated.xml", xml.substring(0, xml.length() / 2));
    assertThatThrownBy(() -> update(truncated))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("truncated.xml");
    assertThat(store().current().get(0).list().entries()).hasSize(1003);
    assertThat(staging()).isEmpty();
  }

  @Test
  void aListOfAnotherSourceIsRefusedWhenASourceIsExpected() throws IOException {
    Path un = file("un.xml", UnListFiles.bundled());
    assertThatThrownBy(
            () -> store().update(Receivers.copyOf(un), Optional.of("us-ofac-sdn"), 3, 0.1, false))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining(
            "received a un-sc-consolidated list where a us-ofac-sdn list was expected");
    assertThat(store().current()).isEmpty();
  }

  @Test
  void aDamagedStoredVersionIsReported() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    Path stored =
        dir.resolve(
            "data/lists/un-sc-consolidated/versions/"
                + "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf/un.xml");
    Files.writeString(
        stored,
        Files.readString(stored, StandardCharsets.UTF_8).replace("SADDAM", "SADAM"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store().current())
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("no longer matches the SHA-256");
  }

  @Test
  void aFailedReceiveLeavesTheCurrentVersionAndNoStagingFiles() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    ListStore.Receiver failing =
        new ListStore.Receiver() {
          @Override
          public void receive(Path folder) throws IOException {
            Files.writeString(folder.resolve("part.xml"), "<CONSOLIDATED_LIST");
            throw new IOException("connection reset");
          }

          @Override
          public String origin() {
            return "test";
          }

          @Override
          public String describe(Path file) {
            return "test";
          }
        };
    assertThatThrownBy(() -> store().update(failing, Optional.empty(), 3, 0.1, false))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("connection reset");
    assertThat(store().current().get(0).list().entries()).hasSize(1003);
    assertThat(staging()).isEmpty();
  }

  @Test
  void oneUpdateAtATime() throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Path un = file("un.xml", UnListFiles.bundled());
    try (FileChannel ch =
            FileChannel.open(
                data.resolve("update.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      assertThatThrownBy(() -> update(un))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(UpdateRunningException.class)
          .hasMessageContaining("another lists update is running");
    }
    assertThat(update(un).status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
  }

  /** A folder that holds no list is named as given, not as the store's staging copy of it. */
  @Test
  void aFolderWithoutAListIsNamedAsGiven() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("received"));
    Files.writeString(folder.resolve("notes.txt"), "not a list");
    Files.writeString(folder.resolve("readme.md"), "nor this");
    assertThatThrownBy(() -> update(folder))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(folder + ": the folder holds 2 files and none is an OFAC sdn.csv");
  }

  @Test
  void aDeletedStoredFileIsReportedWithItsRepair() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    Files.delete(
        dir.resolve(
            "data/lists/un-sc-consolidated/versions/"
                + "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf/un.xml"));
    assertThatThrownBy(() -> store().current())
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("the folder holds no list file")
        .hasMessageEndingWith(
            "run mizan lists update "
                + dir.resolve("un.xml")
                + " --data-dir "
                + dir.resolve("data")
                + " again");
    // A list CSV's source id is none the command takes: the file it came from is named, quoted
    // for a shell (a re-breaker's find: a path with a space).
    Path csv = file("my list.csv", "id,name\nP-1,Alpha Fictitious\n");
    update(csv);
    try (Stream<Path> files = Files.walk(dir.resolve("data/lists/csv%3Amy%20list.csv/versions"))) {
      for (Path p : files.filter(p -> p.getFileName().toString().equals("my list.csv")).toList()) {
        Files.writeString(p, "id,name\nP-1,Beta Fictitious\n");
      }
    }
    assertThatThrownBy(() -> store().current())
        .isInstanceOf(ListFormatException.class)
        .hasMessageEndingWith(
            "run mizan lists update '" + csv + "' --data-dir " + dir.resolve("data") + " again");
  }

  @Test
  void aMissingCurrentRecordIsAnErrorNotASilentlySmallerScreening() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    Files.delete(dir.resolve("data/lists/un-sc-consolidated/current"));
    assertThatThrownBy(() -> store().current())
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("holds stored versions but no record of the current one");
    // An update repairs it.
    assertThat(update(file("un.xml", UnListFiles.bundled())).status())
        .isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(store().current()).hasSize(1);
  }

  @Test
  void aRepairDoesNotRollBackToAnOlderPublication() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    Files.delete(dir.resolve("data/lists/un-sc-consolidated/current"));
    UpdateOutcome older = update(file("old.xml", UnListFiles.before()));
    assertThat(older.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(older.heldBecause())
        .isEqualTo(
            "it was published (2026-01-28T00:00:11.197Z) before the newest stored version"
                + " (2026-02-27T00:00:09.554Z)");
    assertThat(older.notes()).singleElement().asString().contains("was missing");
  }

  @Test
  void removeNeedsASourceId() {
    assertThatThrownBy(() -> store().remove(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removeTakesAListOutOfForceAndKeepsItsVersions() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    Path moved = store().remove("un-sc-consolidated").orElseThrow();
    assertThat(store().current()).isEmpty();
    assertThat(moved.resolve("current")).exists();
    assertThat(store().remove("un-sc-consolidated")).isEmpty();
  }

  @Test
  void anUpdateRepairsADamagedStoredVersion() throws IOException {
    Path un = file("un.xml", UnListFiles.bundled());
    update(un);
    Path stored =
        dir.resolve(
            "data/lists/un-sc-consolidated/versions/"
                + "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf/un.xml");
    Files.writeString(stored, "damaged", StandardCharsets.UTF_8);
    UpdateOutcome repaired = update(un);
    assertThat(repaired.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(repaired.notes())
        .singleElement()
        .asString()
        .contains("this update replaces them, without comparing the two versions");
    assertThat(store().current().get(0).list().entries()).hasSize(1003);
  }

  @Test
  void aDamagedOldVersionRecordDoesNotFailASuccessfulUpdate() throws IOException {
    update(file("old.xml", UnListFiles.before()));
    clock.advance(Duration.ofDays(1));
    update(file("un.xml", UnListFiles.bundled()));
    Files.writeString(
        dir.resolve(
            "data/lists/un-sc-consolidated/versions/"
                + "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf.json"),
        "{broken",
        StandardCharsets.UTF_8);
    clock.advance(Duration.ofDays(1));
    UpdateOutcome next =
        store()
            .update(
                Receivers.copyOf(
                    file(
                        "next.xml",
                        UnListFiles.generatedOn(UnListFiles.bundled(), "2026-03-02T00:00:00Z"))),
                Optional.empty(),
                0,
                0.1,
                false);
    assertThat(next.status()).as(next.heldBecause()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(next.pruned()).isEqualTo(1);
    assertThat(next.notes()).singleElement().asString().contains("its record cannot be read");
  }

  @Test
  void aPublicationInTheFutureIsHeld() throws IOException {
    update(file("un.xml", UnListFiles.bundled()));
    UpdateOutcome future = updateFromTheFuture();
    assertThat(future.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(future.heldBecause())
        .isEqualTo("it says it was published in the future (9999-12-31T00:00:00Z)");
    // A date-time with a zone id is a date too (a breaker's find: every date check was skipped).
    String older = UnListFiles.generatedOn(UnListFiles.bundled(), "2026-01-15T00:00:00Z[UTC]");
    UpdateOutcome zoned = update(file("un-zoned.xml", older));
    assertThat(zoned.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(zoned.heldBecause())
        .isEqualTo(
            "it was published (2026-01-15T00:00:00Z[UTC]) before the version in force"
                + " (2026-02-27T00:00:09.554Z)");
  }

  /** An update with the bundled list said to be published on 9999-12-31. */
  private UpdateOutcome updateFromTheFuture() throws IOException {
    return update(
        file("future.xml", UnListFiles.generatedOn(UnListFiles.bundled(), "9999-12-31T00:00:00Z")));
  }

  @Test
  void theFirstVersionOfAListHeldIsNotKept() throws IOException {
    UpdateOutcome future = updateFromTheFuture();
    assertThat(future.status()).isEqualTo(UpdateOutcome.Status.HELD);
    assertThat(future.previous()).isEmpty();
    assertThat(future.stored()).doesNotExist();
    assertThat(future.notes()).singleElement().asString().contains("the held one is not kept");
    // Kept, it would be a source with versions and no current one, which screening refuses.
    assertThat(store().current()).isEmpty();
    // The data directory did not exist, and still does not (a new user's find: it was left with
    // an empty staging folder and the update lock).
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void anUpdateThatStoresNothingLeavesNoFolderItMade() throws IOException {
    Path deep = dir.resolve("new/data");
    ListStore store = ListStore.at(deep, clock);
    Path bad = file("half.xml", UnListFiles.bundled().substring(0, 5000));
    assertThatThrownBy(() -> update(store, bad, Optional.empty()))
        .isInstanceOf(ListFormatException.class);
    assertThat(dir.resolve("new")).doesNotExist();

    // A folder that existed keeps what it held; one the update stored in keeps the version.
    Files.createDirectories(deep);
    Path mine = Files.writeString(deep.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> update(store, bad, Optional.empty()))
        .isInstanceOf(ListFormatException.class);
    assertThat(mine).hasContent("mine");
    // Nor is anything left in a folder that existed: it holds what it held (a new user's find: an
    // empty staging folder and the update lock were left).
    try (Stream<Path> files = Files.list(deep)) {
      assertThat(files).containsExactly(mine);
    }
    ListStore other = ListStore.at(dir.resolve("other/data"), clock);
    assertThat(update(other, file("un.xml", UnListFiles.bundled()), Optional.empty()).status())
        .isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(other.current()).hasSize(1);
  }

  @Test
  void publicationOrderComparesInstantsNotText() throws IOException {
    update(
        file(
            "un.xml", UnListFiles.generatedOn(UnListFiles.bundled(), "2026-02-27T02:30:00+02:00")));
    // 01:10Z is after 00:30Z although "02:10" sorts before "02:30" as text.
    UpdateOutcome later =
        update(
            file(
                "later.xml",
                UnListFiles.generatedOn(UnListFiles.bundled(), "2026-02-27T02:10:00+01:00")));
    assertThat(later.status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
  }

  @Test
  void onlyFoldersMizanNamedAreClearedFromStaging() throws IOException {
    Path mine = dir.resolve("data/staging/my-download.xml");
    Files.createDirectories(mine.getParent());
    Files.writeString(mine, UnListFiles.bundled(), StandardCharsets.UTF_8);
    assertThat(update(mine).status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(mine).exists();
  }

  @Test
  void sourceIdsBecomeSafeFolderNames() {
    assertThat(ListStore.folderName("un-sc-consolidated")).isEqualTo("un-sc-consolidated");
    assertThat(ListStore.folderName("ftm:un_sc_sanctions")).isEqualTo("ftm%3Aun_sc_sanctions");
    assertThat(ListStore.folderName("csv:../x y.csv")).isEqualTo("csv%3A..%2Fx%20y.csv");
    assertThat(ListStore.folderName("..")).isEqualTo("%2E.");
  }

  @Test
  void aLongSourceIdGetsAFolderNameOfBoundedLength() throws IOException {
    // A CSV list named in Arabic letters: each is six bytes once escaped, and 47 of them passed the
    // 255 bytes a file system allows a name ("File name too long").
    String name = "القائمة الوطنية للأشخاص والكيانات الإرهابية.csv";
    String folder = ListStore.folderName("csv:" + name);
    assertThat(folder).hasSizeLessThanOrEqualTo(ListStore.MAX_FOLDER_NAME);
    assertThat(folder).startsWith("csv%3A%D8%A7%D9%84").matches("[A-Za-z0-9%._~-]+");
    assertThat(folder.substring(0, folder.indexOf('~'))).doesNotContainPattern("%.?$");
    assertThat(ListStore.folderName("csv:" + name.replace("الوطنية", "الدولية")))
        .isNotEqualTo(folder);
    Path list = file(name, "id,name\nX-1,Fictional Person Alpha\n");
    assertThat(update(list).status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(store().current())
        .extracting(c -> c.list().version().source())
        .containsExactly("csv:" + name);
    assertThat(dir.resolve("data/lists").resolve(folder)).isDirectory();
    assertThat(store().remove("csv:" + name)).isPresent();
  }

  @Test
  void aListFileWhoseNameBeginsWithADotIsStored() throws IOException {
    Path list = file(".national.csv", "id,name\nX-1,Fictional Person Alpha\n");
    assertThat(update(list).status()).isEqualTo(UpdateOutcome.Status.INSTALLED);
    assertThat(store().current())
        .extracting(c -> c.list().version().source(), c -> c.list().entries().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("csv:.national.csv", 1));
  }

  private static String sha(String text) {
    return java.util.HexFormat.of()
        .formatHex(org.mizan.audit.AuditChain.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private Stream<Path> staging() throws IOException {
    Path staging = dir.resolve("data/staging");
    return Files.exists(staging) ? Files.list(staging).toList().stream() : Stream.empty();
  }

  /** A clock the test moves forward. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T06:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
