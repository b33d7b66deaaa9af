package org.mizan.screening;

/**
 * A subject is registered under a reference another subject still monitored has: a reference names
 * one monitored subject (checked in the registration's transaction).
 */
public final class AlreadyMonitoredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param subjectId the subject monitored under that reference
   */
  public AlreadyMonitoredException(String subjectId) {
    super(
        "reference: a subject with this reference is monitored already (subject_id "
            + subjectId
            + "); end its monitoring first to register it again with other data");
  }
}
