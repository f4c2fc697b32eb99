package dev.mcplet.benchmarks.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.benchmarks.BenchmarkSubjects;
import dev.mcplet.benchmarks.Main;
import dev.mcplet.benchmarks.coldstart.ChildJvm;
import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.Subject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost curves end to end on a small catalog (smoke: nothing measured is asserted): the 3-tool
 * catalog is generated, compiled with mcplet's processor and with the SDK, both start cold in a
 * child JVM with the four responses checked, list every tool and import 100 bytes of items in
 * process, and the report and its charts are written.
 */
class CostCurvesIT {

  @TempDir
  Path work;

  @Test
  void aSmallCatalogOnBothServersEndToEnd() throws Exception {
    Path root = Path.of(System.getProperty("mcplet.root.dir"));
    Path calculator = null;
    Path sdk = null;
    for (Subject subject : BenchmarkSubjects.available(root)) {
      if (subject.name().equals("ours")) {
        calculator = subject.jar();
      } else if (subject.name().equals("sdk")) {
        sdk = subject.jar();
      }
    }
    Path target = root.resolve("benchmarks/harness/target");
    JvmConfig jvm = JvmConfig.of(Integer.toString(Runtime.version().feature()),
        Path.of(System.getProperty("java.home")), "lambda");
    Path out = work.resolve("out");
    new CostCurves(work, out, quiet(), List.of(100), null).run(jvm, List.of(3), 1, 0.1, calculator, sdk,
        jars(target.resolve("mcplet-libs")), jars(target.resolve("processor")), new ChildJvm(Main.extractEvents(work)), "smoke");

    String md = Files.readString(out.resolve("curves.md"));
    assertTrue(md.contains("| 3 | "), md);
    assertTrue(java.util.regex.Pattern.compile("(?m)^\\| 1\\d\\d B \\| 2 \\|").matcher(md).find(),
        "the import of 100 bytes (two items) has a row:\n" + md);
    for (String chart : List.of("curve-first-response.png", "curve-classes.png", "curve-call-payload.png")) {
      assertTrue(ImageIO.read(out.resolve(chart).toFile()).getWidth() > 0, chart);
    }
  }

  @Test
  void theSdkCatalogListsExactlyWhatMcpletsProcessorGenerated() throws Exception {
    Path target = Path.of(System.getProperty("mcplet.root.dir")).resolve("benchmarks/harness/target");
    CatalogBuild build = new CatalogBuild(work, jars(target.resolve("mcplet-libs")), null,
        jars(target.resolve("processor")));
    Subject ours = build.ours(30);
    List<SdkCatalog.Tool> tools = CatalogBuild.descriptors(ours.jar(), 30);
    assertEquals(30, tools.size());
    assertEquals(List.of("add", "multiply", "importItems", "placeOrder_3", "searchItems_4"),
        tools.subList(0, 5).stream().map(SdkCatalog.Tool::name).toList());
    assertTrue(tools.get(3).outputSchema().contains("\"orderId\""), "a record result has an output schema");
    assertTrue(tools.get(4).inputSchema().contains("\"enum\":[\"LOW\",\"NORMAL\",\"HIGH\",\"URGENT\"]"),
        tools.get(4).inputSchema());
    assertEquals("\"a\\\"b\\\\c\\n\\u00e9\"", SdkCatalog.literal("a\"b\\c\né"));
    assertEquals(2, Catalog.sources(30).keySet().stream().filter(f -> f.matches(".*/Tools\\d+\\.java")).count(),
        "25 tools per class");
    assertTrue(Map.copyOf(Catalog.sources(1)).size() == 3, "1 tool: types, one class, the handler");
  }

  private static List<Path> jars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
