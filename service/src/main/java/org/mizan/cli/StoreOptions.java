package org.mizan.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --db} option: the service's database, shared by serve, users, keys and audit. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/mizan?user=mizan (default:"
              + " the embedded database in the data directory, under store/).")
  String db;

  /** The --db URL, if given. */
  Optional<String> db(CommandLine.Model.CommandSpec spec) {
    if (db == null) {
      return Optional.empty();
    }
    if (!db.strip().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--db must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE?user=...)");
    }
    return Optional.of(db.strip());
  }
}
