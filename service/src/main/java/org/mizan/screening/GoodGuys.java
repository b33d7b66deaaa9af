package org.mizan.screening;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mizan.audit.AuditChain;
import org.mizan.model.ListEntry;

/**
 * The good-guy list (port; the store implements it): pairs of a screened subject and a list entry
 * that a person found to be a false positive. Such a hit is suppressed in later screenings — still
 * recorded and shown, marked {@code suppressed}, but raising no alert — until the subject's data or
 * the entry's content changes: the pair is keyed by hashes of both, not by time.
 */
public interface GoodGuys {
  /**
   * A subject and a list entry, by content.
   *
   * @param subjectKey {@link #subjectKey} of the screened subject
   * @param source the list source
   * @param entry the entry id
   * @param entrySha256 {@link #entryHash} of the entry as screened
   */
  record Pair(String subjectKey, String source, String entry, String entrySha256) {}

  /**
   * Which of {@code pairs} are on the list, with the id of the decision that put each there.
   *
   * @throws org.mizan.audit.StoreUnavailableException when the store cannot be reached
   */
  Map<Pair, String> suppressing(List<Pair> pairs);

  /**
   * SHA-256 hex of a subject's data as the contract renders its query ({@code name, dob,
   * nationality, gender, document, kind}; not its id): the same person screened with the same data
   * has the same key, and any change of data another.
   */
  static String subjectKey(JsonNode query) {
    StringBuilder b = new StringBuilder();
    for (String key : List.of("name", "dob", "nationality", "gender", "document", "kind")) {
      String v = query.path(key).asText("");
      b.append(v.length()).append(':').append(v).append('\n');
    }
    return sha256(b.toString());
  }

  /**
   * The hits of {@code result} as pairs with the subject {@code subjectKey}, in the order of its
   * matches: by these a hit is put on the list, suppressed, or known as raised before.
   */
  static List<Pair> hitPairs(String subjectKey, ScreeningResult result) {
    List<Pair> pairs = new java.util.ArrayList<>();
    for (org.mizan.match.Match m : result.matches()) {
      if (result.isHit(m)) {
        pairs.add(new Pair(subjectKey, m.source(), m.entry().id(), entryHash(m.entry())));
      }
    }
    return pairs;
  }

  /**
   * SHA-256 hex of a list entry's content as Mizan reads it (every field): a changed entry (another
   * alias, a date of birth added) has another hash.
   */
  static String entryHash(ListEntry entry) {
    return sha256(entry.toString());
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(AuditChain.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
