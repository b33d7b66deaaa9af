package org.mizan.names;

/**
 * The name pipeline's front door (see the package description for its steps).
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class NameNormalizer {
  private NameNormalizer() {}

  /** The standard pipeline. */
  public static NameNormalizer create() {
    return new NameNormalizer();
  }

  /**
   * Steps 1-4 of the pipeline on {@code raw}: the text in its own script, folded, parts separated
   * by single spaces. Never throws for any string; idempotent.
   */
  public String normalize(String raw) {
    throw new UnsupportedOperationException("TODO #2");
  }

  /** The whole pipeline on {@code raw}. Never throws for any string. */
  public NormalizedName analyze(String raw) {
    throw new UnsupportedOperationException("TODO #2");
  }
}
