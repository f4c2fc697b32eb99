package dev.mcplet.benchmarks.coldstart;

import dev.mcplet.benchmarks.runtime.LambdaLikeRuntime;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launches one measured JVM ({@link LambdaLikeRuntime}) and times it from outside.
 *
 * <p>The clock: the parent reads {@code System.nanoTime()} just before {@code ProcessBuilder.start()}
 * and again as each of the child's lines arrives on the pipe; the child flushes a line the moment
 * init is done and each response is complete. So "time to first response" includes fork/exec, JVM
 * boot, the runtime's class path, the function's class loading and init, and the first invocation —
 * what a Lambda cold start costs beyond the sandbox itself. Nothing is measured inside the child.
 */
public final class ChildJvm {

  private static final long TIMEOUT_SECONDS = 120;

  private final String runtimeClassPath;
  private final List<Path> events;

  public ChildJvm(List<Path> events) {
    this.runtimeClassPath = runtimeClassPath();
    this.events = events;
  }

  /** One timed cold start. */
  public TimedRun time(JvmConfig jvm, PreparedSubject subject) throws IOException, InterruptedException {
    return run(jvm, subject, List.of());
  }

  /** One cold start with class loading logged (never timed: logging slows start-up). */
  public ClassLog classes(JvmConfig jvm, PreparedSubject subject, Path logFile, List<String> extraFlags)
      throws IOException, InterruptedException {
    Files.deleteIfExists(logFile);
    List<String> flags = new ArrayList<>(extraFlags);
    flags.add("-Xlog:class+load=info:file=" + logFile);
    run(jvm, subject, flags);
    return ClassLog.read(logFile);
  }

  /** Runs the child with extra flags and returns its timings; the caller decides what to keep. */
  public TimedRun run(JvmConfig jvm, PreparedSubject subject, List<String> extraFlags)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(jvm.java().toString());
    command.addAll(jvm.flags());
    command.addAll(extraFlags);
    command.add("-cp");
    command.add(runtimeClassPath);
    command.add(LambdaLikeRuntime.class.getName());
    command.add(subject.taskRoot().toString());
    command.add(subject.subject().handler());
    for (Path event : events) {
      command.add(event.toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("_JAVA_OPTIONS");
    env.remove("JDK_JAVA_OPTIONS");
    // What Lambda sets for every function, and what template.yaml adds: a function that reads its
    // configuration from the environment (mcplet's Monitoring) behaves as deployed. The request-log
    // and metric lines go to stdout, which the parent ignores (they do not start with I, R, P).
    env.put("AWS_LAMBDA_FUNCTION_NAME", "mcplet-benchmark");
    env.put("MCPLET_METRICS", "emf");
    File stderr = File.createTempFile("child-", ".err");
    builder.redirectError(stderr);

    long launched = System.nanoTime();
    Process process = builder.start();
    Thread watchdog = watchdog(process);
    long init = -1;
    List<Long> outside = new ArrayList<>();
    List<Long> inside = new ArrayList<>();
    List<byte[]> responses = new ArrayList<>();
    long rss = -1;
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
      String line;
      while ((line = lines.readLine()) != null) {
        long arrived = System.nanoTime();
        if (line.startsWith("I ")) {
          init = arrived - launched;
        } else if (line.startsWith("R ")) {
          outside.add(arrived - launched);
          inside.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)) - launched);
        } else if (line.startsWith("P ")) {
          responses.add(Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1)));
        } else if (line.equals("DONE")) {
          rss = peakRssKib(process.pid());
          try (OutputStream stdin = process.getOutputStream()) {
            stdin.write('\n');
          }
        }
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || rss < 0
          || outside.size() != events.size()) {
        throw new IOException("the measured JVM failed (exit " + (process.isAlive() ? "none" : process.exitValue())
            + ") for " + subject.name() + " on " + jvm.label() + ": " + tail(stderr.toPath()));
      }
    } finally {
      watchdog.interrupt();
      if (process.isAlive()) {
        process.destroyForcibly();
      }
      Files.deleteIfExists(stderr.toPath());
    }
    return new TimedRun(init, outside, inside, rss, responses);
  }

  private static Thread watchdog(Process process) {
    Thread thread = new Thread(() -> {
      try {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "child-watchdog");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** VmHWM: the peak resident set size of a live process, in KiB. */
  static long peakRssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
      }
    }
    throw new IOException("no VmHWM in /proc/" + pid + "/status");
  }

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file);
    return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
  }

  /**
   * The runtime's class path: the harness classes plus aws-lambda-java-core and the serialization
   * library, found where this JVM loaded them from (a jar under run.sh, directories under tests).
   */
  public static String runtimeClassPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(LambdaLikeRuntime.class,
        com.amazonaws.services.lambda.runtime.RequestStreamHandler.class,
        com.amazonaws.services.lambda.runtime.serialization.PojoSerializer.class)) {
      try {
        String entry = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        if (!entries.contains(entry)) {
          entries.add(entry);
        }
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
