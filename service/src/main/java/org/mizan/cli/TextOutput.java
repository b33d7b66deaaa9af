package org.mizan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.match.FeatureScore;
import org.mizan.match.Match;
import org.mizan.model.NameType;
import org.mizan.model.Watchlist;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningResult;
import org.mizan.screening.SubjectFields;
import org.mizan.screening.ZoneReading;

/** Renders screening results as text for a person at a terminal. */
final class TextOutput {
  private TextOutput() {}

  static void lists(PrintWriter w, ScreeningResult result) {
    lists(w, result.lists(), result.programs(), result.threshold(), result.hitsOnly());
  }

  /**
   * The lists screened against, each with the programs it was restricted to (none: whole lists),
   * and the alert threshold with what is shown: the matches from the reporting floor, or with
   * {@code hitsOnly} the hits alone.
   */
  static void lists(
      PrintWriter w,
      List<Watchlist> lists,
      Map<String, List<String>> programs,
      double threshold,
      boolean hitsOnly) {
    for (Watchlist list : lists) {
      w.printf(
          Locale.ROOT,
          "List: %s, version %s, %s%s%n",
          printable(list.version().source()),
          printable(list.version().label()),
          count(list.entries().size(), "entry", "entries"),
          programs.isEmpty() ? "" : " (" + onlyPrograms(programs, list) + ")");
    }
    String floor = threshold(Screening.REPORTING_FLOOR);
    if (hitsOnly) {
      w.printf(
          Locale.ROOT,
          "Alert threshold %s; hits alone are shown (--hits-only), every one.%n",
          threshold < Screening.REPORTING_FLOOR
              ? threshold(threshold)
                  + " (below the reporting floor "
                  + floor
                  + ", which applies: no match below it is a hit)"
              : threshold(threshold));
    } else {
      w.printf(
          Locale.ROOT,
          "Alert threshold %s; matches below the reporting floor %s are not shown.%n",
          threshold < Screening.REPORTING_FLOOR
              ? threshold(threshold) + " (below the reporting floor: every match shown is a hit)"
              : threshold(threshold),
          floor);
    }
  }

  private static String onlyPrograms(Map<String, List<String>> programs, Watchlist list) {
    List<String> used = programs.getOrDefault(list.version().source(), List.of());
    return used.isEmpty()
        ? "none of the programs given"
        : "only programs: " + printable(String.join(", ", used));
  }

  /**
   * One subject's result: its line, the zone its name was read as, its matches with their
   * explanations; when it has {@code limit} matches or more, a note that more below the threshold
   * may lie beyond the limit (every hit is shown whatever the limit). A result of the hits alone
   * ({@link ScreeningResult#hitsOnly()}) shows every one, and says no match was looked for below
   * them.
   */
  static void result(PrintWriter w, ScreeningResult result, boolean withLists, int limit) {
    boolean hitsOnly = result.hitsOnly();
    if (withLists) {
      lists(w, result);
    }
    w.println();
    String subject = withLists ? "Subject" : "Subject " + printable(result.subject().id());
    if (hitsOnly) {
      w.printf(
          Locale.ROOT,
          "%s: %s — %d hit%s%n",
          subject,
          printable(result.subject().name()),
          result.hits(),
          result.hits() == 1 ? "" : "s");
    } else {
      w.printf(
          Locale.ROOT,
          "%s: %s — %d hit%s, %d match%s%s%n",
          subject,
          printable(result.subject().name()),
          result.hits(),
          result.hits() == 1 ? "" : "s",
          result.matches().size(),
          result.matches().size() == 1 ? "" : "es",
          // At a threshold at or below the floor every match is a hit, and every hit is shown.
          result.matches().size() >= limit && result.threshold() > Screening.REPORTING_FLOOR
              ? " (--limit " + limit + " reached: more below the threshold may not be shown)"
              : "");
    }
    result
        .zone()
        .map(ZoneReading::of)
        .ifPresent(z -> w.printf("    %s%n", printable(z.describe())));
    int rank = 1;
    for (Match m : result.matches()) {
      w.printf(
          Locale.ROOT,
          "%2d. %-5s %s  %s  %s  %s  %s%n",
          rank++,
          result.isHit(m) ? "HIT" : "-",
          score(m.score()),
          printable(m.entry().id()),
          printable(m.source()),
          m.entry().kind().id(),
          printable(m.entry().primaryName()));
      if (m.listNameType() != NameType.PRIMARY) {
        w.printf(
            "      matched %s name: %s%n", describe(m.listNameType()), printable(m.listName()));
      }
      for (FeatureScore f : m.explanation()) {
        w.printf(
            Locale.ROOT,
            "      %-11s score %s  weight %.2f  %s | %s: %s%n",
            f.feature(),
            score(f.score()),
            f.weight(),
            printable(f.query()),
            printable(f.list()),
            printable(f.detail()));
      }
    }
    if (result.matches().isEmpty()) {
      // With --hits-only, matches below the threshold were not looked for.
      w.println(
          hitsOnly
              ? "    no hit (matches below the threshold were not looked for)"
              : "    no match at or above the reporting floor");
    }
  }

  /** {@code n} and the word for one or for many ({@code 1 entry}, {@code 1003 entries}). */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * A score in [0, 1] to three decimals, cut rather than rounded: 0.8498 is shown 0.849, so that a
   * match below an alert threshold of 0.85 never shows as 0.850 beside a hit.
   */
  static String score(double score) {
    return BigDecimal.valueOf(score).setScale(3, RoundingMode.FLOOR).toPlainString();
  }

  /** A threshold as given, to two decimals at least and four at most (0.85, 0.855). */
  static String threshold(double threshold) {
    BigDecimal t = BigDecimal.valueOf(threshold).setScale(4, RoundingMode.HALF_UP);
    t = t.stripTrailingZeros();
    return t.setScale(Math.max(2, t.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  /**
   * The text with the characters that do not show as what they are ({@link SubjectFields#isHidden}:
   * controls, format characters such as bidi marks, zero-width spaces, word joiners, byte-order
   * marks, soft hyphens and tags, the other default-ignorable ones such as the Hangul fillers,
   * which look like spaces, line and paragraph separators, private-use characters) shown as {@code
   * \\uXXXX} (two for a character beyond the BMP), so that a value cannot move the cursor, ring the
   * bell, add lines, reorder the report around it or hide a character the name holds. The joiners
   * Persian and Arabic names write inside words (U+200C, U+200D) are kept.
   */
  static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      // What an identifier may not hold shows as nothing, or as something else; the joiners Persian
      // and Arabic names write inside words are kept.
      boolean hidden = SubjectFields.isHidden(c) && c != '\u200C' && c != '\u200D';
      for (int k = i; k < i + n; k++) {
        if (hidden) {
          b.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(k)));
        } else {
          b.append(text.charAt(k));
        }
      }
      i += n;
    }
    return b.toString();
  }

  private static String describe(NameType type) {
    return switch (type) {
      case PRIMARY -> "primary";
      case ALIAS_GOOD -> "alias";
      case ALIAS_LOW -> "low-quality alias";
      case ORIGINAL_SCRIPT -> "original-script";
    };
  }
}
