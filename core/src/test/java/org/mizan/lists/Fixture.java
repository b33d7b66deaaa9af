package org.mizan.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.mizan.model.ListEntry;
import org.mizan.model.Watchlist;

/**
 * A committed list file under {@code src/test/resources} and the parser of its format, for the
 * tests of that format: its bytes, its text, and the parser run on it or on a changed copy. The
 * static methods serve the tests of every format: committed resources, entries by id, line numbers,
 * an independent SHA-256, a byte-order mark.
 *
 * @param name the file name, cited in errors
 * @param resource the resource path, e.g. {@code /lists/eu/fsf-taqa-fixture.xml}
 * @param parser the format's parser
 */
public record Fixture(String name, String resource, Parser parser) {
  /** A list parser's entry point: {@code (bytes, location) -> list}. */
  @FunctionalInterface
  public interface Parser {
    Watchlist parse(InputStream in, String location);
  }

  /** The file's bytes, exactly as committed. */
  public byte[] bytes() {
    return resource(resource);
  }

  /** The file as UTF-8 text. */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The file, parsed. */
  public Watchlist parse() {
    return parse(bytes());
  }

  /** Other bytes, parsed as if they were this file. */
  public Watchlist parse(byte[] bytes) {
    return parser.parse(new ByteArrayInputStream(bytes), name);
  }

  /** Other text, as UTF-8, parsed as if it were this file. */
  public Watchlist parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The format error the parser gives for {@code text}, as UTF-8; fails when it gives none. */
  public ListFormatException failure(String text) {
    return failure(() -> parse(text));
  }

  /** The format error the parser gives for {@code bytes}; fails when it gives none. */
  public ListFormatException failure(byte[] bytes) {
    return failure(() -> parse(bytes));
  }

  /**
   * Replaces the first occurrence of {@code original} in the file by {@code replacement} and
   * asserts the parser's error: at the line of {@code original}, naming {@code field}, saying
   * {@code problem}.
   */
  public void assertReplacementFails(
      String original, String replacement, String field, String problem) {
    String text = text();
    ListFormatException e =
        failure(text.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(replacement)));
    assertThat(e.line()).isEqualTo(lineOf(text, original));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.problem()).isEqualTo(problem);
  }

  /** The format error {@code parse} throws; fails when it throws none. */
  public static ListFormatException failure(ThrowingCallable parse) {
    ListFormatException e = catchThrowableOfType(ListFormatException.class, parse);
    assertThat(e).as("a ListFormatException").isNotNull();
    return e;
  }

  /**
   * The bytes of the test resource at {@code path} (absolute, e.g. {@code
   * /lists/ofac/sdn-2021-04-excerpt/alt.csv}), exactly as committed.
   *
   * @throws IllegalStateException when there is no such resource
   */
  public static byte[] resource(String path) {
    try (InputStream in = Fixture.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first occurrence of {@code needle} in {@code text}. */
  public static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("'%s' in the text", needle).isNotNegative();
    return lineCount(text.substring(0, at));
  }

  /** The number of the last line of {@code text}: its line feeds plus one. */
  public static int lineCount(String text) {
    return (int) text.chars().filter(c -> c == '\n').count() + 1;
  }

  /** The entry of {@code list} with this id; fails the test when there is none. */
  public static ListEntry entry(Watchlist list, String id) {
    return list.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id));
  }

  /** The SHA-256 of {@code bytes}, 64 lower-case hex digits, computed here independently. */
  public static String sha256(byte[]... bytes) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] b : bytes) {
        digest.update(b);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code bytes} after a UTF-8 byte-order mark (EF BB BF). */
  public static byte[] withByteOrderMark(byte[] bytes) {
    byte[] marked = new byte[bytes.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, marked, 3, bytes.length);
    return marked;
  }
}
