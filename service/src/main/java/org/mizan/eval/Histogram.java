package org.mizan.eval;

import org.mizan.screening.Screening;

/**
 * Score bins for the histograms of the report: {@value #BINS} bins of width 0.02 from the reporting
 * floor (0.70) to 1; the last bin holds 1.00 too. Nothing is reported below the floor.
 */
final class Histogram {
  static final int BINS = 15;
  static final double FROM = Screening.REPORTING_FLOOR;
  static final double WIDTH = (1.0 - FROM) / BINS;

  private Histogram() {}

  /** The bin of a reported score (at or above the floor). */
  static int bin(double score) {
    int bin = (int) Math.floor((score - FROM) / WIDTH + 1e-9);
    return Math.max(0, Math.min(BINS - 1, bin));
  }

  /** The lower edge of a bin. */
  static double lower(int bin) {
    return FROM + bin * WIDTH;
  }
}
