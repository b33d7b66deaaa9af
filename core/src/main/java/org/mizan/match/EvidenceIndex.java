package org.mizan.match;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries' dates of birth, nationalities and document numbers, indexed so that retrieval can
 * tell, for one query, which entries its subject's evidence may let through with a lower name score
 * ({@link #mayAskLess}). A traveller gives a date of birth, and most listed people's are five years
 * or more from it: such an entry needs a name score of 0.86 or more ({@link
 * Matcher#leastFloorWithFarDates}) unless it shares a nationality or a document number with the
 * subject, and retrieval need not compare parts for it at the reach of the reporting floor. Built
 * once per index; immutable.
 */
final class EvidenceIndex {
  private final int size;
  private final long[] birthFrom;
  private final long[] birthTo;
  private final Map<String, BitSet> byNationalityCode = new HashMap<>();
  private final BitSet uncodedNationality = new BitSet();
  private final BitSet anyNationality = new BitSet();
  private final Map<String, BitSet> byDocument = new HashMap<>();

  /** The evidence of {@code candidates}, by ordinal. */
  EvidenceIndex(List<Candidate> candidates) {
    size = candidates.size();
    birthFrom = new long[size];
    birthTo = new long[size];
    for (int i = 0; i < size; i++) {
      Candidate c = candidates.get(i);
      birthFrom[i] = c.birthFrom();
      birthTo[i] = c.birthTo();
      int nationalities = c.entry().nationalities().size();
      for (int k = 0; k < nationalities; k++) {
        anyNationality.set(i);
        String code = c.nationalityCode(k);
        if (code == null) {
          uncodedNationality.set(i);
        } else {
          byNationalityCode.computeIfAbsent(code, x -> new BitSet()).set(i);
        }
      }
      int documents = c.entry().documents().size();
      for (int k = 0; k < documents; k++) {
        String key = c.documentKey(k);
        if (!key.isEmpty()) {
          byDocument.computeIfAbsent(key, x -> new BitSet()).set(i);
        }
      }
    }
  }

  /**
   * The ordinals of the entries for which {@link Matcher#nameFloor} of {@code query} at {@code
   * floor} may be below {@code level}: those whose dates of birth are not all far from the
   * subject's ({@link Candidate#birthDatesFarFrom}, none listed included), that may share a
   * nationality with it (one the list gives in words no country code is known for included), or
   * that list its document number. Every other entry asks {@code level} or more. Null when every
   * entry may: the subject gives no date of birth, or {@link Matcher#leastFloorWithFarDates} of
   * {@code floor} is below {@code level}.
   */
  BitSet mayAskLess(Query query, double floor, double level) {
    if (!query.hasBirthDates() || Matcher.leastFloorWithFarDates(floor) < level) {
      return null;
    }
    BitSet may = new BitSet(size);
    long from = query.birthFrom();
    long to = query.birthTo();
    for (int i = 0; i < size; i++) {
      if (birthFrom[i] > birthTo[i] || !BirthDates.farApart(from, to, birthFrom[i], birthTo[i])) {
        may.set(i);
      }
    }
    if (!query.subject().nationality().isEmpty()) {
      String code = query.nationalityCode();
      if (code == null) {
        may.or(anyNationality);
      } else {
        may.or(uncodedNationality);
        BitSet same = byNationalityCode.get(code);
        if (same != null) {
          may.or(same);
        }
      }
    }
    BitSet document = byDocument.get(query.documentKey());
    if (document != null) {
      may.or(document);
    }
    return may;
  }
}
