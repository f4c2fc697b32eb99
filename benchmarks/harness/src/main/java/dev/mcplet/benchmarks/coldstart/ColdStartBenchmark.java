package dev.mcplet.benchmarks.coldstart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold starts of every subject on one JVM configuration, alternating: one discarded warm-up round
 * (so every jar and the JDK's CDS archive are in the page cache for everyone alike), then
 * {@code rounds} rounds of A, B, C… each, then separate class-logging runs (logging slows a JVM
 * down, so those are never timed). Each timed run's responses are checked before it counts.
 */
public final class ColdStartBenchmark {

  private final ChildJvm child;
  private final int rounds;
  private final int classRuns;
  private final Path workDir;
  private final PrintStream log;

  public ColdStartBenchmark(ChildJvm child, int rounds, int classRuns, Path workDir, PrintStream log) {
    this.child = child;
    this.rounds = rounds;
    this.classRuns = classRuns;
    this.workDir = workDir;
    this.log = log;
  }

  public ColdStartSection measure(JvmConfig jvm, List<PreparedSubject> subjects)
      throws IOException, InterruptedException {
    log.println("cold start, " + jvm.label() + ": " + rounds + " rounds of " + names(subjects));
    for (PreparedSubject subject : subjects) {
      check(subject, child.time(jvm, subject));
    }
    List<List<TimedRun>> runs = new ArrayList<>();
    List<List<ClassLog>> classes = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      runs.add(new ArrayList<>());
      classes.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder("  round " + (round + 1) + ":");
      for (int i = 0; i < subjects.size(); i++) {
        TimedRun run = child.time(jvm, subjects.get(i));
        check(subjects.get(i), run);
        runs.get(i).add(run);
        line.append(' ').append(subjects.get(i).name()).append(' ')
            .append(run.firstNanos() / 1_000_000).append('/').append(run.lastNanos() / 1_000_000).append(" ms");
      }
      log.println(line);
    }
    for (int c = 0; c < classRuns; c++) {
      for (int i = 0; i < subjects.size(); i++) {
        Path file = workDir.resolve("classes-" + jvm.jdk() + "-" + jvm.flagsName() + "-"
            + subjects.get(i).name() + "-" + c + ".log");
        classes.get(i).add(child.classes(jvm, subjects.get(i), file, List.of()));
      }
    }
    List<SubjectResult> results = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      results.add(new SubjectResult(subjects.get(i), runs.get(i), classes.get(i)));
    }
    return new ColdStartSection(jvm, results);
  }

  private static void check(PreparedSubject subject, TimedRun run) throws IOException {
    if (!subject.subject().isBareJvm()) {
      ResponseCheck.verify(subject.name(), subject.subject().tools(), run.responses());
    }
  }

  private static String names(List<PreparedSubject> subjects) {
    List<String> names = new ArrayList<>();
    for (PreparedSubject s : subjects) {
      names.add(s.name());
    }
    return String.join(", ", names);
  }
}
