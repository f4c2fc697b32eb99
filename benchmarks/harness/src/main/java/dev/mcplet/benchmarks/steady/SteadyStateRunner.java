package dev.mcplet.benchmarks.steady;

import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.PreparedSubject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link HandlerBenchmark} through JMH's API on a given JDK and flags (JMH forks that JVM),
 * with the GC profiler for allocation per operation.
 */
public final class SteadyStateRunner {

  /** Forks, warm-up and measurement iterations and iteration seconds; tuned for ~15 min in all. */
  public record Budget(int forks, int warmupIterations, int measurementIterations, int iterationSeconds) {

    public static Budget defaults() {
      return new Budget(3, 3, 3, 1);
    }
  }

  private final Path workDir;
  private final Path logDir;
  private final Budget budget;
  private final PrintStream log;

  /** JMH's own report for each configuration goes to {@code logDir/jmh-<jdk>-<flags>.txt}. */
  public SteadyStateRunner(Path workDir, Path logDir, Budget budget, PrintStream log) {
    this.workDir = workDir;
    this.logDir = logDir;
    this.budget = budget;
    this.log = log;
  }

  public List<SteadyResult> run(JvmConfig jvm, List<PreparedSubject> subjects) throws IOException, RunnerException {
    Properties properties = new Properties();
    List<String> names = new ArrayList<>();
    for (PreparedSubject s : subjects) {
      if (s.subject().isBareJvm()) {
        continue;
      }
      names.add(s.name());
      properties.setProperty(s.name() + ".dir", s.taskRoot().toString());
      properties.setProperty(s.name() + ".handler", s.subject().handler());
    }
    Path file = workDir.resolve("subjects.properties");
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "JMH subjects");
    }
    List<String> jvmArgs = new ArrayList<>(jvm.flags());
    jvmArgs.add("-Dmcplet.bench.subjects=" + file);
    jvmArgs.add("-Xms512m");
    jvmArgs.add("-Xmx512m");
    Files.createDirectories(logDir);
    Path output = logDir.resolve("jmh-" + jvm.jdk() + "-" + jvm.flagsName() + ".txt");
    log.println("steady state, " + jvm.label() + ": JMH " + budget + " for " + names + " (log: " + output + ")");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(HandlerBenchmark.class.getName() + "\\.")
        .param("subject", names.toArray(new String[0]))
        .jvm(jvm.java().toString())
        .jvmArgs(jvmArgs.toArray(new String[0]))
        .forks(budget.forks())
        .warmupIterations(budget.warmupIterations())
        .warmupTime(TimeValue.seconds(budget.iterationSeconds()))
        .measurementIterations(budget.measurementIterations())
        .measurementTime(TimeValue.seconds(budget.iterationSeconds()))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .output(output.toString());
    Collection<RunResult> results = new Runner(options.build()).run();
    List<SteadyResult> steady = new ArrayList<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Result<?> primary = result.getPrimaryResult();
      steady.add(new SteadyResult(jvm.jdk(), jvm.flagsName(), result.getParams().getParam("subject"), benchmark,
          primary.getScore(), primary.getScoreError(), allocation(result.getSecondaryResults())));
    }
    return steady;
  }

  private static double allocation(Map<String, Result> secondary) {
    for (Map.Entry<String, Result> entry : secondary.entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
