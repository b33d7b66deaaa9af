package org.mizan.match;

/**
 * The table of named, weighted scoring features.
 *
 * <p>A match's score is the weighted mean of the scores of the features for which both the subject
 * and the entry carry a value: {@code score = Σ weight·score / Σ weight}. The name feature always
 * takes part, so a subject given by name alone is scored by its name. Evidence beyond the name
 * pulls the score towards 1 when it agrees and towards 0 when it conflicts. The table in {@code
 * docs/matching.md} lists the same features and is checked against this enum by a test.
 */
public enum Feature {
  NAME(
      "name",
      1.0,
      "Similarity of the best-matching pair of names (query name against primary name, alias or"
          + " original-script name), aligning name parts across scripts; a Low-quality alias"
          + " counts for less."),
  BIRTH_DATE(
      "dob",
      0.25,
      "Agreement of the date of birth given with any date of birth listed: 1 when they overlap,"
          + " falling with every year between them, 0 from five years apart."),
  NATIONALITY(
      "nationality",
      0.10,
      "Agreement of the nationality given with any nationality listed, compared as ISO 3166"
          + " countries: 1 when one agrees, 0 when none does."),
  GENDER(
      "gender",
      0.05,
      "Agreement of the gender given with the gender listed: 1 when equal, 0 when different."),
  DOCUMENT(
      "document",
      0.50,
      "Agreement of the identity-document number given with any document number listed, ignoring"
          + " spaces and punctuation: 1 when equal, 0 when none is.");

  private final String id;
  private final double weight;
  private final String description;

  Feature(String id, double weight, String description) {
    this.id = id;
    this.weight = weight;
    this.description = description;
  }

  /** The stable identifier printed in explanations ({@code name}, {@code dob}, ...). */
  public String id() {
    return id;
  }

  /** The feature's weight in the weighted mean, in (0, 1]. */
  public double weight() {
    return weight;
  }

  /** One sentence saying what the feature measures. */
  public String description() {
    return description;
  }
}
