package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store's contract on PostgreSQL (127.0.0.1:5432, database {@code test}); skipped with a notice
 * where no server answers.
 */
class PostgresqlStoreTest extends StoreContract {
  @BeforeAll
  static void serverAnswers() {
    assumeTrue(TestDatabase.postgresqlAnswers(), "no PostgreSQL server at 127.0.0.1:5432");
  }

  @Override
  TestDatabase database(Path dir) {
    return TestDatabase.postgresql(dir);
  }

  @Test
  void connectionsAreReadCommittedWhateverTheDatabasesDefault() {
    // The audit head's row lock is what orders writers; the store's transactions no longer ask for
    // their level (a round trip each), so the pool must set it, even where the default differs.
    String serializable =
        test.url().orElseThrow() + "&options=-c%20default_transaction_isolation%3Dserializable";
    try (java.sql.Connection plain = java.sql.DriverManager.getConnection(serializable)) {
      assertThat(plain.getTransactionIsolation())
          .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    try (Database other = Database.open(Optional.of(serializable), dir.resolve("other"))) {
      assertThat(other.jdbi().withHandle(Handle::getTransactionIsolationLevel))
          .isEqualTo(TransactionIsolationLevel.READ_COMMITTED);
    }
  }
}
