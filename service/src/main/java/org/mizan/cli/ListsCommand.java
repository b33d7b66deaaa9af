package org.mizan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mizan.app.Mizan;
import org.mizan.lists.ListDiff;
import org.mizan.model.EntryKind;
import org.mizan.model.Watchlist;
import org.mizan.screening.ListFiles;
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
    subcommands = {ListsCommand.Info.class, ListsCommand.Diff.class})
final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: info or diff (see mizan lists --help)");
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

    @Override
    public void run() {
      OutputFormat out = format.parse(spec);
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
          w.printf(
              Locale.ROOT,
              "  version   %s%n",
              l.version().published().isEmpty()
                  ? "(no publication date in the format; identified by its SHA-256)"
                  : l.version().published());
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
                + before.version().source()
                + " list and NEW a "
                + after.version().source()
                + " list: compare two versions of the same list");
      }
      ListDiff diff = ListDiff.of(before, after);
      PrintWriter w = spec.commandLine().getOut();
      if (out == OutputFormat.JSON) {
        ObjectMapper mapper = new ObjectMapper();
        try {
          w.println(
              mapper
                  .writer(new OneLine())
                  .writeValueAsString(new ScreeningJson(mapper).diff(diff)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      } else {
        w.printf(
            Locale.ROOT, "%s: %s -> %s%n", after.version().source(), label(before), label(after));
        w.printf(
            Locale.ROOT,
            "added %d, removed %d, changed %d%n",
            diff.added().size(),
            diff.removed().size(),
            diff.changed().size());
        diff.added().forEach(id -> w.println("+ " + id));
        diff.removed().forEach(id -> w.println("- " + id));
        diff.changes()
            .forEach(
                (id, fields) -> {
                  w.println("~ " + id);
                  for (ListDiff.FieldChange f : fields) {
                    w.println(
                        "    "
                            + f.field()
                            + ": "
                            + TextOutput.printable(f.oldValue())
                            + " -> "
                            + TextOutput.printable(f.newValue()));
                  }
                });
      }
      w.flush();
    }

    private static String label(Watchlist list) {
      return list.version().published().isEmpty()
          ? "sha256:" + list.version().sha256().substring(0, 12)
          : list.version().published();
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
      OutputFormat out = OutputFormat.parse(value, spec);
      if (out == OutputFormat.JSONL) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--format must be text or json");
      }
      return out;
    }
  }

  /** JSON on one line, with a space after every colon and comma, as the contract shows it. */
  static final class OneLine extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectFieldValueSeparator(com.fasterxml.jackson.core.JsonGenerator g)
        throws java.io.IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(com.fasterxml.jackson.core.JsonGenerator g)
        throws java.io.IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(com.fasterxml.jackson.core.JsonGenerator g)
        throws java.io.IOException {
      g.writeRaw(", ");
    }
  }
}
