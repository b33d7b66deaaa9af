package org.mizan.match;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.mizan.model.EntryKind;
import org.mizan.model.EntryName;
import org.mizan.model.ListEntry;
import org.mizan.model.NameType;
import org.mizan.model.Subject;
import org.mizan.names.NameNormalizer;

/** Test helpers: names through the real pipeline, and whole-name scores through the Matcher. */
final class Names {
  static final NameNormalizer NORMALIZER = NameNormalizer.create();

  /** Screening on 2026-12-03, so that a zone's two-digit years keep their century. */
  static final Matcher MATCHER =
      Matcher.create(
          NORMALIZER, Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));

  private Names() {}

  static NameForm form(String name) {
    return NameForm.of(NORMALIZER.analyze(name));
  }

  /** The tokens of {@code name} as written (no joined articles). */
  static List<Token> tokens(String name) {
    return form(name).variants().get(0);
  }

  /** The single token of a one-part name. */
  static Token token(String part) {
    List<Token> tokens = tokens(part);
    if (tokens.size() != 1) {
      throw new IllegalArgumentException("not one part: " + part + " " + tokens);
    }
    return tokens.get(0);
  }

  /** A person entry with the given primary name and nothing else. */
  static ListEntry person(String id, String primaryName) {
    return entry(id, EntryKind.PERSON, primaryName);
  }

  /** An entry of the given kind with the given primary name and nothing else. */
  static ListEntry entry(String id, EntryKind kind, String primaryName) {
    return ListEntry.named(id, kind, List.of(EntryName.of(primaryName, NameType.PRIMARY)));
  }

  /** The Matcher's score of {@code query} (name alone) against a person named {@code listName}. */
  static double score(String query, String listName) {
    return score(query, EntryKind.PERSON, listName);
  }

  /**
   * The Matcher's score of {@code query} (name alone) against an entry of {@code kind} named {@code
   * listName}.
   */
  static double score(String query, EntryKind kind, String listName) {
    return MATCHER
        .score(
            MATCHER.prepare(Subject.ofName("q", query)),
            MATCHER.prepare("test", entry("T.1", kind, listName)))
        .score();
  }

  /** The excerpt's entry with this reference number, prepared for scoring. */
  static Candidate candidate(String id) {
    return MATCHER.prepare(
        org.mizan.lists.un.UnListParser.SOURCE, org.mizan.lists.un.Excerpt.entry(id));
  }
}
