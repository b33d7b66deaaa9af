package org.mizan.app;

/** The wired application. */
public final class Mizan {
  private Mizan() {}
}
