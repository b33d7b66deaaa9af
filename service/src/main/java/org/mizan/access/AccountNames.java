package org.mizan.access;

import com.ibm.icu.text.SpoofChecker;
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

  private AccountNames() {}

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
