package dev.mcplet.benchmarks.curves;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.benchmarks.Main;
import dev.mcplet.benchmarks.coldstart.ChildJvm;
import dev.mcplet.benchmarks.coldstart.ColdStartBenchmark;
import dev.mcplet.benchmarks.coldstart.ColdStartSection;
import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.PreparedSubject;
import dev.mcplet.benchmarks.coldstart.Subject;
import dev.mcplet.benchmarks.coldstart.SubjectResult;
import dev.mcplet.benchmarks.coldstart.TimedRun;
import dev.mcplet.benchmarks.report.Machine;
import dev.mcplet.benchmarks.report.Row;
import dev.mcplet.benchmarks.runtime.HandlerLoader;
import dev.mcplet.benchmarks.runtime.Invoker;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost curves: how cold start, artifact size and {@code tools/list} grow with the number of
 * tools (1, 10, 100, 1,000 of the shapes {@link Catalog} generates), and how a warm
 * {@code tools/call} grows with the size of its arguments (100 B, 10 KB, 1 MB lists of records),
 * for mcplet and the official MCP Java SDK side by side. Writes {@code curves.md} and one chart per
 * curve.
 *
 * <p>Cold starts use the same child JVMs, events and alternated rounds as {@code run} (the
 * calculator runs in the same rounds, as the reference of the 1,000-tool target); the in-process
 * figures load each subject in a JVM of its own ({@link InProcessChild}) as a JMH fork does and
 * time a plain loop after a warm-up (simpler than JMH, and reported as such), with allocation
 * from the JVM's per-thread allocation counters, summed over all threads.
 */
public final class CostCurves {

  public static final List<Integer> SIZES = List.of(1, 10, 100, 1000);
  public static final List<Integer> PAYLOADS = List.of(100, 10 * 1024, 1024 * 1024);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CALCULATOR = "calculator";

  private final Path work;
  private final Path out;
  private final PrintStream log;
  private final List<Integer> payloads;
  private final Path catalogs;

  /**
   * @param payloads the argument sizes of the warm tools/call, in bytes ({@link #PAYLOADS} by default)
   * @param catalogs where the generated catalogs' sources and jars go (kept, for {@code analyze}),
   *     or null for the temporary work directory
   */
  public CostCurves(Path work, Path out, PrintStream log, List<Integer> payloads, Path catalogs) {
    this.work = work;
    this.out = out;
    this.log = log;
    this.payloads = payloads;
    this.catalogs = catalogs != null ? catalogs : work.resolve("catalogs");
  }

  /** What one subject measured in process. */
  record InProcess(long listBytes, int listPages, double listMicros, double[] callMicros, double[] callBytes,
      int[] argumentBytes) {}

  public void run(JvmConfig jvm, List<Integer> sizes, int rounds, double seconds, Path calculatorJar, Path sdkJar,
      List<Path> mcpletLibs, List<Path> processorPath, ChildJvm child, String command) throws Exception {
    String loadBefore = Machine.loadAverage();
    CatalogBuild build = new CatalogBuild(catalogs, mcpletLibs, sdkJar, processorPath);
    List<PreparedSubject> subjects = new ArrayList<>();
    subjects.add(PreparedSubject.prepare(new Subject(CALCULATOR, calculatorJar,
        "dev.mcplet.examples.calculator.CalculatorHandler::handleRequest"), work));
    for (int size : sizes) {
      log.println("generating and compiling the " + size + "-tool catalog (mcplet, then the SDK) ...");
      Subject ours = build.ours(size);
      subjects.add(PreparedSubject.prepare(ours, work));
      subjects.add(PreparedSubject.prepare(build.sdk(size, ours.jar()), work));
    }
    ColdStartSection section = new ColdStartBenchmark(child, rounds, 1, work, log).measure(jvm, subjects);
    List<Row> rows = Row.of(section);

    int payloadTools = payloadCatalog(sizes);
    List<InProcess> measured = new ArrayList<>();
    for (PreparedSubject subject : subjects) {
      log.println("in process: " + subject.name());
      measured.add(inProcess(subject, seconds, subject.subject().tools() == payloadTools
          && !subject.name().equals(CALCULATOR)));
    }
    Files.createDirectories(out);
    write(jvm, sizes, rounds, seconds, section, rows, subjects, measured, command, loadBefore);
  }

  /** The catalog the payload calls run on: the smallest with importItems (3 tools or more), preferably 10. */
  static int payloadCatalog(List<Integer> sizes) {
    if (sizes.contains(10)) {
      return 10;
    }
    for (int size : sizes) {
      if (size >= 3) {
        return size;
      }
    }
    return -1;
  }

  /**
   * Measures one subject in a JVM of its own (the harness's java and class path, default flags),
   * as JMH forks do: loaded together in one JVM, the subjects shape each other's JIT profiles
   * through the JDK classes they share (a warm 130 B tools/call measured twice as slow with every
   * catalog loaded as with one).
   */
  private InProcess inProcess(PreparedSubject subject, double seconds, boolean payloadCalls) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), InProcessChild.class.getName(),
        subject.taskRoot().toString(), subject.subject().handler(), subject.name(),
        Integer.toString(subject.subject().tools()), Double.toString(seconds), Boolean.toString(payloadCalls),
        String.join(",", payloads.stream().map(String::valueOf).toList())));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    for (String line : output.split("\n")) {
      if (line.startsWith(InProcessChild.RESULT)) {
        if (exit == 0) {
          return InProcessChild.parse(line);
        }
      }
    }
    throw new IllegalStateException(subject.name() + ": the in-process measurement failed (exit " + exit + "):\n" + output);
  }

  /** The in-process figures of one subject, in this JVM (called by {@link InProcessChild}). */
  static InProcess measure(Path taskRoot, String handler, String name, int expectedTools, double seconds,
      boolean payloadCalls, List<Integer> payloads) throws Exception {
    Invoker invoker = HandlerLoader.load(taskRoot.toFile(), handler);
    long[] bytes = new long[1];
    int[] pages = new int[1];
    Runnable list = () -> {
      try {
        bytes[0] = 0;
        pages[0] = 0;
        String cursor = null;
        int tools = 0;
        do {
          String body = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\""
              + (cursor == null ? "" : ",\"params\":{\"cursor\":" + MAPPER.writeValueAsString(cursor) + "}") + "}";
          byte[] response = body(invoker.invoke(event("03-tools-list.json", body)));
          bytes[0] += response.length;
          pages[0]++;
          JsonNode result = MAPPER.readTree(response).path("result");
          tools += result.path("tools").size();
          cursor = result.path("nextCursor").isTextual() ? result.path("nextCursor").asText() : null;
        } while (cursor != null);
        if (tools != expectedTools) {
          throw new IllegalStateException(name + " listed " + tools + " tools, not " + expectedTools);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    double listMicros = time(list, seconds)[0];
    double[] callMicros = new double[payloads.size()];
    double[] callBytes = new double[payloads.size()];
    int[] argumentBytes = new int[payloads.size()];
    java.util.Arrays.fill(callMicros, Double.NaN);
    java.util.Arrays.fill(callBytes, Double.NaN);
    if (payloadCalls) {
      for (int p = 0; p < payloads.size(); p++) {
        ArrayNode items = items(payloads.get(p));
        String arguments = MAPPER.writeValueAsString(MAPPER.createObjectNode().set("items", items));
        argumentBytes[p] = arguments.getBytes(StandardCharsets.UTF_8).length;
        byte[] event = event("04-tools-call-add.json", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"importItems\",\"arguments\":" + arguments + "}}");
        String expected = Integer.toString(items.size());
        Runnable call = () -> {
          try {
            JsonNode result = MAPPER.readTree(body(invoker.invoke(event))).path("result");
            if (!expected.equals(result.path("content").path(0).path("text").asText())) {
              throw new IllegalStateException(name + ": importItems answered " + result);
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
        double[] timed = time(call, seconds);
        callMicros[p] = timed[0];
        callBytes[p] = timed[1];
      }
    }
    return new InProcess(bytes[0], pages[0], listMicros, callMicros, callBytes, argumentBytes);
  }

  /** Line items, as many as make {@code size} bytes of serialized arguments (within one item). */
  static ArrayNode items(int size) throws IOException {
    ArrayNode items = MAPPER.createArrayNode();
    int bytes = "{\"items\":[]}".length();
    for (int i = 0; bytes < size || i == 0; i++) {
      ObjectNode item = items.addObject();
      item.put("sku", String.format(Locale.ROOT, "SKU-%06d", i));
      item.put("quantity", 1 + i % 9);
      item.put("unitPrice", new java.math.BigDecimal((i % 5000) + ".25"));
      if (i % 3 == 0) {
        item.put("note", "fragile");
      }
      bytes += MAPPER.writeValueAsBytes(item).length + (i == 0 ? 0 : 1);
    }
    return items;
  }

  /**
   * Microseconds and bytes allocated per operation, after warming up for half the time. Bytes are
   * those of every thread of this JVM (a server may run a tool on a worker thread), so the loop
   * runs alone: nothing else allocates meanwhile but the JIT's own threads, which allocate little.
   */
  private static double[] time(Runnable op, double seconds) {
    long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
    int warm = 0;
    while (System.nanoTime() < warmEnd || warm < 5) {
      op.run();
      warm++;
    }
    long allocatedBefore = allocatedByAllThreads();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int ops = 0;
    long now;
    do {
      op.run();
      ops++;
      now = System.nanoTime();
    } while (now < end || ops < 5);
    long allocated = allocatedByAllThreads() - allocatedBefore;
    return new double[] {(now - start) / 1e3 / ops, (double) allocated / ops};
  }

  private static long allocatedByAllThreads() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  private static byte[] event(String template, String body) throws IOException {
    ObjectNode event = (ObjectNode) MAPPER.readTree(Main.event(template));
    event.put("body", body);
    event.put("isBase64Encoded", false);
    return MAPPER.writeValueAsBytes(event);
  }

  private static byte[] body(byte[] responseEvent) throws IOException {
    JsonNode event = MAPPER.readTree(responseEvent);
    String body = event.path("body").asText();
    if (event.path("isBase64Encoded").asBoolean(false)) {
      return java.util.Base64.getDecoder().decode(body);
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private void write(JvmConfig jvm, List<Integer> sizes, int rounds, double seconds, ColdStartSection section,
      List<Row> rows, List<PreparedSubject> subjects, List<InProcess> measured, String command, String loadBefore)
      throws Exception {
    Machine machine = Machine.describe(List.of(jvm));
    StringBuilder md = new StringBuilder();
    md.append("# Cost curves, ").append(LocalDate.now()).append("\n\n")
        .append("- Machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
        .append(machine.memory()).append(", ").append(machine.kernel()).append('\n')
        .append("- JDK ").append(jvm.jdk()).append(": ").append(machine.jdks().get(jvm.jdk())).append(", flags `")
        .append(jvm.flagsText()).append("`\n")
        .append("- Command: `").append(command).append("`\n")
        .append("- Load average before: ").append(loadBefore).append(", after: ").append(Machine.loadAverage())
        .append(" (other work on the machine shows up here; a shared machine makes every figure noisy)\n")
        .append("- Cold start: ").append(rounds).append(" alternated rounds of every subject (after a discarded"
            + " warm-up round), 1 class-logging run; in process: a plain loop, ").append(seconds)
        .append(" s per figure after a warm-up of half that, each subject in a JVM of its own (the harness's java,"
            + " default flags)\n\n")
        .append("Subjects: `ours-N` is mcplet with N generated tools (records, enums, lists, optionals, dates;"
            + " classes of 25 tools), `sdk-N` the official MCP Java SDK 2.2.0 stateless server with the same"
            + " tools (names, descriptions and schemas copied from mcplet's generated classes), `calculator`"
            + " the 2-tool example. Cold start answers the usual four API Gateway events (initialize,"
            + " notifications/initialized, tools/list first page, tools/call add).\n\n");

    md.append("## Cold start and size by number of tools\n\n")
        .append("| tools | ours first ms | sdk first ms | ours / sdk | ours / calculator | ours last ms |"
            + " sdk last ms | ours classes | sdk classes | ours RSS MiB | sdk RSS MiB | ours jar MB | sdk jar MB |"
            + " ours tools/list | sdk tools/list |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double[] oursFirst = new double[sizes.size()];
    double[] sdkFirst = new double[sizes.size()];
    double[] oursClasses = new double[sizes.size()];
    double[] sdkClasses = new double[sizes.size()];
    double[] oursRss = new double[sizes.size()];
    double[] sdkRss = new double[sizes.size()];
    double[] oursJar = new double[sizes.size()];
    double[] sdkJar = new double[sizes.size()];
    double[] oursListKb = new double[sizes.size()];
    double[] sdkListKb = new double[sizes.size()];
    double[] oursListUs = new double[sizes.size()];
    double[] sdkListUs = new double[sizes.size()];
    double worstVsSdk = 0;
    double largestVsCalculator = Double.NaN;
    for (int i = 0; i < sizes.size(); i++) {
      int size = sizes.get(i);
      Row ours = row(rows, "ours-" + size);
      Row sdk = row(rows, "sdk-" + size);
      InProcess o = measured.get(index(subjects, "ours-" + size));
      InProcess s = measured.get(index(subjects, "sdk-" + size));
      double vsSdk = medianRatio(section.subject("ours-" + size), section.subject("sdk-" + size));
      double vsCalculator = medianRatio(section.subject("ours-" + size), section.subject(CALCULATOR));
      worstVsSdk = Math.max(worstVsSdk, vsSdk);
      if (i == sizes.size() - 1) {
        largestVsCalculator = vsCalculator;
      }
      oursFirst[i] = ours.firstMs();
      sdkFirst[i] = sdk.firstMs();
      oursClasses[i] = ours.classes();
      sdkClasses[i] = sdk.classes();
      oursRss[i] = ours.rssMib();
      sdkRss[i] = sdk.rssMib();
      oursJar[i] = ours.jarBytes() / 1e6;
      sdkJar[i] = sdk.jarBytes() / 1e6;
      oursListKb[i] = o.listBytes() / 1024.0;
      sdkListKb[i] = s.listBytes() / 1024.0;
      oursListUs[i] = o.listMicros();
      sdkListUs[i] = s.listMicros();
      md.append(String.format(Locale.ROOT, "| %,d | %.0f | %.0f | %.2fx | %.2fx | %.0f | %.0f | %,.0f | %,.0f | %.1f |"
              + " %.1f | %.2f | %.2f | %,.0f B, %d page(s), %s µs | %,.0f B, %d page(s), %s µs |\n",
          size, ours.firstMs(), sdk.firstMs(), vsSdk, vsCalculator, ours.lastMs(), sdk.lastMs(), ours.classes(),
          sdk.classes(), ours.rssMib(), sdk.rssMib(), oursJar[i], sdkJar[i], (double) o.listBytes(), o.listPages(),
          LineChart.format(o.listMicros()), (double) s.listBytes(), s.listPages(), LineChart.format(s.listMicros())));
    }
    Row calculator = row(rows, CALCULATOR);
    md.append(String.format(Locale.ROOT, "\nThe calculator in the same rounds: first response %.0f ms, %,.0f classes,"
        + " %.1f MiB, %.2f MB jar. Ratios are medians of per-round ratios; `tools/list` is every page, JSON-RPC"
        + " bodies only, warm, in process (µs per full listing).\n\n", calculator.firstMs(), calculator.classes(),
        calculator.rssMib(), calculator.jarBytes() / 1e6));

    int payloadTools = payloadCatalog(sizes);
    md.append("## Warm tools/call by argument size (importItems(List<LineItem>), " + payloadTools
        + "-tool catalogs)\n\n")
        .append("| arguments | items | ours µs/op | sdk µs/op | ours / sdk | ours B/op | sdk B/op |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    InProcess o10 = payloadTools > 0 ? measured.get(index(subjects, "ours-" + payloadTools)) : null;
    InProcess s10 = payloadTools > 0 ? measured.get(index(subjects, "sdk-" + payloadTools)) : null;
    double worstCall = 0;
    List<String> payloadLabels = new ArrayList<>();
    if (o10 != null) {
      for (int p = 0; p < payloads.size(); p++) {
        double ratio = o10.callMicros()[p] / s10.callMicros()[p];
        worstCall = Math.max(worstCall, ratio);
        payloadLabels.add(label(payloads.get(p)));
        md.append(String.format(Locale.ROOT, "| %,d B | %,d | %s | %s | %.2fx | %,.0f | %,.0f |\n", o10.argumentBytes()[p],
            items(payloads.get(p)).size(), LineChart.format(o10.callMicros()[p]), LineChart.format(s10.callMicros()[p]),
            ratio, o10.callBytes()[p], s10.callBytes()[p]));
      }
    }

    md.append("\n## Targets\n\n| target | measured | met |\n|---|---:|---|\n");
    md.append(target(String.format(Locale.ROOT, "%,d tools: first response <= 1.2x the calculator's",
        sizes.get(sizes.size() - 1)), largestVsCalculator, 1.2));
    md.append(target("every size: first response <= 0.2x the SDK's (worst size)", worstVsSdk, 0.2));
    if (o10 != null) {
      md.append(target("warm tools/call <= 0.5x the SDK's at every payload (worst)", worstCall, 0.5));
    }

    List<String> toolLabels = new ArrayList<>();
    for (int size : sizes) {
      toolLabels.add(String.format(Locale.ROOT, size == 1 ? "%,d tool" : "%,d tools", size));
    }
    String sub = "JDK " + jvm.jdk() + ", " + jvm.flagsName() + " flags, " + LocalDate.now() + ", busy shared machine";
    new LineChart("Time to first response by number of tools", sub + "; median of " + rounds + " rounds", "ms",
        toolLabels).series("mcplet", oursFirst).series("MCP Java SDK 2.2.0", sdkFirst).write(out.resolve("curve-first-response.png"));
    new LineChart("Classes loaded by the last response", sub, "", toolLabels).series("mcplet", oursClasses)
        .series("MCP Java SDK 2.2.0", sdkClasses).write(out.resolve("curve-classes.png"));
    new LineChart("Peak RSS", sub, "MiB", toolLabels).series("mcplet", oursRss).series("MCP Java SDK 2.2.0", sdkRss)
        .write(out.resolve("curve-rss.png"));
    new LineChart("Deployable jar", sub, "MB", toolLabels).series("mcplet", oursJar).series("MCP Java SDK 2.2.0", sdkJar)
        .write(out.resolve("curve-jar.png"));
    new LineChart("tools/list, every page: bytes", sub, "KiB", toolLabels).series("mcplet", oursListKb)
        .series("MCP Java SDK 2.2.0", sdkListKb).write(out.resolve("curve-list-bytes.png"));
    new LineChart("tools/list, every page: warm time", sub + ", in process", "µs", toolLabels)
        .series("mcplet", oursListUs).series("MCP Java SDK 2.2.0", sdkListUs).write(out.resolve("curve-list-time.png"));
    if (o10 != null) {
      new LineChart("Warm tools/call by argument size", sub + ", in process", "µs", payloadLabels)
          .series("mcplet", o10.callMicros()).series("MCP Java SDK 2.2.0", s10.callMicros())
          .write(out.resolve("curve-call-payload.png"));
      new LineChart("Allocation per tools/call by argument size", sub + ", in process", "B", payloadLabels)
          .series("mcplet", o10.callBytes()).series("MCP Java SDK 2.2.0", s10.callBytes())
          .write(out.resolve("curve-call-allocation.png"));
    }
    md.append("\n![first response](curve-first-response.png)\n![classes](curve-classes.png)\n![rss](curve-rss.png)\n"
        + "![jar](curve-jar.png)\n![tools/list bytes](curve-list-bytes.png)\n![tools/list time](curve-list-time.png)\n");
    if (o10 != null) {
      md.append("![tools/call by payload](curve-call-payload.png)\n![allocation by payload](curve-call-allocation.png)\n");
    }
    Files.writeString(out.resolve("curves.md"), md.toString(), StandardCharsets.UTF_8);
    log.println("wrote " + out.resolve("curves.md"));
  }

  private static String label(int bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
  }

  private static String target(String what, double value, double limit) {
    return String.format(Locale.ROOT, "| %s | %.2fx | %s |\n", what, value, value <= limit ? "yes" : "**no**");
  }

  private static Row row(List<Row> rows, String name) {
    for (Row row : rows) {
      if (row.subject().equals(name)) {
        return row;
      }
    }
    throw new IllegalArgumentException("no subject " + name);
  }

  private static int index(List<PreparedSubject> subjects, String name) {
    for (int i = 0; i < subjects.size(); i++) {
      if (subjects.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no subject " + name);
  }

  /** The median of per-round ratios of first-response times. */
  static double medianRatio(SubjectResult subject, SubjectResult reference) {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < subject.runs().size(); r++) {
      TimedRun a = subject.runs().get(r);
      TimedRun b = reference.runs().get(r);
      ratios.add((double) a.firstNanos() / b.firstNanos());
    }
    Collections.sort(ratios);
    int n = ratios.size();
    return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
  }
}
