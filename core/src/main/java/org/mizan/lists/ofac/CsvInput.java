package org.mizan.lists.ofac;

import java.io.InputStream;
import java.util.Objects;

/**
 * One CSV file of the OFAC SDN legacy set, as a stream and the name to cite in errors.
 *
 * @param bytes the file's bytes; read to the end by the parser, not closed
 * @param location the file name to cite in errors, e.g. {@code sdn.csv}
 */
public record CsvInput(InputStream bytes, String location) {
  public CsvInput {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(location, "location");
  }
}
