package org.mizan.lists.ftm;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code Sanction} entity says about the entity it designates.
 *
 * @param programs its {@code program} values (the regime as the authority names it, e.g. {@code
 *     Al-Qaida})
 * @param programIds its {@code programId} values (OpenSanctions' program key, e.g. {@code
 *     UN-SCISIL})
 * @param references the authority's own identifiers of the designation: {@code unscId} (the UN
 *     reference number, e.g. {@code QDi.290}), then {@code authorityId}
 * @param listingDates its {@code listingDate} values, then its {@code startDate} values, as written
 */
record Sanction(
    List<String> programs,
    List<String> programIds,
    List<String> references,
    List<String> listingDates) {

  static Sanction of(Entity sanction) {
    return new Sanction(
        sanction.values("program"),
        sanction.values("programId"),
        concat(sanction.values("unscId"), sanction.values("authorityId")),
        concat(sanction.values("listingDate"), sanction.values("startDate")));
  }

  private static List<String> concat(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return List.copyOf(all);
  }
}
