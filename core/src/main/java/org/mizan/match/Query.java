package org.mizan.match;

import java.util.Objects;
import org.mizan.model.Subject;

/** A subject prepared for scoring by {@link Matcher#prepare(Subject)}. Immutable. */
public final class Query {
  private final Subject subject;
  private final NameForm name;

  Query(Subject subject, NameForm name) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.name = name;
  }

  public Subject subject() {
    return subject;
  }

  NameForm name() {
    return name;
  }

  /**
   * The retrieval keys of the subject's name: the consonant skeletons of its parts that are not
   * particles, as written and with articles joined.
   */
  public java.util.Set<String> keys() {
    return Keys.of(name);
  }
}
