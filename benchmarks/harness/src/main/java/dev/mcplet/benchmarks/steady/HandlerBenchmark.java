package dev.mcplet.benchmarks.steady;

import dev.mcplet.benchmarks.Main;
import dev.mcplet.benchmarks.coldstart.ResponseCheck;
import dev.mcplet.benchmarks.runtime.HandlerLoader;
import dev.mcplet.benchmarks.runtime.Invoker;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Steady state through the whole handler, as Lambda drives a warm function: an API Gateway REST
 * event's bytes in, the response event's bytes out (for a typed handler that includes the
 * runtime's event deserialization and response serialization). Each subject is loaded from its
 * deployable jar exactly as in the cold-start harness.
 *
 * <p>Subjects come from the properties file named by {@code -Dmcplet.bench.subjects}
 * ({@code <name>.dir}, {@code <name>.handler}), written by {@link SteadyStateRunner}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandlerBenchmark {

  @Param({"floor"})
  public String subject;

  private Invoker invoker;
  private byte[] toolsCall;
  private byte[] toolsList;

  @Setup
  public void setUp() throws Exception {
    Properties subjects = new Properties();
    try (InputStream in = new FileInputStream(System.getProperty("mcplet.bench.subjects"))) {
      subjects.load(in);
    }
    String dir = subjects.getProperty(subject + ".dir");
    if (dir == null) {
      throw new IllegalArgumentException("no subject " + subject + " in " + System.getProperty("mcplet.bench.subjects"));
    }
    invoker = HandlerLoader.load(new File(dir), subjects.getProperty(subject + ".handler"));
    toolsCall = Main.event("04-tools-call-add.json");
    toolsList = Main.event("03-tools-list.json");
    byte[] call = invoker.invoke(toolsCall);
    if (!"5".equals(ResponseCheck.callText(call))) {
      throw new IllegalStateException(subject + " did not answer add(2, 3) = 5: "
          + new String(call, StandardCharsets.UTF_8));
    }
    String list = new String(invoker.invoke(toolsList), StandardCharsets.UTF_8);
    if (!list.contains("multiply")) {
      throw new IllegalStateException(subject + " did not list its tools: " + list);
    }
  }

  @Benchmark
  public byte[] toolsCall() throws Exception {
    return invoker.invoke(toolsCall);
  }

  @Benchmark
  public byte[] toolsList() throws Exception {
    return invoker.invoke(toolsList);
  }
}
