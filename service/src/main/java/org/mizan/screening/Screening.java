package org.mizan.screening;

/** Screens subjects against the lists in force. */
public final class Screening {
  private Screening() {}
}
