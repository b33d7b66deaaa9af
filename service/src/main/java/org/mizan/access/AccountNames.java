package org.mizan.access;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import java.text.Normalizer;
import java.util.Locale;

/**
 * When two account names are one person's, and when one is too like another to be given.
 *
 * <p>Two names are one person's ({@link #samePerson}) when they are equal once compatibility forms
 * are folded (NFKC: fullwidth {@code ａ} is {@code a}) and case is ignored: four-eyes review keeps
 * such names from confirming each other. A name is too like another ({@link #tooAlike}) when they
 * are one person's or look alike: the same confusable skeleton of Unicode Technical Standard #39
 * (Cyrillic {@code ѕup1} and {@code sup1}), through ICU4J's {@link SpoofChecker}; such a name is
 * refused where accounts are created, since the audit trail would show two accounts as one.
 */
public final class AccountNames {
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final UnicodeSet ALLOWED =
      new UnicodeSet(SpoofChecker.RECOMMENDED)
          .addAll(SpoofChecker.INCLUSION)
          .addAll(" _@.'-")
          .freeze();

  private AccountNames() {}

  /**
   * Where a name has a character that Unicode Technical Standard #39 does not recommend in
   * identifiers (Identifier_Status Allowed: ICU4J's {@link SpoofChecker#RECOMMENDED} and {@link
   * SpoofChecker#INCLUSION}), besides spaces and {@code _ @ . ' -}, once compatibility forms are
   * folded: a small capital {@code ᴅ} (U+1D05) looks like a letter of another name but has no
   * skeleton in common with it, so {@code ᴅesk} would pass for {@code desk} in the audit trail.
   * Empty when every character is allowed; else a message naming the first character refused by its
   * code point.
   */
  public static java.util.Optional<String> characterProblem(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
    int allowed = ALLOWED.span(folded, UnicodeSet.SpanCondition.SIMPLE);
    if (allowed == folded.length()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        String.format(
            Locale.ROOT,
            "a name is written in letters and digits (those Unicode recommends for identifiers,"
                + " UTS #39), spaces and _ @ . ' -: U+%04X is not one of them",
            folded.codePointAt(allowed)));
  }

  /** Whether {@code a} and {@code b} are one person's names (see the class comment). */
  public static boolean samePerson(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /**
   * Whether {@code a} and {@code b} are one person's names or look alike: the same UTS #39 skeleton
   * once case is folded, or once upper-cased (so that a capital I, a lower-case l and a digit 1
   * meet, and a zero a letter O: {@code paycIerk}, {@code 0liver}, {@code OLlVER}).
   */
  public static boolean tooAlike(String a, String b) {
    return samePerson(a, b)
        || SPOOF.getSkeleton(fold(a)).equals(SPOOF.getSkeleton(fold(b)))
        || lookKey(a).equals(lookKey(b));
  }

  /** The skeleton of the name in capitals, in lower case. */
  private static String lookKey(String name) {
    String upper = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    return SPOOF.getSkeleton(upper).toLowerCase(Locale.ROOT);
  }

  private static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
