package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link McpLambdaHandler} as AWS Lambda really runs it: the real runtime interface client in a
 * child JVM loads {@link RicTestHandler} from a task root laid out like an unpacked deployment
 * package, and takes its events from a {@link RuntimeApiDouble} on loopback. The MCP
 * conversation goes through API Gateway REST and HTTP API events made from the fixtures. A
 * second run initializes for SnapStart and shows the priming resource firing in the checkpoint
 * phase, before the first invocation, without running any tool.
 */
@Timeout(180)
class LambdaRuntimeTest {

    static final String HANDLER = RicTestHandler.class.getName() + "::handleRequest";
    static final Duration ANSWER = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void onDemand() throws Exception {
        Path taskRoot = taskRoot(temp.resolve("task"));
        try (RuntimeApiDouble api = RuntimeApiDouble.start();
                LambdaRuntimeProcess function = LambdaRuntimeProcess.start(api, taskRoot, HANDLER, false,
                        temp.resolve("logs"))) {
            conversation(api, function);
            assertFalse(function.stderr().contains(SnapStartPriming.REPORT_PREFIX), function.stderr());
            assertFalse(api.calls().contains("GET restore/next"), api.calls().toString());
            assertEquals("GET invocation/next", api.calls().get(0));
        }
    }

    @Test
    void snapStartPrimesBeforeTheCheckpointAndRunsNoTool() throws Exception {
        Path taskRoot = taskRoot(temp.resolve("task"));
        try (RuntimeApiDouble api = RuntimeApiDouble.start();
                LambdaRuntimeProcess function = LambdaRuntimeProcess.start(api, taskRoot, HANDLER, true,
                        temp.resolve("logs"))) {
            // What standard error held when the runtime, done with the checkpoint hooks, asked to be restored.
            AtomicReference<String> atCheckpoint = new AtomicReference<>();
            api.onRestoreNext(() -> atCheckpoint.set(function.stderr()));

            conversation(api, function);

            List<String> calls = api.calls();
            assertEquals("GET restore/next", calls.get(0), "the snapshot phase comes first: " + calls);
            assertEquals("GET invocation/next", calls.get(1), calls.toString());
            String primed = atCheckpoint.get();
            assertTrue(primed != null && primed.contains(SnapStartPriming.REPORT_PREFIX
                    + ": API Gateway REST API events: initialize 200, notifications/initialized 202, tools/list 200,"
                    + " tools/call 'add' 200 (isError, as intended); API Gateway HTTP API events: initialize 200,"), 
                    "stderr at the checkpoint: " + primed + "\nstdout: " + function.stdout());
            assertFalse(primed.contains(StrictCalculatorTools.RAN), "priming ran no tool: " + primed);
            assertEquals(1, count(function.stderr(), SnapStartPriming.REPORT_PREFIX));
        }
    }

    /**
     * initialize, notifications/initialized, tools/list and tools/call through REST (v1) and HTTP
     * API (v2, named stage) events, an event that is not HTTP, and one real tool run.
     */
    private static void conversation(RuntimeApiDouble api, LambdaRuntimeProcess function) throws Exception {
        Fixtures.Expected rest = Fixtures.EVENTS.get(0);
        Fixtures.Expected httpApi = Fixtures.EVENTS.get(4);
        assertEquals("mcp/rest-v1-mcp-initialize.json", rest.file());
        assertEquals("mcp/http-api-v2-mcp-initialize-named-stage-cookies.json", httpApi.file());

        JsonNode initialized = answer(api, function, rest.bytes());
        assertEquals(200, initialized.get("statusCode").intValue(), initialized::toPrettyString);
        assertEquals("2025-11-25", message(initialized).get("result").get("protocolVersion").textValue());

        JsonNode notified = answer(api, function, Fixtures.withBody(rest, "POST",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(202, notified.get("statusCode").intValue());

        JsonNode listed = answer(api, function, Fixtures.withBody(httpApi, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"));
        assertEquals(200, listed.get("statusCode").intValue());
        assertFalse(listed.has("multiValueHeaders"), "HTTP API 2.0 shape");
        JsonNode tools = message(listed).get("result").get("tools");
        assertEquals("add", tools.get(0).get("name").textValue());
        assertEquals("multiply", tools.get(1).get("name").textValue());

        JsonNode added = answer(api, function, Fixtures.withBody(httpApi, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                        + "\"arguments\":{\"a\":2,\"b\":3}}}"));
        assertEquals("5", message(added).get("result").get("content").get(0).get("text").textValue());

        JsonNode refused = answer(api, function, Fixtures.withBody(rest, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"multiply\","
                        + "\"arguments\":{\"a\":2,\"b\":3,\"c\":4}}}"));
        assertTrue(message(refused).get("result").get("isError").booleanValue());

        JsonNode get = answer(api, function, Fixtures.withBody(rest, "GET", null));
        assertEquals(405, get.get("statusCode").intValue());

        RuntimeApiDouble.Outcome sqs = api.invoke("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8), ANSWER);
        assertTrue(sqs.error(), sqs.text());
        assertTrue(sqs.text().contains("mcplet: cannot answer this Lambda event"), sqs.text());

        // The runtime survives the failed invocation and answers again.
        assertEquals(200, answer(api, function, rest.bytes()).get("statusCode").intValue());
        assertEquals(1, count(function.stderr(), StrictCalculatorTools.RAN), "one tool run: " + function.stderr());
        assertNull(api.initError());
        assertTrue(function.isAlive());
    }

    private static JsonNode answer(RuntimeApiDouble api, LambdaRuntimeProcess function, byte[] event)
            throws InterruptedException {
        return Fixtures.json(function.answer(api, event, ANSWER));
    }

    private static JsonNode message(JsonNode response) {
        return Fixtures.json(response.get("body").textValue().getBytes(StandardCharsets.UTF_8));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * A task root like an unpacked deployment package: the classes of the server, the annotations
     * and the test handler at the root, the runtime libraries (Jackson, org.crac) in {@code lib/}.
     * Nothing of the runtime client or of the test frameworks goes in.
     */
    static Path taskRoot(Path root) throws IOException {
        Path lib = root.resolve("lib");
        Files.createDirectories(lib);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                if (path.endsWith(Path.of("server", "target", "classes"))
                        || path.endsWith(Path.of("annotations", "target", "classes"))) {
                    copyTree(path, root);
                } else if (path.endsWith(Path.of("server", "target", "test-classes"))) {
                    for (String type : List.of("dev/mcplet/server/lambda/RicTestHandler.class",
                            "dev/mcplet/server/lambda/StrictCalculatorTools.class",
                            "dev/mcplet/server/testing/CalculatorTools.class")) {
                        Path target = root.resolve(type);
                        Files.createDirectories(target.getParent());
                        Files.copy(path.resolve(type), target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } else if (name.startsWith("jackson-core-") || name.startsWith("jackson-databind-")
                    || name.startsWith("jackson-annotations-") || name.startsWith("crac-")
                    || name.startsWith("mcplet-annotations-")) {
                Files.copy(path, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertTrue(Files.exists(root.resolve("dev/mcplet/server/lambda/McpLambdaHandler.class")), "server classes");
        assertTrue(Files.exists(root.resolve("dev/mcplet/ToolException.class"))
                || hasJar(lib, "mcplet-annotations-"), "annotations");
        return root;
    }

    private static boolean hasJar(Path lib, String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
