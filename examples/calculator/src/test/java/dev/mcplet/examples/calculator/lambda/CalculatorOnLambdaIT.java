package dev.mcplet.examples.calculator.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.lambda.LambdaRuntimeProcess;
import dev.mcplet.server.lambda.RuntimeApiDouble;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployable jar as AWS Lambda runs it: the packaged (shaded) jar in the {@code lib/} of a
 * task root, as {@code sam build} lays it out, loaded by the real runtime interface client in a
 * child JVM with the handler string {@code template.yaml} names, taking API Gateway events from a
 * {@link RuntimeApiDouble} on loopback. The MCP conversation (initialize,
 * notifications/initialized, tools/list, tools/call) goes through REST API (v1) and HTTP API (v2)
 * events made from the shared fixtures. A second run initializes for SnapStart: the handler's
 * priming resource fires in the checkpoint phase, before the runtime asks to be restored and long
 * before the first invocation, and the generated dispatcher refuses its call before any tool runs.
 */
@Timeout(180)
class CalculatorOnLambdaIT {

    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final String PRIMING = "mcplet: SnapStart priming";

    private final Path jar = Path.of(System.getProperty("mcplet.calculator.jar"));
    private final String handler = System.getProperty("mcplet.calculator.handler") + "::handleRequest";
    private final Path events = Path.of(System.getProperty("mcplet.shared.dir"), "fixtures", "lambda-events", "mcp");

    @TempDir
    Path temp;

    @Test
    void onDemand() throws Exception {
        try (RuntimeApiDouble api = RuntimeApiDouble.start();
                LambdaRuntimeProcess function = LambdaRuntimeProcess.start(api, taskRoot(), handler, false,
                        temp.resolve("logs"))) {
            conversation(api, function);
            assertEquals("GET invocation/next", api.calls().get(0), api.calls().toString());
            assertFalse(api.calls().contains("GET restore/next"));
            assertFalse(function.stderr().contains(PRIMING), function.stderr());
        }
    }

    @Test
    void snapStart() throws Exception {
        try (RuntimeApiDouble api = RuntimeApiDouble.start();
                LambdaRuntimeProcess function = LambdaRuntimeProcess.start(api, taskRoot(), handler, true,
                        temp.resolve("logs"))) {
            AtomicReference<String> atCheckpoint = new AtomicReference<>();
            api.onRestoreNext(() -> atCheckpoint.set(function.stderr()));

            conversation(api, function);

            List<String> calls = api.calls();
            assertEquals(List.of("GET restore/next", "GET invocation/next"), calls.subList(0, 2),
                    "the checkpoint phase ends before the first invocation: " + calls);
            String primed = atCheckpoint.get();
            assertTrue(primed != null && primed.contains(PRIMING + ": API Gateway REST API events: initialize 200,"
                    + " notifications/initialized 202, tools/list 200, tools/call 'add' 200 (isError, as intended);"
                    + " API Gateway HTTP API events: initialize 200, notifications/initialized 202, tools/list 200,"
                    + " tools/call 'add' 200 (isError, as intended)"),
                    "standard error when the runtime asked to be restored: " + primed + "\nstdout: " + function.stdout());
        }
    }

    /** The MCP conversation through REST and HTTP API (named stage) events, and one event that is not HTTP. */
    private void conversation(RuntimeApiDouble api, LambdaRuntimeProcess function) throws Exception {
        byte[] rest = Files.readAllBytes(events.resolve("rest-v1-mcp-initialize.json"));
        byte[] httpApi = Files.readAllBytes(events.resolve("http-api-v2-mcp-initialize-named-stage-cookies.json"));

        JsonNode initialized = answer(api, function, rest);
        assertEquals(200, initialized.get("statusCode").intValue());
        JsonNode result = message(initialized).get("result");
        assertEquals("2025-11-25", result.get("protocolVersion").textValue());
        assertEquals("calculator", result.get("serverInfo").get("name").textValue());

        JsonNode notified = answer(api, function, withBody(rest, "POST",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(202, notified.get("statusCode").intValue());

        JsonNode listed = answer(api, function, withBody(httpApi, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"));
        assertEquals(200, listed.get("statusCode").intValue());
        assertFalse(listed.has("multiValueHeaders"), "HTTP API 2.0 shape: " + listed);
        JsonNode tools = message(listed).get("result").get("tools");
        assertEquals("add", tools.get(0).get("name").textValue());
        assertEquals("multiply", tools.get(1).get("name").textValue());

        JsonNode added = answer(api, function, withBody(httpApi, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                        + "\"arguments\":{\"a\":2,\"b\":3}}}"));
        assertEquals("5", message(added).get("result").get("content").get(0).get("text").textValue());

        JsonNode multiplied = answer(api, function, withBody(rest, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"multiply\","
                        + "\"arguments\":{\"a\":6,\"b\":7}}}"));
        assertEquals("42", message(multiplied).get("result").get("content").get(0).get("text").textValue());

        JsonNode refused = answer(api, function, withBody(rest, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                        + "\"arguments\":{\"a\":\"two\",\"b\":3}}}"));
        assertTrue(message(refused).get("result").get("isError").booleanValue(), refused.toString());

        JsonNode get = answer(api, function, withBody(rest, "GET", null));
        assertEquals(405, get.get("statusCode").intValue());
        assertEquals("POST", get.get("headers").get("allow").textValue());

        RuntimeApiDouble.Outcome notHttp = api.invoke("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8), ANSWER);
        assertTrue(notHttp.error(), notHttp.text());
        assertTrue(notHttp.text().contains("mcplet: cannot answer this Lambda event"), notHttp.text());

        assertEquals(200, answer(api, function, rest).get("statusCode").intValue(), "still serving after an error");
        assertNull(api.initError());
        assertTrue(function.isAlive());
    }

    /** A task root as {@code sam build} makes it with the Makefile: the jar in {@code lib/}. */
    private Path taskRoot() throws IOException {
        Path lib = Files.createDirectories(temp.resolve("task").resolve("lib"));
        assertTrue(Files.isRegularFile(jar), "the packaged jar " + jar + " (run after package)");
        Files.copy(jar, lib.resolve(jar.getFileName()));
        return lib.getParent();
    }

    private static JsonNode answer(RuntimeApiDouble api, LambdaRuntimeProcess function, byte[] event)
            throws InterruptedException {
        return json(function.answer(api, event, ANSWER));
    }

    /** A fixture event with another method and body. */
    private static byte[] withBody(byte[] template, String method, String body) {
        ObjectNode event = (ObjectNode) json(template);
        event.put("body", body);
        event.put("isBase64Encoded", false);
        if (event.has("httpMethod")) {
            event.put("httpMethod", method);
        } else {
            ((ObjectNode) event.get("requestContext").get("http")).put("method", method);
        }
        return Json.toBytes(event);
    }

    private static JsonNode message(JsonNode response) {
        return json(response.get("body").textValue().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return Json.parse(bytes);
        } catch (JsonReadException e) {
            throw new AssertionError("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
