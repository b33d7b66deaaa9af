package org.mizan.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mizan.model.ListEntry;
import org.mizan.model.Subject;

/**
 * One evaluation query: what is screened, which entries are the right answer, and which entries of
 * the list stand in for others for this query alone.
 *
 * @param subject what is screened
 * @param truth ids of the entries that are this person (usually one; two when the list carries the
 *     same person twice); empty for a negative (someone on no list)
 * @param replaced entries searched in place of the list's entries of the same id, for this query
 *     only (the target entry with its held-back alias removed); usually empty
 * @param conflicting for a negative whose evidence rules some entries out (a date of birth far from
 *     every date they list): the ids of those entries, a hit on which is counted apart ({@link
 *     Metric#CONFLICTING_HITS_PER_1000}); empty otherwise
 */
record LabelledQuery(
    Subject subject, Set<String> truth, List<ListEntry> replaced, Set<String> conflicting) {
  LabelledQuery {
    Objects.requireNonNull(subject, "subject");
    truth = Set.copyOf(truth);
    replaced = List.copyOf(replaced);
    conflicting = Set.copyOf(conflicting);
  }

  /** A query with no entries ruled out by its evidence. */
  LabelledQuery(Subject subject, Set<String> truth, List<ListEntry> replaced) {
    this(subject, truth, replaced, Set.of());
  }

  /** A query whose right answer is {@code truth}, against the list as it is. */
  static LabelledQuery positive(Subject subject, Set<String> truth) {
    return new LabelledQuery(subject, truth, List.of());
  }

  /** A query that should match no entry. */
  static LabelledQuery negative(Subject subject) {
    return new LabelledQuery(subject, Set.of(), List.of());
  }

  /**
   * A query that should match no entry, whose evidence rules out the entries {@code conflicting}.
   */
  static LabelledQuery negative(Subject subject, Set<String> conflicting) {
    return new LabelledQuery(subject, Set.of(), List.of(), conflicting);
  }
}
