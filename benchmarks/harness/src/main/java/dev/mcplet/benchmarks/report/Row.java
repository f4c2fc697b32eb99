package dev.mcplet.benchmarks.report;

import dev.mcplet.benchmarks.coldstart.ClassLog;
import dev.mcplet.benchmarks.coldstart.ColdStartSection;
import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.SubjectResult;
import dev.mcplet.benchmarks.coldstart.TimedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * One subject on one JVM configuration, reduced to medians and to medians of per-round ratios
 * against the floor and the SDK (NaN where that peer was not measured).
 */
public record Row(JvmConfig jvm, String subject, int runs, double initMs, double firstMs, double lastMs,
    double firstVsFloor, double firstVsSdk, double lastVsFloor, double lastVsSdk, double rssMib,
    double rssVsFloor, double classes, double classesVsFloor, double classesAtFirst, long jarBytes) {

  public static final String FLOOR = "floor";
  public static final String SDK = "sdk";

  public static List<Row> of(ColdStartSection section) {
    List<Row> rows = new ArrayList<>();
    SubjectResult floor = section.subject(FLOOR);
    SubjectResult sdk = section.subject(SDK);
    for (SubjectResult s : section.subjects()) {
      List<Double> first = millis(s, true);
      List<Double> last = millis(s, false);
      List<Double> rss = rss(s);
      double classes = classes(s, false);
      double floorClasses = floor == null ? Double.NaN : classes(floor, false);
      rows.add(new Row(section.jvm(), s.name(), s.runs().size(), Stats.median(init(s)),
          Stats.median(first), Stats.median(last),
          floor == null ? Double.NaN : Stats.medianRatio(first, millis(floor, true)),
          sdk == null ? Double.NaN : Stats.medianRatio(first, millis(sdk, true)),
          floor == null ? Double.NaN : Stats.medianRatio(last, millis(floor, false)),
          sdk == null ? Double.NaN : Stats.medianRatio(last, millis(sdk, false)),
          Stats.median(rss) / 1024.0,
          floor == null ? Double.NaN : Stats.medianRatio(rss, rss(floor)),
          classes, classes / floorClasses, classes(s, true), s.subject().jarBytes()));
    }
    return rows;
  }

  private static List<Double> millis(SubjectResult s, boolean first) {
    List<Double> values = new ArrayList<>();
    for (TimedRun run : s.runs()) {
      values.add((first ? run.firstNanos() : run.lastNanos()) / 1e6);
    }
    return values;
  }

  private static List<Double> init(SubjectResult s) {
    List<Double> values = new ArrayList<>();
    for (TimedRun run : s.runs()) {
      values.add(run.initNanos() / 1e6);
    }
    return values;
  }

  private static List<Double> rss(SubjectResult s) {
    List<Double> values = new ArrayList<>();
    for (TimedRun run : s.runs()) {
      values.add((double) run.peakRssKib());
    }
    return values;
  }

  private static double classes(SubjectResult s, boolean atFirst) {
    List<Double> values = new ArrayList<>();
    for (ClassLog log : s.classLogs()) {
      values.add((double) (atFirst ? log.untilFirstResponse() : log.untilLastResponse()));
    }
    return Stats.median(values);
  }
}
