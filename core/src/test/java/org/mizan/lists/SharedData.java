package org.mizan.lists;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds files of the shared data folder ({@code shared/data}, see its README) for the full-list
 * tests: under the nearest ancestor of the working directory that holds them. A test whose file is
 * absent is skipped, not failed: the folder is not part of the repository.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The file or folder at {@code relative} (e.g. {@code shared/data/lists/un/...}) under the
   * nearest ancestor of the working directory that holds it; skips the calling test when none does.
   */
  public static Path find(String relative) {
    Optional<Path> found = Optional.empty();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        found = Optional.of(candidate);
        break;
      }
    }
    assumeTrue(found.isPresent(), relative + " not found above the working directory");
    return found.orElseThrow();
  }
}
