package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.ContextTools;
import dev.mcplet.server.testing.FixturePrompts;
import dev.mcplet.server.testing.FixtureResources;
import dev.mcplet.server.testing.ShowcaseTools;
import dev.mcplet.server.tool.ToolSet;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds protocol cores and messages for the protocol tests, and reads their replies. */
final class Wire {

    static final ServerInfo INFO = new ServerInfo("calculator", "1.2.3", "Calculator", "Use add for sums.");

    private Wire() {
    }

    static McpProtocol protocol(ToolSet... sets) {
        return new McpProtocol(INFO, List.of(sets), 100);
    }

    /** Tools (calculator, context tools), the fixture resources and prompts, log level info. */
    static McpProtocol everything() {
        return new McpProtocol(INFO, List.of(new CalculatorTools(), new ContextTools()),
                List.of(new FixtureResources()), List.of(new FixturePrompts()), "info", 100);
    }

    static McpProtocol calculator() {
        return protocol(new CalculatorTools(), new ShowcaseTools());
    }

    /** A request with a numeric id; {@code params} is JSON text or null. */
    static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    static String notification(String method) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}";
    }

    static String initialize(int id, String version) {
        return request(id, "initialize", "{\"protocolVersion\":\"" + version + "\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1.0.0\"}}");
    }

    static String call(int id, String tool, String arguments) {
        return request(id, "tools/call", "{\"name\":\"" + tool + "\"" + (arguments == null ? "" : ",\"arguments\":" + arguments) + "}");
    }

    static Reply send(McpProtocol protocol, String body, String versionHeader) {
        return protocol.handle(body.getBytes(StandardCharsets.UTF_8), versionHeader);
    }

    static JsonNode json(Reply reply) {
        try {
            return Json.parse(reply.body());
        } catch (JsonReadException e) {
            throw new AssertionError("reply is not JSON: " + new String(reply.body(), StandardCharsets.UTF_8), e);
        }
    }

    /** Sends a request that must be answered, and returns the whole response. */
    static JsonNode answer(McpProtocol protocol, String body, String versionHeader) {
        Reply reply = send(protocol, body, versionHeader);
        assertEquals(Reply.Kind.ANSWER, reply.kind(), () -> "reply to " + body);
        JsonNode response = json(reply);
        assertEquals("2.0", response.path("jsonrpc").textValue());
        return response;
    }

    /** Sends a request that must succeed, and returns its result. */
    static JsonNode result(McpProtocol protocol, String body, String versionHeader) {
        JsonNode response = answer(protocol, body, versionHeader);
        assertFalse(response.has("error"), () -> "unexpected error: " + Json.toJson(response));
        assertNotNull(response.get("result"));
        return response.get("result");
    }

    /** Checks an error object and returns its message. */
    static String error(JsonNode response, int code) {
        JsonNode error = response.get("error");
        assertNotNull(error, () -> "expected an error: " + Json.toJson(response));
        assertEquals(code, error.path("code").intValue(), () -> Json.toJson(response));
        String message = error.path("message").textValue();
        assertNotNull(message);
        assertClean(message);
        return message;
    }

    /** No stack trace, no Java class name in a message meant for a client. */
    static void assertClean(String message) {
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("Error:") && message.contains("java."), message);
        assertFalse(message.contains("dev.mcplet"), message);
        assertFalse(message.contains("com.fasterxml"), message);
        assertFalse(message.contains("\tat "), message);
        assertTrue(!message.isEmpty(), "empty message");
    }
}
