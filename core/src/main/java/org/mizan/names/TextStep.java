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
}
