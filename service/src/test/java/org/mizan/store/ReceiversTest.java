package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads that stall, run long or bring too much, against a local HTTP server. */
class ReceiversTest {
  @TempDir Path dir;

  private HttpServer server;

  @BeforeEach
  void setUp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/stall",
        exchange -> {
          // Headers, one byte, then nothing: a server that stops sending without closing.
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write('<');
          out.flush();
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.createContext(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(new byte[50_000]);
          } catch (IOException e) {
            // the client gave up, as it should
          }
        });
    server.createContext(
        "/announced",
        exchange -> {
          exchange.sendResponseHeaders(200, 1_000_000_000_000L);
          // Sent now: JDK 25's server keeps the headers of a body never written.
          exchange.getResponseBody().flush();
          exchange.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create(
        "http://user:secret@127.0.0.1:" + server.getAddress().getPort() + path + "?token=t0k3n");
  }

  private static final Receivers.Limits QUICK =
      new Receivers.Limits(Duration.ofMillis(500), Duration.ofSeconds(30), 10_000);

  @Test
  void aStalledDownloadIsGivenUp() {
    ListStore.Receiver r = Receivers.download(url("/stall"), Receivers.httpClient(), QUICK);
    assertThatThrownBy(() -> r.receive(Files.createDirectory(dir.resolve("a"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("stopped: it received nothing for 0 seconds")
        .hasMessageNotContaining("secret")
        .hasMessageNotContaining("t0k3n");
  }

  @Test
  void aDownloadLargerThanTheLimitIsStopped() {
    ListStore.Receiver r = Receivers.download(url("/big"), Receivers.httpClient(), QUICK);
    assertThatThrownBy(() -> r.receive(Files.createDirectory(dir.resolve("b"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than 10000 bytes");
  }

  @Test
  void aDownloadAnnouncingTooMuchIsRefusedUpFront() {
    ListStore.Receiver r = Receivers.download(url("/announced"), Receivers.httpClient(), QUICK);
    assertThatThrownBy(() -> r.receive(Files.createDirectory(dir.resolve("c"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refused: it announces 1000000000000 bytes");
  }

  @Test
  void addressesAreShownWithoutCredentialsOrQuery() {
    assertThat(Receivers.redacted(URI.create("https://u:p@example.org:8443/a/b.xml?token=x#f")))
        .isEqualTo("https://example.org:8443/a/b.xml?…");
    assertThat(Receivers.download(url("/x"), Receivers.httpClient()).origin())
        .isEqualTo("http://127.0.0.1:" + server.getAddress().getPort() + "/x?…");
  }

  @Test
  void onlyHttpAddressesWithAHostAndAPortInRangeAreAccepted() {
    assertThatThrownBy(() -> Receivers.parseUrl("ftp://example.org/list.xml"))
        .hasMessage("only http and https addresses can be fetched");
    assertThatThrownBy(() -> Receivers.parseUrl("http://127.0.0.1:99999/x"))
        .hasMessage("the port must be a number from 0 to 65535");
    assertThatThrownBy(() -> Receivers.parseUrl("http:///x.xml"))
        .hasMessageContaining("names no host");
    assertThat(Receivers.parseUrl(" https://example.org/x.xml ").getHost())
        .isEqualTo("example.org");
  }
}
