package org.mizan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the API tests: one caller, its credentials, JSON answers. */
final class Client {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final int port;
  private final Optional<String> authorization;

  /**
   * @param contentType the Content-Type header, empty when none
   */
  record Answer(int status, String body, String contentType, java.net.http.HttpHeaders headers) {
    /** The header {@code name}'s first value, or empty. */
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private Client(int port, Optional<String> authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  static Client anonymous(int port) {
    return new Client(port, Optional.empty());
  }

  static Client key(int port, String key) {
    return new Client(port, Optional.of("Bearer " + key));
  }

  static Client scheme(int port, String authorization) {
    return new Client(port, Optional.of(authorization));
  }

  static Client user(int port, String name, String password) {
    String pair = name + ":" + password;
    return new Client(
        port,
        Optional.of(
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Answer post(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  Answer post(String path, byte[] body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer sendJson(String method, String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A request of {@code method} with {@code body} and the {@code headers} besides. */
  Answer send(String method, String path, String body, java.util.Map<String, String> headers) {
    HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b);
  }

  /** A HEAD request, with no body. */
  Answer head(String path) {
    return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  Answer send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.ofString("{}")));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60));
    authorization.ifPresent(a -> b.header("Authorization", a));
    return b;
  }

  private static Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
