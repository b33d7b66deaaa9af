package org.mizan.lists.un;

import java.io.InputStream;
import org.mizan.model.Watchlist;

/** Parser of the UN Security Council Consolidated List XML. */
public final class UnListParser {
  /** The source id of this list. */
  public static final String SOURCE = "un-sc-consolidated";

  private UnListParser() {}

  /**
   * Reads a whole list.
   *
   * @param in the XML bytes; read to the end, not closed
   * @param location the file name to cite in errors
   * @return the list, version = {@code dateGenerated} + SHA-256 of the bytes
   * @throws org.mizan.lists.ListFormatException when the bytes are not a well-formed UN list
   */
  public static Watchlist parse(InputStream in, String location) {
    throw new UnsupportedOperationException("TODO #2");
  }
}
