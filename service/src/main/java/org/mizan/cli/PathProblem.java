package org.mizan.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** What keeps a path named on the command line from being reached, in words for the user. */
final class PathProblem {
  private PathProblem() {}

  /**
   * Why {@code path}, which {@link Files#exists} does not find, cannot be reached: {@code no such
   * file}, {@code permission denied (on a folder of its path)}, or the operating system's reason in
   * lower case ({@code not a directory} for a path through a file, {@code too many levels of
   * symbolic links}, {@code file name too long}); {@code cannot be read} when none is given.
   */
  static String unreachable(Path path) {
    try {
      Files.readAttributes(path, BasicFileAttributes.class);
      return "cannot be read";
    } catch (NoSuchFileException e) {
      return "no such file";
    } catch (AccessDeniedException e) {
      return "permission denied (on a folder of its path)";
    } catch (FileSystemException e) {
      String reason = e.getReason();
      return reason == null || reason.isBlank()
          ? "cannot be read"
          : reason.toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "cannot be read";
    }
  }
}
