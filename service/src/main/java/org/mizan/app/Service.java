package org.mizan.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mizan.access.Authenticator;
import org.mizan.access.Credentials;
import org.mizan.access.Role;
import org.mizan.api.ApiServer;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;
import org.mizan.retention.Retention;
import org.mizan.retention.RetentionPolicy;
import org.mizan.review.AlertReview;
import org.mizan.review.FollowUps;
import org.mizan.review.TaskReview;
import org.mizan.screening.AuditedScreening;
import org.mizan.screening.ManifestJson;
import org.mizan.screening.ManifestScreening;
import org.mizan.screening.Monitoring;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;
import org.mizan.store.Database;
import org.mizan.store.JdbiAccounts;
import org.mizan.store.JdbiAlerts;
import org.mizan.store.JdbiAuditLog;
import org.mizan.store.JdbiMonitoring;
import org.mizan.store.JdbiRetention;
import org.mizan.store.JdbiScreenings;
import org.mizan.store.JdbiTasks;
import org.mizan.store.ListStore;

/**
 * The screening service ({@code mizan serve}) wired from its parts: the database, the audit trail,
 * accounts, the lists in force and their index, the recorded screening and the HTTP API, in that
 * order. Closing it stops the API, writes the screenings still queued and closes the database.
 */
public final class Service implements AutoCloseable {
  /** Name of the API key created on the first start of an empty store. */
  public static final String FIRST_KEY = "admin";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Service.class);

  private final ApiServer server;
  private final JdbiScreenings screenings;
  private final Database db;
  private final List<Watchlist> lists;
  private final ScheduledExecutorService retention;

  private Service(
      ApiServer server,
      JdbiScreenings screenings,
      Database db,
      List<Watchlist> lists,
      ScheduledExecutorService retention) {
    this.server = server;
    this.screenings = screenings;
    this.db = db;
    this.lists = lists;
    this.retention = retention;
  }

  /**
   * The service's settings, read once at start-up.
   *
   * @param api address, port and request limits of the HTTP API
   * @param dataDir the data directory (lists in force, embedded database)
   * @param db a PostgreSQL JDBC URL; empty for the embedded database
   * @param lists the lists to screen against; empty for the lists in force of {@code dataDir}
   * @param taskPeriods days from a confirmation to the due time of each follow-up task
   * @param retention the retention periods, applied at start and then every day
   * @param allowOlderLists whether a list published before the version of its source in force in
   *     the store may come into force (a deliberate roll-back; refused otherwise)
   */
  public record Settings(
      ApiServer.Settings api,
      Path dataDir,
      Optional<String> db,
      List<Watchlist> lists,
      FollowUps.Periods taskPeriods,
      RetentionPolicy retention,
      boolean allowOlderLists) {
    public Settings {
      lists = List.copyOf(lists);
      java.util.Objects.requireNonNull(taskPeriods, "taskPeriods");
      java.util.Objects.requireNonNull(retention, "retention");
    }

    /** Settings with the default follow-up and retention periods. */
    public Settings(
        ApiServer.Settings api, Path dataDir, Optional<String> db, List<Watchlist> lists) {
      this(api, dataDir, db, lists, FollowUps.Periods.DEFAULT, RetentionPolicy.defaults(), false);
    }
  }

  /**
   * Opens the store, loads the lists in force and starts the API.
   *
   * @param err where the first start prints the new {@code admin} API key, once
   * @throws org.mizan.audit.StoreUnavailableException when the database cannot be opened
   * @throws org.mizan.lists.ListFormatException when a list is invalid, or published before the
   *     version of its source in force in the store (unless {@link Settings#allowOlderLists})
   * @throws org.mizan.screening.ListsMovedException when another instance put other list versions
   *     in force while this one re-screened the monitored subjects
   * @throws org.mizan.api.ListenException when the port is taken or the address not this machine's
   */
  public static Service start(Settings settings, PrintWriter err) {
    Clock clock = Clock.systemUTC();
    Database db = Database.open(settings.db(), settings.dataDir());
    try {
      AuditLog audit = new JdbiAuditLog(db, clock);
      JdbiAccounts accounts = new JdbiAccounts(db);
      Authenticator authenticator = new Authenticator(accounts, audit, new Credentials(), clock);
      List<Watchlist> lists =
          settings.lists().isEmpty()
              ? Mizan.listsInForce(List.of(), settings.dataDir()).stream()
                  .map(Mizan.LoadedList::list)
                  .toList()
              : settings.lists();
      Screening screening = Mizan.over(lists).screening();
      ObjectMapper mapper = new ObjectMapper();
      ScreeningJson json = new ScreeningJson(mapper);
      JdbiScreenings screenings = new JdbiScreenings(db, clock);
      JdbiAlerts alerts = new JdbiAlerts(db, clock);
      JdbiTasks tasks = new JdbiTasks(db, clock);
      java.util.function.Supplier<String> ids = () -> UUID.randomUUID().toString();
      AuditedScreening recorder = new AuditedScreening(json, screenings, alerts, clock);
      Monitoring monitoring = new Monitoring(recorder, new JdbiMonitoring(db, clock), clock, ids);
      Retention retention =
          new Retention(
              new JdbiRetention(db, clock),
              settings.retention(),
              screenings,
              audit,
              clock,
              "system");
      PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      new JvmMemoryMetrics().bindTo(metrics);
      new JvmGcMetrics().bindTo(metrics);
      new JvmThreadMetrics().bindTo(metrics);
      new ProcessorMetrics().bindTo(metrics);
      ApiServer.Parts parts =
          new ApiServer.Parts(
              authenticator,
              audit,
              screening,
              new ManifestScreening(screening, Runtime.getRuntime().availableProcessors()),
              recorder,
              screenings,
              json,
              new ManifestJson(mapper),
              () -> LocalDate.now(clock),
              System::nanoTime,
              db::isUp,
              metrics,
              new AlertReview(
                  alerts,
                  clock,
                  ids,
                  FollowUps.over(lists, settings.taskPeriods()),
                  accounts::rolesOf),
              alerts,
              new TaskReview(tasks, clock),
              tasks,
              clock::instant,
              monitoring,
              retention);
      ApiServer server;
      try {
        server = ApiServer.create(settings.api(), parts).start();
      } catch (RuntimeException e) {
        screenings.close();
        throw e;
      }
      // Only a service that listens creates the first key and records its start.
      try {
        announce(accounts, authenticator, err);
        DeltaRescreening.run(
            monitoring,
            lists,
            version -> earlier(version, settings.dataDir(), clock),
            LocalDate.now(clock),
            Runtime.getRuntime().availableProcessors(),
            settings.allowOlderLists(),
            err);
        audit.append(
            List.of(
                new AuditDraft(
                    "system",
                    AuditEvent.SERVICE_STARTED,
                    "",
                    "",
                    "{\"lists\":" + json.lists(lists) + "}")));
        server.ready();
      } catch (RuntimeException e) {
        server.close();
        screenings.close();
        throw e;
      }
      return new Service(server, screenings, db, lists, schedule(retention));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * What a service that listens does first: the first API key of an empty store (printed once).
   * Then it puts the list versions in force (list-changed events), re-screening the monitored
   * subjects when they changed ({@link DeltaRescreening}), and records its start (an audit event).
   */
  private static void announce(
      JdbiAccounts accounts, Authenticator authenticator, PrintWriter err) {
    if (accounts.isEmpty()) {
      try {
        String key = authenticator.createKey(FIRST_KEY, Role.ADMIN, "system");
        err.println(
            "mizan: first start: created the API key '"
                + FIRST_KEY
                + "' (role admin). It is shown this once and stored only as a hash:");
        err.println(key);
        err.flush();
      } catch (org.mizan.access.AccountExistsException e) {
        // Another instance on the same database started first and printed it.
      }
    }
  }

  /**
   * An earlier version of a list, if still at hand: kept in the data directory, or the bundled UN
   * list.
   */
  private static Optional<Watchlist> earlier(ListVersion version, Path dataDir, Clock clock) {
    Optional<Watchlist> stored = ListStore.at(dataDir, clock).version(version);
    if (stored.isPresent()) {
      return stored;
    }
    Watchlist bundled = Mizan.bundledList();
    return bundled.version().equals(version) ? Optional.of(bundled) : Optional.empty();
  }

  /**
   * Runs retention now (on its own thread: a first run after a long pause may take a while) and
   * then every day; a failed run is logged and the next one tries again.
   */
  private static ScheduledExecutorService schedule(Retention retention) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mizan-retention");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleWithFixedDelay(() -> runRetention(retention), 0, 1, TimeUnit.DAYS);
    return executor;
  }

  private static void runRetention(Retention retention) {
    try {
      for (Retention.Outcome o : retention.run()) {
        if (o.counts().screenings() > 0) {
          // Counts and categories only: no screened name.
          LOG.info(
              "retention: {} {}: {} screenings (screened at or before {}), {} alerts, {}"
                  + " decisions, {} cases",
              o.category().id(),
              o.operation().id(),
              o.counts().screenings(),
              o.cutoff(),
              o.counts().alerts(),
              o.counts().decisions(),
              o.counts().cases());
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("retention run failed, the next one tries again: {}", e.getMessage());
    }
  }

  /** The port the API listens on. */
  public int port() {
    return server.port();
  }

  /** The registered routes and the roles each allows ({@link ApiServer#routeRoles()}). */
  public java.util.Map<String, java.util.Set<String>> routeRoles() {
    return server.routeRoles();
  }

  /** The lists screened against. */
  public List<Watchlist> lists() {
    return new ArrayList<>(lists);
  }

  /** Which database the service uses, for messages. */
  public String database() {
    return db.description();
  }

  @Override
  public void close() {
    server.close();
    retention.shutdownNow();
    try {
      // A run in a transaction is rolled back by the database when it is closed under it.
      retention.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    screenings.close();
    db.close();
  }
}
