package org.mizan.eval;

/**
 * A measured figure with its bootstrap interval.
 *
 * @param value the figure on the queries as they are; NaN when undefined (no query counts)
 * @param low lower end of the interval (NaN when undefined)
 * @param high upper end of the interval (NaN when undefined)
 */
record Estimate(double value, double low, double high) {}
