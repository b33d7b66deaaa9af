package org.mizan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mizan.audit.AuditChain;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;

/**
 * Authenticates callers and creates their credentials: API clients with keys ({@code Authorization:
 * Bearer KEY}) and users with passwords ({@code Authorization: Basic}, RFC 7617, over TLS in front
 * of Mizan).
 *
 * <p>Keys and passwords are checked against their Argon2id hash; a credential once verified is
 * remembered in memory by its SHA-256, so that a client's thousandth request costs a hash lookup
 * and not 50 ms of Argon2; every {@link #REMEMBER} the stored record is read again, so that a
 * changed or removed credential stops working within that time. Each verification of a user's
 * password against the store is a {@code login} audit event, each refusal a {@code login-failed}
 * event; new users and keys are audit events too.
 *
 * <p>Thread-safe.
 */
public final class Authenticator {
  /** How long a verified credential is remembered before it is checked against the store again. */
  public static final Duration REMEMBER = Duration.ofSeconds(60);

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /**
   * The fewest different characters of a password: twelve spaces or one letter twelve times is
   * none.
   */
  public static final int MIN_DISTINCT_CHARACTERS = 5;

  private static final int MAX_REMEMBERED = 100_000;

  private final Accounts accounts;
  private final AuditLog audit;
  private final Credentials credentials;
  private final Clock clock;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  /**
   * How many times credentials were forgotten ({@link #forget}): a credential read from the store
   * before a revocation and verified after it is not remembered, so that the revoked key or
   * disabled user is refused at once, not only after {@link #REMEMBER}.
   */
  private final java.util.concurrent.atomic.AtomicLong forgettings =
      new java.util.concurrent.atomic.AtomicLong();

  // Verifying against this when no user exists keeps a refused login as slow as a wrong password.
  private final String decoyHash;

  private record Remembered(byte[] sha256, Accounts.Stored stored, Instant until) {}

  public Authenticator(Accounts accounts, AuditLog audit, Credentials credentials, Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.credentials = credentials;
    this.clock = clock;
    this.decoyHash = credentials.hash("decoy password for timing");
  }

  /**
   * The caller an {@code Authorization} header names.
   *
   * @param header the header's value, or empty when absent
   * @param from where the request came from (an address), for the audit trail
   * @throws AuthenticationException when it is absent, neither {@code Bearer} with a Mizan key nor
   *     {@code Basic} with a user's name and password, or the key or password is wrong
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  public Principal authenticate(Optional<String> header, String from) {
    return authenticate(header, from, () -> true);
  }

  /**
   * {@link #authenticate(Optional, String)}, asking {@code mayVerify} before each check of a key or
   * password against its slow hash: a credential verified before is accepted without asking.
   *
   * @throws ThrottledException when a slow check is needed and {@code mayVerify} says no
   */
  public Principal authenticate(
      Optional<String> header, String from, java.util.function.BooleanSupplier mayVerify) {
    String value =
        header
            .orElseThrow(
                () ->
                    new AuthenticationException(
                        "authentication required: send 'Authorization: Bearer <API key>' or"
                            + " 'Authorization: Basic' with a user's name and password"))
            .strip();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(value.substring(7).strip(), mayVerify);
    }
    // OpenSanctions' clients send their key as "ApiKey KEY": the same key, another scheme name.
    if (value.regionMatches(true, 0, "ApiKey ", 0, 7)) {
      return bearer(value.substring(7).strip(), mayVerify);
    }
    if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(value.substring(6).strip(), from, mayVerify);
    }
    throw new AuthenticationException(
        "the Authorization header is neither Bearer (or ApiKey) nor Basic");
  }

  private Principal bearer(String text, java.util.function.BooleanSupplier mayVerify) {
    Credentials.Token token =
        Credentials.parseToken(text)
            .orElseThrow(() -> new AuthenticationException("the bearer token is not a Mizan key"));
    byte[] sha256 = sha256("key\n" + token.text());
    long epoch = forgettings.get();
    Optional<Principal> known = recall("key:" + token.id(), sha256, () -> accounts.key(token.id()));
    if (known.isPresent()) {
      return known.get();
    }
    Accounts.Stored key =
        accounts
            .key(token.id())
            .orElseThrow(() -> new AuthenticationException("the API key is not valid"));
    throttle(mayVerify);
    if (!Credentials.verify(token.secret(), key.hash())) {
      throw new AuthenticationException("the API key is not valid");
    }
    remember("key:" + token.id(), sha256, key, epoch);
    return key.principal();
  }

  private Principal basic(
      String encoded, String from, java.util.function.BooleanSupplier mayVerify) {
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException("the Basic credentials are not Base64");
    }
    int colon = pair.indexOf(':');
    if (colon < 1) {
      throw new AuthenticationException("the Basic credentials are not NAME:PASSWORD");
    }
    String name = pair.substring(0, colon);
    String password = pair.substring(colon + 1);
    String details = "{\"from\":" + AuditDraft.quote(from) + "}";
    if (!nameProblem(name).isEmpty()) {
      // No account can have this name: refused without asking the store.
      refused("(not a user name)", details);
    }
    byte[] sha256 = sha256("user\n" + pair);
    long epoch = forgettings.get();
    Optional<Principal> known = recall("user:" + name, sha256, () -> accounts.user(name));
    if (known.isPresent()) {
      return known.get();
    }
    throttle(mayVerify);
    Optional<Accounts.Stored> user = accounts.user(name);
    boolean ok = Credentials.verify(password, user.map(Accounts.Stored::hash).orElse(decoyHash));
    if (user.isEmpty()) {
      // What was typed is kept only when it names an account: it may be a password typed into
      // the name field.
      refused("(unknown user)", details);
    }
    if (!ok) {
      refused(name, details);
    }
    Principal p = user.get().principal();
    audit.append(List.of(new AuditDraft(p.actor(), AuditEvent.LOGIN, name, "", details)));
    remember("user:" + name, sha256, user.get(), epoch);
    return p;
  }

  private void refused(String target, String details) {
    audit.append(
        List.of(new AuditDraft("anonymous", AuditEvent.LOGIN_FAILED, target, "", details)));
    throw new AuthenticationException("unknown user or wrong password");
  }

  private static void throttle(java.util.function.BooleanSupplier mayVerify) {
    if (!mayVerify.getAsBoolean()) {
      throw new ThrottledException(
          "too many failed authentications from this address: wait before trying again");
    }
  }

  /**
   * The principal of a credential verified before. Past {@link #REMEMBER} the stored record is read
   * again: when its hash is the one verified, the credential still holds without another Argon2 run
   * (so a busy client does not pay 50 ms a minute, all its threads at once); when it changed or is
   * gone, the credential is verified afresh.
   */
  private Optional<Principal> recall(
      String id, byte[] sha256, java.util.function.Supplier<Optional<Accounts.Stored>> current) {
    long epoch = forgettings.get();
    Remembered r = remembered.get(id);
    if (r == null || !MessageDigest.isEqual(r.sha256(), sha256)) {
      return Optional.empty();
    }
    if (clock.instant().isBefore(r.until())) {
      return Optional.of(r.stored().principal());
    }
    Optional<Accounts.Stored> now = current.get();
    if (now.isPresent() && now.get().equals(r.stored())) {
      remember(id, sha256, now.get(), epoch);
      return Optional.of(now.get().principal());
    }
    remembered.remove(id);
    return Optional.empty();
  }

  /**
   * Remembers a credential verified against {@code stored}, read from the store when {@link
   * #forgettings} was {@code epoch}, unless credentials were forgotten since: checked once it is
   * put, so that a forgetting before or while it is put takes it away again.
   */
  private void remember(String id, byte[] sha256, Accounts.Stored stored, long epoch) {
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    Remembered r = new Remembered(sha256, stored, clock.instant().plus(REMEMBER));
    remembered.put(id, r);
    if (forgettings.get() != epoch) {
      remembered.remove(id, r);
    }
  }

  /**
   * Adds a user.
   *
   * @param actor who adds it, for the audit trail ({@code cli} from the command line)
   * @throws IllegalArgumentException when the name is blank, too long or has a colon or control
   *     character, or the password is shorter than {@link #MIN_PASSWORD_LENGTH} or has fewer than
   *     {@link #MIN_DISTINCT_CHARACTERS} different characters
   * @throws AccountExistsException when the name is taken
   */
  public void addUser(String name, Role role, String password, String actor) {
    checkName(name);
    if (name.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a user name has no colon (HTTP Basic separates by it)");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "the password is too short: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
      throw new IllegalArgumentException(
          "the password uses too few different characters: at least "
              + MIN_DISTINCT_CHARACTERS
              + " (not 12 spaces, not aaaaaaaaaaaa)");
    }
    accounts.addUser(
        name,
        role,
        credentials.hash(password),
        clock.instant(),
        new AuditDraft(
            actor, AuditEvent.USER_CREATED, name, "", "{\"role\":\"" + role.id() + "\"}"));
  }

  /**
   * Creates an API key.
   *
   * @return the key, to be given to its holder once: only its hash is stored
   * @throws IllegalArgumentException when the name is blank, too long or has a control character
   * @throws AccountExistsException when a key of that name exists
   */
  public String createKey(String name, Role role, String actor) {
    checkName(name);
    Credentials.Token token = credentials.newToken();
    accounts.addKey(
        token.id(),
        name,
        role,
        credentials.hash(token.secret()),
        clock.instant(),
        new AuditDraft(
            actor, AuditEvent.KEY_CREATED, name, "", "{\"role\":\"" + role.id() + "\"}"));
    return token.text();
  }

  /**
   * Revokes the API key named {@code name}: refused at once by this process, by others within
   * {@link #REMEMBER}.
   *
   * @param actor who revokes it, for the audit trail
   * @return false when there is no such key, or it was revoked already
   */
  public boolean revokeKey(String name, String actor) {
    boolean done =
        accounts.revokeKey(
            name, clock.instant(), new AuditDraft(actor, AuditEvent.KEY_REVOKED, name, "", "{}"));
    forget(new Principal(Principal.Kind.KEY, name, Role.ANALYST));
    return done;
  }

  /**
   * Disables the user named {@code name}: refused at once by this process, by others within {@link
   * #REMEMBER}.
   *
   * @param actor who disables the user, for the audit trail
   * @return false when there is no such user, or it was disabled already
   */
  public boolean disableUser(String name, String actor) {
    boolean done =
        accounts.disableUser(
            name, clock.instant(), new AuditDraft(actor, AuditEvent.USER_DISABLED, name, "", "{}"));
    forget(new Principal(Principal.Kind.USER, name, Role.ANALYST));
    return done;
  }

  /** Drops every remembered credential of the principal of that kind and name (any role). */
  private void forget(Principal p) {
    forgettings.incrementAndGet();
    remembered
        .values()
        .removeIf(
            r ->
                r.stored().principal().kind() == p.kind()
                    && r.stored().principal().name().equals(p.name()));
  }

  /**
   * A new account's name: {@link #nameProblem}, and characters {@link AccountNames#characterProblem
   * allowed} (checked where names are given, not where they are looked up, so that an account named
   * before stays reachable).
   */
  private static void checkName(String name) {
    String problem = nameProblem(name);
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException(problem);
    }
    AccountNames.characterProblem(name)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /**
   * What is wrong with an account name, or empty: 1–100 characters, no spaces around it, no control
   * or invisible formatting characters (bidi overrides would make one actor look like another in
   * the audit trail), in Unicode normal form C (so that one name has one spelling).
   */
  public static String nameProblem(String name) {
    if (name.isBlank() || name.length() > 100 || !name.equals(name.strip())) {
      return "a name is 1–100 characters without spaces around it";
    }
    if (name.codePoints()
        .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      return "a name has no control or formatting characters";
    }
    if (name.codePoints()
        .anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      return "a name is well-formed Unicode (no lone surrogate)";
    }
    if (!java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFC)) {
      return "a name is written in Unicode normal form C (composed characters)";
    }
    return "";
  }

  private static byte[] sha256(String text) {
    return AuditChain.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
