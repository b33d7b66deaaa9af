package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mizan.app.Mizan;
import org.mizan.model.Watchlist;
import org.mizan.names.NameNormalizer;
import org.mizan.screening.ListAge;
import org.mizan.store.ListSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that choose the lists in force, shared by the screening commands. */
final class ListsInForceOptions {
  @Option(
      names = "--list",
      paramLabel = "PATH",
      description =
          "A list file, or a folder holding one list's files (repeatable). Default: the lists in"
              + " the data directory, else the bundled UN list.")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Data directory holding the lists put there by mizan lists update (default: $"
              + Mizan.DATA_DIR_ENV
              + ", else ~/.mizan).")
  Path dataDir;

  @Option(
      names = "--max-list-age",
      paramLabel = "DAYS",
      description =
          "Warn on stderr when a list in force is older than DAYS (default: ${DEFAULT-VALUE}; 0:"
              + " never warn).")
  int maxListAge = ListAge.DEFAULT_MAX_DAYS;

  /** Refuses values that can never be right, before any work is done. */
  void check(CommandLine.Model.CommandSpec spec) {
    if (maxListAge < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-list-age must be 0 or more days, not " + maxListAge);
    }
  }

  /** The data directory: a named one must be a folder; the default may not exist yet. */
  Path dataDir(CommandLine.Model.CommandSpec spec) {
    return ListsCommand.DataDir.checked(dataDir, spec);
  }

  /**
   * The lists in force (the --list files, else the data directory's, else the bundled UN list);
   * warns on stderr of a list older than --max-list-age days.
   */
  List<Watchlist> load(CommandLine.Model.CommandSpec spec) {
    // The lists are read to be screened against: the name pipeline's rules are built meanwhile.
    NameNormalizer.prepareTransliteration();
    List<Mizan.LoadedList> inForce =
        Mizan.listsInForce(lists, ListsCommand.DataDir.checked(dataDir, spec));
    PrintWriter err = spec.commandLine().getErr();
    if (maxListAge > 0) {
      for (Mizan.LoadedList l : inForce) {
        String source = l.list().version().source();
        String remedy =
            ListSource.byId(source).isPresent()
                ? "update it with: mizan lists update "
                    + source
                    + " (downloads it), or mizan lists update FILE (a copy of its new version)"
                : "update it with: mizan lists update FILE (its new version)";
        ListAge.warning(l.list().version(), l.storedAt(), Mizan.today(), maxListAge, remedy)
            .ifPresent(m -> err.println("mizan: " + TextOutput.printable(m)));
      }
      err.flush();
    }
    return inForce.stream().map(Mizan.LoadedList::list).toList();
  }
}
