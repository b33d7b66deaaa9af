package org.mizan.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user or API client may do.
 *
 * <ul>
 *   <li>{@code analyst}: screen subjects and manifests, read screenings and alerts;
 *   <li>{@code supervisor}: as analyst, and confirm decisions and unmask data (alert review);
 *   <li>{@code auditor}: read the audit trail and "no hit" certificates, nothing else;
 *   <li>{@code admin}: users, API keys and lists; does not screen.
 * </ul>
 */
public enum Role {
  ANALYST,
  SUPERVISOR,
  AUDITOR,
  ADMIN;

  /** The role's name as written on the command line and in the API: {@code analyst}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code id} (case-insensitive), if any. */
  public static Optional<Role> parse(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
  }

  /** The role names, comma-separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
  }
}
