package dev.mcplet.benchmarks.analysis;

import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.PreparedSubject;
import dev.mcplet.benchmarks.runtime.ProfileDriver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a warm function spends its time and allocates, for the optimisation work: each subject
 * runs one event in a loop under Java Flight Recorder (profile settings) in its own JVM; the
 * parent then sums CPU samples and allocation samples by method — by the top frame, and by the
 * first frame outside the JDK (the function's own call site).
 */
public final class SteadyProfile {

  private final Path outDir;
  private final PrintStream out;

  public SteadyProfile(Path outDir, PrintStream out) {
    this.outDir = outDir;
    this.out = out;
  }

  public void profile(JvmConfig jvm, PreparedSubject subject, Path event, int seconds, String runtimeClassPath)
      throws IOException, InterruptedException {
    Files.createDirectories(outDir);
    Path recording = outDir.resolve("profile-" + jvm.jdk() + "-" + jvm.flagsName() + "-" + subject.name() + "-"
        + event.getFileName().toString().replace(".json", "") + ".jfr");
    List<String> command = new ArrayList<>();
    command.add(jvm.java().toString());
    command.addAll(jvm.flags());
    command.add("-Xms512m");
    command.add("-Xmx512m");
    command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
    command.add("-cp");
    command.add(runtimeClassPath);
    command.add(ProfileDriver.class.getName());
    command.add(subject.taskRoot().toString());
    command.add(subject.subject().handler());
    command.add(event.toString());
    command.add(Integer.toString(seconds));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IOException("profiling " + subject.name() + " failed: " + output);
    }
    Map<String, Double> cpuTop = new HashMap<>();
    Map<String, Double> cpuOwn = new HashMap<>();
    Map<String, Double> allocTop = new HashMap<>();
    Map<String, Double> allocOwn = new HashMap<>();
    double cpuTotal = 0;
    double allocTotal = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        add(e.getStackTrace(), 1, cpuTop, cpuOwn);
        cpuTotal += 1;
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        double weight = e.getLong("weight");
        add(e.getStackTrace(), weight, allocTop, allocOwn);
        allocTotal += weight;
      }
    }
    String[] lines = output.trim().split("\n");
    out.println("== " + subject.name() + ", " + event.getFileName() + " (" + jvm.label() + "), "
        + lines[lines.length - 1]
        + "; recording: " + recording);
    print("CPU samples by top frame", cpuTop, cpuTotal);
    print("CPU samples by first frame outside the JDK", cpuOwn, cpuTotal);
    print("allocation by top frame", allocTop, allocTotal);
    print("allocation by first frame outside the JDK", allocOwn, allocTotal);
  }

  private static void add(RecordedStackTrace stack, double weight, Map<String, Double> top, Map<String, Double> own) {
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    List<RecordedFrame> frames = stack.getFrames();
    top.merge(name(frames.get(0)), weight, Double::sum);
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        own.merge(name(frame), weight, Double::sum);
        return;
      }
    }
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private void print(String title, Map<String, Double> counts, double total) {
    out.println("  " + title + ":");
    List<Map.Entry<String, Double>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    for (int i = 0; i < Math.min(15, entries.size()); i++) {
      out.println(String.format(Locale.ROOT, "    %5.1f%%  %s", 100 * entries.get(i).getValue() / total,
          entries.get(i).getKey()));
    }
  }
}
