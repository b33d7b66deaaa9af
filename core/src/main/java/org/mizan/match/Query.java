package org.mizan.match;

import java.util.Objects;
import java.util.Set;
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
   * The retrieval keys of the subject's name: for its parts that are not particles, as written and
   * with articles joined, the consonant skeletons and their one-letter deletions (and the Latin
   * spelling of short parts); a name part one typing error away from a query part shares a key.
   */
  public Set<String> keys() {
    return Keys.of(name);
  }
}
