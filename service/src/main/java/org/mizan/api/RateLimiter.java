package org.mizan.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: at most {@code perSecond} requests a second on average, with bursts of
 * up to one second's worth. Thread-safe.
 */
final class RateLimiter {
  private final double perSecond;
  private final LongSupplier nanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * @param perSecond requests a second allowed per caller, at least 1
   * @param nanos a monotonic clock in nanoseconds
   */
  RateLimiter(int perSecond, LongSupplier nanos) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("the rate limit is at least 1 request a second");
    }
    this.perSecond = perSecond;
    this.nanos = nanos;
  }

  /** Takes one request's token for {@code caller}; false when the caller is over its limit. */
  boolean take(String caller) {
    long now = nanos.getAsLong();
    Bucket b = buckets.computeIfAbsent(caller, c -> new Bucket(perSecond, now));
    synchronized (b) {
      b.tokens = Math.min(perSecond, b.tokens + (now - b.at) * perSecond / 1e9);
      b.at = now;
      if (b.tokens < 1) {
        return false;
      }
      b.tokens -= 1;
      return true;
    }
  }
}
