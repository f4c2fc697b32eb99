package dev.mcplet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.benchmarks.coldstart.ChildJvm;
import dev.mcplet.benchmarks.coldstart.ColdStartBenchmark;
import dev.mcplet.benchmarks.coldstart.ColdStartSection;
import dev.mcplet.benchmarks.coldstart.JvmConfig;
import dev.mcplet.benchmarks.coldstart.PreparedSubject;
import dev.mcplet.benchmarks.coldstart.ResponseCheck;
import dev.mcplet.benchmarks.coldstart.Subject;
import dev.mcplet.benchmarks.coldstart.SubjectResult;
import dev.mcplet.benchmarks.coldstart.TimedRun;
import dev.mcplet.benchmarks.report.Machine;
import dev.mcplet.benchmarks.report.ResultsReport;
import dev.mcplet.benchmarks.runtime.HandlerLoader;
import dev.mcplet.benchmarks.runtime.Invoker;
import dev.mcplet.benchmarks.steady.SteadyStateRunner.Budget;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness works end to end on the real deployable jars: one cold start per subject in a
 * child JVM loaded the Lambda way (the four responses checked), one class-logging run, an in-process
 * load as JMH does it, and a report with its chart. No figure is asserted: benchmarks print figures.
 */
class HarnessSmokeIT {

  @TempDir
  Path work;

  @Test
  void everySubjectAnswersTheFourEventsInAFreshJvmAndTheReportIsWritten() throws Exception {
    List<Subject> subjects = BenchmarkSubjects.available(Path.of(System.getProperty("mcplet.root.dir")));
    assertEquals(List.of("floor", "sdk", "sdk-2.1", "ours"), subjects.stream().map(Subject::name).toList(),
        "the floor, SDK 2.2 and 2.1 and calculator jars are packaged before this test");
    List<PreparedSubject> prepared = new ArrayList<>();
    for (Subject subject : subjects) {
      prepared.add(PreparedSubject.prepare(subject, work));
    }
    prepared.add(PreparedSubject.prepare(Subject.bareJvm(), work));

    JvmConfig jvm = JvmConfig.of(Integer.toString(Runtime.version().feature()),
        Path.of(System.getProperty("java.home")), "lambda");
    ChildJvm child = new ChildJvm(events());
    ColdStartSection section = new ColdStartBenchmark(child, 1, 1, work, quiet()).measure(jvm, prepared);

    for (SubjectResult result : section.subjects()) {
      TimedRun run = result.runs().get(0);
      assertEquals(4, run.responseNanos().size(), result.name());
      assertTrue(run.initNanos() > 0 && run.firstNanos() >= run.initNanos() && run.lastNanos() >= run.firstNanos(),
          result.name() + " times in order: " + run);
      assertTrue(run.peakRssKib() > 0, result.name());
      assertTrue(result.classLogs().get(0).untilLastResponse() > 0, result.name());
      assertEquals(List.of("Started", "Initialized", "Response1", "Response2", "Response3", "Response4", "Done"),
          List.copyOf(result.classLogs().get(0).markerUptimes().keySet()), result.name());
    }

    for (PreparedSubject subject : prepared) {
      if (!subject.subject().isBareJvm()) {
        Invoker invoker = HandlerLoader.load(subject.taskRoot().toFile(), subject.subject().handler());
        assertEquals("5", ResponseCheck.callText(invoker.invoke(Main.event("04-tools-call-add.json"))),
            subject.name() + " in process, as JMH loads it");
      }
    }

    Path out = work.resolve("results");
    ResultsReport.write(out, new ResultsReport.Settings("smoke", "smoke test", 1, 1, Budget.defaults(), "-", "-",
        Main.EVENTS.size()),
        Machine.describe(List.of(jvm)), List.of(section), List.of());
    String md = Files.readString(out.resolve("results.md"));
    for (Subject subject : subjects) {
      assertTrue(md.contains("| " + subject.name() + " | "), subject.name() + " has a row:\n" + md);
    }
    assertTrue(ImageIO.read(out.resolve("cold-start.png").toFile()).getWidth() > 0);
  }

  private List<Path> events() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : Main.EVENTS) {
      Path file = work.resolve(name);
      Files.write(file, Main.event(name));
      files.add(file);
    }
    return files;
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
