package org.mizan.match;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The similarities of one query's name parts with the list name parts they meet, each computed once
 * ({@link NameSimilarity#parts}): a query meets the same list parts ({@code muhammad}, {@code
 * abdul}, ...) in entry after entry. Parts are told apart by identity: list parts are shared
 * instances within one prepared list ({@link Matcher.Preparer}), and the query's parts are its own.
 * Holds one query's parts only; not thread-safe, one per screening call.
 */
final class PartMemo {
  /** No memo: every similarity computed afresh (one-off scores). */
  static final PartMemo NONE = new PartMemo(false);

  private final boolean remember;
  private final Map<Token, Map<Token, Double>> byQueryPart = new IdentityHashMap<>();

  private PartMemo(boolean remember) {
    this.remember = remember;
  }

  /** A memo for one query. */
  static PartMemo forQuery() {
    return new PartMemo(true);
  }

  /** {@link NameSimilarity#parts}{@code (query, list)}, remembered for these two instances. */
  double parts(Token query, Token list) {
    if (!remember) {
      return NameSimilarity.parts(query, list);
    }
    Map<Token, Double> known = byQueryPart.computeIfAbsent(query, q -> new IdentityHashMap<>());
    Double s = known.get(list);
    if (s == null) {
      s = NameSimilarity.parts(query, list);
      known.put(list, s);
    }
    return s;
  }
}
