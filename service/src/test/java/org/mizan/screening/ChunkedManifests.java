package org.mizan.screening;

import java.util.Locale;

/**
 * PNRGOV messages long enough to be screened in more than one chunk of subjects, written as an
 * airline sends them.
 */
public final class ChunkedManifests {
  private ChunkedManifests() {}

  /** Subjects screened in one chunk by {@link ManifestScreening}. */
  public static final int CHUNK = ManifestScreening.CHUNK;

  /**
   * A PNRGOV message of {@code travellers} passengers, each in a PNR of its own, with unlisted
   * names but for: traveller 2, QDi.059 as his booking gives him (AL-FAWAZ, KHALID ABD AL-RAHMAN);
   * traveller {@link #CHUNK}, booked as IQi.006 (IZZAT IBRAHIM AL-DURI) and travelling on a
   * passport of JOHN DOE, so that his two names are the last subject of the first chunk and the
   * first of the second; and traveller {@code CHUNK + 8}, a placeholder (TBA) not screened.
   */
  public static String straddlingPnrgov(int travellers) {
    String[] given = {"JOHN", "MARIA", "PETER", "ANNA", "LUCAS", "EMMA", "OLIVER", "SOFIA"};
    String[] surnames = {"SMITH", "MUELLER", "ROSSI", "NGUYEN", "GARCIA", "DUPONT", "JANSEN"};
    StringBuilder b = new StringBuilder();
    b.append("UNA:+.? 'UNB+IATA:1+1A+KRC+261130:0649+1'UNH+1+PNRGOV:11:1:IA+X'");
    int segments = 1;
    for (int n = 1; n <= travellers; n++) {
      b.append(String.format(Locale.ROOT, "SRC'RCI+1A:P%05d'", n));
      segments += 3;
      if (n == 2) {
        b.append("TIF+AL-FAWAZ+KHALID ABD AL-RAHMAN MR:A:1'");
      } else if (n == CHUNK) {
        b.append("TIF+AL-DURI+IZZAT IBRAHIM MR:A:1'")
            .append("SSR+DOCS:HK::RJ:::::/P/GBR/123456789/GBR/01JUL42/M/01JAN30/DOE/JOHN'");
        segments++;
      } else if (n == CHUNK + 8) {
        b.append("TIF+TBA+C:A:1'");
      } else {
        b.append("TIF+")
            .append(surnames[n % surnames.length])
            .append('+')
            .append(given[(n / surnames.length) % given.length])
            .append(" MR:A:1'");
      }
    }
    b.append("UNT+").append(segments + 1).append("+1'UNZ+1+1'");
    return b.toString();
  }
}
