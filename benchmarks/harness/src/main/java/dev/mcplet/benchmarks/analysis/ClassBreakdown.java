package dev.mcplet.benchmarks.analysis;

import dev.mcplet.benchmarks.coldstart.ClassLog;
import dev.mcplet.benchmarks.coldstart.ClassLog.LoadedClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a subject's loaded classes come from: per phase (JVM boot, function init, each response),
 * per origin (CDS archive, JDK modules, the function's jar, the runtime, generated at run time),
 * and per package, optionally diffed against a baseline subject — to see what a first request
 * loads that it does not need.
 */
public final class ClassBreakdown {

  private ClassBreakdown() {}

  /** Classes loaded up to the last response (phases before "after"). */
  public static List<LoadedClass> untilLastResponse(ClassLog log) {
    List<LoadedClass> classes = new ArrayList<>();
    for (LoadedClass c : log.classes()) {
      if (c.phase() < 6) {
        classes.add(c);
      }
    }
    return classes;
  }

  public static String phases(ClassLog log) {
    StringBuilder text = new StringBuilder();
    for (int phase = 0; phase < 6; phase++) {
      if (phase > 0) {
        text.append(", ");
      }
      text.append(ClassLog.PHASES.get(phase)).append(' ').append(log.inPhase(phase));
    }
    return text.toString();
  }

  public static String origins(ClassLog log, String taskRoot) {
    Map<String, Integer> counts = new TreeMap<>();
    for (LoadedClass c : untilLastResponse(log)) {
      counts.merge(c.origin(taskRoot), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(e.getKey()).append(' ').append(e.getValue());
    }
    return text.toString();
  }

  /** Package → number of classes loaded from it after JVM boot (function init and responses). */
  public static Map<String, Integer> packagesAfterBoot(ClassLog log) {
    Map<String, Integer> counts = new TreeMap<>();
    for (LoadedClass c : untilLastResponse(log)) {
      if (c.phase() >= 1) {
        counts.merge(c.packageName(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Markdown table of the largest packages, with the baseline's count beside when given. */
  public static String packageTable(String subject, ClassLog log, String baselineName, ClassLog baseline, int limit) {
    Map<String, Integer> mine = packagesAfterBoot(log);
    Map<String, Integer> theirs = baseline == null ? Map.of() : packagesAfterBoot(baseline);
    List<String> packages = new ArrayList<>(new TreeSet<>(mine.keySet()));
    packages.sort((a, b) -> Integer.compare(mine.get(b), mine.get(a)));
    StringBuilder text = new StringBuilder();
    text.append("| package (loaded after JVM boot) | ").append(subject);
    if (baseline != null) {
      text.append(" | ").append(baselineName).append(" | difference");
    }
    text.append(" |\n|---|---:");
    if (baseline != null) {
      text.append("|---:|---:");
    }
    text.append("|\n");
    int shown = 0;
    int rest = 0;
    for (String p : packages) {
      if (shown < limit) {
        int other = theirs.getOrDefault(p, 0);
        text.append("| `").append(p).append("` | ").append(mine.get(p));
        if (baseline != null) {
          text.append(" | ").append(other).append(" | ").append(signed(mine.get(p) - other));
        }
        text.append(" |\n");
        shown++;
      } else {
        rest += mine.get(p);
      }
    }
    if (rest > 0) {
      text.append("| (").append(packages.size() - limit).append(" more packages) | ").append(rest);
      if (baseline != null) {
        text.append(" | | ");
      }
      text.append(" |\n");
    }
    return text.toString();
  }

  /** Packages the subject loads after boot that the baseline does not load at all. */
  public static String onlyIn(String subject, ClassLog log, String baselineName, ClassLog baseline) {
    Map<String, Integer> mine = packagesAfterBoot(log);
    Map<String, Integer> theirs = packagesAfterBoot(baseline);
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> e : mine.entrySet()) {
      if (!theirs.containsKey(e.getKey())) {
        text.append("  ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
      }
    }
    return text.length() == 0 ? "  (none)\n" : text.toString();
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : Integer.toString(n);
  }
}
