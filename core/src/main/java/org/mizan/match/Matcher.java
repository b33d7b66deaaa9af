package org.mizan.match;

/** Scores subjects against list entries. */
public final class Matcher {
  private Matcher() {}
}
