package org.mizan.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The name pipeline's front door: raw name text in, normalised text and comparable name parts out
 * (see the package description for the order of the steps).
 *
 * <p>Immutable and thread-safe; create one and share it. Building one loads ICU4J's transliteration
 * rules, which takes a noticeable fraction of a second the first time in a JVM.
 */
public final class NameNormalizer {
  private final List<TextStep> steps;
  private final Transliteration transliteration;
  private final MrzXScheme xScheme;

  private NameNormalizer(List<TextStep> steps, Transliteration transliteration) {
    this.steps = List.copyOf(steps);
    this.transliteration = transliteration;
    this.xScheme = new MrzXScheme(this::normalize, transliteration);
  }

  /** The standard pipeline. */
  public static NameNormalizer create() {
    return new NameNormalizer(
        List.of(
            new UnicodeCompatibility(),
            new InvisibleCharacters(),
            new MixedScriptConfusables(),
            new LatinFolding(),
            new ArabicOrthography(),
            new Separators(),
            new MixedScriptConfusables()),
        new Transliteration());
  }

  /**
   * Steps 1-5 of the pipeline on {@code raw}: the text in its own script, folded, parts separated
   * by single spaces, no leading or trailing space, no nonspacing marks; empty when {@code raw}
   * holds no letters or digits.
   *
   * <p>Never throws for any string (unpaired surrogates included); idempotent: {@code
   * normalize(normalize(s))} equals {@code normalize(s)}.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public String normalize(String raw) {
    String text = Objects.requireNonNull(raw, "raw");
    for (TextStep step : steps) {
      text = step.apply(text);
    }
    return text;
  }

  /**
   * The whole pipeline on {@code raw}: {@link #normalize} (steps 1-5), the split into parts with
   * particles recognised (step 6), and for each part its ASCII key and consonant skeleton (step 7).
   * Never throws for any string.
   *
   * @throws NullPointerException if {@code raw} is null
   */
  public NormalizedName analyze(String raw) {
    String normalized = normalize(raw);
    List<NamePart> parts = new ArrayList<>();
    for (Particles.Token token : Particles.split(normalized)) {
      String latin = transliteration.latin(token.text());
      String skeleton = ConsonantSkeleton.of(latin);
      Set<String> readings = new LinkedHashSet<>();
      boolean arabicScript = isArabicScript(token.text());
      if (arabicScript) {
        // Letter by letter too: س ح is not ش (سحر is sahar, not shr).
        readings.add(ConsonantSkeleton.ofLetters(transliteration.latinLetters(token.text())));
      }
      for (String reading : ArabicReadings.of(token.text())) {
        readings.add(ConsonantSkeleton.of(transliteration.latin(reading)));
        if (arabicScript) {
          readings.add(ConsonantSkeleton.ofLetters(transliteration.latinLetters(reading)));
        }
      }
      readings.add(ConsonantSkeleton.of(xScheme.decode(latin)));
      readings.remove(skeleton);
      parts.add(
          new NamePart(token.text(), latin, skeleton, token.particle(), List.copyOf(readings)));
    }
    return new NormalizedName(normalized, parts);
  }

  /**
   * The consonant skeleton of an ASCII key (step 7b), for keys made by joining parts: {@code
   * skeletonOf("slahdyn")} is {@code slhdn}.
   *
   * @param latin ASCII lower-case letters and digits
   */
  public static String skeletonOf(String latin) {
    return ConsonantSkeleton.of(latin);
  }

  /** Whether {@code text} holds a letter of the Arabic script (Arabic, Persian, Pashto, Urdu). */
  public static boolean isArabicScript(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  /** The identifiers of steps 1-5 in the order they run. */
  List<String> stepIds() {
    return steps.stream().map(TextStep::id).toList();
  }
}
