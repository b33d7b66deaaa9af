package org.mizan.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * One UN/EDIFACT segment as read: its tag and data elements, each a list of components (a simple
 * element is one component), release characters already removed.
 *
 * @param index 1-based position counted from the interchange header UNB
 * @param tag three upper-case letters, e.g. {@code NAD}
 * @param elements the data elements after the tag, in order; an empty element is an empty list
 */
record Segment(int index, String tag, List<List<String>> elements) {
  Segment {
    // A loop, not a stream: a wide-body manifest has thousands of segments. Lists already
    // immutable are kept as they are (List.copyOf), so copying a segment read before is cheap.
    List<List<String>> copy = new ArrayList<>(elements.size());
    for (List<String> element : elements) {
      copy.add(List.copyOf(element));
    }
    elements = List.copyOf(copy);
  }

  /**
   * The component {@code component} (1-based) of element {@code element} (1-based, the first after
   * the tag), stripped; empty when the segment does not have it.
   */
  String value(int element, int component) {
    if (element < 1 || element > elements.size()) {
      return "";
    }
    List<String> e = elements.get(element - 1);
    if (component < 1 || component > e.size()) {
      return "";
    }
    return e.get(component - 1).strip();
  }

  /** The first component of element {@code element}. */
  String value(int element) {
    return value(element, 1);
  }

  /** How many components element {@code element} has (0 when absent). */
  int components(int element) {
    return element < 1 || element > elements.size() ? 0 : elements.get(element - 1).size();
  }
}
