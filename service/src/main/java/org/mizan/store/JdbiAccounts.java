package org.mizan.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.mizan.access.AccountExistsException;
import org.mizan.access.AccountNames;
import org.mizan.access.Accounts;
import org.mizan.access.LastAdministratorException;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditDraft;

/** Users, API keys and sessions in the service's database. */
public final class JdbiAccounts implements Accounts {
  private final Database db;

  public JdbiAccounts(Database db) {
    this.db = db;
  }

  @Override
  public boolean isEmpty() {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                              "select (select count(*) from users) + (select count(*) from api_keys)")
                          .mapTo(Long.class)
                          .one()
                      == 0);
    } catch (JdbiException e) {
      throw Database.unavailable("reading accounts", e);
    }
  }

  @Override
  public void addUser(String name, Role role, String passwordHash, Instant at, AuditDraft audit) {
    add(
        "users",
        "user",
        name,
        audit,
        at,
        h ->
            h.createUpdate(
                    "insert into users (name, role, password_hash, created_at)"
                        + " values (:name, :role, :hash, :at)")
                .bind("name", name)
                .bind("role", role.id())
                .bind("hash", passwordHash)
                .bind("at", Times.text(at))
                .execute());
  }

  @Override
  public void addKey(
      String keyId, String name, Role role, String keyHash, Instant at, AuditDraft audit) {
    add(
        "api_keys",
        "API key",
        name,
        audit,
        at,
        h ->
            h.createUpdate(
                    "insert into api_keys (key_id, name, role, key_hash, created_at)"
                        + " values (:id, :name, :role, :hash, :at)")
                .bind("id", keyId)
                .bind("name", name)
                .bind("role", role.id())
                .bind("hash", keyHash)
                .bind("at", Times.text(at))
                .execute());
  }

  private void add(
      String table,
      String kind,
      String name,
      AuditDraft audit,
      Instant at,
      org.jdbi.v3.core.HandleConsumer<RuntimeException> insert) {
    try {
      db.jdbi()
          .useTransaction(
              h -> {
                // Taking the audit head first serialises account writers (here and in other
                // instances), so that two adding one name get one row and one 409.
                AuditWriter.lockHead(h);
                refuseTaken(h, table, name);
                AuditWriter.append(h, List.of(audit), at);
                insert.useHandle(h);
              });
    } catch (JdbiException e) {
      throw Database.unavailable("storing the " + kind, e);
    }
  }

  /**
   * Refuses {@code name} for a new account of {@code table} ({@code users} or {@code api_keys}):
   * given already there (a name is never given again), or too like a name given there ({@link
   * AccountNames#tooAlike}: the same but for case or compatibility forms, or alike in look), which
   * the audit trail would show as the same account; or alike in look only to a name of the other
   * table (the same name, or one that differs in case, is one person's key and login, as four-eyes
   * review takes it, but a look-alike would pass for that person).
   *
   * @throws AccountExistsException naming the account the name is taken for
   */
  private static void refuseTaken(org.jdbi.v3.core.Handle h, String table, String name) {
    for (String in : List.of(table, table.equals("users") ? "api_keys" : "users")) {
      boolean own = in.equals(table);
      String kind = in.equals("users") ? "user" : "API key";
      List<String> given = h.createQuery("select name from " + in).mapTo(String.class).list();
      if (own && given.contains(name)) {
        throw new AccountExistsException(
            (kind.startsWith("API") ? "an " : "a ")
                + kind
                + " named '"
                + name
                + "' already exists");
      }
      for (String n : given) {
        if (AccountNames.tooAlike(n, name) && (own || !AccountNames.samePerson(n, name))) {
          throw new AccountExistsException(
              "'"
                  + name
                  + "' is too like the name of the "
                  + kind
                  + " '"
                  + n
                  + "' (the same but for case or compatibility forms, or alike in look): choose"
                  + " another name");
        }
      }
    }
  }

  @Override
  public boolean revokeKey(String name, Instant at, AuditDraft audit) {
    return end("api_keys", "revoked_at", "revoking the API key", name, at, audit);
  }

  @Override
  public boolean disableUser(String name, Instant at, AuditDraft audit) {
    return end("users", "disabled_at", "disabling the user", name, at, audit);
  }

  private boolean end(
      String table, String column, String what, String name, Instant at, AuditDraft audit) {
    return AuditWriter.changeAudited(
        db,
        what,
        at,
        audit,
        h -> {
          // Counted with the audit head locked: two administrators ending each other's accounts
          // at once are taken in turn, and the second is refused.
          boolean admin =
              h.createQuery(
                          "select count(*) from "
                              + table
                              + " where name = :name and role = :admin and "
                              + column
                              + " is null")
                      .bind("name", name)
                      .bind("admin", Role.ADMIN.id())
                      .mapTo(Long.class)
                      .one()
                  > 0;
          if (admin && administratorsInForce(h) <= 1) {
            throw new LastAdministratorException(
                "'"
                    + name
                    + "' is the last administrator in force: add another administrator (a user or"
                    + " an API key of the role admin) first");
          }
          return h.createUpdate(
                  "update "
                      + table
                      + " set "
                      + column
                      + " = :at where name = :name and "
                      + column
                      + " is null")
              .bind("at", Times.text(at))
              .bind("name", name)
              .execute();
        });
  }

  /** The administrators' API keys and users in force. */
  private static long administratorsInForce(org.jdbi.v3.core.Handle h) {
    return h.createQuery(
            "select (select count(*) from api_keys where role = :admin and revoked_at is null)"
                + " + (select count(*) from users where role = :admin and disabled_at is null)")
        .bind("admin", Role.ADMIN.id())
        .mapTo(Long.class)
        .one();
  }

  @Override
  public Optional<Stored> user(String name) {
    return find(
        "select name, role, password_hash as hash from users where name = :v and disabled_at is null",
        name,
        Principal.Kind.USER);
  }

  @Override
  public Optional<Stored> key(String keyId) {
    return find(
        "select name, role, key_hash as hash from api_keys where key_id = :v and revoked_at is null",
        keyId,
        Principal.Kind.KEY);
  }

  @Override
  public java.util.Set<Role> rolesOf(String name) {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h
                      .createQuery(
                          "select role from users where name = :name and disabled_at is null"
                              + " union select role from api_keys where name = :name and"
                              + " revoked_at is null")
                      .bind("name", name)
                      .mapTo(String.class)
                      .stream()
                      .map(Role::parse)
                      .flatMap(Optional::stream)
                      .collect(java.util.stream.Collectors.toSet()));
    } catch (JdbiException e) {
      throw Database.unavailable("reading accounts", e);
    }
  }

  private Optional<Stored> find(String sql, String value, Principal.Kind kind) {
    try {
      return db.jdbi()
          .withHandle(
              h ->
                  h.createQuery(sql)
                      .bind("v", value)
                      .map(
                          (rs, ctx) ->
                              new Stored(
                                  new Principal(
                                      kind,
                                      rs.getString("name"),
                                      Role.parse(rs.getString("role")).orElseThrow()),
                                  rs.getString("hash")))
                      .findOne());
    } catch (JdbiException e) {
      throw Database.unavailable("reading accounts", e);
    }
  }
}
