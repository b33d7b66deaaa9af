package org.mizan.paxlst;

/**
 * A passenger message (PAXLST or PNRGOV) of which nothing can be read: no UN/EDIFACT interchange,
 * no message of a known type, or no traveller segment at all.
 *
 * <p>Carries where the problem is: the file (as the caller named it), the segment position
 * (1-based, counting from the interchange header UNB; 0 when the problem is not in one segment) and
 * the segment tag (empty when none). {@link #getMessage()} reads as one line for a user, e.g.
 * {@code flight.edi: segment 14 (NAD): ...}. A message of which something can be read is never
 * refused: what cannot be read becomes a {@link ManifestWarning}.
 */
public final class PaxlstFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int segmentIndex;
  private final String tag;
  private final String problem;

  /**
   * @param source the file or stream name the caller gave
   * @param segmentIndex 1-based segment position from UNB, 0 when none applies
   * @param tag the segment tag, empty when none applies
   * @param problem what is wrong, in a few words
   */
  public PaxlstFormatException(String source, int segmentIndex, String tag, String problem) {
    super(render(source, segmentIndex, tag, problem));
    this.source = source;
    this.segmentIndex = segmentIndex;
    this.tag = tag;
    this.problem = problem;
  }

  private static String render(String source, int segmentIndex, String tag, String problem) {
    StringBuilder b = new StringBuilder(source).append(": ");
    if (segmentIndex > 0) {
      b.append("segment ").append(segmentIndex);
      if (!tag.isEmpty()) {
        b.append(" (").append(tag).append(')');
      }
      b.append(": ");
    }
    return b.append(problem).toString();
  }

  public String source() {
    return source;
  }

  public int segmentIndex() {
    return segmentIndex;
  }

  public String tag() {
    return tag;
  }

  public String problem() {
    return problem;
  }
}
