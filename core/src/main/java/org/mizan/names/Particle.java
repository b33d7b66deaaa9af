package org.mizan.names;

/**
 * Name particles of Arabic names, which carry less identifying weight than the parts they join.
 *
 * <p>{@link #ARTICLE}: the definite article (al-, el-, ال) of a nisba or laqab; {@link #NASAB}:
 * bin, ibn, ben, bint (بن، ابن، بنت) of the nasab chain; {@link #KUNYA}: abu, abou, abo, umm (أبو،
 * أم) of a kunya; {@link #ABD}: abd, abdul, abdel (عبد) of theophoric "Abd al-X" names.
 */
public enum Particle {
  NONE,
  ARTICLE,
  NASAB,
  KUNYA,
  ABD
}
