package org.mizan.lists.ofac;

import java.util.Objects;
import java.util.Optional;

/**
 * The files of one OFAC SDN legacy CSV publication: {@code sdn.csv}, and optionally the {@code
 * alt.csv} (alternate names) and {@code add.csv} (addresses) published with it.
 *
 * <p>Immutable: {@link #withAlt} and {@link #withAdd} return a new value. Built as {@code
 * SdnFiles.of(sdn).withAlt(alt).withAdd(add)}.
 */
public final class SdnFiles {
  private final CsvInput sdn;
  private final Optional<CsvInput> alt;
  private final Optional<CsvInput> add;

  private SdnFiles(CsvInput sdn, Optional<CsvInput> alt, Optional<CsvInput> add) {
    this.sdn = Objects.requireNonNull(sdn, "sdn");
    this.alt = alt;
    this.add = add;
  }

  /** {@code sdn.csv} alone, without alternate names or addresses. */
  public static SdnFiles of(CsvInput sdn) {
    return new SdnFiles(sdn, Optional.empty(), Optional.empty());
  }

  /** These files with {@code alt.csv}. */
  public SdnFiles withAlt(CsvInput alt) {
    return new SdnFiles(sdn, Optional.of(alt), add);
  }

  /** These files with {@code add.csv}. */
  public SdnFiles withAdd(CsvInput add) {
    return new SdnFiles(sdn, alt, Optional.of(add));
  }

  CsvInput sdn() {
    return sdn;
  }

  Optional<CsvInput> alt() {
    return alt;
  }

  Optional<CsvInput> add() {
    return add;
  }
}
