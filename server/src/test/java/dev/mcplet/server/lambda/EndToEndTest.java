package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture through the raw-bytes handler and the real {@link McpServer} with a hand-written
 * tool set: the MCP conversation (initialize, notifications/initialized, tools/list, tools/call)
 * in each front door's event shape, and the HTTP rules (405 for GET, 404 elsewhere) coming back
 * in that shape.
 */
class EndToEndTest {

    private final StrictCalculatorTools tools = new StrictCalculatorTools();
    private final McpServer server = McpServer.builder().name("calculator").version("1.0.0").tools(tools).build();
    private final McpLambdaHandler handler = new McpLambdaHandler(server) {
    };

    private JsonNode invoke(byte[] event) {
        return Fixtures.json(McpLambdaHandlerTest.invoke(handler, event));
    }

    /** The JSON-RPC message in a response event's body. */
    private static JsonNode message(JsonNode response) {
        assertFalse(response.get("isBase64Encoded").booleanValue());
        return Fixtures.json(response.get("body").textValue().getBytes(StandardCharsets.UTF_8));
    }

    private static String contentType(JsonNode response) {
        JsonNode headers = response.get("headers");
        if (headers != null) {
            return headers.get("content-type").textValue();
        }
        return response.get("multiValueHeaders").get("content-type").get(0).textValue();
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#mcpEvents")
    void initializeInEveryShape(Fixtures.Expected fixture) {
        JsonNode response = invoke(fixture.bytes());
        assertEquals(200, response.get("statusCode").intValue(), () -> response.toPrettyString());
        assertEquals("application/json", contentType(response));
        JsonNode result = message(response).get("result");
        assertEquals("2025-11-25", result.get("protocolVersion").textValue());
        assertEquals("calculator", result.get("serverInfo").get("name").textValue());
        if (fixture.shape() == LambdaHttpEvent.Shape.ALB) {
            assertEquals("200 OK", response.get("statusDescription").textValue());
            assertEquals(fixture.multiValueHeaders(), response.has("multiValueHeaders"));
            assertEquals(!fixture.multiValueHeaders(), response.has("headers"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#mcpEvents")
    void theConversationInEveryShape(Fixtures.Expected fixture) {
        JsonNode notified = invoke(Fixtures.withBody(fixture, "POST",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(202, notified.get("statusCode").intValue());
        assertEquals("", notified.get("body").textValue());

        JsonNode listed = message(invoke(Fixtures.withBody(fixture, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")));
        assertEquals("add", listed.get("result").get("tools").get(0).get("name").textValue());
        assertEquals("multiply", listed.get("result").get("tools").get(1).get("name").textValue());

        JsonNode called = message(invoke(Fixtures.withBody(fixture, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"multiply\","
                        + "\"arguments\":{\"a\":6,\"b\":7}}}")));
        assertEquals("42", called.get("result").get("content").get(0).get("text").textValue());
        assertFalse(called.get("result").get("isError").booleanValue());

        JsonNode bad = message(invoke(Fixtures.withBody(fixture, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                        + "\"arguments\":{\"a\":\"one\",\"b\":2}}}")));
        assertTrue(bad.get("result").get("isError").booleanValue());
        assertEquals(1, tools.runs.get());
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#mcpEvents")
    void getAndDeleteAre405WithAllowInEveryShape(Fixtures.Expected fixture) {
        for (String method : new String[] {"GET", "DELETE"}) {
            JsonNode response = invoke(Fixtures.withBody(fixture, method, null));
            assertEquals(405, response.get("statusCode").intValue());
            JsonNode headers = response.get("headers");
            String allow = headers != null ? headers.get("allow").textValue()
                    : response.get("multiValueHeaders").get("allow").get(0).textValue();
            assertEquals("POST", allow);
            if (fixture.shape() == LambdaHttpEvent.Shape.ALB) {
                assertEquals("405 Method Not Allowed", response.get("statusDescription").textValue());
            }
        }
    }

    /** The samples are GETs and POSTs to other paths: 404 from the server, in their own shape. */
    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void otherPathsAre404(Fixtures.Expected fixture) {
        if (fixture.path().equals("/mcp")) {
            return;
        }
        JsonNode response = invoke(fixture.bytes());
        assertEquals(404, response.get("statusCode").intValue());
        assertTrue(message(response).get("error").isObject(), "a JSON-RPC error body");
    }

    @Test
    void aStageNamedPathOnlyWorksBecauseTheStageIsStripped() {
        Fixtures.Expected named = Fixtures.EVENTS.get(4);
        assertEquals("/prod/mcp", named.json().get("rawPath").textValue());
        assertEquals(200, invoke(named.bytes()).get("statusCode").intValue());
    }
}
