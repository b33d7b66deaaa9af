package org.mizan.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.mizan.audit.StoreUnavailableException;

/**
 * The service's database: the embedded H2 file in the data directory by default, or PostgreSQL
 * given a JDBC URL; migrated to the current schema by Flyway when opened.
 *
 * <p>The embedded database runs with {@code WRITE_DELAY=0} and {@code REUSE_SPACE=FALSE}: a commit
 * is written to the file, after the data already there, before it returns, so a committed screening
 * survives the process being killed ({@link #embeddedUrl}); its file grows while the service runs
 * and is compacted at the next start. Only one process opens it at a time; a second gets {@link
 * StoreUnavailableException} saying so.
 *
 * <p>Connections come from a small pool (HikariCP) that waits at most {@link #CONNECT_TIMEOUT_MS}
 * for a connection, so that requests fail quickly (HTTP 503) while the database is down, and
 * reconnects by itself when it is back. Every connection is READ COMMITTED, set once when the pool
 * opens it (whatever the database's default), which the audit head's row lock relies on: the
 * store's transactions then need not ask for the level, which the PostgreSQL driver would check
 * with a round trip to the server each time. Thread-safe; close it once.
 */
public final class Database implements AutoCloseable {
  /** Milliseconds a request waits for a database connection before failing. */
  public static final long CONNECT_TIMEOUT_MS = 2_000;

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final String description;

  // The embedded databases open in this process, by JDBC URL, with how many instances hold each:
  // H2 shares one database among a process's connections, so compacting (closing) it would close
  // it under the others.
  private static final java.util.Map<String, Integer> OPEN_EMBEDDED = new java.util.HashMap<>();

  // The embedded database this instance holds open, or null.
  private String embedded;

  private Database(HikariDataSource pool, String description) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.description = description;
  }

  /**
   * Opens and migrates the database.
   *
   * @param url a JDBC URL ({@code jdbc:postgresql://host:port/db?user=...}, or {@code
   *     jdbc:h2:...}); empty for the embedded database under {@code dataDir/store}
   * @param dataDir the data directory, for the embedded database
   * @throws IllegalArgumentException when the URL is not a PostgreSQL or H2 JDBC URL
   * @throws StoreUnavailableException when the database cannot be reached, is in use by another
   *     process (embedded) or cannot be migrated
   */
  public static Database open(Optional<String> url, Path dataDir) {
    return open(url, dataDir, true);
  }

  /**
   * Opens an existing store without changing it: no migration. For checks that must not create what
   * they check ({@code mizan audit verify}).
   *
   * @throws StoreUnavailableException when there is no Mizan store there, or as {@link #open}
   */
  public static Database openExisting(Optional<String> url, Path dataDir) {
    return open(url, dataDir, false);
  }

  private static Database open(Optional<String> url, Path dataDir, boolean migrate) {
    String given = url.orElseGet(() -> embeddedUrl(dataDir));
    String lower = given.toLowerCase(Locale.ROOT);
    // The scheme is case-insensitive for people, not for the drivers.
    String jdbcUrl =
        lower.startsWith("jdbc:postgresql:")
            ? "jdbc:postgresql:" + given.substring("jdbc:postgresql:".length())
            : given;
    if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "--db: not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE?user=...)");
    }
    String description =
        url.isPresent()
            ? "database at " + withoutCredentials(jdbcUrl)
            : "embedded database " + dataDir.resolve("store");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(8);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    config.setValidationTimeout(1_000);
    config.setInitializationFailTimeout(-1);
    config.setPoolName("mizan-store");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    if (lower.startsWith("jdbc:postgresql:")) {
      // A database that stops answering mid-statement (a network black hole) must fail the
      // statement, not hang the writer: below the 30 s a caller waits for its screening.
      config.addDataSourceProperty("connectTimeout", "2");
      config.addDataSourceProperty("socketTimeout", "20");
    }
    // The embedded database recovers from a crash (a killed mizan serve) while its first
    // connection opens, which can take longer than a request's wait for a connection on a busy
    // machine: that first connection is opened here, waiting as long as it takes, and held until
    // the pool has one of its own. A database another process holds fails at once.
    java.sql.Connection opening = null;
    String held = null;
    if (lower.startsWith("jdbc:h2:")) {
      try {
        if (url.isEmpty()) {
          held = hold(jdbcUrl, migrate);
        }
        opening = java.sql.DriverManager.getConnection(jdbcUrl);
      } catch (java.sql.SQLException e) {
        release(held);
        throw new StoreUnavailableException("cannot open the " + description + ": " + reason(e), e);
      }
    }
    try {
      Database db = open(config, migrate, lower, description);
      db.embedded = held;
      held = null;
      return db;
    } finally {
      // Held still when opening failed.
      release(held);
      closeQuietly(opening);
    }
  }

  /**
   * Counts one more instance holding the embedded database at {@code jdbcUrl}, compacting it first
   * when it is to be written ({@code migrate}) and no instance of this process holds it: counted in
   * the same step, so that a second instance opening meanwhile never compacts (closes) it under the
   * first.
   *
   * @return {@code jdbcUrl}, for {@link #release}
   */
  private static String hold(String jdbcUrl, boolean migrate) throws java.sql.SQLException {
    synchronized (OPEN_EMBEDDED) {
      if (migrate && !OPEN_EMBEDDED.containsKey(jdbcUrl)) {
        compact(jdbcUrl);
      }
      OPEN_EMBEDDED.merge(jdbcUrl, 1, Integer::sum);
    }
    return jdbcUrl;
  }

  /** Counts one instance fewer holding the embedded database at {@code jdbcUrl}; null: none. */
  private static void release(String jdbcUrl) {
    if (jdbcUrl != null) {
      synchronized (OPEN_EMBEDDED) {
        OPEN_EMBEDDED.computeIfPresent(jdbcUrl, (k, n) -> n == 1 ? null : n - 1);
      }
    }
  }

  /**
   * Opens the embedded database at {@code jdbcUrl} (recovering it when the process that held it was
   * killed), compacts its file and closes it ({@code SHUTDOWN COMPACT}): the store never reuses the
   * space of data it no longer needs ({@code REUSE_SPACE=FALSE}, {@link #embeddedUrl}), so its file
   * grows while a process writes to it, and each process that writes starts from a compacted one
   * (300 MB of a busy session to 11 MB in about a second).
   *
   * @throws java.sql.SQLException as opening the database does (held by another process, not a
   *     database)
   */
  private static void compact(String jdbcUrl) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl);
        java.sql.Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    }
  }

  private static Database open(
      HikariConfig config, boolean migrate, String lower, String description) {
    HikariDataSource pool = new HikariDataSource(config);
    try {
      if (migrate && lower.startsWith("jdbc:postgresql:")) {
        noSchemaCheck(pool, description);
      }
      Flyway flyway =
          Flyway.configure()
              .dataSource(pool)
              // A mistyped schema must not become a new, empty store: it must exist already.
              .createSchemas(false)
              .locations(
                  "classpath:db/migration/common",
                  "classpath:db/migration/" + (lower.startsWith("jdbc:h2:") ? "h2" : "postgresql"))
              .load();
      refuseNewerStore(flyway, description);
      if (migrate) {
        flyway.migrate();
      } else {
        try (java.sql.Connection c = pool.getConnection();
            java.sql.Statement st = c.createStatement()) {
          st.executeQuery("select seq from audit_head where id = 1").close();
        } catch (java.sql.SQLException e) {
          pool.close();
          throw new StoreUnavailableException(
              isConnectionFailure(e)
                  ? "cannot open the " + description + ": " + reason(e)
                  : "no Mizan store in the " + description + " (no audit trail there)",
              e);
        }
      }
    } catch (FlywayException | com.zaxxer.hikari.pool.HikariPool.PoolInitializationException e) {
      pool.close();
      throw new StoreUnavailableException("cannot open the " + description + ": " + reason(e), e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, description);
  }

  /**
   * Refuses a store that a newer version of Mizan has migrated (a schema version this one does not
   * know): this version would misread what it has added, and the record hashes that cover it would
   * read as changed after they were recorded (a false alarm of {@code audit verify}).
   */
  private static void refuseNewerStore(Flyway flyway, String description) {
    String newest = "";
    for (org.flywaydb.core.api.MigrationInfo m : flyway.info().all()) {
      if (m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS) {
        newest = m.getVersion().toString();
      }
    }
    if (!newest.isEmpty()) {
      throw new StoreUnavailableException(
          "the "
              + description
              + " was migrated by a newer version of Mizan (schema version "
              + newest
              + "): run that version, or a copy of the store from before it",
          null);
    }
  }

  /**
   * Refuses a PostgreSQL database whose search path begins with a schema that does not exist (a
   * mistyped {@code currentSchema}): a new, empty store in the next one would hide the real one.
   */
  private static void noSchemaCheck(HikariDataSource pool, String description) {
    try (java.sql.Connection c = pool.getConnection();
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs =
            st.executeQuery("select current_setting('search_path'), current_schemas(false)")) {
      rs.next();
      java.util.Set<String> existing =
          new java.util.HashSet<>(java.util.List.of((String[]) rs.getArray(2).getArray()));
      // The first schema named (the one the tables go to) must exist; "$user" is optional.
      for (String named : rs.getString(1).split(",")) {
        String schema = named.strip();
        if (schema.startsWith("\"") && schema.endsWith("\"") && schema.length() > 1) {
          schema = schema.substring(1, schema.length() - 1);
        }
        if (schema.isEmpty() || schema.equals("$user")) {
          continue;
        }
        if (!existing.contains(schema)) {
          throw new StoreUnavailableException(
              "cannot open the "
                  + description
                  + ": the schema of its search path (currentSchema) does not exist; create it"
                  + " first (create schema NAME), or correct the URL",
              null);
        }
        return;
      }
    } catch (java.sql.SQLException e) {
      throw new StoreUnavailableException("cannot open the " + description + ": " + reason(e), e);
    }
  }

  /**
   * The JDBC URL of the embedded database in {@code dataDir}. Every commit is written to the file
   * before it returns ({@code WRITE_DELAY=0}), after the data already there, never into the space
   * of data no longer needed ({@code REUSE_SPACE=FALSE}): H2 2.5.252 writing commits into freed
   * space lost them when the process was killed, even seconds after the commit (a helper's store of
   * about 9,700 events, killed with SIGKILL a second after a screening was answered: the screening
   * gone after the restart three times in four; none of six with this setting). The file is
   * compacted when a process that writes opens it ({@link #compact}).
   */
  static String embeddedUrl(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve("store").resolve("mizan");
    return "jdbc:h2:file:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;REUSE_SPACE=FALSE"
        // Writers take turns on the audit head; one may hold it for a large batch (2 s default).
        + ";LOCK_TIMEOUT=10000"
        // No trace file: H2 writes failed statements there with their values.
        + ";TRACE_LEVEL_FILE=0";
  }

  private static void closeQuietly(java.sql.Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (java.sql.SQLException e) {
        // The pool holds its own connection by now; nothing of this one is needed.
      }
    }
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("already in use") || m.contains("locked by another"))) {
        return "it is in use by another process (a running mizan serve?)";
      }
      if (t instanceof java.net.ConnectException) {
        return "the database server does not answer";
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      // The server's own word on a refused login or a missing database (e.g. 'FATAL: role "x"
      // does not exist'): classes 28 (authorisation) and 3D (catalogue) quote names of roles and
      // databases, never data.
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("28") || sql.getSQLState().startsWith("3D"))
          && t.getMessage() != null) {
        return t.getMessage().lines().findFirst().orElse("");
      }
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  private static String withoutCredentials(String url) {
    return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=…");
  }

  /** The database for Jdbi handles. */
  Jdbi jdbi() {
    return jdbi;
  }

  /** Which database this is, for messages: never a password. */
  public String description() {
    return description;
  }

  /** Whether this is PostgreSQL (else H2). */
  public boolean isPostgresql() {
    return pool.getJdbcUrl().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }

  /** Whether the database answers now (within about a second). */
  public boolean isUp() {
    try (var c = pool.getConnection()) {
      return c.isValid(1);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  /**
   * What went wrong in the database, for the log: the exception classes and SQL states of the
   * chain, never a message (a driver's message may quote the values written, names among them).
   */
  static String cause(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < 500; t = t.getCause()) {
      if (b.length() > 0) {
        b.append(" <- ");
      }
      b.append(t.getClass().getSimpleName());
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        b.append(" SQLState ").append(sql.getSQLState());
      }
    }
    return b.toString();
  }

  /**
   * Whether the database could not be reached (no connection, or the connection broke): SQL state
   * class 08, or the pool's timeout for a connection.
   */
  static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof org.jdbi.v3.core.ConnectionException
          || t
              instanceof
              org.jdbi.v3.core.transaction.UnableToManipulateTransactionIsolationLevelException
          || t instanceof java.net.SocketException
          || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  /** The error for an operation that failed in the database. */
  static StoreUnavailableException unavailable(String what, Exception cause) {
    return new StoreUnavailableException(
        "the store is unavailable: " + what + " failed; nothing was kept", cause);
  }

  @Override
  public void close() {
    pool.close();
    release(embedded);
    embedded = null;
  }
}
