package org.mizan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mizan.app.Administration;
import org.mizan.audit.AuditLog;
import org.mizan.screening.Screenings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code mizan audit verify}: checks the audit trail's hash chain. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "The service's tamper-evident audit trail.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
  /** Exit code of {@code audit verify} when the chain is broken. */
  static final int BROKEN = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: verify (see mizan audit --help)");
  }

  /** {@code mizan audit verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Checks every audit event against the SHA-256 chain and names the first broken link, and"
            + " every stored screening against the record hash its audit event carries (a"
            + " screening masked, reduced or deleted must be due under a retention run the trail"
            + " records).",
        "Exit codes: 0 intact, 3 broken, 1 the store cannot be read, 2 bad usage."
      })
  static final class Verify implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin StoreOptions store = new StoreOptions();

    @Mixin ListsCommand.DataDir dataDir = new ListsCommand.DataDir();

    @Override
    public Integer call() {
      AuditLog.ChainCheck check;
      Screenings.RecordCheck records;
      boolean guarded;
      AuditLog.Head head;
      String database;
      try (Administration admin =
          Administration.open(store.db(spec), dataDir.existing(spec), false)) {
        check = admin.verifyAudit();
        records = admin.verifyScreenings();
        guarded = admin.auditGuarded();
        head = admin.auditHead();
        database = admin.database();
      }
      PrintWriter out = spec.commandLine().getOut();
      int exit = 0;
      if (check.broken().isEmpty()) {
        out.println("audit trail intact: " + check.intact() + " events (" + database + ")");
      } else {
        out.println(
            "audit trail BROKEN at event "
                + check.broken().get().seq()
                + ": "
                + check.broken().get().problem()
                + " ("
                + check.intact()
                + " events before it intact; "
                + database
                + ")");
        exit = BROKEN;
      }
      if (records.changed().isEmpty()) {
        out.println(
            "stored screenings intact: "
                + records.intact()
                + " match their audit events"
                + (records.deleted() > 0
                    ? ", " + records.deleted() + " deleted by retention"
                    : ""));
      } else {
        out.println(
            "stored screening "
                + records.changed().get().screeningId()
                + " of audit event "
                + records.changed().get().auditSeq()
                + " BROKEN: "
                + records.problem()
                + " ("
                + records.intact()
                + " before it intact)");
        exit = BROKEN;
      }
      if (!guarded) {
        out.println(
            "audit trail UNGUARDED: the trigger that refuses to change or remove audit events is"
                + " missing or disabled (someone with the database owner's rights removed it)");
        exit = BROKEN;
      }
      out.println(
          "head: event "
              + head.seq()
              + " sha256 "
              + head.hash()
              + " (keep it outside this database: a later head must descend from it)");
      out.flush();
      return exit;
    }
  }
}
