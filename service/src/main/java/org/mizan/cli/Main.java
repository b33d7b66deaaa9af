package org.mizan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mizan.eval.EvalDataException;
import org.mizan.lists.ListFormatException;
import org.mizan.screening.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mizan} command: {@code mizan screen}, {@code mizan lists ...}, {@code mizan eval}.
 *
 * <p>Exit codes: 0 ran (with or without hits); 2 bad usage or invalid content (one line on stderr
 * naming the file, line and field); 1 any other failure (I/O, internal). Standard output and
 * standard error are always UTF-8.
 */
@Command(
    name = "mizan",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Screens people and organisations against sanctions lists, across Arabic and Latin script,"
          + " and explains every score."
    },
    subcommands = {
      ScreenCommand.class,
      ScreenManifestCommand.class,
      ListsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      KeysCommand.class,
      AuditCommand.class,
      RetentionCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for bad usage or invalid content. */
  static final int INVALID = 2;

  /** Exit code for any other failure. */
  static final int FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: screen, screen-manifest, lists, eval, bench, serve, users, keys,"
            + " audit or retention (see mizan --help)");
  }

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(args, out, err);
    } catch (OutOfMemoryError e) {
      err.println(
          "mizan: out of memory: give Java more heap (JAVA_OPTS=-Xmx4g ./mizan ...), or is a line"
              + " or field of the input far too long?");
      code = FAILURE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line in process.
   *
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main());
    // "@file" arguments would read a file as arguments: a name may start with @.
    cli.setExpandAtFiles(false);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter w = commandLine.getErr();
          int code = exitCode(e);
          // A path or value from the input may hold control characters (an escape sequence, a
          // line break): written escaped, the message stays one line and cannot drive a terminal.
          w.println("mizan: " + TextOutput.printable(message(e)));
          w.flush();
          return code;
        });
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          PrintWriter w = e.getCommandLine().getErr();
          // picocli quotes unmatched arguments, which may be parts of a screened name.
          w.println("mizan: " + withoutValues(usageMessage(e, args1), e.getCommandLine(), args1));
          w.println(
              "Try 'mizan " + subcommandPath(e.getCommandLine()) + "--help' for the options.");
          w.flush();
          return INVALID;
        });
    int code = cli.execute(args);
    cli.getOut().flush();
    if (out.checkError() && code != FAILURE) {
      err.println("mizan: I/O failure: cannot write the results to standard output");
      err.flush();
      return FAILURE;
    }
    return code;
  }

  /**
   * {@code message} with every value of {@code args} that it quotes ('Ali Hassan', the rest of
   * --limit=Ali Hassan) written '…': picocli quotes the value it could not convert, and a name
   * written where an option's value was expected (--limit "Ali Hassan") is still a name. The
   * command's own option names stay. Only for {@code screen}, the one command given names.
   */
  static String withoutValues(String message, CommandLine command, String[] args) {
    if (!takesNames(command)) {
      // The others' values (a suite, a key's name) are shown.
      return message;
    }
    java.util.Set<String> options = new java.util.HashSet<>();
    for (CommandLine c = command; c != null; c = c.getParent()) {
      for (CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
        options.addAll(List.of(o.names()));
      }
    }
    String m = message;
    for (String a : args) {
      for (String v : new String[] {a, a.substring(a.indexOf('=') + 1)}) {
        if (!v.isEmpty() && !options.contains(v)) {
          m = m.replace("'" + v + "'", "'…'");
        }
      }
    }
    return m;
  }

  /**
   * The message for a usage error; picocli quotes unmatched arguments, which may be names. An
   * unknown option is named ('--bogus'), except to {@code screen}, whose arguments may be parts of
   * a screened name; an argument after {@code --} is one too many, not an unknown option.
   */
  private static String usageMessage(CommandLine.ParameterException e, String[] args) {
    List<String> all = List.of(args);
    if (e instanceof CommandLine.MissingParameterException
        && !all.contains("--")
        && all.stream().anyMatch(a -> a.startsWith("-") && !isOptionOf(e.getCommandLine(), a))) {
      // picocli took an argument starting with '-' for an option it does not know: a mistyped
      // option (keys create --nmae) is named, else the hint for a name that starts with '-'.
      String option = nearestOption(e.getCommandLine(), all);
      return e.getMessage()
          + (option.isEmpty() ? " (one starting with '-' goes after --)" : option);
    }
    if (!(e instanceof CommandLine.UnmatchedArgumentException u)) {
      return e.getMessage();
    }
    if (!e.getCommandLine().getSubcommands().isEmpty()) {
      // The word is not repeated: `mizan "Saddam Hussein"` would make it a name.
      return "unknown command"
          + unknownCommand(u)
          + "; the commands are "
          + String.join(", ", e.getCommandLine().getSubcommands().keySet());
    }
    List<CommandLine.Model.PositionalParamSpec> positionals =
        e.getCommandLine().getCommandSpec().positionalParameters();
    String option = unknownOption(u);
    if (positionals.isEmpty()) {
      return u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"))
          ? "unknown option" + option
          : "this command takes no arguments, only options";
    }
    String label = positionals.get(0).paramLabel();
    int endOfOptions = all.indexOf("--");
    boolean afterEnd =
        endOfOptions >= 0
            && u.getUnmatched().stream()
                .allMatch(
                    a ->
                        all.subList(endOfOptions + 1, all.size()).contains(a)
                            && !all.subList(0, endOfOptions).contains(a));
    if (!afterEnd && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"))) {
      String named =
          takesNames(e.getCommandLine())
              ? ""
              : u.getUnmatched().stream()
                  .filter(a -> a.startsWith("-"))
                  .findFirst()
                  .map(a -> " " + quoted(a))
                  .orElse("");
      return "unknown option"
          + named
          + ", or a "
          + label
          + " starting with '-' (write it after --)"
          + option;
    }
    if (afterEnd && u.getUnmatched().stream().anyMatch(a -> isOptionOf(e.getCommandLine(), a))) {
      // An option of the command written after --, where nothing is read as an option.
      return "too many arguments (options go before --: after it every argument is a "
          + label
          + ")";
    }
    return label.equals("NAME")
        ? "too many arguments (a NAME of several words goes in quotes)"
        : "too many arguments";
  }

  /**
   * Whether {@code arg} ({@code --limit} or {@code --limit=3}) names an option of {@code command}.
   */
  private static boolean isOptionOf(CommandLine command, String arg) {
    return command.getCommandSpec().optionsMap().containsKey(arg.split("=", 2)[0]);
  }

  /**
   * Whether {@code command}'s arguments may be parts of a screened name, never repeated in a
   * message: {@code screen}'s only.
   */
  private static boolean takesNames(CommandLine command) {
    return command.getCommandName().equals("screen");
  }

  /** An argument quoted in a message: printable, at most 40 characters. */
  private static String quoted(String arg) {
    String p = TextOutput.printable(arg);
    return "'"
        + (p.codePointCount(0, p.length()) > 40
            ? p.substring(0, p.offsetByCodePoints(0, 40)) + "…"
            : p)
        + "'";
  }

  /**
   * " (did you mean --limit?)" when an unmatched argument starting with "--" is within two edits of
   * one of the command's options (the nearest), else empty. Only the option's own name is shown:
   * the argument may be a name ({@code -- --ali} screens one), and is never repeated.
   */
  private static String unknownOption(CommandLine.UnmatchedArgumentException u) {
    return nearestOption(u.getCommandLine(), u.getUnmatched());
  }

  /**
   * " (did you mean --limit?)" for the first of {@code args} that starts with "--", is none of the
   * command's options and is within two edits of one ({@link #nearest}), else empty.
   */
  private static String nearestOption(CommandLine command, List<String> args) {
    List<String> options =
        command.getCommandSpec().options().stream()
            .map(CommandLine.Model.OptionSpec::longestName)
            .filter(o -> o.length() > 3)
            .toList();
    for (String arg : args) {
      if (arg.startsWith("--") && !isOptionOf(command, arg)) {
        String nearest = nearest(arg.split("=", 2)[0], options);
        if (nearest != null) {
          return " (did you mean " + nearest + "?)";
        }
      }
    }
    return "";
  }

  /**
   * " (did you mean screen?)" when the first unmatched argument is within two edits of one of the
   * subcommands, else empty; the argument itself is never repeated (it may be a name).
   */
  private static String unknownCommand(CommandLine.UnmatchedArgumentException u) {
    List<String> unmatched = u.getUnmatched();
    String nearest =
        unmatched.isEmpty()
            ? null
            : nearest(unmatched.get(0), u.getCommandLine().getSubcommands().keySet());
    return nearest == null ? "" : " (did you mean " + nearest + "?)";
  }

  /**
   * Of {@code candidates} (in lower case), the one fewest edits from {@code word} in lower case, at
   * most two (Levenshtein), and of those the one sharing the longest beginning with it ({@code
   * --limt}: {@code --limit}, not {@code --list}); null when none is so near.
   */
  private static String nearest(String word, java.util.Collection<String> candidates) {
    org.apache.commons.text.similarity.LevenshteinDistance close =
        new org.apache.commons.text.similarity.LevenshteinDistance(2);
    String nearest = null;
    int least = Integer.MAX_VALUE;
    int longestStart = -1;
    // Case aside: `mizan SCREEN` is screen mistyped too.
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : candidates) {
      int d = close.apply(lower, candidate);
      int start = commonStart(lower, candidate);
      if (d >= 0 && (d < least || (d == least && start > longestStart))) {
        nearest = candidate;
        least = d;
        longestStart = start;
      }
    }
    return nearest;
  }

  private static int commonStart(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static String subcommandPath(CommandLine cl) {
    StringBuilder b = new StringBuilder();
    for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
      b.insert(0, c.getCommandName() + " ");
    }
    return b.toString();
  }

  static int exitCode(Exception e) {
    if (accessDenied(e) != null) {
      // A file the user may not read or write is bad usage, as one that does not exist is.
      return INVALID;
    }
    if (e instanceof ListFormatException
        || e instanceof org.mizan.paxlst.PaxlstFormatException
        || e instanceof InputFormatException
        || e instanceof InvalidInputException
        || e instanceof EvalDataException
        || e instanceof org.mizan.access.AccountExistsException
        || e instanceof org.mizan.access.LastAdministratorException) {
      return INVALID;
    }
    return FAILURE;
  }

  static String message(Exception e) {
    java.nio.file.AccessDeniedException denied = accessDenied(e);
    if (denied != null) {
      return denied.getFile() + ": permission denied";
    }
    if (exitCode(e) == INVALID) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException u
        && u.getCause() instanceof org.mizan.store.UpdateRunningException running) {
      // ListStore wraps it, as every failure of an update.
      return running.getMessage();
    }
    if (e instanceof org.mizan.audit.StoreUnavailableException
        || e instanceof org.mizan.api.ListenException
        || e instanceof org.mizan.screening.ListsMovedException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (cause instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
        // Said in words, not by the exception's class name (a breaker's find).
        return "I/O failure: " + fs.getFile() + ": " + fileProblem(fs);
      }
      if (cause != null
          && cause.getClass() == IOException.class
          && cause.getMessage() != null
          && String.valueOf(e.getMessage()).equals(cause.toString())) {
        // Wrapped without a message of its own: the system's words, not "java.io.IOException: "
        // before them (a re-breaker's find: --list /proc/self/mem).
        return "I/O failure: " + cause.getMessage();
      }
      return "I/O failure: "
          + e.getMessage()
          + (cause != e && cause.getClass() != IOException.class
              ? " (" + cause.getClass().getSimpleName() + ")"
              : "");
    }
    return "internal error ("
        + e.getClass().getName()
        + "); please report it with the command you ran, without personal data";
  }

  /** What went wrong with a file, in words: the system's reason where it gives one. */
  private static String fileProblem(java.nio.file.FileSystemException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder (or a folder on its path cannot be made)";
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof java.nio.file.DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    String reason = e.getReason();
    return reason == null || reason.isBlank() ? "cannot be read or written" : reason;
  }

  /** The refused access to a file that caused {@code e}, or null. */
  private static java.nio.file.AccessDeniedException accessDenied(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.nio.file.AccessDeniedException denied) {
        return denied;
      }
    }
    return null;
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"mizan " + (v == null ? "(development build)" : v)};
    }
  }
}
