package org.mizan.review;

/**
 * Case records opened by escalations, for the work that follows (port; the store implements it).
 * Case management itself comes later; here a case is where an escalated hit is handed over.
 */
public interface Cases {
  /**
   * Opens a case for an escalated hit.
   *
   * @param alert the alert
   * @param hit the escalated hit
   * @param by who escalated it
   * @param reason why, as written
   * @return the new case's id
   */
  String open(Alert alert, Alert.Hit hit, String by, String reason);
}
