package org.mizan.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mizan.app.Mizan;
import org.mizan.screening.ScreeningJson;

/**
 * {@code /health} says 503 "starting" while the service is listening but not yet started (first
 * key, lists in force, re-screening), then 200 "ok": a caller that waits for it finds the service
 * ready.
 */
class HealthStartUpTest {
  @Test
  void healthIsStartingUntilTheServiceSaysItIsReady() throws Exception {
    ApiServer.Parts parts =
        new ApiServer.Parts(
            null,
            null,
            Mizan.over(java.util.List.of(Mizan.bundledList())).screening(),
            null,
            null,
            null,
            new ScreeningJson(new ObjectMapper()),
            null,
            null,
            System::nanoTime,
            () -> true,
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    try (ApiServer server =
        ApiServer.create(new ApiServer.Settings("127.0.0.1", 0, 1 << 20, 10, 100), parts).start()) {
      HttpResponse<String> starting = health(server.port());
      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).contains("\"status\":\"starting\"", "\"database\":\"up\"");
      server.ready();
      HttpResponse<String> ready = health(server.port());
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"status\":\"ok\"", "\"lists\":1");
    }
  }

  private static HttpResponse<String> health(int port) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
