package org.mizan.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mizan.lists.ListFormatException;
import org.mizan.lists.ListReader;
import org.mizan.model.Watchlist;

/**
 * Reads list files from disk: a file, or a folder that holds one list's files, in any format {@link
 * ListReader} detects.
 */
public final class ListFiles {
  private ListFiles() {}

  /**
   * Reads the list at {@code path}.
   *
   * @throws ListFormatException when the path does not exist, holds no list file, or the content is
   *     not a valid list
   * @throws UncheckedIOException when reading fails
   */
  public static Watchlist read(Path path) {
    if (path.toString().isEmpty()) {
      throw new ListFormatException("(empty path)", 0, 0, "", "no file named");
    }
    Path file = Files.isDirectory(path) ? singleFileIn(path) : path;
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new ListFormatException(file.toString(), 0, 0, "", "not a regular file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ListReader.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new ListFormatException(path.toString(), 0, 0, "", "no such file or folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path singleFileIn(Path folder) {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .endsWith(".xml"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    if (files.size() != 1) {
      throw new ListFormatException(
          folder.toString(),
          0,
          0,
          "",
          files.isEmpty()
              ? "the folder holds no list file Mizan reads (expected one .xml list file)"
              : "the folder holds " + files.size() + " .xml files; name the list file itself");
    }
    return files.get(0);
  }
}
