package dev.mcplet.benchmarks;

import dev.mcplet.benchmarks.coldstart.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own subjects, found in the reactor's build output: the two peers and, once it is
 * built, ours (the calculator example's deployable jar). Anything else is given with --subject.
 */
public final class BenchmarkSubjects {

  private BenchmarkSubjects() {}

  public static List<Subject> available(Path root) throws IOException {
    List<Subject> subjects = new ArrayList<>();
    add(subjects, "floor", root.resolve("benchmarks/floor/target"),
        "dev.mcplet.benchmarks.floor.FloorHandler::handleRequest");
    // "sdk" is the current SDK, the one ratios are taken to; 2.1.0 runs beside it.
    add(subjects, "sdk", root.resolve("benchmarks/sdk-2.2/target"),
        "dev.mcplet.benchmarks.sdk.SdkHandler::handleRequest");
    add(subjects, "sdk-2.1", root.resolve("benchmarks/sdk/target"),
        "dev.mcplet.benchmarks.sdk.SdkHandler::handleRequest");
    add(subjects, "ours", root.resolve("examples/calculator/target"),
        "dev.mcplet.examples.calculator.CalculatorHandler::handleRequest");
    return subjects;
  }

  /** The deployable jar is the shaded one: the largest jar in target/ that is not a by-product. */
  private static void add(List<Subject> subjects, String name, Path target, String handler) throws IOException {
    if (!Files.isDirectory(target)) {
      return;
    }
    Path best = null;
    try (Stream<Path> files = Files.list(target)) {
      for (Path jar : files.sorted().toList()) {
        String file = jar.getFileName().toString();
        if (file.endsWith(".jar") && !file.startsWith("original-") && !file.endsWith("-sources.jar")
            && !file.endsWith("-javadoc.jar") && !file.endsWith("-tests.jar")
            && (best == null || Files.size(jar) > Files.size(best))) {
          best = jar;
        }
      }
    }
    if (best != null) {
      subjects.add(new Subject(name, best.toAbsolutePath(), handler));
    }
  }
}
