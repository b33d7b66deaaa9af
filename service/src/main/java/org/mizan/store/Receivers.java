package org.mizan.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.mizan.lists.ListFormatException;

/** The ways {@link ListStore#update} receives a list: a local file or folder, or a download. */
public final class Receivers {
  /** Time allowed to open a connection. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** Time allowed for a whole download. */
  static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(30);

  /** Time a download may receive nothing before it is given up. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

  /** The largest download accepted, 16 GiB (OpenSanctions' largest exports are a few GiB). */
  static final long MAX_BYTES = 16L << 30;

  private Receivers() {}

  /**
   * Copies a list file, or the regular files of a list folder (e.g. an OFAC {@code sdn.csv} with
   * {@code alt.csv} and {@code add.csv}), keeping their names.
   *
   * @throws ListFormatException (when receiving) if the path does not exist or is neither a regular
   *     file nor a folder
   */
  public static ListStore.Receiver copyOf(Path path) {
    return new ListStore.Receiver() {
      @Override
      public void receive(Path folder) throws IOException {
        if (Files.isDirectory(path)) {
          List<Path> files;
          try (Stream<Path> s = Files.list(path)) {
            files =
                s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
          }
          for (Path f : files) {
            Files.copy(f, folder.resolve(f.getFileName().toString()));
          }
        } else if (Files.isRegularFile(path)) {
          Files.copy(path, folder.resolve(path.getFileName().toString()));
        } else if (Files.exists(path)) {
          throw new ListFormatException(path.toString(), 0, 0, "", "not a regular file");
        } else {
          throw new ListFormatException(path.toString(), 0, 0, "", "no such file or folder");
        }
      }

      @Override
      public String origin() {
        return path.toAbsolutePath().normalize().toString();
      }

      @Override
      public String describe(Path file) {
        return Files.isDirectory(path)
            ? path.resolve(file.getFileName().toString()).toString()
            : path.toString();
      }
    };
  }

  /**
   * Downloads {@code url} (http or https, following redirects) into one file named after the last
   * segment of its path.
   *
   * <p>Fails with an {@link IOException} when the server cannot be reached, answers with a status
   * other than 200, sends fewer or more bytes than its {@code Content-Length} announced (a download
   * that stopped half-way), sends nothing for {@link #IDLE_TIMEOUT}, takes longer than {@link
   * #DOWNLOAD_TIMEOUT} in all, or sends more than {@link #MAX_BYTES} or than the disk can hold.
   * Messages show the address without user name, password or query ({@link #redacted}).
   */
  public static ListStore.Receiver download(URI url, HttpClient client) {
    return download(url, client, new Limits(IDLE_TIMEOUT, DOWNLOAD_TIMEOUT, MAX_BYTES));
  }

  /** How long a download may idle and last, and how many bytes it may bring. */
  record Limits(Duration idle, Duration total, long maxBytes) {}

  static ListStore.Receiver download(URI url, HttpClient client, Limits limits) {
    String shown = redacted(url);
    return new ListStore.Receiver() {
      @Override
      public String origin() {
        return shown;
      }

      @Override
      public String describe(Path file) {
        return shown;
      }

      @Override
      public void receive(Path folder) throws IOException {
        Path file = folder.resolve(fileName(url));
        HttpResponse<InputStream> response;
        try {
          HttpRequest request =
              HttpRequest.newBuilder(url)
                  .timeout(CONNECT_TIMEOUT)
                  .header("User-Agent", "Mizan list update")
                  .GET()
                  .build();
          response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("download of " + shown + " interrupted", e);
        } catch (java.net.ConnectException e) {
          throw new IOException("cannot connect to " + hostOf(url), e);
        } catch (java.net.http.HttpTimeoutException e) {
          throw new IOException("download of " + shown + " timed out waiting for the server", e);
        } catch (IllegalArgumentException e) {
          // e.g. a redirect to an address that is not one
          throw new IOException("download of " + shown + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
          throw new IOException(
              "download of " + shown + " failed: " + (e.getMessage() == null ? e : e.getMessage()),
              e);
        }
        try (InputStream body = response.body()) {
          if (response.statusCode() != 200) {
            throw new IOException(
                "download of "
                    + shown
                    + " failed: the server answered HTTP "
                    + response.statusCode()
                    + (response.statusCode() / 100 == 3 ? " (too many redirects?)" : ""));
          }
          OptionalLong announced = response.headers().firstValueAsLong("Content-Length");
          long room = Math.min(limits.maxBytes(), Files.getFileStore(folder).getUsableSpace());
          if (announced.isPresent() && announced.getAsLong() > room) {
            throw new IOException(
                "download of "
                    + shown
                    + " refused: it announces "
                    + announced.getAsLong()
                    + " bytes, more than "
                    + room
                    + " (the limit or the free space)");
          }
          long size = copyWatched(body, file, room, shown, limits);
          if (announced.isPresent() && announced.getAsLong() != size) {
            throw new IOException(
                "download of "
                    + shown
                    + " stopped after "
                    + size
                    + " of "
                    + announced.getAsLong()
                    + " bytes");
          }
        }
      }
    };
  }

  /**
   * Copies {@code body} to {@code file}; a watchdog closes the stream when nothing arrives for
   * {@link #IDLE_TIMEOUT} or the whole copy passes {@link #DOWNLOAD_TIMEOUT}.
   *
   * @return the number of bytes copied
   */
  private static long copyWatched(
      InputStream body, Path file, long limit, String shown, Limits limits) throws IOException {
    long start = System.nanoTime();
    java.util.concurrent.atomic.AtomicLong lastProgress =
        new java.util.concurrent.atomic.AtomicLong(start);
    java.util.concurrent.atomic.AtomicReference<String> stopped =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.ScheduledExecutorService watchdog =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mizan-download-watchdog");
              t.setDaemon(true);
              return t;
            });
    watchdog.scheduleAtFixedRate(
        () -> {
          long now = System.nanoTime();
          String why = null;
          if (now - start > limits.total().toNanos()) {
            why = "took longer than " + limits.total().toSeconds() + " seconds";
          } else if (now - lastProgress.get() > limits.idle().toNanos()) {
            why = "received nothing for " + limits.idle().toSeconds() + " seconds";
          }
          if (why != null && stopped.compareAndSet(null, why)) {
            try {
              body.close();
            } catch (IOException e) {
              // the copy fails anyway
            }
          }
        },
        100,
        100,
        java.util.concurrent.TimeUnit.MILLISECONDS);
    long size = 0;
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = body.read(buffer)) >= 0) {
        size += n;
        if (size > limit) {
          throw new IOException(
              "download of "
                  + shown
                  + " stopped: more than "
                  + limit
                  + " bytes (the limit or the free space)");
        }
        out.write(buffer, 0, n);
        lastProgress.set(System.nanoTime());
      }
    } catch (IOException e) {
      String why = stopped.get();
      if (why != null) {
        throw new IOException("download of " + shown + " stopped: it " + why, e);
      }
      if (e.getMessage() != null && e.getMessage().startsWith("download of ")) {
        throw e;
      }
      throw new IOException(
          "download of " + shown + " failed: " + (e.getMessage() == null ? e : e.getMessage()), e);
    } finally {
      watchdog.shutdownNow();
    }
    if (stopped.get() != null) {
      throw new IOException("download of " + shown + " stopped: it " + stopped.get());
    }
    return size;
  }

  /**
   * {@code url} as shown in messages and records: scheme, host, port and path, without user
   * information, query or fragment (they may hold credentials or tokens); a query shows as {@code
   * ?…}.
   */
  public static String redacted(URI url) {
    StringBuilder b = new StringBuilder();
    b.append(url.getScheme()).append("://").append(url.getHost());
    if (url.getPort() >= 0) {
      b.append(':').append(url.getPort());
    }
    b.append(url.getRawPath() == null ? "" : url.getRawPath());
    if (url.getRawQuery() != null) {
      b.append("?…");
    }
    return b.toString();
  }

  /**
   * Checks that {@code text} is an http(s) address that can be fetched.
   *
   * @return the address
   * @throws IllegalArgumentException with a message saying what is wrong
   */
  public static URI parseUrl(String text) {
    URI url;
    try {
      url = new URI(text.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a valid address: " + e.getReason());
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("only http and https addresses can be fetched");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw new IllegalArgumentException("the address names no host");
    }
    if (url.getPort() > 65535) {
      throw new IllegalArgumentException("the port must be a number from 0 to 65535");
    }
    return url;
  }

  /** An HTTP client with Mizan's time-outs, following redirects (not from https to http). */
  public static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  private static String hostOf(URI url) {
    return url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  /** The last path segment of {@code url} if it is a plain file name, else {@code list}. */
  static String fileName(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}")) {
      return last;
    }
    return "list";
  }
}
