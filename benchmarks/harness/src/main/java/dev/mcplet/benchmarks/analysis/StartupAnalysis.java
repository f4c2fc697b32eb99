package dev.mcplet.benchmarks.analysis;

import dev.mcplet.benchmarks.coldstart.ChildJvm;
import dev.mcplet.benchmarks.coldstart.ClassLog;
import dev.mcplet.benchmarks.coldstart.ClassLog.LoadedClass;
import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.PreparedSubject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For the optimisation work: one class-logging cold start per subject, then per subject the
 * classes per phase with the JVM uptime at each phase end, their origins, the packages loaded after
 * JVM boot diffed against a baseline subject, and the packages the baseline never touches. Full
 * class lists (phase, uptime, class, source) are written beside, one file per subject; with
 * {@code -Xlog:startuptime} the JVM's own start-up phase timings are printed too.
 */
public final class StartupAnalysis {

  private final ChildJvm child;
  private final Path outDir;
  private final PrintStream out;

  public StartupAnalysis(ChildJvm child, Path outDir, PrintStream out) {
    this.child = child;
    this.outDir = outDir;
    this.out = out;
  }

  public void analyze(JvmConfig jvm, List<PreparedSubject> subjects, String baselineName, boolean startupTime)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Map<String, ClassLog> logs = new LinkedHashMap<>();
    for (PreparedSubject subject : subjects) {
      String stem = jvm.jdk() + "-" + jvm.flagsName() + "-" + subject.name();
      List<String> extra = new ArrayList<>();
      Path startup = outDir.resolve("startuptime-" + stem + ".log");
      if (startupTime) {
        extra.add("-Xlog:startuptime=info:file=" + startup);
      }
      ClassLog log = child.classes(jvm, subject, outDir.resolve("class-load-" + stem + ".log"), extra);
      logs.put(subject.name(), log);
      writeList(outDir.resolve("classes-" + stem + ".tsv"), log);
      out.println("== " + subject.name() + " (" + jvm.label() + ")");
      out.println("classes until last response: " + log.untilLastResponse() + " (until first: "
          + log.untilFirstResponse() + ")");
      out.println("per phase: " + ClassBreakdown.phases(log));
      out.println("phase ends (JVM uptime, ms, logging on): " + markerTimes(log));
      out.println("origins: " + ClassBreakdown.origins(log, subject.taskRoot().toString()));
      if (startupTime && Files.exists(startup)) {
        out.println("-Xlog:startuptime:");
        for (String line : Files.readAllLines(startup, StandardCharsets.UTF_8)) {
          out.println("  " + line);
        }
      }
      out.println();
    }
    ClassLog baseline = logs.get(baselineName);
    for (Map.Entry<String, ClassLog> e : logs.entrySet()) {
      if (e.getKey().equals(baselineName)) {
        continue;
      }
      out.println("== " + e.getKey() + " vs " + (baseline == null ? "(no baseline)" : baselineName)
          + ": packages loaded after JVM boot");
      out.println(ClassBreakdown.packageTable(e.getKey(), e.getValue(), baselineName, baseline, 40));
      if (baseline != null) {
        out.println("packages " + e.getKey() + " loads that " + baselineName + " never does:");
        out.print(ClassBreakdown.onlyIn(e.getKey(), e.getValue(), baselineName, baseline));
        out.println();
      }
    }
    out.println("full class lists: " + outDir);
  }

  private static String markerTimes(ClassLog log) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Double> e : log.markerUptimes().entrySet()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.0f", e.getValue() * 1000));
    }
    return text.toString();
  }

  private static void writeList(Path file, ClassLog log) throws IOException {
    StringBuilder text = new StringBuilder("phase\tuptime_s\tclass\tsource\n");
    for (LoadedClass c : log.classes()) {
      text.append(ClassLog.PHASES.get(c.phase())).append('\t').append(c.uptimeSeconds()).append('\t')
          .append(c.name()).append('\t').append(c.source()).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
