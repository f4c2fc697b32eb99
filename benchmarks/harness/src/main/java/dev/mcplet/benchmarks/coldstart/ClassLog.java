package dev.mcplet.benchmarks.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes one measured JVM loaded, read from its {@code -Xlog:class+load} file and split into
 * phases by the runtime's marker classes (see {@code runtime.Phase}). Marker classes themselves are
 * not counted.
 */
public record ClassLog(List<LoadedClass> classes, Map<String, Double> markerUptimes) {

  /** Phases in order; a class belongs to the phase in which it was loaded. */
  public static final List<String> PHASES = List.of(
      "jvm-boot", "function-init", "response-1", "response-2", "response-3", "response-4", "after");

  private static final String MARKER = "dev.mcplet.benchmarks.runtime.Phase$";
  private static final String TAG = "[class,load] ";

  /** One class: its binary name, where it came from, and the phase index it was loaded in. */
  public record LoadedClass(String name, String source, int phase, double uptimeSeconds) {

    public String packageName() {
      String n = name;
      int slash = n.indexOf('/'); // hidden classes: name/0x...
      if (slash >= 0) {
        n = n.substring(0, slash);
      }
      int dot = n.lastIndexOf('.');
      return dot < 0 ? "(default)" : n.substring(0, dot);
    }

    /** cds, jdk (jrt), function (under the task root path), runtime (harness class path), generated. */
    public String origin(String taskRoot) {
      if (source.startsWith("shared objects file")) {
        return "cds";
      }
      if (source.startsWith("jrt:/")) {
        return "jdk";
      }
      if (taskRoot != null && source.contains(taskRoot)) {
        return "function";
      }
      if (source.startsWith("file:") || source.startsWith("jar:")) {
        return "runtime";
      }
      return "generated";
    }
  }

  public static ClassLog read(Path logFile) throws IOException {
    List<LoadedClass> classes = new ArrayList<>();
    Map<String, Double> markers = new LinkedHashMap<>();
    int phase = 0;
    for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
      int tag = line.indexOf(TAG);
      if (tag < 0) {
        continue;
      }
      String rest = line.substring(tag + TAG.length());
      int space = rest.indexOf(' ');
      String name = space < 0 ? rest : rest.substring(0, space);
      int sourceAt = rest.indexOf("source: ");
      String source = sourceAt < 0 ? "" : rest.substring(sourceAt + "source: ".length());
      double uptime = uptime(line);
      if (name.startsWith(MARKER)) {
        markers.put(name.substring(MARKER.length()), uptime);
        phase = markerPhase(name.substring(MARKER.length()), phase);
        continue;
      }
      if (name.equals("dev.mcplet.benchmarks.runtime.Phase")) {
        continue;
      }
      classes.add(new LoadedClass(name, source, phase, uptime));
    }
    return new ClassLog(classes, markers);
  }

  /** The JVM uptime decoration ({@code [0.123s]}), or NaN when the log has none. */
  private static double uptime(String line) {
    if (line.startsWith("[")) {
      int end = line.indexOf("s]");
      if (end > 1) {
        try {
          return Double.parseDouble(line.substring(1, end));
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
      }
    }
    return Double.NaN;
  }

  private static int markerPhase(String marker, int current) {
    return switch (marker) {
      case "Started" -> 1;
      case "Initialized" -> 2;
      case "Response1" -> 3;
      case "Response2" -> 4;
      case "Response3" -> 5;
      case "Response4", "Done" -> 6;
      default -> current;
    };
  }

  /** Classes loaded by the time the last response was complete. */
  public int untilLastResponse() {
    return countBefore(6);
  }

  /** Classes loaded by the time the first response was complete. */
  public int untilFirstResponse() {
    return countBefore(3);
  }

  public int inPhase(int phase) {
    int n = 0;
    for (LoadedClass c : classes) {
      if (c.phase() == phase) {
        n++;
      }
    }
    return n;
  }

  private int countBefore(int phase) {
    int n = 0;
    for (LoadedClass c : classes) {
      if (c.phase() < phase) {
        n++;
      }
    }
    return n;
  }
}
