package org.mizan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A database for a test: the embedded H2 in a temporary data directory, or a fresh schema on the
 * PostgreSQL server of the development and CI machines (127.0.0.1:5432, database {@code test},
 * trust authentication), dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
  /** The PostgreSQL server the tests use. */
  public static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final Optional<String> url;
  private final Path dataDir;
  private final Optional<String> schema;

  private TestDatabase(Optional<String> url, Path dataDir, Optional<String> schema) {
    this.url = url;
    this.dataDir = dataDir;
    this.schema = schema;
  }

  /** Whether the PostgreSQL server answers; prints a notice when it does not. */
  public static boolean postgresqlAnswers() {
    try (Connection c = DriverManager.getConnection(POSTGRESQL + "?connectTimeout=2")) {
      return c.isValid(2);
    } catch (SQLException e) {
      System.err.println(
          "NOTICE: PostgreSQL tests skipped: no server answers at "
              + POSTGRESQL
              + " ("
              + e.getMessage()
              + ")");
      return false;
    }
  }

  /** The embedded database in {@code dataDir}. */
  public static TestDatabase h2(Path dataDir) {
    return new TestDatabase(Optional.empty(), dataDir, Optional.empty());
  }

  /** A new, empty schema on the PostgreSQL server. */
  public static TestDatabase postgresql(Path dataDir) {
    String schema = "mizan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(POSTGRESQL);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new TestDatabase(
        Optional.of(POSTGRESQL + "?currentSchema=" + schema), dataDir, Optional.of(schema));
  }

  /** The {@code --db} URL; empty for the embedded database. */
  public Optional<String> url() {
    return url;
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** Whether this is PostgreSQL. */
  public boolean isPostgresql() {
    return url.isPresent();
  }

  /** Opens the store as the service does. */
  public Database open() {
    return Database.open(url, dataDir);
  }

  /** A connection of its own, for what only a test (or an intruder) does: e.g. change a row. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url.orElseGet(() -> Database.embeddedUrl(dataDir)));
  }

  /**
   * Changes an audit event behind the application's back, as an intruder with the database's owner
   * rights would: the append-only trigger is bypassed first.
   */
  public void tamper(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      if (isPostgresql()) {
        s.execute("set session_replication_role = replica");
      } else {
        s.execute("drop trigger if exists audit_events_append_only");
      }
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    if (schema.isPresent()) {
      try (Connection c = DriverManager.getConnection(POSTGRESQL);
          Statement s = c.createStatement()) {
        s.execute("drop schema " + schema.get().toLowerCase(Locale.ROOT) + " cascade");
      }
    }
  }
}
