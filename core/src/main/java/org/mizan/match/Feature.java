package org.mizan.match;

/**
 * The table of named, weighted scoring features.
 *
 * <p>A match's score is the weighted mean of the scores of the features for which both the subject
 * and the entry carry a value: {@code score = Σ weight·score / Σ weight}. Nationality and document
 * number only ever raise a score: when they differ they are shown with weight 0. The name feature
 * always takes part, so a subject given by name alone is scored by its name. Evidence beyond the
 * name pulls the score towards 1 when it agrees and towards 0 when it conflicts. The table in
 * {@code docs/matching.md} lists the same features and is checked against this enum by a test.
 */
public enum Feature {
  NAME(
      "name",
      1.0,
      "Similarity of the best-matching pair of names (query name against primary name, alias or"
          + " original-script name), aligning name parts across scripts; a low-quality alias"
          + " counts for less.",
      true),
  BIRTH_DATE(
      "dob",
      0.25,
      "Agreement of the date of birth given with any date of birth listed: 1 when they overlap,"
          + " falling with every year between them, 0 from five years apart; the same day on both"
          + " sides, each known to the day and not 1 January (which often stands for an unknown"
          + " day), weighs "
          + BirthDates.SAME_DAY_WEIGHT
          + " (two people share a full date far more rarely than a year).",
      true),
  NATIONALITY(
      "nationality",
      0.10,
      "Agreement of the nationality given with any nationality listed, compared as ISO 3166"
          + " countries: 1 when one agrees; a difference is shown but not counted, since people"
          + " hold several nationalities.",
      false),
  GENDER(
      "gender",
      0.05,
      "Agreement of the gender given with the gender listed: 1 when equal, 0 when different.",
      true),
  DOCUMENT(
      "document",
      0.50,
      "Agreement of the identity-document number given with any document number listed, ignoring"
          + " spaces and punctuation: 1 when equal; a difference is shown but not counted, since"
          + " people hold several documents.",
      false);

  private final String id;
  private final double weight;
  private final String description;
  private final boolean countsWhenDifferent;

  Feature(String id, double weight, String description, boolean countsWhenDifferent) {
    this.id = id;
    this.weight = weight;
    this.description = description;
    this.countsWhenDifferent = countsWhenDifferent;
  }

  /**
   * Whether a feature score of 0 (the values differ) takes part in the weighted mean. When it does
   * not, the comparison is still shown in the explanation, with weight 0.
   */
  public boolean countsWhenDifferent() {
    return countsWhenDifferent;
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
