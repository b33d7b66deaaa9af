package org.mizan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.app.Administration;
import org.mizan.retention.Retention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mizan retention run}: masks, reduces and deletes stored data whose period is over. */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Retention of the service's stored screenings, alerts and cases.",
    subcommands = {RetentionCommand.Run.class})
final class RetentionCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: run (see mizan retention --help)");
  }

  /** {@code mizan retention run}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Masks, reduces and deletes what is due now, as mizan serve does at start and daily: one"
            + " line per operation with the cut-off and the counts; each change is a retention"
            + " audit event (actor cli). Give the same --retention settings as to mizan serve.",
        "Exit codes: 0 done, 1 the store cannot be reached, 2 bad usage."
      })
  static final class Run implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Mixin ListsCommand.DataDir dataDir = new ListsCommand.DataDir();

    @Mixin RetentionOptions retention = new RetentionOptions();

    @Override
    public Integer call() {
      List<Retention.Outcome> outcomes;
      // The settings first: a bad one is exit 2 whatever the store.
      org.mizan.retention.RetentionPolicy policy = retention.policy(spec);
      try (Administration admin =
          Administration.open(store.db(spec), dataDir.existing(spec), false)) {
        outcomes = admin.runRetention(policy);
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Retention.Outcome o : outcomes) {
        out.println(
            o.category().id()
                + "."
                + o.operation().id()
                + ": "
                + o.counts().screenings()
                + " screenings screened at or before "
                + o.cutoff()
                + (o.operation() == org.mizan.retention.RetentionPolicy.Operation.DELETE
                    ? " ("
                        + o.counts().alerts()
                        + " alerts, "
                        + o.counts().decisions()
                        + " decisions, "
                        + o.counts().cases()
                        + " cases)"
                    : ""));
      }
      out.flush();
      return 0;
    }
  }
}
