package dev.mcplet.benchmarks.report;

import dev.mcplet.benchmarks.analysis.ClassBreakdown;
import dev.mcplet.benchmarks.coldstart.ClassLog;
import dev.mcplet.benchmarks.coldstart.ColdStartSection;
import dev.mcplet.benchmarks.coldstart.SubjectResult;
import dev.mcplet.benchmarks.coldstart.TimedRun;
import dev.mcplet.benchmarks.steady.SteadyResult;
import dev.mcplet.benchmarks.steady.SteadyStateRunner.Budget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code results.md} (the table README shows, the targets, the class-loading breakdown),
 * the raw figures as CSV, and the chart.
 */
public final class ResultsReport {

  public static final String OURS = "ours";

  /** What the report says about how it was made. */
  /** @param events how many API Gateway events each cold start answers (4, or 3 under 2026-07-28) */
  public record Settings(String date, String command, int rounds, int classRuns, Budget budget,
      String loadBefore, String loadAfter, int events) {}

  private ResultsReport() {}

  public static void write(Path dir, Settings settings, Machine machine, List<ColdStartSection> sections,
      List<SteadyResult> steady) throws IOException {
    Files.createDirectories(dir);
    List<Row> rows = new ArrayList<>();
    for (ColdStartSection section : sections) {
      rows.addAll(Row.of(section));
    }
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results, ").append(settings.date()).append("\n\n");
    md.append("- Machine: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
        .append(machine.memory()).append(" memory, ").append(machine.kernel()).append('\n');
    for (Map.Entry<String, String> jdk : machine.jdks().entrySet()) {
      md.append("- JDK ").append(jdk.getKey()).append(": ").append(jdk.getValue()).append('\n');
    }
    md.append("- Command: `").append(settings.command()).append("`\n");
    md.append("- Load average (1/5/15 min) before: ").append(settings.loadBefore()).append(", after: ")
        .append(settings.loadAfter()).append(" (anything else running on the machine shows up here)\n");
    md.append("- Cold start: ").append(settings.rounds()).append(" alternated rounds per configuration (after one "
        + "discarded warm-up round), ").append(settings.classRuns()).append(" separate class-logging run(s)\n");
    if (!steady.isEmpty()) {
      Budget b = settings.budget();
      md.append("- Steady state: JMH, ").append(b.forks()).append(" forks x (").append(b.warmupIterations())
          .append(" warm-up + ").append(b.measurementIterations()).append(" measured iterations of ")
          .append(b.iterationSeconds()).append(" s), `-prof gc`, `-Xms512m -Xmx512m`\n");
    }
    md.append("\nTimes are medians in milliseconds from process launch, measured from outside the process "
        + "(`Init`: handler class loaded and constructed, what SnapStart would snapshot); "
        + "`x floor` / `x SDK` are medians of per-round ratios (each ratio from runs made side by side). "
        + "RSS is the peak (VmHWM); classes are those loaded by the time the last response is complete. "
        + "`jvm` is the bare JVM running the same runtime loop with no function (a reference, not a peer).\n\n");

    md.append("| Subject | JDK | Flags | Init ms | First response ms | x floor | x SDK | Last response ms | x floor | x SDK "
        + "| Peak RSS MiB | x floor | Classes | x floor | Jar MB | tools/call ns/op | x floor | tools/call B/op "
        + "| tools/list ns/op | x floor | tools/list B/op |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      SteadyResult call = find(steady, r, "toolsCall", r.subject());
      SteadyResult list = find(steady, r, "toolsList", r.subject());
      SteadyResult floorCall = find(steady, r, "toolsCall", Row.FLOOR);
      SteadyResult floorList = find(steady, r, "toolsList", Row.FLOOR);
      md.append("| ").append(r.subject()).append(" | ").append(r.jvm().jdk()).append(" | ").append(r.jvm().flagsName())
          .append(" | ").append(f0(r.initMs())).append(" | ").append(f0(r.firstMs())).append(" | ")
          .append(x(r.firstVsFloor())).append(" | ")
          .append(x(r.firstVsSdk())).append(" | ").append(f0(r.lastMs())).append(" | ").append(x(r.lastVsFloor()))
          .append(" | ").append(x(r.lastVsSdk())).append(" | ").append(f1(r.rssMib())).append(" | ")
          .append(x(r.rssVsFloor())).append(" | ").append(f0(r.classes())).append(" | ")
          .append(x(r.classesVsFloor())).append(" | ")
          .append(r.jarBytes() == 0 ? "–" : f2(r.jarBytes() / 1e6)).append(" | ")
          .append(call == null ? "–" : f0(call.nanosPerOp())).append(" | ")
          .append(call == null || floorCall == null ? "–" : x(call.nanosPerOp() / floorCall.nanosPerOp()))
          .append(" | ").append(call == null ? "–" : f0(call.bytesPerOp())).append(" | ")
          .append(list == null ? "–" : f0(list.nanosPerOp())).append(" | ")
          .append(list == null || floorList == null ? "–" : x(list.nanosPerOp() / floorList.nanosPerOp()))
          .append(" | ").append(list == null ? "–" : f0(list.bytesPerOp())).append(" |\n");
    }
    md.append("\n![Cold start vs peers](cold-start.png)\n");

    Row oursLambda17 = null;
    for (Row r : rows) {
      if (r.subject().equals(OURS) && r.jvm().jdk().equals("17") && r.jvm().flagsName().equals("lambda")) {
        oursLambda17 = r;
      }
    }
    if (oursLambda17 != null) {
      md.append("\n## Targets (JDK 17, Lambda flags)\n\n");
      md.append(targets(oursLambda17, steady));
    }

    md.append("\n## Class loading\n\n");
    md.append("Phases: `jvm-boot` is everything before the runtime's main method; `function-init` loads and "
        + "constructs the handler; `response-n` is the n-th invocation. Origins: `cds` from the JDK's class-data "
        + "sharing archive, `jdk` from the JDK's modules, `function` from the deployed jar, `runtime` from the "
        + "runtime's class path (harness, aws-lambda-java-core, aws-lambda-java-serialization), `generated` "
        + "defined at run time (lambdas, proxies, method-handle forms).\n\n");
    for (ColdStartSection section : sections) {
      md.append("### ").append(section.jvm().label()).append("\n\n");
      for (SubjectResult s : section.subjects()) {
        if (s.classLogs().isEmpty()) {
          continue;
        }
        ClassLog log = s.classLogs().get(0);
        md.append("- **").append(s.name()).append("**: ").append(ClassBreakdown.phases(log)).append("; ")
            .append(ClassBreakdown.origins(log, s.subject().subject().isBareJvm() ? null : s.subject().taskRoot().toString())).append('\n');
      }
      md.append('\n');
    }
    ColdStartSection detail = sections.isEmpty() ? null : sections.get(0);
    for (ColdStartSection section : sections) {
      if (section.jvm().jdk().equals("17") && section.jvm().flagsName().equals("lambda")) {
        detail = section;
      }
    }
    if (detail != null && detail.subject(Row.FLOOR) != null) {
      SubjectResult floor = detail.subject(Row.FLOOR);
      for (SubjectResult s : detail.subjects()) {
        if (s.name().equals(Row.FLOOR) || s.name().equals("jvm") || s.classLogs().isEmpty()) {
          continue;
        }
        md.append("#### ").append(s.name()).append(" vs floor by package (").append(detail.jvm().label())
            .append(")\n\n");
        md.append(ClassBreakdown.packageTable(s.name(), s.classLogs().get(0), Row.FLOOR, floor.classLogs().get(0), 25));
        md.append('\n');
      }
    }
    Files.writeString(dir.resolve("results.md"), md, StandardCharsets.UTF_8);
    writeCsv(dir, sections, steady);
    ColdStartChart.write(rows, "Cold start: " + settings.events() + " API Gateway events in a fresh JVM, Lambda-style loading",
        settings.date() + ", " + machine.cores() + " cores " + machine.cpu() + "; median of " + settings.rounds()
            + " alternated rounds", dir.resolve("cold-start.png"));
  }

  private static String targets(Row ours, List<SteadyResult> steady) {
    StringBuilder t = new StringBuilder("| Target | Measured | Met |\n|---|---:|---|\n");
    target(t, "time to first response <= 0.6x floor", ours.firstVsFloor(), 0.6);
    target(t, "time to first response <= 0.2x SDK", ours.firstVsSdk(), 0.2);
    target(t, "peak RSS <= 1.0x floor", ours.rssVsFloor(), 1.0);
    target(t, "classes loaded <= 0.7x floor", ours.classesVsFloor(), 0.7);
    SteadyResult call = find(steady, ours, "toolsCall", OURS);
    SteadyResult floorCall = find(steady, ours, "toolsCall", Row.FLOOR);
    if (call != null && floorCall != null) {
      target(t, "steady-state tools/call <= 1.0x floor (" + f0(call.bytesPerOp()) + " B/op vs "
          + f0(floorCall.bytesPerOp()) + ")", call.nanosPerOp() / floorCall.nanosPerOp(), 1.0);
    }
    t.append("| deployable artifact <= 2.5 MB | ").append(f2(ours.jarBytes() / 1e6)).append(" MB | ")
        .append(ours.jarBytes() <= 2_500_000 ? "yes" : "**no**").append(" |\n");
    return t.toString();
  }

  private static void target(StringBuilder t, String name, double measured, double limit) {
    // A ratio to a peer that was not in the run (no floor or SDK subject) is not a failure.
    t.append("| ").append(name).append(" | ").append(x(measured)).append(" | ")
        .append(Double.isNaN(measured) ? "not measured" : measured <= limit ? "yes" : "**no**").append(" |\n");
  }

  private static SteadyResult find(List<SteadyResult> steady, Row row, String benchmark, String subject) {
    for (SteadyResult s : steady) {
      if (s.jdk().equals(row.jvm().jdk()) && s.flagsName().equals(row.jvm().flagsName())
          && s.subject().equals(subject) && s.benchmark().equals(benchmark)) {
        return s;
      }
    }
    return null;
  }

  private static void writeCsv(Path dir, List<ColdStartSection> sections, List<SteadyResult> steady)
      throws IOException {
    StringBuilder runs = new StringBuilder(
        "jdk,flags,subject,round,init_ms,first_ms,last_ms,first_ms_in_child,last_ms_in_child,peak_rss_kib\n");
    StringBuilder classes = new StringBuilder("jdk,flags,subject,run,until_first_response,until_last_response\n");
    for (ColdStartSection section : sections) {
      for (SubjectResult s : section.subjects()) {
        for (int i = 0; i < s.runs().size(); i++) {
          TimedRun r = s.runs().get(i);
          runs.append(section.jvm().jdk()).append(',').append(section.jvm().flagsName()).append(',')
              .append(s.name()).append(',').append(i + 1).append(',').append(f2(r.initNanos() / 1e6)).append(',')
              .append(f2(r.firstNanos() / 1e6)).append(',').append(f2(r.lastNanos() / 1e6)).append(',')
              .append(f2(r.inChildResponseNanos().get(0) / 1e6)).append(',')
              .append(f2(r.inChildResponseNanos().get(r.inChildResponseNanos().size() - 1) / 1e6)).append(',')
              .append(r.peakRssKib()).append('\n');
        }
        for (int i = 0; i < s.classLogs().size(); i++) {
          ClassLog log = s.classLogs().get(i);
          classes.append(section.jvm().jdk()).append(',').append(section.jvm().flagsName()).append(',')
              .append(s.name()).append(',').append(i + 1).append(',').append(log.untilFirstResponse()).append(',')
              .append(log.untilLastResponse()).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve("cold-start-runs.csv"), runs, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("classes.csv"), classes, StandardCharsets.UTF_8);
    if (!steady.isEmpty()) {
      StringBuilder csv = new StringBuilder("jdk,flags,subject,benchmark,ns_per_op,ns_error,bytes_per_op\n");
      for (SteadyResult s : steady) {
        csv.append(s.jdk()).append(',').append(s.flagsName()).append(',').append(s.subject()).append(',')
            .append(s.benchmark()).append(',').append(f1(s.nanosPerOp())).append(',').append(f1(s.nanosError()))
            .append(',').append(f1(s.bytesPerOp())).append('\n');
      }
      Files.writeString(dir.resolve("steady-state.csv"), csv, StandardCharsets.UTF_8);
    }
  }

  static String x(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2fx", ratio);
  }

  static String f0(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
  }

  static String f1(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
  }

  static String f2(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }
}
