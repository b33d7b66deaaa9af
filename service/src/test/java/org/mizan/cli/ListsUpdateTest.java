package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mizan lists update} end to end, with a local HTTP server: what becomes current, and the
 * faults that must leave the version in force current.
 */
class ListsUpdateTest {
  private static final String CURRENT_SHA =
      "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf";

  @TempDir Path dir;

  private Path data;
  private byte[] unList;
  private HttpServer server;

  @BeforeEach
  void setUp() throws IOException {
    data = dir.resolve("data");
    try (InputStream in = getClass().getResourceAsStream("/org/mizan/app/un-sc-consolidated.xml")) {
      unList = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/consolidated.xml", exchange -> respond(exchange, 200, unList, unList.length));
    server.createContext(
        "/half.xml",
        exchange -> {
          // Announces the whole file, sends half, and closes: a download that stops half-way.
          exchange.sendResponseHeaders(200, unList.length);
          OutputStream out = exchange.getResponseBody();
          out.write(unList, 0, unList.length / 2);
          out.flush();
          exchange.close();
        });
    server.createContext(
        "/error.xml",
        exchange -> {
          byte[] html =
              "<!DOCTYPE html><html><body><h1>Service unavailable</h1></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          respond(exchange, 200, html, html.length);
        });
    server.createContext(
        "/missing.xml",
        exchange -> {
          byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
          respond(exchange, 404, body, body.length);
        });
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  private static void respond(
      com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body, long length)
      throws IOException {
    exchange.sendResponseHeaders(status, length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private MainTest.Run update(String what, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "lists";
    args[1] = "update";
    args[2] = what;
    args[3] = "--data-dir=" + data;
    System.arraycopy(more, 0, args, 4, more.length);
    return MainTest.run(args);
  }

  /** Installs the real UN list from the local server as the version in force. */
  private void installCurrent() {
    MainTest.Run run = update(url("/consolidated.xml"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "un-sc-consolidated 2026-02-27T00:00:09.554Z (sha256:66b392a40908) is now current"
                + " (1003 entries)");
  }

  private void assertCurrentUnchanged() throws Exception {
    MainTest.Run info =
        MainTest.run("lists", "info", "--format", "json", "--data-dir", data.toString());
    assertThat(info.exit()).as(info.err()).isZero();
    assertThat(info.json().get(0).get("sha256").asText()).isEqualTo(CURRENT_SHA);
    assertThat(info.json().size()).isEqualTo(1);
    assertThat(data.resolve("staging"))
        .satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
  }

  /** The UN list with its 273 entities cut off, as a truncated download might leave it. */
  private String withoutEntities() {
    String xml = new String(unList, StandardCharsets.UTF_8);
    return xml.substring(0, xml.indexOf("<ENTITIES>")) + "<ENTITIES/></CONSOLIDATED_LIST>";
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  void aDownloadedListBecomesTheListInForce() throws Exception {
    installCurrent();
    MainTest.Run screen =
        MainTest.run(
            "screen",
            "Izzat Ibrahim al-Douri",
            "--dob",
            "1942",
            "--format",
            "json",
            "--max-list-age",
            "0",
            "--data-dir",
            data.toString());
    assertThat(screen.exit()).as(screen.err()).isZero();
    assertThat(screen.json().at("/lists/0/sha256").asText()).isEqualTo(CURRENT_SHA);
    assertThat(screen.json().at("/matches/0/id").asText()).isEqualTo("IQi.006");
    assertThat(screen.err()).isEmpty();
  }

  @Test
  void aTruncatedFileIsInvalidContent() throws Exception {
    installCurrent();
    byte[] half = java.util.Arrays.copyOf(unList, unList.length / 2);
    MainTest.Run run = update(file("consolidated.xml", half).toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("consolidated.xml").doesNotContain("Exception");
    assertCurrentUnchanged();
  }

  @Test
  void anInvalidByteSequenceIsInvalidContent() throws Exception {
    installCurrent();
    String xml = new String(unList, StandardCharsets.UTF_8);
    int at = xml.indexOf("SADDAM");
    byte[] bad = unList.clone();
    bad[xml.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3;
    bad[xml.substring(0, at).getBytes(StandardCharsets.UTF_8).length + 1] = (byte) 0x28;
    MainTest.Run run = update(file("bad.xml", bad).toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("bad.xml").containsIgnoringCase("UTF-8");
    assertCurrentUnchanged();
  }

  @Test
  void anHtmlErrorPageIsInvalidContent() throws Exception {
    installCurrent();
    MainTest.Run run = update(url("/error.xml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(url("/error.xml") + ": an HTML page (such as a web server's error page)");
    assertCurrentUnchanged();
  }

  @Test
  void aDownloadThatStopsHalfWayIsAnIoFailure() throws Exception {
    installCurrent();
    MainTest.Run run = update(url("/half.xml"));
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("I/O failure").contains("half.xml");
    assertCurrentUnchanged();
  }

  @Test
  void anUnreachableAddressIsAnIoFailure() throws Exception {
    installCurrent();
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    MainTest.Run run = update("http://127.0.0.1:" + closedPort + "/consolidated.xml");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("I/O failure")
        .contains("cannot connect to 127.0.0.1:" + closedPort);
    assertCurrentUnchanged();
  }

  @Test
  void anHttpErrorStatusIsAnIoFailure() throws Exception {
    installCurrent();
    MainTest.Run run = update(url("/missing.xml"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("the server answered HTTP 404");
    assertCurrentUnchanged();
  }

  @Test
  void aMassDelistingIsHeldAndExitsTwo() throws Exception {
    installCurrent();
    String cut = withoutEntities();
    Path file = file("cut.xml", cut.getBytes(StandardCharsets.UTF_8));
    MainTest.Run held = update(file.toString());
    assertThat(held.exit()).isEqualTo(2);
    assertThat(held.out()).isEmpty();
    assertThat(held.err())
        .contains("is held, not made current: it drops 273 of the 1003 entries")
        .contains("--confirm");
    assertCurrentUnchanged();
    MainTest.Run confirmed = update(file.toString(), "--confirm");
    assertThat(confirmed.exit()).as(confirmed.err()).isZero();
    assertThat(confirmed.out()).contains("removed 273");
  }

  /**
   * A breaker's find: the first version of a list held (published in the future), or a version held
   * while the record of the current one is damaged, ended in an internal error (exit 1), and the
   * first case left a store that screening refused.
   */
  @Test
  void aVersionHeldWithNoneInForceIsExitTwoAndTheStoreStaysUsable() throws Exception {
    String xml = new String(unList, StandardCharsets.UTF_8);
    String future = xml.replaceFirst("dateGenerated=\"2026", "dateGenerated=\"2999");
    Path file = file("future.xml", future.getBytes(StandardCharsets.UTF_8));
    MainTest.Run held = update(file.toString());
    assertThat(held.exit()).as(held.err()).isEqualTo(2);
    assertThat(held.err())
        .contains("is held, not made current: it says it was published in the future (2999-")
        .contains(
            "mizan: note: no version of un-sc-consolidated is stored, and the held one is not"
                + " kept, so that the lists in force stay as they were\n")
        .contains("run the update again with --confirm to make it current")
        .doesNotContain("internal error");
    // Nothing of it kept: the data directory, which did not exist, still does not (a new user's
    // find: it was left with a staging folder and the update lock); made, it holds no list, and
    // screening uses the bundled one.
    assertThat(data).doesNotExist();
    Files.createDirectories(data);
    MainTest.Run screen = MainTest.run("screen", "Saddam Hussein", "--data-dir", data.toString());
    assertThat(screen.exit()).as(screen.err()).isZero();
    assertThat(screen.out()).contains("IQi.001");
    MainTest.Run confirmed = update(file.toString(), "--confirm");
    assertThat(confirmed.exit()).as(confirmed.err()).isZero();

    // The record of the current version damaged, and an older version received: held, stored for
    // review, and said so.
    Files.writeString(data.resolve("lists/un-sc-consolidated/current"), "{");
    String older = xml.replaceFirst("dateGenerated=\"2026-02-27", "dateGenerated=\"2026-01-01");
    MainTest.Run olderHeld =
        update(file("older.xml", older.getBytes(StandardCharsets.UTF_8)).toString());
    assertThat(olderHeld.exit()).as(olderHeld.err()).isEqualTo(2);
    assertThat(olderHeld.err())
        .contains("is held, not made current: it was published (2026-01-01")
        .contains(
            "no version of un-sc-consolidated is in force (screening with this data directory is"
                + " refused until one is, or until mizan lists remove un-sc-consolidated)")
        .contains("the held version is stored in")
        .doesNotContain("internal error");
  }

  /** A list of the user's own, one fictional entry, in the Mizan list CSV. */
  private Path internalList() throws IOException {
    return file(
        "internal.csv", "id,name\nX-1,Fictional Person Alpha\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void storingAListOtherThanTheUnListSaysTheBundledListIsNoLongerInForce() throws Exception {
    Path own = internalList();
    MainTest.Run run = update(own.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("csv:internal.csv sha256:");
    // A helper's find (2026-12-05): "(1 entries)", and so did screen's list line.
    assertThat(run.out()).contains(" is now current (1 entry)");
    MainTest.Run screened =
        MainTest.run("screen", "Fictional Person Alpha", "--data-dir", data.toString());
    assertThat(screened.exit()).as(screened.err()).isZero();
    assertThat(screened.out()).contains(", 1 entry\n").doesNotContain("1 entries");
    assertThat(run.err())
        .contains(
            "without the UN Security Council Consolidated List; add it with: mizan lists"
                + " update un-sc-consolidated");
    installCurrent();
    MainTest.Run both = update(own.toString());
    assertThat(both.err()).doesNotContain("without the UN");
  }

  @Test
  void anUpdateWhileAnotherRunsSaysSoNotAsAnIoFailure() throws Exception {
    Path own = internalList();
    java.nio.file.Files.createDirectories(data);
    try (java.nio.channels.FileChannel ch =
            java.nio.channels.FileChannel.open(
                data.resolve("update.lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock = ch.lock()) {
      MainTest.Run run = update(own.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err())
          .isEqualTo(
              "mizan: another lists update is running on "
                  + data
                  + "; run this one when it has finished"
                  + System.lineSeparator());
    }
  }

  @Test
  void emptyArgumentsAndADataDirectoryThatIsAFileAreUsageErrors() throws Exception {
    installCurrent();
    MainTest.Run remove = MainTest.run("lists", "remove", "", "--data-dir", data.toString());
    assertThat(remove.exit()).isEqualTo(2);
    assertThat(remove.err()).contains("SOURCE is empty");
    assertCurrentUnchanged();
    assertThat(update("").err()).contains("SOURCE|FILE|URL is empty");
    Path aFile = file("a-file", new byte[] {1});
    MainTest.Run run =
        MainTest.run("lists", "update", url("/consolidated.xml"), "--data-dir", aFile.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--data-dir " + aFile + " is not a folder");
    MainTest.Run screen = MainTest.run("screen", "x", "--data-dir", "");
    assertThat(screen.exit()).isEqualTo(2);
    assertThat(screen.err()).contains("--data-dir is empty");
    MainTest.Run port = update("http://user:pw@127.0.0.1:99999/x.xml");
    assertThat(port.exit()).isEqualTo(2);
    assertThat(port.err())
        .contains("the port must be a number from 0 to 65535: http://127.0.0.1:99999/x.xml")
        .doesNotContain("pw");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(update("un-sc-consolidated", "--max-drop", "1.5").err())
        .contains("--max-drop must be a share between 0 and 1");
    assertThat(update("un-sc-consolidated", "--keep", "-1").exit()).isEqualTo(2);
    MainTest.Run unknown = update("no-such-list");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("is no source id (un-sc-consolidated, us-ofac-sdn");
    assertThat(data).doesNotExist();
  }

  @Test
  void maxDropTakesAPercentage() throws Exception {
    installCurrent();
    String cut = withoutEntities();
    MainTest.Run run =
        update(
            file("cut.xml", cut.getBytes(StandardCharsets.UTF_8)).toString(), "--max-drop", "30%");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("(730 entries)");
  }
}
