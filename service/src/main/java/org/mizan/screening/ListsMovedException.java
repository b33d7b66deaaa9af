package org.mizan.screening;

/**
 * The list versions recorded in force in the store are not those this service instance screens
 * against: another instance sharing the database put other versions in force. A monitored subject
 * screened here would miss what they changed; nothing is stored, and restarting this instance puts
 * it on the versions in force.
 */
public final class ListsMovedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ListsMovedException() {
    super(
        "the list versions in force in the store are not those this service screens against"
            + " (another instance sharing the database put other versions in force): restart this"
            + " instance with the versions in force (mizan lists update, or their files); nothing"
            + " was kept");
  }
}
