package org.mizan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.mizan.access.Authenticator;
import org.mizan.access.Credentials;
import org.mizan.access.Role;
import org.mizan.audit.AuditLog;
import org.mizan.audit.StoreUnavailableException;
import org.mizan.retention.Retention;
import org.mizan.retention.RetentionPolicy;
import org.mizan.screening.Screenings;
import org.mizan.store.Database;
import org.mizan.store.JdbiAccounts;
import org.mizan.store.JdbiAuditLog;
import org.mizan.store.JdbiRetention;
import org.mizan.store.JdbiScreenings;

/**
 * The service's store as the command line administers it: users, API keys and the audit trail
 * ({@code mizan users add}, {@code mizan keys create}, {@code mizan audit verify}) and retention
 * ({@code mizan retention run}). Each action is audited with the actor {@code cli}.
 */
public final class Administration implements AutoCloseable {
  private static final String ACTOR = "cli";

  private final Database db;
  private final Authenticator authenticator;
  private final AuditLog audit;
  private final JdbiScreenings screenings;

  private Administration(Database db) {
    Clock clock = Clock.systemUTC();
    this.db = db;
    this.audit = new JdbiAuditLog(db, clock);
    this.screenings = new JdbiScreenings(db, clock);
    this.authenticator = new Authenticator(new JdbiAccounts(db), audit, new Credentials(), clock);
  }

  /**
   * Opens the store: PostgreSQL when {@code db} is given, else the embedded database in {@code
   * dataDir}; created or migrated when {@code create}, else it must exist and is not changed.
   *
   * @throws StoreUnavailableException when it cannot be opened (or, not created, does not exist)
   */
  public static Administration open(Optional<String> db, Path dataDir, boolean create) {
    if (db.isEmpty() && !create && !Files.exists(dataDir.resolve("store").resolve("mizan.mv.db"))) {
      throw new StoreUnavailableException(
          "no embedded database in " + dataDir + " (mizan serve creates it; or give --db)", null);
    }
    return new Administration(
        create ? Database.open(db, dataDir) : Database.openExisting(db, dataDir));
  }

  /** Adds a user; see {@link Authenticator#addUser}. */
  public void addUser(String name, Role role, String password) {
    authenticator.addUser(name, role, password, ACTOR);
  }

  /** Creates an API key; see {@link Authenticator#createKey}. */
  public String createKey(String name, Role role) {
    return authenticator.createKey(name, role, ACTOR);
  }

  /** Revokes an API key; see {@link Authenticator#revokeKey}. */
  public boolean revokeKey(String name) {
    return authenticator.revokeKey(name, ACTOR);
  }

  /** Disables a user; see {@link Authenticator#disableUser}. */
  public boolean disableUser(String name) {
    return authenticator.disableUser(name, ACTOR);
  }

  /** Checks the audit chain from its first event. */
  public AuditLog.ChainCheck verifyAudit() {
    return audit.verify();
  }

  /** The audit chain's head, to be kept outside the store. */
  public AuditLog.Head auditHead() {
    return audit.head();
  }

  /** Whether the store still refuses to change or remove audit events. */
  public boolean auditGuarded() {
    return audit.guarded();
  }

  /** Checks every stored screening against the record hash of its audit event. */
  public Screenings.RecordCheck verifyScreenings() {
    return screenings.verifyRecords();
  }

  /**
   * Masks, reduces and deletes what is due now under {@code policy}; see {@link Retention#run}.
   * Audited with the actor {@code cli}.
   */
  public java.util.List<Retention.Outcome> runRetention(RetentionPolicy policy) {
    Clock clock = Clock.systemUTC();
    return new Retention(new JdbiRetention(db, clock), policy, screenings, audit, clock, ACTOR)
        .run();
  }

  /** Which database this is, for messages. */
  public String database() {
    return db.description();
  }

  @Override
  public void close() {
    screenings.close();
    db.close();
  }
}
