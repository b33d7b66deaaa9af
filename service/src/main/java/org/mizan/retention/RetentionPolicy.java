package org.mizan.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How long each category of stored data is kept as stored, masked or reduced before it is deleted.
 *
 * <p>Categories and what each operation does:
 *
 * <ul>
 *   <li>{@code api} (travellers of PAXLST messages) and {@code pnr} (travellers of PNRGOV
 *       messages): {@code mask} hides the traveller's data from the API (the data stays for an
 *       audited unmask); {@code delete} deletes the screening. Defaults P6M and P5Y, the EU PNR
 *       Directive's ((EU) 2016/681) Art. 12: data kept five years (12(1)), depersonalised after six
 *       months by masking out the elements that could identify the person, API data among them
 *       (12(2)), disclosed in full after that only with the approval 12(3) names, deleted
 *       permanently after five years (12(4)). Where API data fall under the API Directive
 *       (2004/82/EC, Art. 6(1): deleted within 24 hours unless needed later) alone, configure
 *       shorter periods. A traveller with a hit is deleted only once its alert may be deleted too
 *       (below).
 *   <li>{@code clean} (screenings through {@code screen} or {@code match} without a hit): {@code
 *       reduce} drops the matches below the alert threshold (other people's list data and scores)
 *       and keeps what the "no hit" certificate needs; {@code delete} deletes the screening.
 *       Defaults P6M and P5Y: the certificate is evidence of due diligence, and customer due
 *       diligence records are kept five years (Directive (EU) 2015/849, Art. 40(1)).
 *   <li>{@code alerts} (screenings through {@code screen} or {@code match} with hits): {@code
 *       delete} deletes the screening with its alert, decisions and their good-guy pairs, counted
 *       from the alert's closing (its last decision or confirmation); an alert not closed is never
 *       deleted. Default P5Y.
 *   <li>{@code cases}: {@code delete}, counted like {@code alerts}; an alert with an open case is
 *       never deleted. Default P5Y.
 * </ul>
 *
 * <p>A period is an ISO-8601 period ({@code P6M}, {@code P5Y}, {@code P30D}, {@code P1Y6M}) of at
 * least one day, or {@code never}. Immutable.
 */
public final class RetentionPolicy {
  /** The data categories. */
  public enum Category {
    /** Travellers of PAXLST messages. */
    API("api", Operation.MASK, Operation.DELETE),
    /** Travellers of PNRGOV messages. */
    PNR("pnr", Operation.MASK, Operation.DELETE),
    /** Subjects screened through {@code screen} or {@code match} without a hit. */
    CLEAN("clean", Operation.REDUCE, Operation.DELETE),
    /** Subjects screened through {@code screen} or {@code match} with hits, and their alerts. */
    ALERTS("alerts", Operation.DELETE),
    /** Cases opened by escalations. */
    CASES("cases", Operation.DELETE);

    private final String id;
    private final Set<Operation> operations;

    Category(String id, Operation... operations) {
      this.id = id;
      this.operations = Set.of(operations);
    }

    /** The name in configuration, the store and the audit trail, e.g. {@code pnr}. */
    public String id() {
      return id;
    }

    /** The operations the category takes. */
    public Set<Operation> operations() {
      return operations;
    }
  }

  /** What retention does to data whose period is over. */
  public enum Operation {
    /** Hide the subject from the API; keep it stored for an audited unmask. */
    MASK("mask"),
    /** Drop the matches of a clean screening; keep what its certificate needs. */
    REDUCE("reduce"),
    /** Delete. */
    DELETE("delete");

    private final String id;

    Operation(String id) {
      this.id = id;
    }

    /** The name in configuration and the audit trail, e.g. {@code mask}. */
    public String id() {
      return id;
    }
  }

  private static final Period SIX_MONTHS = Period.ofMonths(6);
  private static final Period FIVE_YEARS = Period.ofYears(5);

  private final Map<Category, Map<Operation, Optional<Period>>> periods;

  private RetentionPolicy(Map<Category, Map<Operation, Optional<Period>>> periods) {
    this.periods = periods;
  }

  /** The defaults: see the class comment. */
  public static RetentionPolicy defaults() {
    Map<Category, Map<Operation, Optional<Period>>> p = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      Map<Operation, Optional<Period>> ops = new EnumMap<>(Operation.class);
      for (Operation o : c.operations()) {
        ops.put(o, Optional.of(o == Operation.DELETE ? FIVE_YEARS : SIX_MONTHS));
      }
      p.put(c, ops);
    }
    return new RetentionPolicy(p);
  }

  /**
   * These settings with some changed.
   *
   * @param settings {@code CATEGORY.OPERATION=PERIOD}, e.g. {@code pnr.mask=P6M}, {@code
   *     clean.delete=never}; each setting at most once
   * @throws IllegalArgumentException naming the setting, when one is malformed, names a category or
   *     operation that does not exist or that the category does not take, holds a period that is
   *     not ISO-8601 or shorter than a day, is given twice, or when a category would be masked or
   *     reduced no earlier than it is deleted
   */
  public RetentionPolicy with(List<String> settings) {
    Map<Category, Map<Operation, Optional<Period>>> p = new EnumMap<>(Category.class);
    periods.forEach((c, ops) -> p.put(c, new EnumMap<>(ops)));
    Set<String> seen = new HashSet<>();
    for (String setting : settings) {
      int eq = setting.indexOf('=');
      int dot = setting.indexOf('.');
      if (eq < 0 || dot < 0 || dot > eq) {
        throw new IllegalArgumentException(
            "--retention " + setting + ": expected CATEGORY.OPERATION=PERIOD, e.g. pnr.mask=P6M");
      }
      String categoryId = setting.substring(0, dot).strip().toLowerCase(Locale.ROOT);
      String operationId = setting.substring(dot + 1, eq).strip().toLowerCase(Locale.ROOT);
      Category category =
          java.util.Arrays.stream(Category.values())
              .filter(c -> c.id().equals(categoryId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--retention "
                              + setting
                              + ": no category '"
                              + categoryId
                              + "' (api, pnr, clean, alerts, cases)"));
      Operation operation =
          category.operations().stream()
              .filter(o -> o.id().equals(operationId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--retention "
                              + setting
                              + ": "
                              + category.id()
                              + " takes "
                              + ids(category)
                              + ", not '"
                              + operationId
                              + "'"));
      if (!seen.add(category.id() + "." + operation.id())) {
        throw new IllegalArgumentException(
            "--retention "
                + category.id()
                + "."
                + operation.id()
                + " is given twice: give it once");
      }
      p.get(category).put(operation, period(setting, setting.substring(eq + 1).strip()));
    }
    for (Category c : Category.values()) {
      Optional<Period> delete = p.get(c).get(Operation.DELETE);
      for (Operation o : c.operations()) {
        Optional<Period> earlier = p.get(c).get(o);
        if (o != Operation.DELETE
            && earlier.isPresent()
            && delete.isPresent()
            && !shorter(earlier.get(), delete.get())) {
          throw new IllegalArgumentException(
              "--retention "
                  + c.id()
                  + "."
                  + o.id()
                  + " ("
                  + earlier.get()
                  + ") must be shorter than "
                  + c.id()
                  + ".delete ("
                  + delete.get()
                  + ", given or the default)");
        }
      }
    }
    return new RetentionPolicy(p);
  }

  private static String ids(Category c) {
    return c.operations().stream().sorted().map(Operation::id).collect(Collectors.joining(" and "));
  }

  private static Optional<Period> period(String setting, String text) {
    if (text.equalsIgnoreCase("never")) {
      return Optional.empty();
    }
    Period period;
    try {
      period = Period.parse(text);
    } catch (ArithmeticException e) {
      // Weeks beyond int range as days (P2147483647W).
      throw new IllegalArgumentException(
          "--retention " + setting + ": at most 100 years (P100Y), or never");
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--retention "
              + setting
              + ": not an ISO-8601 period of days, weeks, months or years (e.g. P6M, P5Y, P30D),"
              + " or never");
    }
    if (!period.isNegative() && !withinACentury(period)) {
      throw new IllegalArgumentException(
          "--retention " + setting + ": at most 100 years (P100Y), or never");
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(
          "--retention " + setting + ": a period of at least one day (e.g. P30D), or never");
    }
    return Optional.of(period);
  }

  /** Whether {@code period} from 2001-01-01 ends by 2101-01-01 (100 years). */
  private static boolean withinACentury(Period period) {
    LocalDate start = LocalDate.of(2001, 1, 1);
    try {
      return !start.plus(period).isAfter(start.plusYears(100));
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return false;
    }
  }

  /** Whether {@code a} ends before {@code b} when both start on the same day (2001-01-31). */
  private static boolean shorter(Period a, Period b) {
    LocalDate start = LocalDate.of(2001, 1, 31);
    return start.plus(a).isBefore(start.plus(b));
  }

  /** The period after which {@code operation} is done to {@code category}; empty for never. */
  public Optional<Period> period(Category category, Operation operation) {
    Map<Operation, Optional<Period>> ops = periods.get(category);
    if (!ops.containsKey(operation)) {
      throw new IllegalArgumentException(category.id() + " takes " + ids(category));
    }
    return ops.get(operation);
  }

  /**
   * The latest instant {@code t} with {@code t + period <= now} (calendar arithmetic in UTC): data
   * recorded at or before it is due. Exact at month ends too: on 2027-02-28 a six-month period is
   * over for 2026-08-31 (which plus six months is 2027-02-28), not only for 2026-08-28.
   */
  public static Instant cutoff(Instant now, Period period) {
    ZonedDateTime end = now.atZone(ZoneOffset.UTC);
    ZonedDateTime t = end.minus(period);
    // minus clamps at month ends: later days may end on the same day; a month has at most 31.
    for (int i = 0; i < 31 && !t.plusDays(1).plus(period).isAfter(end); i++) {
      t = t.plusDays(1);
    }
    return t.toInstant();
  }

  /** The settings as {@code CATEGORY.OPERATION=PERIOD} lines, for messages and documentation. */
  public List<String> describe() {
    List<String> out = new java.util.ArrayList<>();
    periods.forEach(
        (c, ops) ->
            ops.forEach(
                (o, p) ->
                    out.add(
                        c.id() + "." + o.id() + "=" + p.map(Period::toString).orElse("never"))));
    return out;
  }
}
