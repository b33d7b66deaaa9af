package org.mizan.cli;

import java.util.concurrent.Callable;
import org.mizan.access.Role;
import org.mizan.app.Administration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan keys create --name NAME --role ROLE}: an API key of the service. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "API keys of the screening service (Authorization: Bearer KEY).",
    subcommands = {KeysCommand.Create.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: create or revoke (see mizan keys --help)");
  }

  /** {@code mizan keys create}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Creates an API key and prints it once on standard output, and nothing else; only its"
              + " Argon2id hash is stored.")
  static final class Create implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Mixin ListsCommand.DataDir dataDir = new ListsCommand.DataDir();

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The key's name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "analyst, supervisor, auditor or admin.")
    String role;

    @Override
    public Integer call() {
      Role r = UsersCommand.role(role, spec);
      String key;
      try (Administration admin =
          Administration.open(store.db(spec), dataDir.forUpdate(spec), true)) {
        key = admin.createKey(name, r);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      spec.commandLine().getOut().println(key);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code mizan keys revoke NAME}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description =
          "Revokes an API key: a running service refuses it within a minute (at once when revoked"
              + " through DELETE /api/v1/keys/NAME). The name stays taken.")
  static final class Revoke implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Mixin ListsCommand.DataDir dataDir = new ListsCommand.DataDir();

    @CommandLine.Parameters(index = "0", paramLabel = "NAME", description = "The key's name.")
    String name;

    @Override
    public Integer call() {
      try (Administration admin =
          Administration.open(store.db(spec), dataDir.existing(spec), false)) {
        if (!admin.revokeKey(name)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "no API key named '" + name + "' in force");
        }
      }
      spec.commandLine().getErr().println("mizan: API key '" + name + "' revoked");
      return 0;
    }
  }
}
