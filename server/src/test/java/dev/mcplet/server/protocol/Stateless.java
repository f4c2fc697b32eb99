package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.json.Json;
import java.nio.charset.StandardCharsets;

/**
 * Builds MCP 2026-07-28 requests for the protocol tests: the {@code _meta} every request carries,
 * and the headers that mirror the body ({@code MCP-Protocol-Version}, {@code Mcp-Method},
 * {@code Mcp-Name}); checks replies against the 2026-07-28 schema.
 */
final class Stateless {

    static final String VERSION = "2026-07-28";
    static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"test\",\"version\":\"1.0.0\"},"
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private Stateless() {
    }

    /** A request with the standard {@code _meta}; {@code params} are the other members (JSON, no braces) or null. */
    static String request(int id, String method, String params) {
        return Wire.request(id, method, "{" + META + (params == null ? "" : "," + params) + "}");
    }

    static String call(int id, String tool, String arguments) {
        return request(id, "tools/call", "\"name\":\"" + tool + "\"" + (arguments == null ? "" : ",\"arguments\":" + arguments));
    }

    /** The headers a conforming client sends with a body: the version, the method and (where defined) the name. */
    static Headers headersFor(String body) {
        JsonNode message = parse(body);
        Headers headers = new Headers().set("MCP-Protocol-Version", VERSION);
        String method = message.path("method").textValue();
        if (method != null) {
            headers.set("Mcp-Method", method);
            JsonNode params = message.path("params");
            JsonNode name = "resources/read".equals(method) ? params.get("uri") : params.get("name");
            if (name != null && name.isTextual() && ("tools/call".equals(method) || "prompts/get".equals(method)
                    || "resources/read".equals(method))) {
                headers.set("Mcp-Name", name.textValue());
            }
        }
        return headers;
    }

    static Reply send(McpProtocol protocol, String body) {
        return send(protocol, body, headersFor(body));
    }

    static Reply send(McpProtocol protocol, String body, Headers headers) {
        return protocol.handle(body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Sends a request that must succeed with a 200 answer valid under 2026-07-28, and returns its result. */
    static JsonNode result(McpProtocol protocol, String body, String resultType) {
        Reply reply = send(protocol, body);
        assertEquals(Reply.Kind.ANSWER, reply.kind(), () -> "reply to " + body + ": " + text(reply));
        JsonNode response = Wire.json(reply);
        assertFalse(response.has("error"), () -> "unexpected error: " + Json.toJson(response));
        assertValidResponse(response, resultType);
        return response.get("result");
    }

    /** Checks a response against the 2026-07-28 schema: its envelope, and its result or error type. */
    static void assertValidResponse(JsonNode response, String type) {
        if (response.has("error")) {
            SchemaConformanceTest.assertValid(VERSION, "JSONRPCErrorResponse", response);
        } else {
            SchemaConformanceTest.assertValid(VERSION, "JSONRPCResultResponse", response);
        }
        if (type != null) {
            SchemaConformanceTest.assertValid(VERSION, type, response.has("error") ? response : response.get("result"));
        }
    }

    static String text(Reply reply) {
        return reply.kind() + " " + new String(reply.body(), StandardCharsets.UTF_8);
    }

    static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
