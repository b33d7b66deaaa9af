package org.mizan.store;

import java.io.IOException;
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
  static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(10);

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
   * other than 200, or sends fewer or more bytes than its {@code Content-Length} announced (a
   * download that stopped half-way).
   */
  public static ListStore.Receiver download(URI url, HttpClient client) {
    return new ListStore.Receiver() {
      @Override
      public String origin() {
        return url.toString();
      }

      @Override
      public String describe(Path file) {
        return url.toString();
      }

      @Override
      public void receive(Path folder) throws IOException {
        Path file = folder.resolve(fileName(url));
        HttpRequest request =
            HttpRequest.newBuilder(url)
                .timeout(DOWNLOAD_TIMEOUT)
                .header("User-Agent", "Mizan list update")
                .GET()
                .build();
        HttpResponse<Path> response;
        try {
          response = client.send(request, HttpResponse.BodyHandlers.ofFile(file));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("download of " + url + " interrupted", e);
        } catch (java.net.ConnectException e) {
          throw new IOException("cannot connect to " + hostOf(url), e);
        } catch (java.net.http.HttpTimeoutException e) {
          throw new IOException("download of " + url + " timed out", e);
        } catch (IOException e) {
          throw new IOException(
              "download of " + url + " failed: " + (e.getMessage() == null ? e : e.getMessage()),
              e);
        }
        if (response.statusCode() != 200) {
          throw new IOException(
              "download of " + url + " failed: the server answered HTTP " + response.statusCode());
        }
        long size = Files.size(file);
        OptionalLong announced = response.headers().firstValueAsLong("Content-Length");
        if (announced.isPresent() && announced.getAsLong() != size) {
          throw new IOException(
              "download of "
                  + url
                  + " stopped after "
                  + size
                  + " of "
                  + announced.getAsLong()
                  + " bytes");
        }
      }
    };
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

  /** Whether {@code arg} is written as an http or https address. */
  public static boolean isUrl(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
