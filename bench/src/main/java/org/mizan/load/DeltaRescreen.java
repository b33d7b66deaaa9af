package org.mizan.load;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mizan.app.DeltaRescreening;
import org.mizan.app.Mizan;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.screening.AuditedScreening;
import org.mizan.screening.ListFiles;
import org.mizan.screening.Monitoring;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;
import org.mizan.screening.Screenings;
import org.mizan.screening.SubjectReader;
import org.mizan.store.Database;
import org.mizan.store.JdbiAlerts;
import org.mizan.store.JdbiMonitoring;
import org.mizan.store.JdbiScreenings;

/**
 * Benchmark of delta re-screening (issue #8): registers N monitored subjects under an older list
 * version, then puts a newer version in force and times the re-screening of every subject against
 * the entries it added and changed — from reading the subjects out of the store to the stored
 * alerts, the list-changed events and the re-screening's audit event.
 *
 * <pre>
 * DeltaRescreen OLDER NEWER SUBJECTS [JDBC-URL] -- PEOPLE.csv...
 * </pre>
 *
 * <p>The subjects are the people of the CSV files (yente's synthetic negatives: {@code full_name},
 * {@code date_of_birth}, {@code nationality}), in order, up to {@code SUBJECTS}; the store is an
 * embedded H2 database in a temporary folder unless a PostgreSQL URL is given. Prints one JSON
 * object: the counts, the seconds of registration and of re-screening, and the entries of the new
 * alerts.
 */
public final class DeltaRescreen {
  private DeltaRescreen() {}

  public static void main(String[] args) throws Exception {
    int dashes = List.of(args).indexOf("--");
    if (args.length < 5 || dashes < 3) {
      System.err.println("usage: DeltaRescreen OLDER NEWER SUBJECTS [JDBC-URL] -- PEOPLE.csv...");
      System.exit(2);
    }
    Watchlist older = ListFiles.read(Path.of(args[0]));
    Watchlist newer = ListFiles.read(Path.of(args[1]));
    int wanted = Integer.parseInt(args[2]);
    Optional<String> url = dashes > 3 ? Optional.of(args[3]) : Optional.empty();
    List<Path> people = new ArrayList<>();
    for (int i = dashes + 1; i < args.length; i++) {
      people.add(Path.of(args[i]));
    }
    Path dir = Files.createTempDirectory("mizan-delta");
    Clock clock = Clock.systemUTC();
    LocalDate today = LocalDate.now(clock);
    int threads = Runtime.getRuntime().availableProcessors();
    PrintWriter quiet = new PrintWriter(System.err, true);
    try (Database db = Database.open(url, dir);
        JdbiScreenings screenings = new JdbiScreenings(db, clock)) {
      JdbiMonitoring store = new JdbiMonitoring(db, clock);
      ScreeningJson json = new ScreeningJson(new com.fasterxml.jackson.databind.ObjectMapper());
      AuditedScreening recorder =
          new AuditedScreening(json, screenings, new JdbiAlerts(db, clock), clock);
      Monitoring monitoring =
          new Monitoring(recorder, store, clock, () -> UUID.randomUUID().toString());
      // The older version in force, before any subject.
      DeltaRescreening.run(monitoring, List.of(older), v -> Optional.empty(), today, 1, quiet);

      List<Monitoring.Registration> registrations = subjects(people, wanted);
      if (registrations.size() < wanted) {
        System.err.printf(
            "the people files hold %d subjects, not the %d asked for: registering those%n",
            registrations.size(), wanted);
      }
      Screening before = Mizan.over(List.of(older)).screening();
      long t0 = System.nanoTime();
      register(monitoring, before, registrations, threads);
      double registration = (System.nanoTime() - t0) / 1e9;
      System.err.printf(
          "registered %d subjects in %.1f s (screened against %d entries)%n",
          registrations.size(), registration, older.entries().size());

      long t1 = System.nanoTime();
      Monitoring.Rescreened done =
          DeltaRescreening.run(
                  monitoring,
                  List.of(newer),
                  v -> v.equals(older.version()) ? Optional.of(older) : Optional.empty(),
                  today,
                  threads,
                  quiet)
              .orElseThrow();
      double rescreen = (System.nanoTime() - t1) / 1e9;
      TreeSet<String> entries = new TreeSet<>();
      for (Screenings.Stored s : done.screenings()) {
        String matches = screenings.find(s.screeningId()).orElseThrow().record().matches();
        for (var m : json.mapper().readTree(matches)) {
          if (m.path("hit").asBoolean()) {
            entries.add(m.path("id").asText());
          }
        }
      }
      System.out.printf(
          "{\"subjects\": %d, \"threads\": %d, \"registration_seconds\": %.1f,"
              + " \"rescreen\": {\"seconds\": %.2f, \"subjects\": %d, \"entries\": %d,"
              + " \"subjects_per_second\": %.0f, \"alerts\": %d, \"alert_entries\": %s},"
              + " \"store\": \"%s\"}%n",
          registrations.size(),
          threads,
          registration,
          rescreen,
          done.subjects(),
          done.entries(),
          done.subjects() / rescreen,
          done.alerts(),
          json.mapper().writeValueAsString(entries),
          url.isPresent() ? "postgresql" : "h2");
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The people of the files, in order, up to {@code wanted}. */
  private static List<Monitoring.Registration> subjects(List<Path> files, int wanted) {
    List<Monitoring.Registration> out = new ArrayList<>(wanted);
    for (Path file : files) {
      try (SubjectReader reader = SubjectReader.open(file, StandardCharsets.UTF_8)) {
        Iterator<Subject> it = reader;
        while (it.hasNext() && out.size() < wanted) {
          out.add(new Monitoring.Registration(it.next(), "row-" + (out.size() + 1)));
        }
      }
      if (out.size() == wanted) {
        break;
      }
    }
    return out;
  }

  /** Registers in batches of 1,000, on {@code threads} threads. */
  private static void register(
      Monitoring monitoring,
      Screening screening,
      List<Monitoring.Registration> registrations,
      int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < registrations.size(); from += 1_000) {
        List<Monitoring.Registration> batch =
            registrations.subList(from, Math.min(registrations.size(), from + 1_000));
        batches.add(
            pool.submit(
                () ->
                    monitoring.register(
                        batch,
                        screening,
                        Screening.ALERT_THRESHOLD,
                        Screening.DEFAULT_LIMIT,
                        "key:bench")));
      }
      for (Future<?> f : batches) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
