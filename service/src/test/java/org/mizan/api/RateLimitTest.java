package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.app.Service;

/** The rate limit per caller: a token bucket, and a 429 with Retry-After from the API. */
class RateLimitTest {
  @TempDir Path dir;

  @Test
  void theBucketRefillsAtTheRate() {
    long[] now = {0};
    RateLimiter limiter = new RateLimiter(3, () -> now[0]);
    assertThat(limiter.take("a")).isTrue();
    assertThat(limiter.take("a")).isTrue();
    assertThat(limiter.take("a")).isTrue();
    assertThat(limiter.take("a")).isFalse();
    assertThat(limiter.take("b")).as("each caller has its own bucket").isTrue();
    now[0] += 340_000_000L; // a third of a second: one request's worth
    assertThat(limiter.take("a")).isTrue();
    assertThat(limiter.take("a")).isFalse();
    now[0] += 10_000_000_000L; // ten seconds refill no more than one second's worth
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.take("a")).isTrue();
    }
    assertThat(limiter.take("a")).isFalse();
  }

  @Test
  void aCallerOverItsLimitGets429() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Service service =
        Service.start(
            new Service.Settings(
                new ApiServer.Settings("127.0.0.1", 0, 1 << 20, 10, 3),
                dir,
                Optional.empty(),
                List.of()),
            new PrintWriter(err, true))) {
      String key =
          err.toString().lines().filter(l -> l.startsWith("mzn_")).findFirst().orElseThrow();
      Client admin = Client.key(service.port(), key);
      int[] statuses = new int[6];
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = admin.get("/api/v1/lists").status();
      }
      assertThat(statuses).contains(200).contains(429);
      Client.Answer over = admin.get("/api/v1/lists");
      assertThat(over.status()).isEqualTo(429);
      assertThat(over.json().at("/error/message").asText())
          .isEqualTo("too many requests: at most 3 a second per caller");
      // Wrong credentials: 401 each, until the address has failed too often.
      Client wrong = Client.user(service.port(), "admin", "not the password");
      List<Integer> failures = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        failures.add(wrong.get("/api/v1/lists").status());
      }
      assertThat(failures).startsWith(401, 401, 401).contains(429);
      assertThat(wrong.get("/api/v1/lists").json().at("/error/message").asText())
          .isEqualTo("too many failed authentications from this address: wait before trying again");
      // A key verified before still works from the same address (once its own 3-a-second
      // allowance has refilled).
      Thread.sleep(1_100);
      assertThat(admin.get("/api/v1/lists").status()).isEqualTo(200);
    }
  }
}
