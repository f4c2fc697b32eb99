package dev.mcplet.benchmarks.report;

import dev.mcplet.benchmarks.coldstart.JvmConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a result depends on: cores, CPU model, memory, kernel, and the exact JDK builds. */
public record Machine(int cores, String cpu, String memory, String kernel, Map<String, String> jdks) {

  public static Machine describe(List<JvmConfig> configs) throws IOException, InterruptedException {
    Map<String, String> jdks = new LinkedHashMap<>();
    for (JvmConfig config : configs) {
      if (!jdks.containsKey(config.jdk())) {
        jdks.put(config.jdk(), javaVersion(config.java()));
      }
    }
    return new Machine(Runtime.getRuntime().availableProcessors(), procField("/proc/cpuinfo", "model name"),
        memory(procField("/proc/meminfo", "MemTotal")), System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch"), jdks);
  }

  /** The 1-, 5- and 15-minute load averages now: other work on the machine shows up here. */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String memory(String memTotal) {
    String digits = memTotal.replace("kB", "").trim();
    try {
      return String.format(java.util.Locale.ROOT, "%.1f GiB", Long.parseLong(digits) / 1024.0 / 1024.0);
    } catch (NumberFormatException e) {
      return memTotal;
    }
  }

  private static String procField(String file, String field) throws IOException {
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      return "unknown";
    }
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (line.startsWith(field)) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  private static String javaVersion(Path java) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.trim());
      }
    }
    return lines.size() >= 2 ? lines.get(1) : String.join(" ", lines);
  }
}
