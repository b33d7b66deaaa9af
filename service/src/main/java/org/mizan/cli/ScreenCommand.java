package org.mizan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.mizan.app.Mizan;
import org.mizan.model.BirthDate;
import org.mizan.model.Countries;
import org.mizan.model.EntryKind;
import org.mizan.model.Gender;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.screening.BatchScreening;
import org.mizan.screening.InputFormat;
import org.mizan.screening.Programs;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningResult;
import org.mizan.screening.SubjectFields;
import org.mizan.screening.SubjectReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan screen}: screens one name, or every row of an input file. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Screens a name (in Arabic or Latin script, as a passport MRZ name, or a passport's,"
          + " identity card's or visa's whole machine-readable zone, whose name field is read and"
          + " whose date of birth, nationality, sex and document number count as evidence where no"
          + " option gives them, the date and number where their check digits hold) against the"
          + " lists in force, or every"
          + " row of --input, and prints the ranked, explained matches.",
      "Lists in force: the --list files; else the current versions in the data directory (put"
          + " there by mizan lists update); else the bundled UN Security Council Consolidated List"
          + " snapshot."
    },
    sortOptions = false)
final class ScreenCommand implements Runnable {
  private static final Countries COUNTRIES = Countries.standard();

  /** Progress goes to stderr at most this often. */
  private static final long PROGRESS_NANOS = 2_000_000_000L;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The name to screen.")
  String name;

  @Option(
      names = "--dob",
      paramLabel = "DATE",
      description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.")
  String dob;

  @Option(
      names = "--nationality",
      paramLabel = "COUNTRY",
      description = "Nationality: ISO 3166 alpha-2/alpha-3 code or English country name.")
  String nationality;

  @Option(
      names = "--gender",
      paramLabel = "GENDER",
      description = "Gender: male, female, m or f (unknown, u, other or x: no evidence; any case).")
  String gender;

  @Option(names = "--document", paramLabel = "NUMBER", description = "Identity-document number.")
  String document;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "person, organization, vessel, aircraft or any (default: any); also individual,"
              + " organisation, entity.")
  String kind = "any";

  @CommandLine.Mixin ListsInForceOptions inForce;

  @Option(
      names = {"--program", "--list-type"},
      paramLabel = "NAME",
      description =
          "Screen only against entries under this sanctions program or list type (repeatable; e.g."
              + " Al-Qaida for the UN ISIL (Da'esh) and Al-Qaida list, SDGT for OFAC).")
  List<String> programs = new ArrayList<>();

  @CommandLine.Mixin ScreeningLimits limits;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Screen every row of a .csv (with header) or .jsonl file instead of NAME.")
  Path input;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Character set of --input (default: UTF-8, with or without BOM).")
  String encoding;

  @Option(
      names = "--format",
      paramLabel = "text|json|jsonl",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Override
  public void run() {
    OutputFormat out = OutputFormat.parse(format, spec);
    limits.check(spec);
    for (String p : programs) {
      if (p.codePoints().noneMatch(Character::isLetterOrDigit)) {
        throw usage("--program needs a program name (e.g. Al-Qaida)");
      }
      if (p.length() > 200) {
        throw usage("--program: a program name is at most 200 characters");
      }
    }
    inForce.check(spec);
    if ((name == null) == (input == null)) {
      throw usage(
          name == null
              ? "give a NAME or --input FILE"
              : "give either a NAME or --input FILE, not both");
    }
    if (input != null) {
      if (dob != null || nationality != null || gender != null || document != null) {
        throw usage(
            "--dob, --nationality, --gender and --document apply to NAME; with --input they are columns of the file");
      }
    } else if (encoding != null) {
      throw usage("--encoding applies to --input only");
    }
    if (name != null) {
      if (name.indexOf('\uFFFD') >= 0) {
        throw usage("NAME is not valid text in the terminal's encoding (UTF-8 expected)");
      }
      // Stripped first, as the subject's name is and as batch input's values are.
      Optional<String> problem = SubjectFields.nameProblem(name.strip());
      if (problem.isPresent()) {
        throw usage("NAME " + problem.get());
      }
    }
    if (document != null) {
      Optional<String> problem = SubjectFields.documentProblem(document.strip());
      if (problem.isPresent()) {
        throw usage("--document: " + problem.get());
      }
    }
    if (nationality != null && COUNTRIES.code(nationality).isEmpty()) {
      throw usage(
          "--nationality: not an ISO 3166 country code or English country name (e.g. IQ, IRQ,"
              + " Iraq)");
    }
    Set<EntryKind> kinds = kinds(kind);
    Charset charset = input == null ? StandardCharsets.UTF_8 : charset();
    if (input != null && (input.toString().equals("-") || input.toString().equals("/dev/stdin"))) {
      // The input is read twice, checked whole before anything is screened, which a pipe cannot
      // be; and /dev/stdin, even a file given with <, has no name that tells its format.
      throw new InvalidInputException(
          "--input: "
              + input
              + ": standard input is not read (the input is checked whole before anything is"
              + " screened, which a pipe cannot be, and its format is told by a file name's"
              + " ending); save it to a .csv or .jsonl file first");
    }
    if (input != null) {
      // What the path is, said before its name's ending is asked for the format.
      if (input.toString().isEmpty()) {
        throw new InvalidInputException("--input: an empty path names no file");
      }
      if (!Files.exists(input)) {
        throw new InvalidInputException(
            "--input: " + input + ": " + PathProblem.unreachable(input));
      }
      if (Files.isDirectory(input)) {
        throw new InvalidInputException("--input: " + input + ": is a folder, not a file");
      }
      if (!Files.isRegularFile(input)) {
        // The input is read twice, checked whole before anything is screened: not a pipe or a
        // device.
        throw new InvalidInputException(
            "--input: "
                + input
                + ": not a regular file (a pipe or device cannot be"
                + " read twice; save it to a file first)");
      }
    }
    InputFormat inputFormat = input == null ? null : inputFormat();
    if (input != null) {
      inputState = FileState.of(input);
      validate(input, inputFormat, charset, kinds)
          .ifPresent(
              w -> {
                PrintWriter err = spec.commandLine().getErr();
                err.println("mizan: " + TextOutput.printable(w));
                err.flush();
              });
    }

    // A name's other fields checked before the lists are read (a few seconds).
    Subject subject =
        input != null
            ? null
            : new Subject(
                "query",
                name,
                birthDates(),
                orEmpty(nationality),
                gender(),
                orEmpty(document),
                kinds);
    if (subject != null) {
      SubjectFields.zoneKindProblem(name, kinds)
          .ifPresent(
              p -> {
                throw new InvalidInputException("NAME " + p);
              });
    }
    List<Watchlist> lists = inForce.load(spec);
    Mizan mizan;
    try {
      mizan = Mizan.over(lists, programs);
    } catch (Programs.UnknownProgramException e) {
      // The value given is not repeated: a name written where a program was expected is still a
      // name (a breaker's find).
      throw new InvalidInputException(
          "--program: "
              + (e.unknown().size() == 1
                  ? "a program given is"
                  : e.unknown().size() + " of the programs given are")
              + " under no entry of the lists in force; their programs are: "
              + TextOutput.printable(String.join(", ", e.available())));
    }
    Screening screening = mizan.screening();
    PrintWriter w = spec.commandLine().getOut();
    if (subject != null) {
      ScreeningResult result =
          screening.screen(subject, limits.threshold, limits.limit, limits.hitsOnly);
      switch (out) {
        case TEXT -> TextOutput.result(w, result, true, limits.limit);
        case JSON -> w.println(JsonText.pretty(mizan.json().result(result)));
        case JSONL -> w.println(mizan.json().result(result).toString());
      }
      w.flush();
      return;
    }
    try {
      screenFile(mizan, screening, w, out, inputFormat, charset, kinds);
    } catch (InvalidInputException
        | org.mizan.screening.InputFormatException
        | java.io.UncheckedIOException e) {
      // Read whole and found sound before the first result was written: a row found wrong now was
      // changed, or added, since (a breaker's find: the row's error alone, after half the output);
      // a file that cannot be read now was removed.
      if (changedSince()) {
        throw changedWhileScreened();
      }
      throw e;
    }
    if (changedSince()) {
      throw changedWhileScreened();
    }
  }

  /** Whether the input is gone, or not as it was when it was checked whole. */
  private boolean changedSince() {
    return !Files.exists(input) || !FileState.of(input).equals(inputState);
  }

  private java.io.UncheckedIOException changedWhileScreened() {
    String message =
        input
            + (Files.exists(input) ? " changed" : " was removed")
            + " while it was screened: the results above are incomplete";
    return new java.io.UncheckedIOException(message, new java.io.IOException(message));
  }

  /** The input file as it was when it was checked whole, before the first result was written. */
  private FileState inputState;

  /** Standard output closed (a reader that stopped, as {@code head} does) or full. */
  private static final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailed() {
      super(null, null, false, false);
    }
  }

  /**
   * Subjects read before they are screened together on every processor: enough to keep the threads
   * busy, few enough that memory does not grow with the input.
   */
  private static final int BATCH = 512;

  private void screenFile(
      Mizan mizan,
      Screening screening,
      PrintWriter w,
      OutputFormat out,
      InputFormat inputFormat,
      Charset charset,
      Set<EntryKind> kinds) {
    PrintWriter err = spec.commandLine().getErr();
    long[] counts = new long[2];
    long[] nextProgress = {System.nanoTime() + PROGRESS_NANOS};
    boolean[] first = {true};
    if (out == OutputFormat.JSON) {
      w.println("[");
    }
    List<Subject> chunk = new ArrayList<>(BATCH);
    try (BatchScreening batch =
        new BatchScreening(screening, Runtime.getRuntime().availableProcessors())) {
      Consumer<List<Subject>> flush =
          subjects -> {
            for (ScreeningResult result :
                batch.screen(subjects, limits.threshold, limits.limit, limits.hitsOnly)) {
              switch (out) {
                case TEXT -> {
                  if (first[0]) {
                    TextOutput.lists(w, result);
                  }
                  TextOutput.result(w, result, false, limits.limit);
                }
                case JSON -> {
                  if (!first[0]) {
                    w.println(",");
                  }
                  w.print(JsonText.pretty(mizan.json().result(result)));
                }
                case JSONL -> w.println(mizan.json().result(result).toString());
              }
              first[0] = false;
              counts[0]++;
              if (result.hits() > 0) {
                counts[1]++;
              }
              if (w.checkError()) {
                // Nothing more can be written: stop screening (a breaker's find: it went on to the
                // end, and said so only then). Main says it as an I/O failure.
                throw new OutputFailed();
              }
              if (System.nanoTime() - nextProgress[0] >= 0) {
                err.println("mizan: screened " + subjects(counts[0]) + " so far");
                err.flush();
                nextProgress[0] = System.nanoTime() + PROGRESS_NANOS;
              }
            }
            subjects.clear();
          };
      forEachSubject(
          input,
          inputFormat,
          charset,
          kinds,
          subject -> {
            chunk.add(subject);
            if (chunk.size() == BATCH) {
              flush.accept(chunk);
            }
          });
      if (!chunk.isEmpty()) {
        flush.accept(chunk);
      }
    } catch (OutputFailed e) {
      return;
    }
    if (out == OutputFormat.JSON) {
      if (changedSince()) {
        // Not closed: an array that reads as whole would hide that rows were lost (a breaker's
        // find: a file cut short while it was screened gave a closed array of half its rows).
        throw changedWhileScreened();
      }
      w.println(first[0] ? "]" : "\n]");
    }
    w.flush();
    if (w.checkError()) {
      // Said by Main as an I/O failure: no summary that reads as done (a breaker's find).
      return;
    }
    err.println("mizan: screened " + subjects(counts[0]) + "; " + counts[1] + " with hits");
    err.flush();
  }

  /** Size and modification time of a file, to notice a file changed between two reads. */
  private record FileState(long size, java.nio.file.attribute.FileTime modified) {
    static FileState of(Path file) {
      try {
        return new FileState(Files.size(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private static String subjects(long n) {
    return n + (n == 1 ? " subject" : " subjects");
  }

  /**
   * Reads the whole input once before screening, so that invalid content never yields half a
   * result; returns the warning to give when subjects repeat an earlier subject's id.
   */
  private static Optional<String> validate(
      Path file, InputFormat format, Charset charset, Set<EntryKind> kinds) {
    // Results are told apart by id: a repeated one (two exports joined, a row's missing id taken
    // as row-N where another row says row-N) is said, with the subjects' numbers, never the id.
    // The check keeps a 64-bit hash of each id, not the ids themselves, so that memory does not
    // grow with a file's ids (a breaker's find: 600,000 rows of long ids ran out of a heap of 256
    // MB that had screened them).
    long[] inOrder = idHashes(file, format, charset, kinds);
    if (inOrder.length == 0) {
      // An export that came out empty must not pass for a screened population.
      throw new InvalidInputException(file + ": the input holds no subjects");
    }
    return repeats(inOrder)
        .map(
            r ->
                "warning: "
                    + file
                    + ": "
                    + TextOutput.count(r.count(), "subject repeats", "subjects repeat")
                    + " the id of an earlier subject (the first: subject "
                    + r.first()
                    + ", with the id of subject "
                    + r.earlier()
                    + "); their results carry the same id: tell them apart by their order");
  }

  /** The hash ({@link #idHash}) of each subject's id, in input order. */
  private static long[] idHashes(
      Path file, InputFormat format, Charset charset, Set<EntryKind> kinds) {
    LongStream.Builder hashes = LongStream.builder();
    forEachSubject(file, format, charset, kinds, s -> hashes.add(idHash(s.id())));
    return hashes.build().toArray();
  }

  /**
   * Subjects that repeat an earlier subject's id.
   *
   * @param count how many subjects repeat an earlier one's id (1 or more)
   * @param first the number (1-based, in input order) of the first that does
   * @param earlier the number of the subject whose id it repeats
   */
  record Repeats(long count, long first, long earlier) {}

  /**
   * Of the ids' hashes in input order: how many repeat an earlier one, and the first that does with
   * the earlier one's number; empty when none repeats. Arrays of the hashes only, never the ids or
   * a map of them, so that memory is 16 bytes a subject however many ids repeat (a breaker's find:
   * a second reading that kept the ids whose hash came twice ran out of a heap of 256 MB on two
   * exports of 600,000 long ids joined).
   */
  static Optional<Repeats> repeats(long[] inOrder) {
    long[] sorted = inOrder.clone();
    Arrays.sort(sorted);
    long repeats = 0;
    int duplicated = 0;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeats++;
        if (startsRun(sorted, i)) {
          duplicated++;
        }
      }
    }
    if (repeats == 0) {
      return Optional.empty();
    }
    // Each value that comes twice or more, once, in order.
    long[] twice = new long[duplicated];
    for (int i = 1, k = 0; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1] && startsRun(sorted, i)) {
        twice[k++] = sorted[i];
      }
    }
    int[] first = new int[duplicated];
    for (int j = 0; j < inOrder.length; j++) {
      int k = Arrays.binarySearch(twice, inOrder[j]);
      if (k < 0) {
        continue;
      }
      if (first[k] != 0) {
        return Optional.of(new Repeats(repeats, j + 1, first[k]));
      }
      first[k] = j + 1;
    }
    throw new IllegalStateException("a repeated hash was not found again");
  }

  /** Whether {@code sorted[i]}, equal to the value before it, is the second of its run. */
  private static boolean startsRun(long[] sorted, int i) {
    return i == 1 || sorted[i - 1] != sorted[i - 2];
  }

  /**
   * A 64-bit hash of an id: FNV-1a (Fowler, Noll and Vo) over its UTF-16 units. Two ids of one hash
   * are taken for one: among a million different ids, the chance that two share a hash is about 1
   * in 37 million, and its cost a warning, never a result (ids chosen to collide can make one).
   */
  private static long idHash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** Each subject of {@code file}; a row without a kind is screened against {@code kinds}. */
  private static void forEachSubject(
      Path file,
      InputFormat format,
      Charset charset,
      Set<EntryKind> kinds,
      Consumer<Subject> action) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file + ": is a folder, not a file");
    }
    try (InputStream in = Files.newInputStream(file);
        SubjectReader reader = SubjectReader.open(in, file.toString(), format, charset, kinds)) {
      reader.forEachRemaining(action);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private List<BirthDate> birthDates() {
    if (dob == null) {
      return List.of();
    }
    BirthDate date;
    try {
      date = BirthDate.parse(dob);
    } catch (IllegalArgumentException e) {
      throw usage("--dob: " + e.getMessage());
    }
    Optional<String> problem = SubjectFields.birthDateProblem(date, Mizan.today());
    if (problem.isPresent()) {
      throw usage("--dob: " + problem.get());
    }
    return List.of(date);
  }

  private Gender gender() {
    if (gender == null) {
      return Gender.UNKNOWN;
    }
    return SubjectFields.gender(gender)
        .orElseThrow(
            // The value is not repeated: a name given in the wrong place would be.
            () -> usage("--gender must be " + SubjectFields.GENDER_WORDS));
  }

  private Set<EntryKind> kinds(String value) {
    return SubjectFields.kinds(value)
        .orElseThrow(() -> usage("--kind must be " + SubjectFields.KIND_WORDS));
  }

  private Charset charset() {
    if (encoding == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw usage(
          "--encoding must be a character set Java knows, such as UTF-8, windows-1256 or UTF-16");
    }
  }

  private InputFormat inputFormat() {
    try {
      return InputFormat.fromFileName(input.toString());
    } catch (RuntimeException e) {
      throw usage("--input: " + e.getMessage());
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * A usage error. Its message names the option and what it takes, never the value given: usage
   * errors of {@code screen} are written with quoted values masked ({@link Main#withoutValues}),
   * since a name written in the wrong place would be repeated, and a masked value reads "'…'".
   */
  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
