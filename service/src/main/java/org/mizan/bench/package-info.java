/**
 * Measures screening speed: {@code mizan bench}. A seeded synthetic list of any size ({@link
 * org.mizan.bench.SyntheticList}, Mizan list CSV), a fixed query set, and {@link
 * org.mizan.bench.Benchmark}, which runs Mizan's screening index and a brute-force Jaro-Winkler
 * baseline ({@link org.mizan.eval.BruteForceJaroWinkler}) in one process and reports throughput,
 * latency, index build time, heap and retrieval recall. Depends on {@code screening}, {@code eval}
 * and {@code core}; never on {@code cli} or {@code app}, and never changes how matching works.
 */
package org.mizan.bench;
