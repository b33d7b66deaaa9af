package org.mizan.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alias values of the UN list of 2026-02-27 that hold several names, or notes. */
class AliasNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // alias as written | the names it gives, separated by ' / '
        "Abu Ali | Abu Ali",
        "أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi al-Husayni al-Quraishi; Abu Bakr"
            + " al-Baghdadi) | أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi al-Husayni"
            + " al-Quraishi; Abu Bakr al-Baghdadi) / أبو بكر البغدادي الحسيني القريشي / Abu Bakr"
            + " al-Baghdadi al-Husayni al-Quraishi / Abu Bakr al-Baghdadi",
        "عبدالله السندي (Abdullah Sindhi) | عبدالله السندي (Abdullah Sindhi) / عبدالله السندي /"
            + " Abdullah Sindhi",
        "Abubakar (original script: Абубакар) | Abubakar (original script: Абубакар) / Abubakar /"
            + " Абубакар",
        "Encep Nurjaman (birth name) | Encep Nurjaman (birth name) / Encep Nurjaman",
        "Lom-ali Butayev (Butaev) | Lom-ali Butayev (Butaev) / Lom-ali Butayev",
        "Al-Qaida in Yemen (AQY) | Al-Qaida in Yemen (AQY) / Al-Qaida in Yemen",
        "Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ), | Akhter Mohmad son of Noor"
            + " Mohmad (اختر محمد ولد نور محمد ), / Akhter Mohmad son of Noor Mohmad / اختر محمد ولد"
            + " نور محمد",
        "(Sheikh) Musa Hilal | (Sheikh) Musa Hilal",
        "Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham) |"
            + " Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir"
            + " al-Sham) / Hay’at Tahrir al-Sham / هيئة تحرير الشام"
            + " / Hayat Tahrir al-Sham",
        "華信船務(香港)有限公司 | 華信船務(香港)有限公司",
      })
  void splitsTheNamesAnAliasHolds(String alias, String expected) {
    assertThat(AliasNames.of(alias.strip()))
        .containsExactlyElementsOf(
            Arrays.stream(expected.split(" / ")).map(String::strip).toList());
  }
}
