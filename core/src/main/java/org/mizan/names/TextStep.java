package org.mizan.names;

/**
 * One named step of name normalisation: a pure function from text to text.
 *
 * <p>{@link NameNormalizer} runs the steps in a fixed order; each step may assume that the steps
 * before it have run (for example that the text is already in NFKC). Every step is total: it
 * accepts any string, including unpaired surrogates, and returns a string. Implementations are
 * stateless and thread-safe.
 */
sealed interface TextStep
    permits UnicodeCompatibility,
        InvisibleCharacters,
        MixedScriptConfusables,
        LatinFolding,
        ArabicOrthography,
        Separators {

  /** A stable kebab-case identifier of this step, such as {@code latin-folding}. */
  String id();

  /** This step applied to {@code text}. */
  String apply(String text);

  /**
   * {@code text} with each code point replaced by {@code map}'s value for it; {@code text} itself
   * (no copy made) when {@code map} changes none, as most names hold none of what a step replaces.
   */
  static String mapCodePoints(String text, java.util.function.IntUnaryOperator map) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int mapped = map.applyAsInt(cp);
      if (mapped != cp && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(mapped);
      }
      i += Character.charCount(cp);
    }
    return out == null ? text : out.toString();
  }
}
