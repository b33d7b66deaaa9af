package org.mizan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.mizan.app.Mizan;
import org.mizan.model.Gender;
import org.mizan.model.Watchlist;
import org.mizan.paxlst.FlightLeg;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestFormat;
import org.mizan.paxlst.ManifestReader;
import org.mizan.paxlst.ManifestWarning;
import org.mizan.paxlst.TravelDocument;
import org.mizan.paxlst.Traveller;
import org.mizan.paxlst.TravellerRole;
import org.mizan.screening.ManifestJson;
import org.mizan.screening.ManifestScreening;
import org.mizan.screening.ScreeningResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mizan screen-manifest}: screens every traveller of a PAXLST or PNRGOV message. */
@Command(
    name = "screen-manifest",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads a UN/EDIFACT PAXLST passenger or crew list (API) or a PNRGOV message, repairs what"
          + " real feeds break (envelopes, wrapped lines, separators, counts) with a warning per"
          + " repair, and screens every traveller (name as sent, date of birth, nationality,"
          + " document) against the lists in force.",
      "Exit code 2 only when nothing in the file can be read, the file is too large to be one"
          + " flight's message, or the command line is wrong."
    },
    sortOptions = false)
final class ScreenManifestCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The PAXLST or PNRGOV message.")
  Path file;

  @CommandLine.Mixin ListsInForceOptions inForce;

  @CommandLine.Mixin ScreeningLimits limits;

  @CommandLine.Mixin ListsCommand.TextOrJson format;

  @Override
  public void run() {
    OutputFormat out = format.parse(spec);
    if (file.toString().isBlank()) {
      throw usage("FILE must name a file");
    }
    limits.check(spec);
    inForce.check(spec);
    Manifest manifest = read(file);
    List<Watchlist> lists = inForce.load(spec);
    Mizan mizan = Mizan.over(lists);
    // Every input error is raised above: from here on the output is written as the travellers are
    // screened, a few hundred at a time, and none is kept once written.
    ManifestScreening.Plan plan = ManifestScreening.plan(manifest, Mizan.today());
    ManifestScreening screening =
        new ManifestScreening(mizan.screening(), Runtime.getRuntime().availableProcessors());
    PrintWriter w = spec.commandLine().getOut();
    ManifestScreening.Totals totals;
    try {
      totals =
          out == OutputFormat.JSON
              ? json(w, plan, screening, lists)
              : text(w, plan, screening, lists);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "mizan: screened "
            + totals.screened()
            + " of "
            + TextOutput.count(totals.travellers(), "traveller", "travellers")
            + "; "
            + totals.withHits()
            + " with hits; "
            + TextOutput.count(ManifestWarning.total(plan.warnings()), "warning", "warnings"));
    err.flush();
  }

  /**
   * After every few hundred travellers: what was written for them flushed to standard output, and
   * progress for long manifests on stderr, counts only, at most every two seconds.
   */
  private IntConsumer progress(Manifest manifest, Flushable written) {
    PrintWriter err = spec.commandLine().getErr();
    long[] next = {System.nanoTime() + 2_000_000_000L};
    return screened -> {
      try {
        written.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (spec.commandLine().getOut().checkError()) {
        // Standard output closed (| head) or full: screening the rest would be for nothing.
        throw new UncheckedIOException(
            "cannot write the results to standard output", new IOException("closed or full"));
      }
      if (System.nanoTime() - next[0] >= 0) {
        err.println(
            "mizan: screened "
                + screened
                + " of "
                + TextOutput.count(manifest.travellers().size(), "traveller", "travellers")
                + " so far");
        err.flush();
        next[0] = System.nanoTime() + 2_000_000_000L;
      }
    };
  }

  /** The JSON document, written as the travellers are screened: the summary comes last. */
  private ManifestScreening.Totals json(
      PrintWriter w,
      ManifestScreening.Plan plan,
      ManifestScreening screening,
      List<Watchlist> inForce)
      throws IOException {
    ManifestJson json = new ManifestJson(new ObjectMapper());
    JsonGenerator g = JsonText.prettyGenerator(w);
    json.writeStart(g, plan, inForce);
    ManifestScreening.Totals totals =
        screening.screen(
            plan,
            limits.threshold,
            limits.limit,
            limits.hitsOnly,
            progress(plan.manifest(), g),
            r -> {
              try {
                json.write(g, r);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    json.writeEnd(g, plan, totals, limits.hitsOnly);
    g.close();
    w.println();
    return totals;
  }

  private static Manifest read(Path file) {
    String name = TextOutput.printable(file.toString());
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(name + ": is a folder, not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ManifestReader.read(in, name, Mizan.today());
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(name + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** The text, written as the travellers are screened. */
  private ManifestScreening.Totals text(
      PrintWriter w,
      ManifestScreening.Plan plan,
      ManifestScreening screening,
      List<Watchlist> inForce) {
    Manifest m = plan.manifest();
    long crew = m.travellers().stream().filter(t -> t.role() == TravellerRole.CREW).count();
    String flight = m.flight().carrier() + m.flight().number();
    w.printf(
        Locale.ROOT,
        "Manifest: %s%s, %s; %s (%s, %s)%n",
        m.format(),
        m.messageVersion().isEmpty() ? "" : " " + TextOutput.printable(m.messageVersion()),
        flight.isEmpty() ? "no flight given" : "flight " + TextOutput.printable(flight),
        TextOutput.count(m.travellers().size(), "traveller", "travellers"),
        TextOutput.count(m.travellers().size() - crew, "passenger", "passengers"),
        TextOutput.count(crew, "crew member", "crew members"));
    for (FlightLeg leg : m.flight().legs()) {
      // A time the message does not give leaves no space behind (PNRGOV legs often have none).
      w.printf(
          Locale.ROOT,
          "  leg %s: %s -> %s%n",
          TextOutput.printable(leg.flight()),
          (TextOutput.printable(leg.from()) + " " + TextOutput.printable(leg.departure())).strip(),
          (TextOutput.printable(leg.to()) + " " + TextOutput.printable(leg.arrival())).strip());
    }
    if (!plan.warnings().isEmpty()) {
      w.println("Warnings:");
      for (ManifestWarning warning : plan.warnings()) {
        w.println("  " + TextOutput.printable(warning.text()));
      }
    }
    TextOutput.lists(w, inForce, Map.of(), limits.threshold, limits.hitsOnly);
    ManifestScreening.Totals totals =
        screening.screen(
            plan,
            limits.threshold,
            limits.limit,
            limits.hitsOnly,
            progress(m, w),
            r -> traveller(w, r, limits.limit));
    w.println();
    w.printf(
        Locale.ROOT,
        "Summary: %s, %d screened%s, %d with hits, %s%n",
        TextOutput.count(totals.travellers(), "traveller", "travellers"),
        totals.screened(),
        notScreened(plan),
        totals.withHits(),
        TextOutput.count(ManifestWarning.total(plan.warnings()), "warning", "warnings"));
    return totals;
  }

  /**
   * Why the travellers not screened were not, counted by kind ({@link
   * ManifestScreening#notScreenedByKind}), in brackets after the number screened ({@code (659 not:
   * 659 repeats of a passenger screened once)}); empty when every traveller was screened. A PNRGOV
   * file sends a passenger again at each check-in event, so most of its travellers can be repeats.
   */
  static String notScreened(ManifestScreening.Plan plan) {
    Map<ManifestScreening.NotScreened, Long> counts = ManifestScreening.notScreenedByKind(plan);
    if (counts.isEmpty()) {
      return "";
    }
    List<String> kinds = new ArrayList<>();
    counts.forEach(
        (kind, n) ->
            kinds.add(
                switch (kind) {
                  case REPEAT ->
                      TextOutput.count(n, "repeat", "repeats") + " of a passenger screened once";
                  case GROUP ->
                      TextOutput.count(n, "group booking's name", "group bookings' names");
                  case PLACEHOLDER -> TextOutput.count(n, "placeholder name", "placeholder names");
                  case NO_NAME ->
                      TextOutput.count(
                          n, "name that could not be read", "names that could not be read");
                }));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return " (" + total + " not: " + String.join(", ", kinds) + ")";
  }

  /** One traveller's block of the text. */
  private static void traveller(PrintWriter w, ManifestScreening.TravellerResult r, int limit) {
    Traveller t = r.traveller();
    w.println();
    w.printf(
        Locale.ROOT,
        "Traveller %d: %s (%s, segment %d)%s%n",
        r.number(),
        t.role().name().toLowerCase(Locale.ROOT),
        t.format() == ManifestFormat.PNRGOV ? "TIF" : "NAD+" + t.qualifier(),
        t.segmentIndex(),
        evidence(t));
    if (r.screenings().isEmpty()) {
      w.println("    not screened: " + TextOutput.printable(r.notScreened()));
    }
    for (ScreeningResult s : r.screenings()) {
      TextOutput.result(w, s, false, limit);
    }
  }

  /** The evidence sent for a traveller, after a dash: date of birth, gender, nationality … */
  private static String evidence(Traveller t) {
    List<String> parts = new ArrayList<>();
    if (!t.dateOfBirth().isEmpty()) {
      parts.add("born " + t.dateOfBirth());
    }
    if (t.gender() != Gender.UNKNOWN) {
      parts.add(t.gender().id());
    }
    if (!t.nationality().isEmpty()) {
      parts.add("nationality " + t.nationality());
    }
    for (TravelDocument d : t.documents()) {
      StringBuilder doc = new StringBuilder("document ");
      doc.append(d.type().isEmpty() ? "" : d.type() + " ").append(d.number());
      List<String> about = new ArrayList<>();
      if (!d.issuingState().isEmpty()) {
        about.add("issued by " + d.issuingState());
      }
      if (!d.expiry().isEmpty()) {
        about.add("expires " + d.expiry());
      }
      if (!about.isEmpty()) {
        doc.append(" (").append(String.join(", ", about)).append(')');
      }
      parts.add(doc.toString());
    }
    if (!t.bookingReference().isEmpty()) {
      parts.add("booking " + t.bookingReference());
    }
    return parts.isEmpty() ? "" : TextOutput.printable(" — " + String.join(", ", parts));
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
