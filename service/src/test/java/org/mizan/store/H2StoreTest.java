package org.mizan.store;

import java.nio.file.Path;

/** The store's contract on the embedded database. */
class H2StoreTest extends StoreContract {
  @Override
  TestDatabase database(Path dir) {
    return TestDatabase.h2(dir);
  }
}
