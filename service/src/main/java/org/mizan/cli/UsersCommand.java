package org.mizan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.mizan.access.Role;
import org.mizan.app.Administration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan users add NAME --role ROLE}: a user of the service. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Users of the screening service (HTTP Basic with name and password).",
    subcommands = {UsersCommand.Add.class, UsersCommand.Disable.class})
final class UsersCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: add or disable (see mizan users --help)");
  }

  /** The role named on the command line, or a usage error listing the roles. */
  static Role role(String id, CommandLine.Model.CommandSpec spec) {
    return Role.parse(id)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(), "--role must be one of " + Role.ids()));
  }

  /** {@code mizan users add}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Adds a user. The password is read from the first line of standard input (at least 12"
              + " characters) and stored only as an Argon2id hash.")
  static final class Add implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Mixin ListsCommand.DataDir dataDir = new ListsCommand.DataDir();

    @Parameters(index = "0", paramLabel = "NAME", description = "The user's name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "analyst, supervisor, auditor or admin.")
    String role;

    @Override
    public Integer call() throws IOException {
      Role r = role(role, spec);
      String password =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (password == null || password.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no password on standard input (its first line is the password)");
      }
      try (Administration admin =
          Administration.open(store.db(spec), dataDir.forUpdate(spec), true)) {
        admin.addUser(name, r, password);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      spec.commandLine().getErr().println("mizan: user '" + name + "' added (role " + r.id() + ")");
      return 0;
    }
  }

  /** {@code mizan users disable NAME}. */
  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Disables a user: a running service refuses the password within a minute (at once"
              + " through DELETE /api/v1/users/NAME). The name stays taken.")
  static final class Disable implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Mixin ListsCommand.DataDir dataDir = new ListsCommand.DataDir();

    @Parameters(index = "0", paramLabel = "NAME", description = "The user's name.")
    String name;

    @Override
    public Integer call() {
      try (Administration admin =
          Administration.open(store.db(spec), dataDir.existing(spec), false)) {
        if (!admin.disableUser(name)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "no user named '" + name + "' in force");
        }
      }
      spec.commandLine().getErr().println("mizan: user '" + name + "' disabled");
      return 0;
    }
  }
}
