package org.mizan.audit;

/**
 * An audit event in the store whose fields no event can hold (a time that is not one, a missing
 * value): the row was changed outside Mizan. The message names the event's seq.
 */
public final class UnreadableEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long seq;

  public UnreadableEventException(long seq, Throwable cause) {
    super(
        "audit event "
            + seq
            + " cannot be read: the row was changed outside Mizan (run mizan audit verify)",
        cause);
    this.seq = seq;
  }

  /** The seq of the unreadable event. */
  public long seq() {
    return seq;
  }
}
