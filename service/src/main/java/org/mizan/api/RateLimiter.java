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
  private final double capacity;
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
    this(perSecond, perSecond, nanos);
  }

  /**
   * @param capacity the largest burst, at least 1
   * @param perSecond the refill rate, above 0
   * @param nanos a monotonic clock in nanoseconds
   */
  RateLimiter(double capacity, double perSecond, LongSupplier nanos) {
    if (capacity < 1 || !(perSecond > 0)) {
      throw new IllegalArgumentException("the rate limit is at least 1 request a second");
    }
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.nanos = nanos;
  }

  /** Whether {@code caller} has a token left now, without taking it. */
  boolean available(String caller) {
    Bucket b = buckets.get(caller);
    if (b == null) {
      return true;
    }
    synchronized (b) {
      return b.tokens + (nanos.getAsLong() - b.at) * perSecond / 1e9 >= 1;
    }
  }

  /** Takes one request's token for {@code caller}; false when the caller is over its limit. */
  boolean take(String caller) {
    long now = nanos.getAsLong();
    Bucket b = buckets.computeIfAbsent(caller, c -> new Bucket(capacity, now));
    synchronized (b) {
      b.tokens = Math.min(capacity, b.tokens + (now - b.at) * perSecond / 1e9);
      b.at = now;
      if (b.tokens < 1) {
        return false;
      }
      b.tokens -= 1;
      return true;
    }
  }
}
