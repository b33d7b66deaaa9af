package org.mizan.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

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
}
