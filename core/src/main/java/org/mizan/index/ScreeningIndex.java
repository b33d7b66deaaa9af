package org.mizan.index;

/** An immutable index over one or more watchlists. */
public final class ScreeningIndex {
  private ScreeningIndex() {}
}
