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

    private static OnLoopback calculator;

    @BeforeAll
    static void startCalculator() {
        calculator = OnLoopback.calculator();
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

    @Test
    void theTypeScriptSdkClientReadsResourcesGetsPromptsCompletesAndReceivesNotifications() throws Exception {
        NodeProject project = new NodeProject(Path.of(System.getProperty("mcplet.interop.node.dir")));
        project.installIfNeeded();
        JsonNode summary;
        try (OnLoopback conformance = OnLoopback.conformance()) {
            summary = new ObjectMapper().readTree(project.runScript("primitives.mjs", conformance.endpoint().toString()));
        }
        JsonNode capabilities = summary.path("capabilities");
        for (String capability : List.of("tools", "resources", "prompts", "completions", "logging")) {
            assertTrue(capabilities.has(capability), capability + " in " + capabilities);
        }
        assertFalse(capabilities.path("resources").has("subscribe"), "a stateless server offers no subscriptions");

        assertEquals(List.of("static-text", "static-binary", "watched-resource"), names(summary.path("resources")));
        assertEquals("test://template/{id}/data", summary.path("templates").path(0).path("uriTemplate").asText());
        JsonNode text = summary.path("staticText").path("contents").path(0);
        assertEquals("This is the content of the static text resource.", text.path("text").asText(), text.toString());
        assertEquals("text/plain", text.path("mimeType").asText());
        JsonNode blob = summary.path("staticBinary").path("contents").path(0);
        assertEquals("image/png", blob.path("mimeType").asText(), blob.toString());
        assertTrue(blob.path("blob").asText().startsWith("iVBORw0KGgo"), blob.toString());
        JsonNode templated = summary.path("templated").path("contents").path(0);
        assertEquals("test://template/42/data", templated.path("uri").asText());
        assertTrue(templated.path("text").asText().contains("Data for ID: 42"), templated.toString());
        assertEquals(-32002, summary.path("missing").path("code").asInt(), summary.path("missing").toString());

        // The four of the 2025 suite and the 2026-07-28 one that asks first (test_input_required_result_prompt).
        assertEquals(5, summary.path("prompts").size(), summary.path("prompts").toString());
        JsonNode message = summary.path("prompt").path("messages").path(0);
        assertEquals("user", message.path("role").asText());
        assertEquals("Prompt with arguments: arg1='one', arg2='two'", message.path("content").path("text").asText());
        assertEquals("[\"test\",\"testValue1\",\"testValue2\"]",
                summary.path("completion").path("completion").path("values").toString());

        // The tools' notifications arrive with the answer, in a buffered text/event-stream body.
        assertEquals("Tool with logging executed successfully", text(success(summary.path("logging"))));
        assertEquals(List.of("Tool execution started", "Tool processing data", "Tool execution completed"),
                texts(summary.path("logs"), "data"));
        assertEquals(3, summary.path("progress").size(), summary.path("progress").toString());
        assertEquals(100, summary.path("progress").path(2).path("progress").asInt());
        boolean sawStream = false;
        for (JsonNode contentType : summary.path("contentTypes")) {
            sawStream |= contentType.asText().startsWith("text/event-stream");
        }
        assertTrue(sawStream, summary.path("contentTypes").toString());
        System.out.println("[interop] MCP TypeScript SDK client against the conformance example: resources "
                + names(summary.path("resources")) + ", prompt -> " + message.path("content").path("text").asText()
                + ", completion " + summary.path("completion").path("completion").path("values") + ", logs "
                + texts(summary.path("logs"), "data") + ", progress " + summary.path("progress").size() + " x");
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            out.add(item.path(field).asText());
        }
        return out;
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
