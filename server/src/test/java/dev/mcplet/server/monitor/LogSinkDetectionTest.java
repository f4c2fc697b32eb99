package dev.mcplet.server.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link LogSink#auto()} in the three situations an application can be in, each in a fresh JVM
 * with its own class path: SLF4J with a provider (lines go to SLF4J), SLF4J without a provider
 * (it would discard them, so standard output), and no SLF4J at all (standard output, and no
 * failure: the bridge class's missing references are caught, not fatal).
 */
class LogSinkDetectionTest {

    private static final String LINE_START = "{\"time\":\"";

    @Test
    void inThisJvmSlf4jHasAProvider() {
        assertEquals("slf4j:dev.mcplet.request", LogSink.auto().toString());
    }

    @Test
    void withSlf4jAndAProvider() throws Exception {
        Result result = run(entry -> true);
        assertEquals("sink slf4j:dev.mcplet.request", result.firstStdoutLine());
        // slf4j-simple writes to standard error: "[main] INFO dev.mcplet.request - {...}".
        assertTrue(result.stderr.contains("INFO dev.mcplet.request - " + LINE_START), result.stderr);
    }

    @Test
    void withSlf4jButNoProvider() throws Exception {
        Result result = run(entry -> !entry.contains("slf4j-simple"));
        assertEquals("sink stdout", result.firstStdoutLine());
        assertTrue(result.stdout.contains("\n" + LINE_START), result.stdout);
    }

    @Test
    void withoutSlf4j() throws Exception {
        Result result = run(entry -> !entry.contains("slf4j"));
        assertEquals("sink stdout", result.firstStdoutLine());
        assertTrue(result.stdout.contains("\n" + LINE_START), result.stdout);
        assertTrue(result.stderr.isEmpty(), result.stderr);
    }

    private record Result(String stdout, String stderr) {
        String firstStdoutLine() {
            return stdout.lines().findFirst().orElse("");
        }
    }

    private static Result run(Predicate<String> keep) throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (keep.test(entry)) {
                classPath.add(entry);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                AutoSinkMain.class.getName());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        Result result = new Result(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue(), result.toString());
        return result;
    }
}
