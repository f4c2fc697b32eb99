package dev.mcplet.examples.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official MCP TypeScript SDK client ({@code @modelcontextprotocol/sdk}: {@code Client} and
 * {@code StreamableHTTPClientTransport}, pinned in {@code src/test/node/package-lock.json})
 * against the calculator on the local server. {@code src/test/node/interop.mjs} drives the client
 * and prints what it saw as JSON; this test installs the Node project when needed, runs it and
 * checks that summary.
 */
class TypeScriptClientInteropTest {

    private static CalculatorOnLoopback calculator;

    @BeforeAll
    static void startCalculator() {
        calculator = CalculatorOnLoopback.start();
    }

    @AfterAll
    static void stopCalculator() {
        calculator.close();
    }

    @Test
    void theTypeScriptSdkClientInitializesListsAndCallsTheTools() throws Exception {
        NodeProject project = new NodeProject(Path.of(System.getProperty("mcplet.interop.node.dir")));
        project.installIfNeeded();
        JsonNode summary = new ObjectMapper().readTree(project.runScript("interop.mjs", calculator.endpoint().toString()));

        // connect(): initialize and notifications/initialized, with the latest revision and no session.
        assertEquals("2025-11-25", summary.path("protocolVersion").asText(), summary.toString());
        assertTrue(summary.path("sessionId").isNull(), "a stateless server issues no Mcp-Session-Id");
        assertEquals("calculator", summary.path("serverInfo").path("name").asText());
        assertEquals("1.0.0", summary.path("serverInfo").path("version").asText());
        assertTrue(summary.path("capabilities").has("tools"), summary.path("capabilities").toString());
        assertEquals("{}", summary.path("ping").toString());

        JsonNode tools = summary.path("tools");
        assertEquals(List.of("add", "multiply"), names(tools));
        assertEquals("Add two integers.", tools.path(0).path("description").asText());
        assertEquals("Multiply two integers.", tools.path(1).path("description").asText());

        assertEquals("5", text(success(summary.path("add"))));
        assertEquals("42", text(success(summary.path("multiply"))));

        // Argument problems are tool errors the model can act on, naming the argument.
        JsonNode badArguments = summary.path("badArguments");
        assertTrue(badArguments.path("isError").asBoolean(), badArguments.toString());
        assertTrue(text(badArguments).contains("a"), badArguments.toString());
        JsonNode missingArgument = summary.path("missingArgument");
        assertTrue(missingArgument.path("isError").asBoolean(), missingArgument.toString());
        assertTrue(text(missingArgument).contains("b"), missingArgument.toString());

        // An unknown tool is a JSON-RPC error, which the SDK throws.
        assertEquals(-32602, summary.path("unknownTool").path("code").asInt(), summary.path("unknownTool").toString());

        // On the wire: JSON answers to POSTs, 202 for the notification, 405 for the optional GET
        // stream, and never a session id.
        boolean sawNotification = false;
        for (JsonNode exchange : summary.path("exchanges")) {
            String method = exchange.path("method").asText();
            int status = exchange.path("status").asInt();
            assertTrue(exchange.path("sessionId").isNull(), exchange.toString());
            if (method.equals("POST") && status == 200) {
                assertTrue(exchange.path("contentType").asText().startsWith("application/json"), exchange.toString());
            } else if (method.equals("POST")) {
                assertEquals(202, status, exchange.toString());
                sawNotification = true;
            } else {
                assertEquals(405, status, "a stateless server offers no GET stream: " + exchange);
            }
        }
        assertTrue(sawNotification, "notifications/initialized should get 202: " + summary.path("exchanges"));

        System.out.println("[interop] MCP TypeScript SDK " + summary.path("sdkVersion").asText() + " client: initialize "
                + summary.path("protocolVersion").asText() + ", tools " + names(tools)
                + ", add -> 5, multiply -> 42, bad arguments -> isError: " + text(badArguments)
                + "; HTTP " + summary.path("exchanges"));
    }

    private static JsonNode success(JsonNode result) {
        assertFalse(result.path("isError").asBoolean(false), result.toString());
        return result;
    }

    private static String text(JsonNode result) {
        JsonNode content = result.path("content");
        assertEquals(1, content.size(), result.toString());
        assertEquals("text", content.path(0).path("type").asText(), result.toString());
        return content.path(0).path("text").asText();
    }

    private static List<String> names(JsonNode tools) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : tools) {
            names.add(tool.path("name").asText());
        }
        return names;
    }
}
