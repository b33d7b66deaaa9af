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
}
