package org.mizan.api;

import io.javalin.security.RouteRole;
import org.mizan.access.Role;

/**
 * A route's roles as Javalin carries them: {@link #PUBLIC} for the one route open to anyone ({@code
 * /health}), else the {@link Role}s that may call it.
 */
sealed interface Allowed extends RouteRole {
  /** The route needs no authentication. */
  Allowed PUBLIC = new Public();

  /** Callers with this role may use the route. */
  record As(Role role) implements Allowed {}

  /** No authentication. */
  record Public() implements Allowed {}

  /** The roles as Javalin takes them. */
  static RouteRole[] roles(Role... roles) {
    RouteRole[] out = new RouteRole[roles.length];
    for (int i = 0; i < roles.length; i++) {
      out[i] = new As(roles[i]);
    }
    return out;
  }
}
