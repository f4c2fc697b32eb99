package dev.mcplet.benchmarks;

import dev.mcplet.benchmarks.analysis.StartupAnalysis;
import dev.mcplet.benchmarks.analysis.SteadyProfile;
import dev.mcplet.benchmarks.coldstart.ChildJvm;
import dev.mcplet.benchmarks.coldstart.ColdStartBenchmark;
import dev.mcplet.benchmarks.coldstart.ColdStartSection;
import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.PreparedSubject;
import dev.mcplet.benchmarks.coldstart.Subject;
import dev.mcplet.benchmarks.curves.CostCurves;
import dev.mcplet.benchmarks.report.Machine;
import dev.mcplet.benchmarks.report.ResultsReport;
import dev.mcplet.benchmarks.report.Row;
import dev.mcplet.benchmarks.steady.SteadyResult;
import dev.mcplet.benchmarks.steady.SteadyStateRunner;
import dev.mcplet.benchmarks.steady.SteadyStateRunner.Budget;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark command line (run through {@code benchmarks/run.sh}).
 *
 * <pre>
 * run      [--root DIR] [--out DIR] [--subject name=jar::Handler::handleRequest ...] [--jdk 17=JAVA_HOME ...]
 *          [--flags default,lambda] [--rounds 11] [--class-runs 1] [--no-jvm] [--skip-jmh] [--era 2026-07-28]
 *          [--jmh-forks 3] [--jmh-warmup 3] [--jmh-iterations 3] [--jmh-seconds 1]
 * analyze  [--root DIR] [--out DIR] [--subject ...] [--jdk 17=JAVA_HOME] [--flags lambda] [--baseline floor]
 *          [--startuptime]
 * profile  [--root DIR] [--out DIR] [--subject ...] [--jdk 17=JAVA_HOME] [--flags lambda] [--seconds 15]
 * curves   [--root DIR] [--out DIR] [--jdk 17=JAVA_HOME] [--flags lambda] [--rounds 11] [--sizes 1,10,100,1000]
 *          [--curve-seconds 2] [--payloads 100,10240,1048576] [--keep-catalogs DIR]
 * </pre>
 * Subjects default to the project's own (floor, sdk, and ours once examples/calculator is built).
 * <pre>
 * </pre>
 */
public final class Main {

  public static final List<String> EVENTS = List.of(
      "01-initialize.json", "02-notifications-initialized.json", "03-tools-list.json", "04-tools-call-add.json");

  /**
   * The events of {@code --era 2026-07-28}: the same fixture with the 2026-07-28 wire (no
   * initialize, {@code _meta} and the {@code Mcp-Method}/{@code Mcp-Name} headers):
   * {@code server/discover}, {@code tools/list}, {@code tools/call add(2, 3)}.
   */
  public static final List<String> EVENTS_2026 = List.of(
      "2026-01-server-discover.json", "2026-02-tools-list.json", "2026-03-tools-call-add.json");

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !List.of("run", "analyze", "profile", "curves").contains(args[0])) {
      System.err.println("usage: Main run|analyze|profile|curves [options]; see benchmarks/README.md");
      System.exit(2);
    }
    Options options = Options.parse(args);
    Path work = Files.createTempDirectory("mcplet-bench-");
    try {
      List<PreparedSubject> subjects = new ArrayList<>();
      for (Subject subject : options.subjects) {
        subjects.add(PreparedSubject.prepare(subject, work));
      }
      ChildJvm child = new ChildJvm(extractEvents(work, options.events));
      if (args[0].equals("profile")) {
        SteadyProfile profile = new SteadyProfile(options.out, System.out);
        List<Path> events = extractEvents(work, EVENTS);
        for (JvmConfig jvm : options.configs) {
          for (PreparedSubject subject : subjects) {
            for (Path event : events.subList(2, 4)) {
              profile.profile(jvm, subject, event, options.profileSeconds, ChildJvm.runtimeClassPath());
            }
          }
        }
        return;
      }
      if (args[0].equals("curves")) {
        curves(options, child, work);
        return;
      }
      if (args[0].equals("analyze")) {
        StartupAnalysis analysis = new StartupAnalysis(child, options.out, System.out);
        for (JvmConfig jvm : options.configs) {
          analysis.analyze(jvm, subjects, options.baseline, options.startupTime);
        }
        return;
      }
      if (!options.noBareJvm) {
        subjects.add(PreparedSubject.prepare(Subject.bareJvm(), work));
      }
      run(options, subjects, child, work);
    } finally {
      deleteTree(work);
    }
  }

  private static void run(Options options, List<PreparedSubject> subjects, ChildJvm child, Path work)
      throws Exception {
    PrintStream log = System.out;
    String loadBefore = Machine.loadAverage();
    ColdStartBenchmark coldStart = new ColdStartBenchmark(child, options.rounds, options.classRuns, work, log);
    List<ColdStartSection> sections = new ArrayList<>();
    for (JvmConfig jvm : options.configs) {
      sections.add(coldStart.measure(jvm, subjects));
    }
    List<SteadyResult> steady = new ArrayList<>();
    if (!options.skipJmh) {
      SteadyStateRunner runner = new SteadyStateRunner(work, options.out, options.budget, log);
      for (JvmConfig jvm : options.configs) {
        steady.addAll(runner.run(jvm, subjects));
      }
    }
    Machine machine = Machine.describe(options.configs);
    ResultsReport.write(options.out, new ResultsReport.Settings(LocalDate.now().toString(), options.command,
        options.rounds, options.classRuns, options.budget, loadBefore, Machine.loadAverage(), options.events.size()),
        machine, sections,
        steady);
    log.println("wrote " + options.out.resolve("results.md") + " and " + options.out.resolve("cold-start.png"));
  }

  /** The cost curves against the current SDK, on the first JVM configuration (JDK 17, Lambda flags by default). */
  private static void curves(Options options, ChildJvm child, Path work) throws Exception {
    Path calculator = null;
    Path sdk = null;
    for (Subject subject : BenchmarkSubjects.available(options.root)) {
      if (subject.name().equals("ours")) {
        calculator = subject.jar();
      } else if (subject.name().equals(Row.SDK)) {
        sdk = subject.jar();
      }
    }
    Path target = options.root.resolve("benchmarks/harness/target");
    if (calculator == null || sdk == null || !Files.isDirectory(target.resolve("processor"))) {
      throw new IllegalStateException("curves need examples/calculator, benchmarks/sdk-2.2 and the harness packaged"
          + " (benchmarks/run.sh builds them)");
    }
    new CostCurves(work, options.out, System.out, options.payloads, options.catalogs).run(options.configs.get(0),
        options.sizes, options.rounds, options.curveSeconds, calculator, sdk, jars(target.resolve("mcplet-libs")),
        jars(target.resolve("processor")), child, options.command);
  }

  private static List<Path> jars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  /** The four 2025 events, written as files under {@code work/events} for the child JVMs. */
  public static List<Path> extractEvents(Path work) throws IOException {
    return extractEvents(work, EVENTS);
  }

  private static List<Path> extractEvents(Path work, List<String> names) throws IOException {
    Path dir = Files.createDirectories(work.resolve("events"));
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.write(file, event(name));
      files.add(file);
    }
    return files;
  }

  /** One of the four API Gateway REST events (resources under /events, built from the shared fixture). */
  public static byte[] event(String name) throws IOException {
    try (InputStream in = Main.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IOException("missing event resource " + name);
      }
      return in.readAllBytes();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Parsed command-line options. */
  static final class Options {
    final List<Subject> subjects = new ArrayList<>();
    final List<JvmConfig> configs = new ArrayList<>();
    Path root = Path.of("").toAbsolutePath();
    Path out;
    int rounds = 11;
    int classRuns = 1;
    boolean noBareJvm;
    boolean skipJmh;
    boolean startupTime;
    int profileSeconds = 15;
    List<Integer> sizes = CostCurves.SIZES;
    double curveSeconds = 2;
    List<Integer> payloads = CostCurves.PAYLOADS;
    Path catalogs;
    String baseline = "floor";
    /** The cold start's events: {@link #EVENTS} (2025-11-25, the default) or {@link #EVENTS_2026} ({@code --era 2026-07-28}). */
    List<String> events = EVENTS;
    Budget budget = Budget.defaults();
    String command;

    /** The options a person typed (run.sh adds --root and --jdk itself). */
    private static List<String> userArgs(String[] args) {
      List<String> typed = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        if (args[i].equals("--root") || args[i].equals("--jdk")) {
          i++;
        } else {
          typed.add(args[i]);
        }
      }
      return typed;
    }

    static Options parse(String[] args) {
      Options o = new Options();
      o.command = String.join(" ", "benchmarks/run.sh", String.join(" ", userArgs(args))).trim();
      List<String[]> jdks = new ArrayList<>();
      List<String> flags = new ArrayList<>(args[0].equals("run") ? List.of("default", "lambda") : List.of("lambda"));
      int forks = o.budget.forks();
      int warmup = o.budget.warmupIterations();
      int iterations = o.budget.measurementIterations();
      int seconds = o.budget.iterationSeconds();
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--subject" -> o.subjects.add(Subject.parse(args[++i]));
          case "--root" -> o.root = Path.of(args[++i]);
          case "--jdk" -> jdks.add(args[++i].split("=", 2));
          case "--flags" -> flags = List.of(args[++i].split(","));
          case "--out" -> o.out = Path.of(args[++i]);
          case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
          case "--class-runs" -> o.classRuns = Integer.parseInt(args[++i]);
          case "--no-jvm" -> o.noBareJvm = true;
          case "--skip-jmh" -> o.skipJmh = true;
          case "--startuptime" -> o.startupTime = true;
          case "--seconds" -> o.profileSeconds = Integer.parseInt(args[++i]);
          case "--baseline" -> o.baseline = args[++i];
          case "--sizes" -> o.sizes = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
          case "--curve-seconds" -> o.curveSeconds = Double.parseDouble(args[++i]);
          case "--keep-catalogs" -> o.catalogs = Path.of(args[++i]).toAbsolutePath();
          case "--payloads" -> o.payloads = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
          case "--era" -> o.events = switch (args[++i]) {
            case "2025-11-25" -> EVENTS;
            case "2026-07-28" -> EVENTS_2026;
            default -> throw new IllegalArgumentException("--era is 2025-11-25 or 2026-07-28, was " + args[i]);
          };
          case "--jmh-forks" -> forks = Integer.parseInt(args[++i]);
          case "--jmh-warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--jmh-iterations" -> iterations = Integer.parseInt(args[++i]);
          case "--jmh-seconds" -> seconds = Integer.parseInt(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (o.subjects.isEmpty()) {
        try {
          o.subjects.addAll(BenchmarkSubjects.available(o.root));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      if (o.subjects.isEmpty()) {
        throw new IllegalArgumentException("no subject built under " + o.root
            + "; name one with --subject name=jar::package.Class::handleRequest");
      }
      if (o.out == null) {
        o.out = !args[0].equals("run") && !args[0].equals("curves") ? o.root.resolve("benchmarks/target/" + args[0])
            : o.root.resolve("benchmarks/results/" + LocalDate.now());
      }
      if (jdks.isEmpty()) {
        jdks.add(new String[] {Integer.toString(Runtime.version().feature()), System.getProperty("java.home")});
      }
      for (String[] jdk : jdks) {
        for (String f : flags) {
          o.configs.add(JvmConfig.of(jdk[0], Path.of(jdk[1]), f));
        }
      }
      o.budget = new Budget(forks, warmup, iterations, seconds);
      return o;
    }
  }
}
