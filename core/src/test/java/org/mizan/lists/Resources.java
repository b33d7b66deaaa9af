package org.mizan.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed test files under {@code src/test/resources}, for the tests of every list format.
 */
public final class Resources {
  private Resources() {}

  /**
   * The bytes of the resource at {@code path} (absolute, e.g. {@code /lists/un/excerpt.xml}),
   * exactly as committed.
   *
   * @throws IllegalStateException when there is no such resource
   */
  public static byte[] bytes(String path) {
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
