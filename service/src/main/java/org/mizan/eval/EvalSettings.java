package org.mizan.eval;

import java.util.Objects;

/**
 * The settings of one evaluation run, all written into the report.
 *
 * @param split which split of the data is measured
 * @param resamples bootstrap resamples per figure, at least 1
 * @param seed the bootstrap's random seed
 * @param confidence the coverage of the bootstrap intervals, in (0, 1)
 */
public record EvalSettings(Split split, int resamples, long seed, double confidence) {
  /** Bootstrap resamples by default. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** The bootstrap seed by default (the UN list's date). */
  public static final long DEFAULT_SEED = 20_260_227L;

  public EvalSettings {
    Objects.requireNonNull(split, "split");
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1: " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
  }

  /** 1,000 resamples, the fixed seed, 95 % intervals. */
  public static EvalSettings of(Split split) {
    return new EvalSettings(split, DEFAULT_RESAMPLES, DEFAULT_SEED, 0.95);
  }
}
