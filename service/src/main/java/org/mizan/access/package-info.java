/**
 * Who may call Mizan: users (name, password) and API clients (keys), each with one {@link
 * org.mizan.access.Role}; slow hashes of passwords and keys (Argon2id, RFC 9106); authentication of
 * a bearer token.
 *
 * <p>Entry types: {@link org.mizan.access.Authenticator} (the use case), {@link
 * org.mizan.access.Accounts} (the port the store implements), {@link org.mizan.access.Credentials}.
 * Depends on {@code audit} only: logins are audit events.
 */
package org.mizan.access;
