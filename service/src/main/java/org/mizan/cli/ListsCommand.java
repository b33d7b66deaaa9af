package org.mizan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.app.Mizan;
import org.mizan.lists.ListDiff;
import org.mizan.model.EntryKind;
import org.mizan.model.Watchlist;
import org.mizan.screening.ListFiles;
import org.mizan.screening.Programs;
import org.mizan.screening.ScreeningJson;
import org.mizan.store.ListSource;
import org.mizan.store.ListStore;
import org.mizan.store.Receivers;
import org.mizan.store.StoredVersion;
import org.mizan.store.UpdateOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan lists}: information about lists. */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Information about watchlists.",
    subcommands = {
      ListsCommand.Info.class,
      ListsCommand.Diff.class,
      ListsCommand.Update.class,
      ListsCommand.Remove.class
    })
final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a subcommand is required: info, diff, update or remove (see mizan lists --help)");
  }

  /** {@code mizan lists info [PATH]}. */
  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Source, version (publication timestamp and SHA-256) and entry counts of a list file, or"
              + " of the lists in force when no PATH is given.")
  static final class Info implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "PATH",
        description = "A list file or folder (default: the lists in force).")
    Path path;

    @CommandLine.Mixin TextOrJson format;

    @CommandLine.Mixin DataDir dataDir;

    @Override
    public void run() {
      OutputFormat out = format.parse(spec);
      List<Mizan.LoadedList> loaded =
          Mizan.listsInForce(path == null ? List.of() : List.of(path), dataDir.existing(spec));
      List<Watchlist> lists = loaded.stream().map(Mizan.LoadedList::list).toList();
      PrintWriter w = spec.commandLine().getOut();
      if (out == OutputFormat.JSON) {
        ObjectMapper mapper = new ObjectMapper();
        ScreeningJson json = new ScreeningJson(mapper);
        Object node;
        if (path != null) {
          node = json.info(lists.get(0));
        } else {
          ArrayNode array = mapper.createArrayNode();
          lists.forEach(l -> array.add(json.info(l)));
          node = array;
        }
        w.println(JsonText.pretty(node));
      } else {
        for (Mizan.LoadedList loadedList : loaded) {
          Watchlist l = loadedList.list();
          w.printf(Locale.ROOT, "%s%n", TextOutput.printable(l.version().source()));
          w.printf(
              Locale.ROOT,
              "  version   %s%n",
              l.version().published().isEmpty()
                  ? "(no publication date in the format; identified by its SHA-256)"
                  : l.version().published());
          w.printf(Locale.ROOT, "  sha256    %s%n", l.version().sha256());
          w.printf(
              Locale.ROOT,
              "  entries   %d (%s, %s, %s, %d aircraft)%n",
              l.entries().size(),
              TextOutput.count(l.count(EntryKind.PERSON), "person", "persons"),
              TextOutput.count(l.count(EntryKind.ORGANIZATION), "organization", "organizations"),
              TextOutput.count(l.count(EntryKind.VESSEL), "vessel", "vessels"),
              l.count(EntryKind.AIRCRAFT));
          if (path == null) {
            w.printf(
                Locale.ROOT,
                "  from      %s%s%n",
                loadedList.origin(),
                loadedList.storedAt().map(i -> " (stored " + i + ")").orElse(""));
          }
          Set<String> programs = Programs.all(List.of(l));
          if (!programs.isEmpty()) {
            w.printf(
                Locale.ROOT, "  programs  %s%n", TextOutput.printable(String.join(", ", programs)));
          }
        }
      }
      w.flush();
    }
  }

  /** {@code mizan lists update SOURCE|FILE|URL}. */
  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Fetches a list from its official address (SOURCE), from URL, or takes FILE (a list file,"
            + " or a folder holding one list's files); validates it completely; stores it as a new"
            + " version in the data directory and makes it current atomically. On any failure the"
            + " version in force stays current.",
        "SOURCE: un-sc-consolidated, us-ofac-sdn, us-ofac-consolidated, eu-fsf, uk-sanctions-list"
            + " (default addresses in the README)."
      })
  static final class Update implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "SOURCE|FILE|URL",
        description = "A source id, an http(s) address, or a list file or folder.")
    String what;

    @CommandLine.Mixin DataDir dataDir;

    @Option(
        names = "--keep",
        paramLabel = "N",
        description =
            "Previous versions to keep besides the current one (default: ${DEFAULT-VALUE}).")
    int keep = ListStore.DEFAULT_KEEP;

    @Option(
        names = "--max-drop",
        paramLabel = "SHARE",
        description =
            "Hold a version that drops more than this share of the current version's entries,"
                + " 0..1 or a percentage (default: 0.10).")
    String maxDrop = "0.10";

    @Option(
        names = "--confirm",
        description = "Make the version current even if it drops more than --max-drop.")
    boolean confirm;

    @Override
    public Integer call() {
      if (keep < 0) {
        throw usage("--keep must be 0 or more, not " + keep);
      }
      double share = share(maxDrop);
      if (what.isBlank()) {
        throw usage("SOURCE|FILE|URL is empty (an unset variable?)");
      }
      ListStore store = Mizan.store(dataDir.forUpdate(spec));
      ListStore.Receiver receiver;
      Optional<String> expected = Optional.empty();
      PrintWriter err = spec.commandLine().getErr();
      Optional<ListSource> source = ListSource.byId(what);
      if (source.isPresent()) {
        expected = Optional.of(source.get().id());
        err.println("mizan: fetching " + source.get().url());
        receiver = Receivers.download(source.get().url(), Receivers.httpClient());
      } else if (what.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*")) {
        URI url;
        try {
          url = Receivers.parseUrl(what);
        } catch (IllegalArgumentException e) {
          // Named without any user name or password it may carry.
          throw usage(
              e.getMessage() + ": " + TextOutput.printable(what.replaceAll("//[^/@]*@", "//")));
        }
        err.println("mizan: fetching " + Receivers.redacted(url));
        receiver = Receivers.download(url, Receivers.httpClient());
      } else {
        Path path = Path.of(what);
        if (!Files.exists(path)) {
          throw usage(
              "'"
                  + what
                  + "' is no source id ("
                  + ListSource.ids()
                  + "), no http(s) address and no existing file or folder");
        }
        receiver = Receivers.copyOf(path);
      }
      err.flush();
      UpdateOutcome outcome =
          store.update(
              receiver, expected, keep, share, confirm, () -> Optional.of(Mizan.bundledList()));
      outcome.notes().forEach(n -> err.println("mizan: note: " + TextOutput.printable(n)));
      err.flush();
      PrintWriter w = spec.commandLine().getOut();
      String received = label(outcome.received());
      switch (outcome.status()) {
        case UNCHANGED -> w.println(received + " is already current; nothing changed");
        case INSTALLED -> {
          w.println(
              received
                  + " is now current ("
                  + TextOutput.count(outcome.received().entries(), "entry", "entries")
                  + ")");
          outcome
              .previous()
              .ifPresent(
                  p ->
                      w.println(
                          "  replaces " + label(p) + ": " + changes(outcome.diff().orElseThrow())));
          if (outcome.pruned() > 0) {
            w.println(
                "  deleted "
                    + outcome.pruned()
                    + " earlier stored version(s) (--keep "
                    + keep
                    + ")");
          }
          boolean unInForce =
              store.currentVersions().stream()
                  .anyMatch(v -> v.version().source().equals(ListSource.UN_SC_CONSOLIDATED.id()));
          if (!unInForce) {
            err.println(
                "mizan: note: the lists in force are now those of "
                    + store.root()
                    + ", without the UN Security Council Consolidated List; add it with: mizan"
                    + " lists update un-sc-consolidated");
            err.flush();
          }
        }
        case HELD -> {
          err.println(
              "mizan: " + received + " is held, not made current: " + outcome.heldBecause());
          String heldSource = TextOutput.printable(outcome.received().version().source());
          boolean stored = Files.exists(outcome.stored());
          if (outcome.previous().isPresent()) {
            err.println("mizan: " + label(outcome.previous().get()) + " stays in force");
          } else if (stored) {
            err.println(
                "mizan: no version of "
                    + heldSource
                    + " is in force (screening with this data directory is refused until one is,"
                    + " or until mizan lists remove "
                    + heldSource
                    + ")");
          }
          // A held version not stored (the first of its list) is said so by the store's note.
          err.println(
              stored
                  ? "mizan: the held version is stored in "
                      + outcome.stored()
                      + " for review (mizan lists diff); run the update again with --confirm to"
                      + " make it current"
                  : "mizan: run the update again with --confirm to make it current");
          err.flush();
          return Main.INVALID;
        }
      }
      w.flush();
      return 0;
    }

    private static String label(StoredVersion v) {
      return TextOutput.printable(v.version().source())
          + " "
          + TextOutput.printable(v.version().label())
          + (v.version().published().isEmpty()
              ? ""
              : " (sha256:" + v.version().sha256().substring(0, 12) + ")");
    }

    private static String changes(ListDiff diff) {
      return "added "
          + diff.added().size()
          + ", removed "
          + diff.removed().size()
          + ", changed "
          + diff.changed().size();
    }

    private double share(String value) {
      String v = value.strip();
      double factor = 1;
      if (v.endsWith("%")) {
        v = v.substring(0, v.length() - 1).strip();
        factor = 0.01;
      }
      double share =
          v.matches("[0-9]{1,3}(\\.[0-9]{1,6})?|\\.[0-9]{1,6}")
              ? Double.parseDouble(v) * factor
              : Double.NaN;
      if (!(share >= 0 && share <= 1)) {
        throw usage("--max-drop must be a share between 0 and 1 or a percentage, not " + value);
      }
      return share;
    }

    private CommandLine.ParameterException usage(String message) {
      return new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  /** {@code mizan lists remove SOURCE}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Takes a list out of force: its stored versions move to the data directory's removed/"
              + " folder; nothing is deleted.")
  static final class Remove implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "SOURCE",
        description = "The source id of a stored list, as lists info shows it.")
    String source;

    @CommandLine.Mixin DataDir dataDir;

    @Override
    public void run() {
      if (source.isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "SOURCE is empty");
      }
      ListStore store = Mizan.store(dataDir.existing(spec));
      Optional<Path> moved = store.remove(source);
      if (moved.isEmpty()) {
        throw new InvalidInputException(
            "the data directory "
                + store.root()
                + " holds no list "
                + TextOutput.printable(source)
                + " (the stored ones: "
                + String.join(
                    ", ",
                    store.currentVersions().stream()
                        .map(v -> TextOutput.printable(v.version().source()))
                        .toList())
                + ")");
      }
      PrintWriter w = spec.commandLine().getOut();
      w.println(
          TextOutput.printable(source)
              + " is no longer in force; its versions are kept in "
              + moved.get());
      w.flush();
    }
  }

  /** The {@code --data-dir} option. */
  static final class DataDir {
    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        description =
            "Data directory of the stored lists (default: $"
                + Mizan.DATA_DIR_ENV
                + ", else ~/.mizan).")
    Path value;

    /**
     * The data directory to read, which must be a folder when named by {@code --data-dir} (a typo
     * must not fall back to the bundled list); the default may not exist yet.
     */
    Path existing(CommandLine.Model.CommandSpec spec) {
      return checked(value, spec);
    }

    /** The data directory to update: made when missing, but never a file. */
    Path forUpdate(CommandLine.Model.CommandSpec spec) {
      return checked(value, spec, false);
    }

    /** {@link #existing} for a {@code --data-dir} value held elsewhere ({@code screen}). */
    static Path checked(Path value, CommandLine.Model.CommandSpec spec) {
      return checked(value, spec, true);
    }

    private static Path checked(Path value, CommandLine.Model.CommandSpec spec, boolean mustExist) {
      if (value != null && value.toString().isBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--data-dir is empty (an unset variable?)");
      }
      if (value == null && Mizan.dataDirVariableBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            Mizan.DATA_DIR_ENV
                + " is set but empty (an unset variable?): name a folder in it, or unset it for"
                + " the default ~/.mizan");
      }
      Path dir = value == null ? Mizan.defaultDataDir() : value;
      String named = value == null ? "the data directory " : "--data-dir ";
      if (Files.isDirectory(dir)) {
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
          // A folder Mizan may not read would look empty, and the bundled list would be screened
          // against in place of the lists it holds, without a word (a breaker's find).
          throw new CommandLine.ParameterException(
              spec.commandLine(), named + dir + ": permission denied");
        }
        return dir;
      }
      if (!Files.exists(dir) && !Files.notExists(dir)) {
        // Neither: a folder on its path may not be entered, a part of it is a file, or the like.
        throw new CommandLine.ParameterException(
            spec.commandLine(), named + dir + ": " + PathProblem.unreachable(dir));
      }
      if (Files.exists(dir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), named + dir + " is not a folder");
      }
      if (mustExist && value != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--data-dir " + dir + ": no such folder");
      }
      if (mustExist && Mizan.dataDirFromVariable()) {
        // Named as --data-dir is, and as likely mistyped: screening against the bundled list
        // instead would say nothing of it.
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            Mizan.DATA_DIR_ENV
                + " names "
                + dir
                + ": no such folder (mistyped? `mkdir -p` it, and screening uses the bundled list"
                + " until `mizan lists update` stores one; or unset the variable for the default"
                + " ~/.mizan)");
      }
      return dir;
    }
  }

  /** {@code mizan lists diff OLD NEW}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Entries added, removed and changed (field by field) between two versions of a list,"
              + " by entry id.")
  static final class Diff implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier list file or folder.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later list file or folder.")
    Path newer;

    @CommandLine.Mixin TextOrJson format;

    @Override
    public void run() {
      OutputFormat out = format.parse(spec);
      Watchlist before = ListFiles.read(older);
      Watchlist after = ListFiles.read(newer);
      if (!before.version().source().equals(after.version().source())) {
        throw new InvalidInputException(
            "OLD is a "
                + TextOutput.printable(before.version().source())
                + " list and NEW a "
                + TextOutput.printable(after.version().source())
                + " list: compare two versions of the same list");
      }
      ListDiff diff = ListDiff.of(before, after);
      PrintWriter w = spec.commandLine().getOut();
      if (out == OutputFormat.JSON) {
        w.println(JsonText.oneLine(new ScreeningJson(new ObjectMapper()).diff(diff)));
      } else {
        w.printf(
            Locale.ROOT,
            "%s: %s -> %s%n",
            TextOutput.printable(after.version().source()),
            TextOutput.printable(before.version().label()),
            TextOutput.printable(after.version().label()));
        w.printf(
            Locale.ROOT,
            "added %d, removed %d, changed %d%n",
            diff.added().size(),
            diff.removed().size(),
            diff.changed().size());
        diff.added().forEach(id -> w.println("+ " + TextOutput.printable(id)));
        diff.removed().forEach(id -> w.println("- " + TextOutput.printable(id)));
        diff.changes()
            .forEach(
                (id, fields) -> {
                  w.println("~ " + TextOutput.printable(id));
                  for (ListDiff.FieldChange f : fields) {
                    w.println(
                        "    "
                            + f.field()
                            + ": "
                            + shown(f.oldValue())
                            + " -> "
                            + shown(f.newValue()));
                  }
                });
      }
      w.flush();
    }

    private static String shown(String value) {
      return value.isEmpty() ? "(none)" : TextOutput.printable(value);
    }
  }

  /** The {@code --format text|json} option of the {@code lists} commands. */
  static final class TextOrJson {
    @Option(
        names = "--format",
        paramLabel = "text|json",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String value = "text";

    OutputFormat parse(CommandLine.Model.CommandSpec spec) {
      String v = value.strip().toLowerCase(java.util.Locale.ROOT);
      if (!v.equals("text") && !v.equals("json")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--format must be text or json, not '" + value + "'");
      }
      return OutputFormat.parse(v, spec);
    }
  }
}
