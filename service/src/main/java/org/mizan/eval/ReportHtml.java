package org.mizan.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.model.ListVersion;
import org.mizan.model.Watchlist;

/**
 * {@code report.html}: the report as one self-contained page (inline CSS and SVG, no script, no
 * outside resource): settings, lists, a table of figures per query set and engine, the {@link
 * Calibration} tables of each engine, and per query set the score histograms of right and other
 * entries and the curve of recall against alerts per 1,000 clean names.
 */
final class ReportHtml {
  private static final String[] COLOURS = {"#2166ac", "#d6604d"};
  private static final String TRUE_COLOUR = "#1b7837";
  private static final String FALSE_COLOUR = "#c51b7d";

  private final StringBuilder out = new StringBuilder();

  private ReportHtml() {}

  static String render(Report report) {
    ReportHtml html = new ReportHtml();
    html.page(report);
    return html.out.toString();
  }

  private void page(Report report) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Mizan evaluation</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:75em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right}")
        .append("th{background:#f3f3f3}td.l,th.l{text-align:left}")
        .append(".ci{color:#777;font-size:.8em}.run{border-top:2px solid #ddd;margin-top:2em}")
        .append(".cal{display:inline-block;vertical-align:top;margin-right:2em}")
        .append("tr.at td{font-weight:bold}tr.best td{background:#e6f2e6}")
        .append(
            "svg{margin:.5em 1em .5em 0;vertical-align:top}dl{columns:2}dd{margin:0 0 .3em 1em}")
        .append("</style></head><body>\n<h1>Mizan evaluation</h1>\n");
    settings(report);
    lists(report);
    summary(report, true);
    summary(report, false);
    calibration(report);
    for (Report.Run run : report.runs()) {
      run(report, run);
    }
    out.append("</body></html>\n");
  }

  private void settings(Report report) {
    EvalSettings s = report.settings();
    out.append("<p>Split <b>").append(s.split().id()).append("</b>");
    if (!report.data().isEmpty()) {
      out.append(" · data ").append(esc(report.data()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            " · bootstrap %d resamples, seed %d, %.0f %% intervals · %d processors · %.1f s in all."
                + "</p>\n",
            s.resamples(),
            s.seed(),
            s.confidence() * 100,
            report.processors(),
            report.seconds()));
    out.append("<ul>");
    for (Report.EngineInfo e : report.engines()) {
      out.append("<li><b>").append(esc(e.id())).append("</b>: ").append(esc(e.description()));
      out.append("</li>");
    }
    out.append("</ul>\n");
  }

  private void lists(Report report) {
    out.append("<table><tr><th class=l>list</th><th class=l>version</th><th class=l>sha256</th>")
        .append("<th>entries</th><th class=l>file</th></tr>\n");
    Map<ListVersion, Watchlist> lists = new LinkedHashMap<>();
    report.runs().forEach(r -> lists.putIfAbsent(r.set().list().version(), r.set().list()));
    for (Watchlist l : lists.values()) {
      out.append("<tr><td class=l>")
          .append(esc(l.version().source()))
          .append("</td><td class=l>")
          .append(esc(l.version().published()))
          .append("</td><td class=l>")
          .append(l.version().sha256(), 0, 16)
          .append("…</td><td>")
          .append(l.entries().size())
          .append("</td><td class=l>")
          .append(esc(report.listFiles().getOrDefault(l.version(), "")))
          .append("</td></tr>\n");
    }
    out.append("</table>\n<p>A list derived from a file (such as the Latin-only UN list of the")
        .append(" cross-script suite) is that file's version; each query set names the list it")
        .append(" searched.</p>\n");
  }

  private void summary(Report report, boolean positive) {
    List<Report.Run> runs =
        report.runs().stream().filter(r -> r.set().positive() == positive).toList();
    if (runs.isEmpty()) {
      return;
    }
    List<Metric> metrics =
        // A column for every figure a set of this side may have; a set without it shows "–".
        java.util.Arrays.stream(Metric.values()).filter(m -> m.appliesTo(positive, true)).toList();
    out.append("<h2>")
        .append(positive ? "Listed people (recall)" : "People on no list (false alerts)")
        .append(
            "</h2>\n<table><tr><th class=l>query set</th><th>queries</th><th class=l>engine</th>");
    metrics.forEach(
        m ->
            out.append("<th title=\"")
                .append(esc(m.description()))
                .append("\">")
                .append(m.id().replace('_', ' '))
                .append("</th>"));
    out.append("</tr>\n");
    for (Report.Run run : runs) {
      boolean first = true;
      for (Report.EngineResult r : run.results()) {
        out.append("<tr>");
        if (first) {
          out.append("<td class=l rowspan=")
              .append(run.results().size())
              .append("><a href=\"#")
              .append(anchor(run))
              .append("\">")
              .append(esc(run.set().name()))
              .append("</a>")
              .append(partOf(run.set()))
              .append("</td><td rowspan=")
              .append(run.results().size())
              .append(">")
              .append(run.set().queries().size())
              .append("</td>");
          first = false;
        }
        out.append("<td class=l>").append(esc(r.engine())).append("</td>");
        for (Metric m : metrics) {
          Estimate e = r.figures().get(m);
          if (e == null) {
            // A figure of some query sets only (Metric#CONFLICTING_HITS_PER_1000).
            out.append("<td>–</td>");
            continue;
          }
          out.append("<td>").append(number(e.value(), m));
          if (!Double.isNaN(e.low())) {
            out.append("<br><span class=ci>")
                .append(number(e.low(), m))
                .append("–")
                .append(number(e.high(), m))
                .append("</span>");
          }
          out.append("</td>");
        }
        out.append("</tr>\n");
      }
    }
    out.append("</table>\n");
  }

  /**
   * Per engine: what was pooled, a table of precision per score band, and a table of precision,
   * recall and F1 at each candidate threshold with the alert threshold (bold) and the best F1
   * (shaded) marked.
   */
  private void calibration(Report report) {
    List<Calibration.Table> tables = Calibration.of(report);
    if (tables.isEmpty()) {
      return;
    }
    out.append("<h2 id=calibration>Calibration: what a score means in measured precision</h2>\n");
    for (Calibration.Table t : tables) {
      out.append("<h3>").append(esc(t.engine())).append("</h3>\n<p>");
      out.append(esc(t.description())).append(" Pooled: ");
      out.append(esc(String.join(", ", t.runs()))).append(".</p>\n<p>");
      out.append(String.format(Locale.ROOT, "Alert threshold %.2f", t.alertThreshold()));
      t.atAlertThreshold()
          .ifPresent(
              p ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          " (precision %s, recall %s, F1 %s)",
                          ratio(p.precision()),
                          ratio(p.recall()),
                          ratio(p.f1()))));
      t.bestF1()
          .ifPresent(
              p ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "; highest F1 at %.2f (precision %s, recall %s, F1 %s)",
                          p.threshold(),
                          ratio(p.precision()),
                          ratio(p.recall()),
                          ratio(p.f1()))));
      out.append(".</p>\n<div class=cal><table><tr><th class=l>score band</th>")
          .append("<th>true matches</th><th>false matches</th><th>of them, clean names</th>")
          .append("<th>precision</th></tr>\n");
      for (Calibration.Band b : t.bands()) {
        out.append(
            String.format(
                Locale.ROOT,
                "<tr><td class=l>%.2f–%.2f%s</td><td>%d</td><td>%d</td><td>%d</td><td>%s</td></tr>\n",
                b.from(),
                b.to(),
                b.to() == 1.0 ? " (incl.)" : "",
                b.trueMatches(),
                b.falseMatches(),
                b.ofNegatives(),
                ratio(b.precision())));
      }
      out.append("</table></div><div class=cal><table><tr><th>threshold</th><th>precision</th>")
          .append("<th>recall</th><th>F1</th><th>true matches</th><th>false matches</th></tr>\n");
      double best = t.bestF1().map(Calibration.Point::threshold).orElse(Double.NaN);
      for (Calibration.Point p : t.points()) {
        String cls =
            p.threshold() == t.alertThreshold()
                ? (p.threshold() == best ? " class=\"at best\"" : " class=at")
                : (p.threshold() == best ? " class=best" : "");
        out.append(
            String.format(
                Locale.ROOT,
                "<tr%s><td>%.2f</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td></tr>\n",
                cls,
                p.threshold(),
                ratio(p.precision()),
                ratio(p.recall()),
                ratio(p.f1()),
                p.trueMatches(),
                p.falseMatches()));
      }
      out.append("</table></div>\n");
    }
  }

  private static String ratio(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  /**
   * For the summary table, of a set whose queries are a part of another's ({@link
   * QuerySet#partOf}): which (its own description says it too).
   */
  private static String partOf(QuerySet set) {
    return set.partOf().isEmpty() ? "" : " (a part of " + esc(set.partOf()) + ", not pooled again)";
  }

  private void run(Report report, Report.Run run) {
    QuerySet set = run.set();
    out.append("<div class=run id=\"")
        .append(anchor(run))
        .append("\"><h3>")
        .append(esc(set.name()))
        .append("</h3>\n<p>")
        .append(esc(set.description()))
        .append("</p>\n<p>Searched: ")
        .append(esc(set.list().version().source()))
        .append(' ')
        .append(esc(set.list().version().published()))
        .append(", ")
        .append(set.list().entries().size())
        .append(" entries, ")
        .append(set.list().entries().stream().mapToLong(e -> e.names().size()).sum())
        .append(" names.</p>\n<dl>");
    for (Map.Entry<String, Long> c : set.counts().entrySet()) {
      out.append("<dt>")
          .append(esc(c.getKey()))
          .append("</dt><dd>")
          .append(c.getValue())
          .append("</dd>");
    }
    out.append("</dl>\n<div>");
    for (Report.EngineResult r : run.results()) {
      histogram(r, set.positive());
    }
    Curves.cleanRunFor(report, run).ifPresent(clean -> curve(run, clean));
    out.append("</div></div>\n");
  }

  /**
   * Bars of the share of right (green) and other (magenta) entries' reported scores per bin, each
   * series as a share of its own total, scaled so that the tallest bar fills the height.
   */
  private void histogram(Report.EngineResult r, boolean positive) {
    long trueTotal = java.util.Arrays.stream(r.trueBins()).sum();
    long falseTotal = java.util.Arrays.stream(r.falseBins()).sum();
    double[] trueShare = shares(positive ? r.trueBins() : new long[Histogram.BINS], trueTotal);
    double[] falseShare = shares(r.falseBins(), falseTotal);
    double max = 0;
    for (int b = 0; b < Histogram.BINS; b++) {
      max = Math.max(max, Math.max(trueShare[b], falseShare[b]));
    }
    Frame f = frame(380, 180, 44, 22, 30, 34, r.engine() + ": scores reported");
    int left = f.left();
    int top = f.top();
    double plotW = f.plotWidth();
    double plotH = f.plotHeight();
    double barW = plotW / Histogram.BINS;
    for (int b = 0; b < Histogram.BINS && max > 0; b++) {
      double x = left + b * barW;
      double th = plotH * trueShare[b] / max;
      double fh = plotH * falseShare[b] / max;
      rect(x + 1, top + plotH - th, barW / 2 - 1, th, TRUE_COLOUR);
      rect(x + barW / 2, top + plotH - fh, barW / 2 - 1, fh, FALSE_COLOUR);
    }
    for (double t = Histogram.FROM; t <= 1.0001; t += 0.1) {
      double x = left + (t - Histogram.FROM) / (1 - Histogram.FROM) * plotW;
      text(x, top + plotH + 14, String.format(Locale.ROOT, "%.2f", t), "middle", 10, "#444");
    }
    double tx = left + (r.threshold() - Histogram.FROM) / (1 - Histogram.FROM) * plotW;
    line(tx, top, tx, top + plotH, "#444", true);
    text(left - 4, top + 8, String.format(Locale.ROOT, "%.2f", max), "end", 9, "#444");
    text(left - 4, top + plotH, "0", "end", 9, "#444");
    text(
        left,
        f.height() - 4,
        "share of each series per bin of 0.02 · dashed: alert threshold",
        "start",
        9,
        "#444");
    double lx = left + 8;
    if (positive) {
      rect(lx, top + 2, 8, 8, TRUE_COLOUR);
      text(lx + 11, top + 10, "right entries (" + trueTotal + ")", "start", 10, "#444");
    }
    rect(lx, top + 16, 8, 8, FALSE_COLOUR);
    text(lx + 11, top + 24, "other entries (" + falseTotal + ")", "start", 10, "#444");
    out.append("</svg>\n");
  }

  private static double[] shares(long[] bins, long total) {
    double[] shares = new double[bins.length];
    for (int b = 0; b < bins.length && total > 0; b++) {
      shares[b] = (double) bins[b] / total;
    }
    return shares;
  }

  /** Recall (y) against alerts per 1,000 clean names (x, log scale offset by 0.1) per engine. */
  private void curve(Report.Run run, Report.Run clean) {
    Frame f = frame(420, 270, 46, 14, 24, 40, "recall against alerts per 1,000 clean names");
    int h = f.height();
    int left = f.left();
    int top = f.top();
    double plotW = f.plotWidth();
    double plotH = f.plotHeight();
    for (double a : new double[] {0, 1, 10, 100, 1000}) {
      double x = left + xOf(a) * plotW;
      line(x, top + plotH, x, top + plotH + 4, "#444", false);
      text(x, top + plotH + 15, String.format(Locale.ROOT, "%.0f", a), "middle", 10, "#444");
    }
    for (double y = 0; y <= 1.0001; y += 0.25) {
      double py = top + plotH - y * plotH;
      line(left - 4, py, left, py, "#444", false);
      line(left, py, left + plotW, py, "#eee", false);
      text(left - 6, py + 3, String.format(Locale.ROOT, "%.2f", y), "end", 10, "#444");
    }
    text(
        left + plotW / 2,
        h - 8,
        "alerts per 1,000 (" + clean.set().name() + ")",
        "middle",
        10,
        "#444");
    for (int i = 0; i < run.results().size(); i++) {
      Report.EngineResult r = run.results().get(i);
      Report.EngineResult c = clean.result(r.engine());
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder points = new StringBuilder();
      for (Curves.Point p : Curves.curve(r, c)) {
        points.append(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f ",
                left + xOf(p.alertsPer1000()) * plotW,
                top + plotH - p.recall() * plotH));
      }
      out.append("<polyline fill=\"none\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"1.5\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
      Curves.Point at = Curves.point(r, c, r.threshold());
      double x = left + xOf(at.alertsPer1000()) * plotW;
      double y = top + plotH - at.recall() * plotH;
      out.append(
          String.format(
              Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, colour));
      text(
          left + plotW - 6,
          top + plotH - 10 - 14 * (run.results().size() - 1 - i),
          String.format(
              Locale.ROOT,
              "%s (dot: threshold %.2f, recall %.3f, %.1f alerts)",
              r.engine(),
              r.threshold(),
              at.recall(),
              at.alertsPer1000()),
          "end",
          10,
          colour);
    }
    out.append("</svg>\n");
  }

  /** The plot area of a chart, inside its margins. */
  private record Frame(
      int width, int height, int left, int top, double plotWidth, double plotHeight) {}

  /** Opens an SVG chart with its title and its two axes. */
  private Frame frame(
      int width, int height, int left, int right, int top, int bottom, String title) {
    Frame f = new Frame(width, height, left, top, width - left - right, height - top - bottom);
    out.append(svgOpen(width, height));
    text(left, 14, title, "start", 12, "#222");
    line(left, top + f.plotHeight(), left + f.plotWidth(), top + f.plotHeight(), "#444", false);
    line(left, top, left, top + f.plotHeight(), "#444", false);
    return f;
  }

  /** Position on the alert axis, 0..1: log10(a + 0.1) over [log10 0.1, log10 1000.1]. */
  private static double xOf(double alertsPer1000) {
    double lo = Math.log10(0.1);
    double hi = Math.log10(1000.1);
    return (Math.log10(Math.max(0, alertsPer1000) + 0.1) - lo) / (hi - lo);
  }

  private static String svgOpen(int w, int h) {
    return String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"system-ui,sans-serif\">",
        w,
        h,
        w,
        h);
  }

  private void rect(double x, double y, double w, double h, String fill) {
    out.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
            x,
            y,
            Math.max(0, w),
            Math.max(0, h),
            fill));
  }

  private void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
    out.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
            x1,
            y1,
            x2,
            y2,
            stroke,
            dashed ? " stroke-dasharray=\"4 3\"" : ""));
  }

  private void text(double x, double y, String s, String anchor, int size, String fill) {
    out.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">",
                x,
                y,
                anchor,
                size,
                fill))
        .append(esc(s))
        .append("</text>");
  }

  private static String number(double v, Metric m) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return m == Metric.OTHER_HITS_PER_1000
            || m == Metric.ALERTS_PER_1000
            || m == Metric.CONFLICTING_HITS_PER_1000
        ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String anchor(Report.Run run) {
    return "run-" + run.set().name().replaceAll("[^A-Za-z0-9-]", "_");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
