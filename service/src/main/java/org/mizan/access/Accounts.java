package org.mizan.access;

import java.time.Instant;
import java.util.Optional;
import org.mizan.audit.AuditDraft;

/**
 * Users and API keys as stored (port; the store implements it).
 *
 * <p>Only slow hashes of passwords and keys are stored ({@link Credentials}). Every write appends
 * its audit event in the same transaction. Thread-safe.
 */
public interface Accounts {
  /**
   * A stored credential: who it authenticates and the hash to check against.
   *
   * @param principal the user or API client
   * @param hash the Argon2id PHC string
   */
  record Stored(Principal principal, String hash) {}

  /** Whether there is no user and no API key at all (a new store). */
  boolean isEmpty();

  /**
   * Adds a user.
   *
   * @throws AccountExistsException when a user of that name exists
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  void addUser(String name, Role role, String passwordHash, Instant at, AuditDraft audit);

  /**
   * Adds an API key.
   *
   * @param keyId the token id, unique
   * @throws AccountExistsException when a key of that name exists
   */
  void addKey(String keyId, String name, Role role, String keyHash, Instant at, AuditDraft audit);

  /**
   * Revokes the API key named {@code name}: it no longer authenticates.
   *
   * @return false when there is no such key or it was revoked already
   */
  boolean revokeKey(String name, Instant at, AuditDraft audit);

  /**
   * Disables the user named {@code name}: the password no longer authenticates.
   *
   * @return false when there is no such user or it was disabled already
   */
  boolean disableUser(String name, Instant at, AuditDraft audit);

  /** The user named {@code name}, if any and not disabled. */
  Optional<Stored> user(String name);

  /** The API key with token id {@code keyId}, if any and not revoked. */
  Optional<Stored> key(String keyId);

  /**
   * The roles of the active accounts (users not disabled, keys not revoked) named {@code name}: a
   * user and a key of one name are one person.
   */
  java.util.Set<Role> rolesOf(String name);
}
