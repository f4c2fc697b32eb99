package dev.mcplet.benchmarks.coldstart;

import java.util.List;

/**
 * Everything measured for one subject on one JVM configuration. {@code runs.get(i)} belongs to
 * round i, in which every subject ran once, one after the other, so per-round ratios compare runs
 * made under the same machine conditions.
 */
public record SubjectResult(PreparedSubject subject, List<TimedRun> runs, List<ClassLog> classLogs) {

  public String name() {
    return subject.name();
  }
}
