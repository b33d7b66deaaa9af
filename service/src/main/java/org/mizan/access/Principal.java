package org.mizan.access;

import java.util.Objects;

/**
 * An authenticated caller: a user or an API client.
 *
 * @param kind user or API key
 * @param name the user's or key's name, unique within its kind
 * @param role what it may do
 */
public record Principal(Kind kind, String name, Role role) {
  public Principal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a principal has a name");
    }
  }

  /** How the caller authenticated. */
  public enum Kind {
    USER,
    KEY
  }

  /** The actor as the audit trail names it: {@code user:NAME} or {@code key:NAME}. */
  public String actor() {
    return (kind == Kind.USER ? "user:" : "key:") + name;
  }
}
