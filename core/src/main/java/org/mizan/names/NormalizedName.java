package org.mizan.names;

import java.util.List;
import java.util.Objects;

/**
 * A name after the pipeline: the normalised text and its parts in order.
 *
 * @param normalized the name after steps 1-5, parts joined by single spaces; may be empty when the
 *     input held no letters or digits
 * @param parts the parts in the order written; empty when {@code normalized} is empty
 */
public record NormalizedName(String normalized, List<NamePart> parts) {
  public NormalizedName {
    Objects.requireNonNull(normalized, "normalized");
    parts = List.copyOf(parts);
  }
}
