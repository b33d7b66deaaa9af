package org.mizan.lists.un;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.mizan.lists.Damage;
import org.mizan.lists.ListFormatException;

/**
 * Random damage to the real excerpt (seeded, so every failure can be replayed): the parser must
 * either return a whole list or throw {@link ListFormatException}, never anything else.
 */
class UnListParserRandomInputTest {
  private static final byte[] EXCERPT = Excerpt.FIXTURE.bytes();

  @RepeatedTest(400)
  void damagedInputGivesAListOrAFormatError(RepetitionInfo repetition) {
    long seed = 0x6d697a616eL + repetition.getCurrentRepetition();
    byte[] damaged = damage(new Random(seed));
    Damage.assertListOrFormatError(
        seed, () -> Excerpt.FIXTURE.parse(damaged), Excerpt.FIXTURE.name());
  }

  private static byte[] damage(Random random) {
    int kind = random.nextInt(Damage.KINDS + 1);
    if (kind < Damage.KINDS) {
      return Damage.apply(EXCERPT, kind, random);
    }
    String text = Excerpt.FIXTURE.text();
    String[] tags = {"REFERENCE_NUMBER", "FIRST_NAME", "DATE", "YEAR", "TO_YEAR", "LISTED_ON"};
    String tag = tags[random.nextInt(tags.length)];
    return text.replaceFirst("<" + tag + ">[^<]*<", "<" + tag + ">" + junk(random) + "<")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String junk(Random random) {
    String[] values = {
      "", " ", "0000-00-00", "1999-02-29", "-1", "99999", "abc", "IQi.001", "2001-13"
    };
    return values[random.nextInt(values.length)];
  }
}
