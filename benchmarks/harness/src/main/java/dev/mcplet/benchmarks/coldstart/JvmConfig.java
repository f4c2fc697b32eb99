package dev.mcplet.benchmarks.coldstart;

import java.nio.file.Path;
import java.util.List;

/**
 * A JDK and a set of flags every measured JVM of one table section runs with.
 *
 * @param jdk short label ({@code 17}, {@code 25})
 * @param flagsName {@code default} or {@code lambda}
 */
public record JvmConfig(String jdk, Path javaHome, String flagsName, List<String> flags) {

  /** What the AWS Lambda Java managed runtime starts the JVM with. */
  public static final List<String> LAMBDA_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  public static JvmConfig of(String jdk, Path javaHome, String flagsName) {
    return switch (flagsName) {
      case "default" -> new JvmConfig(jdk, javaHome, flagsName, List.of());
      case "lambda" -> new JvmConfig(jdk, javaHome, flagsName, LAMBDA_FLAGS);
      default -> throw new IllegalArgumentException("flags must be default or lambda, got " + flagsName);
    };
  }

  public Path java() {
    return javaHome.resolve("bin").resolve("java");
  }

  public String label() {
    return "JDK " + jdk + ", " + flagsName + " flags";
  }

  public String flagsText() {
    return flags.isEmpty() ? "(default)" : String.join(" ", flags);
  }
}
