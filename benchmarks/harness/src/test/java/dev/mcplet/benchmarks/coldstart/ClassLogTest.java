package dev.mcplet.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassLogTest {

  @TempDir
  Path dir;

  @Test
  void splitsTheLogIntoPhasesAtTheMarkerClassesAndSkipsThem() throws Exception {
    Path log = dir.resolve("class-load.log");
    String marker = "dev.mcplet.benchmarks.runtime.Phase$";
    Files.write(log, List.of(
        "[0.010s][info][class,load] java.lang.Object source: shared objects file",
        "[0.020s][info][class,load] " + marker + "Started source: file:/h/harness.jar",
        "[0.030s][info][class,load] com.example.Handler source: file:/tmp/task-x/",
        "[0.031s][info][class,load] java.lang.invoke.LambdaForm$MH/0x0000000800c01000 source: __JVM_LookupDefineClass__",
        "[0.040s][info][class,load] " + marker + "Initialized source: file:/h/harness.jar",
        "[0.050s][info][class,load] com.example.Codec source: jar:file:/tmp/task-x/lib/a.jar!/",
        "[0.060s][info][class,load] " + marker + "Response1 source: file:/h/harness.jar",
        "[0.070s][info][class,load] " + marker + "Response2 source: file:/h/harness.jar",
        "[0.080s][info][class,load] " + marker + "Response3 source: file:/h/harness.jar",
        "[0.081s][info][class,load] java.util.Late source: jrt:/java.base",
        "[0.090s][info][class,load] " + marker + "Response4 source: file:/h/harness.jar",
        "[0.091s][info][class,load] java.util.Base64 source: shared objects file"));

    ClassLog classes = ClassLog.read(log);

    assertEquals(6, classes.classes().size());
    assertEquals(5, classes.untilLastResponse()); // Base64 came after the last response
    assertEquals(4, classes.untilFirstResponse());
    assertEquals(2, classes.inPhase(1));
    assertEquals(1, classes.inPhase(2));
    assertEquals(1, classes.inPhase(5));
    assertEquals(0.09, classes.markerUptimes().get("Response4"), 1e-9);
    ClassLog.LoadedClass lambdaForm = classes.classes().get(2);
    assertEquals("java.lang.invoke", lambdaForm.packageName());
    assertEquals("generated", lambdaForm.origin("/tmp/task-x"));
    assertEquals("function", classes.classes().get(1).origin("/tmp/task-x"));
    assertEquals("function", classes.classes().get(3).origin("/tmp/task-x"));
    assertEquals("cds", classes.classes().get(0).origin("/tmp/task-x"));
    assertEquals("jdk", classes.classes().get(4).origin("/tmp/task-x"));
  }

  @Test
  void aSubjectIsNamedWithItsJarAndHandler() {
    Subject s = Subject.parse("ours=examples/calculator/target/app.jar::dev.mcplet.examples.calculator.CalculatorHandler::handleRequest");
    assertEquals("ours", s.name());
    assertEquals("app.jar", s.jar().getFileName().toString());
    assertEquals("dev.mcplet.examples.calculator.CalculatorHandler::handleRequest", s.handler());
    assertEquals(2, s.tools());
    Subject catalog = Subject.parse("ours-1000=/tmp/cat/catalog.jar::bench.catalog.CatalogHandler::handleRequest::1000");
    assertEquals("bench.catalog.CatalogHandler::handleRequest", catalog.handler());
    assertEquals(1000, catalog.tools());
  }
}
