package org.mizan.store;

import java.io.IOException;

/**
 * Another {@code mizan lists update} holds the data directory's update lock: nothing was changed,
 * and the update can be run again once that one has finished.
 */
public final class UpdateRunningException extends IOException {
  private static final long serialVersionUID = 1L;

  UpdateRunningException(String message) {
    super(message);
  }
}
