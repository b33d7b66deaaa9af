/**
 * Measures matching quality: evaluation suites (labelled queries against real lists), metrics with
 * bootstrap intervals, and the report ({@code report.json}, {@code report.html}) that {@code mizan
 * eval} writes.
 *
 * <p>Entry type: {@link org.mizan.eval.Evaluation}. Each suite turns files of the shared data
 * folder into {@link org.mizan.eval.QuerySet}s; every query set is run through Mizan (the screening
 * index the product uses) and through a brute-force Jaro-Winkler baseline, and the outcomes become
 * metrics. Depends on {@code screening} and {@code core}; never on {@code cli} or {@code app}, and
 * never changes how matching works: it only measures.
 */
package org.mizan.eval;
