package org.mizan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mizan.audit.AuditChain;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;

/** Authentication with fakes of the store: keys, users, what is remembered and what is audited. */
class AuthenticatorTest {
  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-30T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Accounts in memory, counting reads. */
  static final class InMemoryAccounts implements Accounts {
    final Map<String, Stored> users = new HashMap<>();
    final Map<String, Stored> keys = new HashMap<>();
    int reads;

    @Override
    public boolean isEmpty() {
      return users.isEmpty() && keys.isEmpty();
    }

    @Override
    public void addUser(String name, Role role, String hash, Instant at, AuditDraft audit) {
      if (users.putIfAbsent(name, new Stored(new Principal(Principal.Kind.USER, name, role), hash))
          != null) {
        throw new AccountExistsException("a user named '" + name + "' already exists");
      }
    }

    @Override
    public void addKey(String id, String name, Role role, String hash, Instant at, AuditDraft a) {
      keys.put(id, new Stored(new Principal(Principal.Kind.KEY, name, role), hash));
    }

    @Override
    public boolean revokeKey(String name, Instant at, AuditDraft audit) {
      return keys.values().removeIf(k -> k.principal().name().equals(name));
    }

    @Override
    public boolean disableUser(String name, Instant at, AuditDraft audit) {
      return users.remove(name) != null;
    }

    @Override
    public Optional<Stored> user(String name) {
      reads++;
      return Optional.ofNullable(users.get(name));
    }

    @Override
    public Optional<Stored> key(String keyId) {
      reads++;
      return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public java.util.Set<Role> rolesOf(String name) {
      java.util.Set<Role> roles = new java.util.HashSet<>();
      java.util.stream.Stream.concat(users.values().stream(), keys.values().stream())
          .map(Stored::principal)
          .filter(p -> p.name().equals(name))
          .forEach(p -> roles.add(p.role()));
      return roles;
    }
  }

  /** An audit trail in memory. */
  static final class InMemoryAuditLog implements AuditLog {
    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public List<AuditEvent> append(List<AuditDraft> drafts) {
      List<AuditEvent> out = new ArrayList<>();
      for (AuditDraft d : drafts) {
        AuditEvent e =
            AuditChain.next(
                events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1)),
                Instant.parse("2026-11-30T09:00:00Z"),
                d);
        events.add(e);
        out.add(e);
      }
      return out;
    }

    @Override
    public List<AuditEvent> read(long fromSeq, int limit) {
      return events.subList((int) fromSeq - 1, Math.min(events.size(), (int) fromSeq - 1 + limit));
    }

    @Override
    public ChainCheck verify() {
      return new ChainCheck(events.size(), AuditChain.verify(events));
    }

    @Override
    public boolean guarded() {
      return true;
    }

    @Override
    public Head head() {
      return events.isEmpty()
          ? new Head(0, AuditChain.GENESIS)
          : new Head(events.size(), events.get(events.size() - 1).hash());
    }
  }

  private final MovingClock clock = new MovingClock();
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final Authenticator auth = new Authenticator(accounts, audit, new Credentials(), clock);

  private static Optional<String> bearer(String key) {
    return Optional.of("Bearer " + key);
  }

  private static Optional<String> basic(String name, String password) {
    return Optional.of(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aKeyAuthenticatesAsItsPrincipalAndIsStoredOnlyAsAnArgon2idHash() {
    String key = auth.createKey("border-desk", Role.ANALYST, "cli");
    assertThat(key).matches("mzn_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
    Accounts.Stored stored = accounts.keys.values().iterator().next();
    assertThat(stored.hash())
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain(key.substring(17));
    assertThat(auth.authenticate(bearer(key), "127.0.0.1"))
        .isEqualTo(new Principal(Principal.Kind.KEY, "border-desk", Role.ANALYST));
    // As OpenSanctions' clients send it.
    assertThat(auth.authenticate(Optional.of("ApiKey " + key), "127.0.0.1").name())
        .isEqualTo("border-desk");
  }

  @Test
  void aVerifiedKeyIsRememberedThenRecheckedAgainstTheStore() {
    String key = auth.createKey("desk", Role.ANALYST, "cli");
    auth.authenticate(bearer(key), "ip");
    int reads = accounts.reads;
    auth.authenticate(bearer(key), "ip");
    assertThat(accounts.reads).as("remembered: no store read").isEqualTo(reads);
    clock.now = clock.now.plus(Authenticator.REMEMBER).plusSeconds(1);
    auth.authenticate(bearer(key), "ip");
    assertThat(accounts.reads).as("past REMEMBER: read again").isEqualTo(reads + 1);
    // The key replaced in the store (e.g. revoked and re-issued): the old secret no longer holds.
    String id = accounts.keys.keySet().iterator().next();
    accounts.keys.put(
        id,
        new Accounts.Stored(
            new Principal(Principal.Kind.KEY, "desk", Role.ANALYST),
            new Credentials().hash("other")));
    clock.now = clock.now.plus(Authenticator.REMEMBER).plusSeconds(1);
    assertThatThrownBy(() -> auth.authenticate(bearer(key), "ip"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("the API key is not valid");
  }

  @Test
  void aRevokedKeyOrDisabledUserIsRefusedAtOnce() {
    String key = auth.createKey("desk", Role.ANALYST, "cli");
    auth.addUser("amina", Role.SUPERVISOR, "correct horse battery", "cli");
    auth.authenticate(bearer(key), "ip");
    auth.authenticate(basic("amina", "correct horse battery"), "ip");
    assertThat(auth.revokeKey("desk", "user:admin")).isTrue();
    assertThat(auth.disableUser("amina", "user:admin")).isTrue();
    assertThatThrownBy(() -> auth.authenticate(bearer(key), "ip"))
        .hasMessage("the API key is not valid");
    assertThatThrownBy(() -> auth.authenticate(basic("amina", "correct horse battery"), "ip"))
        .hasMessage("unknown user or wrong password");
    assertThat(auth.revokeKey("desk", "user:admin")).isFalse();
  }

  @Test
  void aKeyRevokedWhileItIsBeingVerifiedIsNotRemembered() {
    // A re-breaker's find: a key revoked while its first check ran (read from the store before the
    // revocation, verified after it) was remembered, and kept working for a minute.
    String key = auth.createKey("desk", Role.ANALYST, "cli");
    Runnable[] afterRead = {() -> {}};
    Authenticator racing =
        new Authenticator(
            new Accounts() {
              @Override
              public boolean isEmpty() {
                return accounts.isEmpty();
              }

              @Override
              public void addUser(String n, Role r, String h, Instant at, AuditDraft a) {
                accounts.addUser(n, r, h, at, a);
              }

              @Override
              public void addKey(String id, String n, Role r, String h, Instant at, AuditDraft a) {
                accounts.addKey(id, n, r, h, at, a);
              }

              @Override
              public boolean revokeKey(String n, Instant at, AuditDraft a) {
                return accounts.revokeKey(n, at, a);
              }

              @Override
              public boolean disableUser(String n, Instant at, AuditDraft a) {
                return accounts.disableUser(n, at, a);
              }

              @Override
              public Optional<Stored> user(String n) {
                return accounts.user(n);
              }

              @Override
              public Optional<Stored> key(String id) {
                Optional<Stored> read = accounts.key(id);
                Runnable then = afterRead[0];
                afterRead[0] = () -> {};
                then.run();
                return read;
              }

              @Override
              public java.util.Set<Role> rolesOf(String n) {
                return accounts.rolesOf(n);
              }
            },
            audit,
            new Credentials(),
            clock);
    afterRead[0] = () -> racing.revokeKey("desk", "user:admin");
    // The check that began before the revocation answers as it found; the next one refuses.
    assertThat(racing.authenticate(bearer(key), "ip").name()).isEqualTo("desk");
    assertThatThrownBy(() -> racing.authenticate(bearer(key), "ip"))
        .hasMessage("the API key is not valid");
  }

  @Test
  void wrongOrMalformedCredentialsAreRefusedWithoutQuotingThem() {
    String key = auth.createKey("desk", Role.ANALYST, "cli");
    String wrong = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
    assertThatThrownBy(() -> auth.authenticate(bearer(wrong), "ip"))
        .hasMessage("the API key is not valid");
    assertThatThrownBy(() -> auth.authenticate(bearer("secret-token"), "ip"))
        .hasMessage("the bearer token is not a Mizan key");
    assertThatThrownBy(() -> auth.authenticate(Optional.empty(), "ip"))
        .hasMessageStartingWith("authentication required");
    assertThatThrownBy(() -> auth.authenticate(Optional.of("Digest x"), "ip"))
        .hasMessage("the Authorization header is neither Bearer (or ApiKey) nor Basic");
    assertThatThrownBy(() -> auth.authenticate(Optional.of("Basic %%%"), "ip"))
        .hasMessage("the Basic credentials are not Base64");
  }

  @Test
  void userLoginsAndRefusalsAreAuditedOncePerVerification() {
    auth.addUser("amina", Role.SUPERVISOR, "correct horse battery", "cli");
    assertThat(auth.authenticate(basic("amina", "correct horse battery"), "10.0.0.7").role())
        .isEqualTo(Role.SUPERVISOR);
    auth.authenticate(basic("amina", "correct horse battery"), "10.0.0.7");
    assertThatThrownBy(() -> auth.authenticate(basic("amina", "wrong horse battery"), "10.0.0.8"))
        .hasMessage("unknown user or wrong password");
    assertThatThrownBy(() -> auth.authenticate(basic("nobody", "whatever password"), "10.0.0.9"))
        .hasMessage("unknown user or wrong password");
    assertThat(audit.events)
        .extracting(e -> e.draft().action() + " " + e.draft().target() + " " + e.draft().details())
        .containsExactly(
            "login amina {\"from\":\"10.0.0.7\"}",
            "login-failed amina {\"from\":\"10.0.0.8\"}",
            "login-failed (unknown user) {\"from\":\"10.0.0.9\"}");
    assertThat(audit.events.toString()).doesNotContain("horse");
    assertThatThrownBy(() -> auth.authenticate(basic("x".repeat(300), "whatever"), "10.0.0.9"))
        .hasMessage("unknown user or wrong password");
    assertThat(audit.events.get(audit.events.size() - 1).draft().target())
        .isEqualTo("(not a user name)");
  }

  @Test
  void namesAndPasswordsAreChecked() {
    assertThatThrownBy(() -> auth.addUser("a:b", Role.ANALYST, "long enough password", "cli"))
        .hasMessageContaining("no colon");
    assertThatThrownBy(() -> auth.addUser(" amina", Role.ANALYST, "long enough password", "cli"))
        .hasMessageContaining("without spaces around it");
    assertThatThrownBy(() -> auth.addUser("amina", Role.ANALYST, "short", "cli"))
        .hasMessage("the password is too short: at least 12 characters");
    for (String weak : List.of(" ".repeat(12), "a".repeat(20), "abab abab abab")) {
      assertThatThrownBy(() -> auth.addUser("amina", Role.ANALYST, weak, "cli"))
          .hasMessage(
              "the password uses too few different characters: at least 5 (not 12 spaces, not"
                  + " aaaaaaaaaaaa)");
    }
    assertThatThrownBy(() -> auth.createKey("x".repeat(101), Role.ANALYST, "cli"))
        .hasMessageContaining("1–100 characters");
    assertThatThrownBy(() -> auth.createKey("rtl\u202eedis", Role.ANALYST, "cli"))
        .hasMessage("a name has no control or formatting characters");
    assertThatThrownBy(() -> auth.addUser("Zoe\u0308", Role.ANALYST, "long enough password", "cli"))
        .hasMessage("a name is written in Unicode normal form C (composed characters)");
  }
}
