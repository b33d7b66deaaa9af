package org.mizan.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that refuses every UPDATE and DELETE of an audit event (migration {@code
 * db/migration/h2/V2}); PostgreSQL has the same rule as a PL/pgSQL trigger.
 */
public final class AppendOnlyTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit events are append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
  }
}
