package org.mizan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mizan.api.ApiServer;
import org.mizan.app.Service;
import org.mizan.retention.RetentionPolicy;
import org.mizan.review.FollowUps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan serve}: the screening service over HTTP until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Runs the screening service: the JSON API v1, the OpenSanctions-compatible /match, /health"
          + " and /metrics (docs/api.md). Every screening is stored and audited. With no --db, the"
          + " embedded database in the data directory; on the first start of an empty store it"
          + " prints a new 'admin' API key once on stderr. Retention (--retention) runs at start"
          + " and daily. Stop with Ctrl-C or SIGTERM."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ListsInForceOptions lists = new ListsInForceOptions();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0: every interface).")
  String bind = "127.0.0.1";

  @Option(
      names = "--max-batch",
      paramLabel = "N",
      description = "Most subjects in one batch request (default: ${DEFAULT-VALUE}).")
  int maxBatch = 1_000;

  @Option(
      names = "--max-request-mb",
      paramLabel = "MB",
      description = "Largest request body in MiB (default: ${DEFAULT-VALUE}).")
  int maxRequestMb = 10;

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      description = "Requests a second allowed per API key or user (default: ${DEFAULT-VALUE}).")
  int rateLimit = 5_000;

  @Option(
      names = "--task-due-days",
      paramLabel = "INTERPOL,COMMITTEE,STATE",
      description =
          "Days from the confirmation of a true match on the ISIL (Da'esh) & Al-Qaida list to the"
              + " due time of its follow-up tasks: confirm through the INTERPOL NCB, notify the"
              + " 1267 Committee, notify each state; 0–365 each (default: ${DEFAULT-VALUE}).")
  String taskDueDays = "1,3,3";

  @Mixin RetentionOptions retention = new RetentionOptions();

  @Option(
      names = "--allow-older-lists",
      description =
          "Take lists into force even when published before the versions in force in the store"
              + " (a deliberate roll-back); without it such a start is refused, so that an"
              + " instance started with an old file does not roll every instance back.")
  boolean allowOlderLists;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0–65535");
    }
    if (maxBatch < 1 || maxRequestMb < 1 || rateLimit < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-batch, --max-request-mb and --rate-limit must be at least 1");
    }
    FollowUps.Periods periods = taskPeriods();
    RetentionPolicy policy = retention.policy(spec);
    PrintWriter err = spec.commandLine().getErr();
    ApiServer.Settings api =
        new ApiServer.Settings(bind, port, maxRequestMb * 1024L * 1024L, maxBatch, rateLimit);
    lists.check(spec);
    Service.Settings settings =
        new Service.Settings(
            api,
            lists.dataDir(spec),
            store.db(spec),
            lists.load(spec),
            periods,
            policy,
            allowOlderLists);
    Service service = Service.start(settings, err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "mizan-shutdown"));
    err.println(
        "mizan: serving on http://"
            + (bind.contains(":") ? "[" + bind + "]" : bind)
            + ":"
            + service.port()
            + " ("
            + service.lists().size()
            + (service.lists().size() == 1 ? " list, " : " lists, ")
            + service.database()
            + "); stop with Ctrl-C");
    err.flush();
    stopped.await();
    return 0;
  }

  private FollowUps.Periods taskPeriods() {
    String[] days = taskDueDays.split(",", -1);
    try {
      if (days.length == 3) {
        return new FollowUps.Periods(
            Integer.parseInt(days[0].strip()),
            Integer.parseInt(days[1].strip()),
            Integer.parseInt(days[2].strip()));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "--task-due-days: three whole numbers of days, 0–365, e.g. 1,3,3 (INTERPOL, Committee,"
            + " state)");
  }
}
