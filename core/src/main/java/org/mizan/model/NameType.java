package org.mizan.model;

/**
 * The role of one name of a list entry, as reported in {@code matched.list_name_type}.
 *
 * <p>UN alias quality {@code Good} and entity {@code a.k.a.}/{@code f.k.a.} map to {@link
 * #ALIAS_GOOD}; UN {@code Low} maps to {@link #ALIAS_LOW}, which weighs less in scoring.
 */
public enum NameType {
  PRIMARY("primary"),
  ALIAS_GOOD("alias-good"),
  ALIAS_LOW("alias-low"),
  ORIGINAL_SCRIPT("original-script");

  private final String id;

  NameType(String id) {
    this.id = id;
  }

  /** The stable identifier used in output: {@code primary}, {@code alias-good}, ... */
  public String id() {
    return id;
  }
}
