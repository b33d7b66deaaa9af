package org.mizan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mizan.app.Mizan;
import org.mizan.model.EntryKind;
import org.mizan.model.Watchlist;
import org.mizan.screening.ScreeningJson;
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
    subcommands = {ListsCommand.Info.class})
final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: info (see mizan lists --help)");
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

    @Option(
        names = "--format",
        paramLabel = "text|json",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public void run() {
      OutputFormat out = OutputFormat.parse(format, spec);
      if (out == OutputFormat.JSONL) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--format must be text or json");
      }
      List<Watchlist> lists = Mizan.loadLists(path == null ? List.of() : List.of(path));
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
        try {
          w.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      } else {
        for (Watchlist l : lists) {
          w.printf(Locale.ROOT, "%s%n", l.version().source());
          w.printf(Locale.ROOT, "  version   %s%n", l.version().published());
          w.printf(Locale.ROOT, "  sha256    %s%n", l.version().sha256());
          w.printf(
              Locale.ROOT,
              "  entries   %d (%d persons, %d organizations, %d vessels, %d aircraft)%n",
              l.entries().size(),
              l.count(EntryKind.PERSON),
              l.count(EntryKind.ORGANIZATION),
              l.count(EntryKind.VESSEL),
              l.count(EntryKind.AIRCRAFT));
        }
      }
      w.flush();
    }
  }
}
