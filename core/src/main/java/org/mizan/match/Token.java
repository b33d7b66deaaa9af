package org.mizan.match;

/**
 * One comparable name part: its display text, Latin key, consonant skeleton and weight.
 *
 * @param text the part as normalised (for explanations)
 * @param latin ASCII transliteration
 * @param skeleton consonant skeleton, may be empty
 * @param latinScript whether the part was written in Latin script
 * @param weight 1 for an ordinary part, less for a particle
 */
record Token(String text, String latin, String skeleton, boolean latinScript, double weight) {}
