package org.mizan.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutation of the real samples: the reader returns a manifest or throws its
 * documented {@link PaxlstFormatException}, never another exception, and never hangs. (Jazzer, the
 * coverage-guided alternative, is not used: a bounded seeded run fits the build.)
 */
class ManifestFuzzTest {
  private static final long SEED = 20261130L;
  private static final int MUTANTS_PER_SAMPLE = 150;
  private static final String SPECIAL = "'+:?*- \r\n\u2019UNAUNBUNHUNTUNZNADTIFDOCDTMSSR/";

  @Test
  void mutatedSamplesYieldAManifestOrAFormatException() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> samples = Samples.all();
    int[] outcomes = new int[2];
    // A guard against a hang, not a speed target: the whole run takes a few seconds.
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () -> {
          for (String sample : samples) {
            byte[] original = Samples.bytes(sample);
            if (original.length > 100_000) {
              continue;
            }
            for (int k = 0; k < MUTANTS_PER_SAMPLE; k++) {
              byte[] mutant = mutate(original, random);
              try {
                Manifest m = ManifestReader.read(mutant, "mutant", Samples.TODAY);
                assertThat(m.travellers()).isNotEmpty();
                outcomes[0]++;
              } catch (PaxlstFormatException e) {
                assertThat(e.getMessage()).startsWith("mutant: ");
                outcomes[1]++;
              }
            }
          }
        });
    // Both outcomes occur: the mutations reach the parser's error paths and its repairs.
    assertThat(outcomes[0]).isGreaterThan(0);
    assertThat(outcomes[1]).isGreaterThan(0);
  }

  private static byte[] mutate(byte[] in, SplittableRandom random) {
    byte[] b = in.clone();
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b[at] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
        case 2 -> b = java.util.Arrays.copyOf(b, at); // truncate
        case 3 -> {
          int len = Math.min(b.length - at, 1 + random.nextInt(40));
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
        }
        default -> {
          int from = random.nextInt(b.length);
          int len = Math.min(b.length - from, 1 + random.nextInt(60));
          byte[] out = new byte[b.length + len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, from, out, at, len);
          System.arraycopy(b, at, out, at + len, b.length - at);
          b = out;
        }
      }
    }
    return b;
  }
}
