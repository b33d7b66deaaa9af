package org.mizan.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mizan.lists.ListDiff;
import org.mizan.lists.ListFormatException;
import org.mizan.model.ListEntry;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;
import org.mizan.screening.ListAge;
import org.mizan.screening.Monitoring;
import org.mizan.screening.Screening;

/**
 * Puts list versions in force for the monitored subjects: compares the lists now loaded with the
 * versions the subjects were last screened against and, when any changed, re-screens them against
 * the entries added and changed ({@link ListDiff}) — against every entry of a list whose earlier
 * version's content is no longer at hand (not kept in the data directory, nor the bundled one).
 */
public final class DeltaRescreening {
  private DeltaRescreening() {}

  private static void refuseOlder(Map<String, ListVersion> before, List<ListVersion> inForce) {
    for (ListVersion now : inForce) {
      ListVersion was = before.get(now.source());
      if (was == null || was.sha256().equals(now.sha256())) {
        continue;
      }
      Optional<java.time.Instant> then = ListAge.publishedAt(was);
      Optional<java.time.Instant> published = ListAge.publishedAt(now);
      if (then.isPresent() && published.isPresent() && published.get().isBefore(then.get())) {
        throw new ListFormatException(
            now.source(),
            0,
            0,
            "",
            "the version given (published "
                + now.published()
                + ") is older than the version in force in the store (published "
                + was.published()
                + ", put in force by another instance or an earlier start); start with the list in"
                + " force (mizan lists update, or its file), or with --allow-older-lists to roll"
                + " back on purpose");
      }
    }
  }

  /**
   * The lists that changed since the subjects were last screened, and the entries to screen them
   * against.
   *
   * @param changes one per list added or replaced (a list no longer in force needs no screening)
   * @param delta for each, its new version with the added and changed entries only
   */
  public record Plan(List<Monitoring.Change> changes, List<Watchlist> delta) {}

  /**
   * What to re-screen when {@code lists} come into force after {@code before}.
   *
   * @param before the versions the subjects were last screened against, by source
   * @param lists the lists now in force
   * @param versions finds an earlier version's content by its version, if still at hand
   */
  public static Plan plan(
      Map<String, ListVersion> before,
      List<Watchlist> lists,
      Function<ListVersion, Optional<Watchlist>> versions) {
    List<Monitoring.Change> changes = new ArrayList<>();
    List<Watchlist> delta = new ArrayList<>();
    for (Watchlist list : lists) {
      ListVersion old = before.get(list.version().source());
      if (old != null && old.sha256().equals(list.version().sha256())) {
        continue;
      }
      Optional<Watchlist> older = old == null ? Optional.empty() : versions.apply(old);
      if (older.isEmpty()) {
        changes.add(
            new Monitoring.Change(
                Optional.ofNullable(old), list.version(), list.entries().size(), 0, true));
        delta.add(list);
        continue;
      }
      ListDiff diff = ListDiff.of(older.get(), list);
      Set<String> ids = new HashSet<>(diff.added());
      ids.addAll(diff.changed());
      List<ListEntry> entries = list.entries().stream().filter(e -> ids.contains(e.id())).toList();
      changes.add(
          new Monitoring.Change(
              Optional.of(old), list.version(), diff.added().size(), diff.changed().size(), false));
      delta.add(new Watchlist(list.version(), entries));
    }
    return new Plan(changes, delta);
  }

  /**
   * Re-screens the monitored subjects when the lists in force are not those they were last screened
   * against, and records the lists in force; nothing when they are. Progress (counts only) goes to
   * {@code err}.
   *
   * @param versions finds an earlier version's content by its version, if still at hand
   * @return the outcome; empty when nothing changed
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached: nothing is
   *     stored then, and the next start tries again
   */
  public static Optional<Monitoring.Rescreened> run(
      Monitoring monitoring,
      List<Watchlist> lists,
      Function<ListVersion, Optional<Watchlist>> versions,
      LocalDate today,
      int threads,
      PrintWriter err) {
    return run(monitoring, lists, versions, today, threads, false, err);
  }

  /**
   * As {@link #run(Monitoring, List, Function, LocalDate, int, PrintWriter)}, refusing a list
   * published before the version in force unless {@code allowOlder}.
   *
   * @param allowOlder whether a list published before the version of its source in force may come
   *     into force (a deliberate roll-back)
   * @throws ListFormatException when a list was published before the version of its source in force
   *     and {@code allowOlder} is false: an instance started with an old file would otherwise roll
   *     every instance on the database back
   */
  public static Optional<Monitoring.Rescreened> run(
      Monitoring monitoring,
      List<Watchlist> lists,
      Function<ListVersion, Optional<Watchlist>> versions,
      LocalDate today,
      int threads,
      boolean allowOlder,
      PrintWriter err) {
    Map<String, ListVersion> before = monitoring.screenedAgainst();
    List<ListVersion> inForce = lists.stream().map(Watchlist::version).toList();
    if (new HashSet<>(before.values()).equals(new HashSet<>(inForce))) {
      return Optional.empty();
    }
    if (!allowOlder) {
      refuseOlder(before, inForce);
    }
    Plan plan = plan(before, lists, versions);
    long started = System.nanoTime();
    Monitoring.Rescreened done =
        monitoring.rescreen(
            () -> Mizan.over(plan.delta()).screening(),
            new HashSet<>(before.values()),
            plan.changes(),
            inForce,
            Screening.ALERT_THRESHOLD,
            Screening.DEFAULT_LIMIT,
            threads,
            today,
            n -> {
              err.println("mizan: re-screening monitored subjects: " + n + " screened");
              err.flush();
            });
    if (done.unreadable() > 0) {
      err.println(
          "mizan: "
              + done.unreadable()
              + " monitored subjects could not be read back and were not re-screened; register"
              + " them again");
    }
    if (done.subjects() > 0) {
      err.printf(
          "mizan: re-screened %d monitored subjects against %d added or changed entries in %.1f s:"
              + " %d with new hits%n",
          done.subjects(), done.entries(), (System.nanoTime() - started) / 1e9, done.alerts());
      err.flush();
    }
    return Optional.of(done);
  }
}
