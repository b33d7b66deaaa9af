package org.mizan.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mizan.lists.un.UnListParser;
import org.mizan.model.Countries;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * Which follow-up tasks a confirmed true match creates: those UN Security Council resolution 2178
 * (2014) describes for a person designated on the ISIL (Da'esh) &amp; Al-Qaida Sanctions List.
 *
 * <p>The rule applies to a hit on an entry of the UN Security Council Consolidated List (source
 * {@value org.mizan.lists.un.UnListParser#SOURCE}) whose UN list type ({@link
 * ListEntry#programs()}, {@code UN_LIST_TYPE}) is {@value #UN_LIST_TYPE}: the entries of the ISIL
 * (Da'esh) &amp; Al-Qaida Sanctions List of the Committee pursuant to resolutions 1267 (1999), 1989
 * (2011) and 2253 (2015), reference numbers {@code QDi.*} and {@code QDe.*}. The entry is looked up
 * in the lists in force; a hit on any other list or programme (e.g. the 1518 Iraq list, {@code
 * IQi.*}) creates none. When the supervisor's confirmation makes such a true match effective, it
 * creates, due a number of days after the confirmation ({@link Periods}):
 *
 * <ol>
 *   <li>{@link Task.Kind#CONFIRM_INTERPOL}: confirm the identity through the INTERPOL National
 *       Central Bureau (addressee {@value Task#INTERPOL_NCB}) — the notifications rest on it;
 *   <li>{@link Task.Kind#NOTIFY_COMMITTEE}: report to the Committee (addressee {@value
 *       Task#COMMITTEE}) — resolution 2178 (2014), operative paragraph 9, calls upon States to
 *       report the departure, attempted entry or transit of a designated individual to the
 *       Committee;
 *   <li>{@link Task.Kind#NOTIFY_STATE}: share the information with the person's State of residence
 *       or nationality (the same paragraph) — one task per state known, by ISO 3166-1 alpha-2 code:
 *       the nationality as screened, then the entry's nationalities as listed; a nationality that
 *       maps to no ISO code counts as not known. When no state is known, one task addressed to
 *       {@value Task#STATE_UNDETERMINED}.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class FollowUps {
  /** The UN list type of the ISIL (Da'esh) &amp; Al-Qaida Sanctions List's entries. */
  public static final String UN_LIST_TYPE = "Al-Qaida";

  /**
   * Days from the confirmation to each kind's due time, each 0–365.
   *
   * @param confirmInterpolDays for {@link Task.Kind#CONFIRM_INTERPOL}
   * @param notifyCommitteeDays for {@link Task.Kind#NOTIFY_COMMITTEE}
   * @param notifyStateDays for {@link Task.Kind#NOTIFY_STATE}
   */
  public record Periods(int confirmInterpolDays, int notifyCommitteeDays, int notifyStateDays) {
    /**
     * The defaults: the identity confirmed within 1 day, the Committee and the states notified
     * within 3 days (a designated person found at the border or in a passenger list is travelling:
     * partners can act only on a prompt notice).
     */
    public static final Periods DEFAULT = new Periods(1, 3, 3);

    public Periods {
      for (int days : new int[] {confirmInterpolDays, notifyCommitteeDays, notifyStateDays}) {
        if (days < 0 || days > 365) {
          throw new IllegalArgumentException("follow-up periods are 0–365 days: " + days);
        }
      }
    }
  }

  private final Map<String, ListEntry> designated;
  private final Periods periods;

  private FollowUps(Map<String, ListEntry> designated, Periods periods) {
    this.designated = Map.copyOf(designated);
    this.periods = periods;
  }

  /** The rule over the lists in force, with these periods. */
  public static FollowUps over(List<Watchlist> lists, Periods periods) {
    Map<String, ListEntry> designated = new HashMap<>();
    for (Watchlist list : lists) {
      if (!list.version().source().equals(UnListParser.SOURCE)) {
        continue;
      }
      for (ListEntry e : list.entries()) {
        if (e.programs().stream().anyMatch(p -> key(p).equals(key(UN_LIST_TYPE)))) {
          designated.put(e.id(), e);
        }
      }
    }
    return new FollowUps(designated, periods);
  }

  /**
   * Whether a true match on this hit calls for follow-up tasks: its entry is on the ISIL (Da'esh)
   * &amp; Al-Qaida Sanctions List in the lists in force.
   */
  public boolean applies(Alert.Hit hit) {
    return hit.source().equals(UnListParser.SOURCE) && designated.containsKey(hit.entry());
  }

  /**
   * The tasks a confirmed decision creates, in due order; none unless it is a confirmed true match
   * on a hit the rule {@link #applies} to.
   *
   * @param screenedNationality the nationality of the screened subject as given (ISO code or
   *     English name; empty when none), asked only when tasks are due
   * @param ids new task ids
   */
  List<Task> after(
      Alert alert, Decision decision, Supplier<String> screenedNationality, Supplier<String> ids) {
    Alert.Hit hit = new Alert.Hit(decision.source(), decision.entry());
    if (decision.disposition() != Disposition.TRUE_MATCH
        || decision.confirmation().isEmpty()
        || !applies(hit)) {
      return List.of();
    }
    Decision.Confirmation c = decision.confirmation().get();
    List<Task> tasks = new ArrayList<>();
    tasks.add(
        task(
            alert,
            decision,
            c,
            Task.Kind.CONFIRM_INTERPOL,
            Task.INTERPOL_NCB,
            Task.BASIS_LISTED,
            periods.confirmInterpolDays(),
            ids));
    tasks.add(
        task(
            alert,
            decision,
            c,
            Task.Kind.NOTIFY_COMMITTEE,
            Task.COMMITTEE,
            Task.BASIS_LISTED,
            periods.notifyCommitteeDays(),
            ids));
    states(screenedNationality.get(), designated.get(hit.entry()))
        .forEach(
            (state, basis) ->
                tasks.add(
                    task(
                        alert,
                        decision,
                        c,
                        Task.Kind.NOTIFY_STATE,
                        state,
                        basis,
                        periods.notifyStateDays(),
                        ids)));
    return List.copyOf(tasks);
  }

  /** The states to notify, by ISO code, with the basis of each; one undetermined when none. */
  private static Map<String, String> states(String screened, ListEntry entry) {
    Countries countries = Countries.standard();
    Map<String, String> states = new LinkedHashMap<>();
    Optional.ofNullable(screened)
        .filter(s -> !s.isBlank())
        .flatMap(countries::code)
        .ifPresent(code -> states.put(code, "screened-nationality"));
    for (String listed : entry.nationalities()) {
      countries
          .code(listed)
          .ifPresent(
              code ->
                  states.merge(
                      code,
                      "listed-nationality",
                      (was, now) ->
                          was.equals("screened-nationality")
                              ? "screened-and-listed-nationality"
                              : was));
    }
    if (states.isEmpty()) {
      states.put(Task.STATE_UNDETERMINED, "none-known");
    }
    return states;
  }

  private static Task task(
      Alert alert,
      Decision decision,
      Decision.Confirmation c,
      Task.Kind kind,
      String addressee,
      String basis,
      int days,
      Supplier<String> ids) {
    Instant due = c.at().plus(Duration.ofDays(days));
    return new Task(
        ids.get(),
        alert.id(),
        decision.id(),
        decision.source(),
        decision.entry(),
        kind,
        addressee,
        basis,
        due,
        Task.Status.OPEN,
        c.by(),
        c.at(),
        Optional.empty());
  }

  private static String key(String program) {
    return program.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
