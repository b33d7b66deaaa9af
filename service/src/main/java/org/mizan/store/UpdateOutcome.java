package org.mizan.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mizan.lists.ListDiff;

/**
 * What {@link ListStore#update} did.
 *
 * @param status installed, unchanged (the version received is already current) or held (it drops
 *     more entries than allowed and waits for confirmation)
 * @param received the version received
 * @param previous the version current before the update, if any
 * @param diff the entries added, removed and changed against {@code previous}, if any
 * @param stored the folder holding the received version's files
 * @param pruned the number of old versions deleted under {@code --keep}
 * @param heldBecause why a held version was not made current; empty unless held
 * @param notes what the update repaired or could not tidy up (damaged records, old versions left in
 *     place); the update itself succeeded
 */
public record UpdateOutcome(
    Status status,
    StoredVersion received,
    Optional<StoredVersion> previous,
    Optional<ListDiff> diff,
    Path stored,
    int pruned,
    String heldBecause,
    List<String> notes) {
  public UpdateOutcome {
    notes = List.copyOf(notes);
  }

  /** The result of an update. */
  public enum Status {
    INSTALLED,
    UNCHANGED,
    HELD
  }

  /** The share of the previous version's entries that the received version no longer has. */
  public double dropShare() {
    if (previous.isEmpty() || diff.isEmpty() || previous.get().entries() == 0) {
      return 0;
    }
    return (double) diff.get().removed().size() / previous.get().entries();
  }
}
