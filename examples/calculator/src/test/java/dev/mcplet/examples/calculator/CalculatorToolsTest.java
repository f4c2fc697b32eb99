package dev.mcplet.examples.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.Content;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's two tools as the processor generates them from {@link Calculator}: what
 * {@code tools/list} says about them, and what calling them returns.
 */
class CalculatorToolsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ToolSet tools = new Calculator_McpTools(new Calculator());

    @Test
    void listsExactlyTheSeedsTwoToolsInDeclarationOrder() {
        List<ToolDescriptor> descriptors = tools.tools();
        assertEquals(2, descriptors.size(), descriptors.toString());
        assertTool(descriptors.get(0), "add", "Add two integers.", "the first addend", "the second addend");
        assertTool(descriptors.get(1), "multiply", "Multiply two integers.", "the first factor", "the second factor");
    }

    /** An int result is plain text content: no output schema, no structured content, no hints. */
    private static void assertTool(ToolDescriptor tool, String name, String description, String aDescription,
            String bDescription) {
        assertEquals(name, tool.name());
        assertEquals(description, tool.description());
        assertNull(tool.title(), "no title was set");
        assertNull(tool.outputSchema(), "an int result is text content");
        assertTrue(tool.hints().isEmpty(), "no hint was set, so clients apply the spec's defaults");

        JsonNode schema = json(tool.inputSchema());
        assertEquals("object", schema.path("type").asText(), tool.inputSchema());
        assertEquals(List.of("a", "b"), strings(schema.path("required")), tool.inputSchema());
        assertEquals(List.of("a", "b"), fieldNames(schema.path("properties")), tool.inputSchema());
        assertIntParameter(schema.path("properties").path("a"), aDescription);
        assertIntParameter(schema.path("properties").path("b"), bDescription);
    }

    private static void assertIntParameter(JsonNode property, String description) {
        assertEquals("integer", property.path("type").asText(), property.toString());
        assertEquals(description, property.path("description").asText(), property.toString());
        assertEquals(Integer.MIN_VALUE, property.path("minimum").asLong(), "int bounds: " + property.toString());
        assertEquals(Integer.MAX_VALUE, property.path("maximum").asLong(), "int bounds: " + property.toString());
    }

    @Test
    void addsAndMultiplies() throws Exception {
        assertEquals("5", text(tools.call("add", arguments("{\"a\":2,\"b\":3}"))));
        assertEquals("-1", text(tools.call("add", arguments("{\"a\":2,\"b\":-3}"))));
        assertEquals("42", text(tools.call("multiply", arguments("{\"a\":6,\"b\":7}"))));
    }

    @Test
    void overflowIsTheToolsExceptionNotAWrappedResult() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> tools.call("add", arguments("{\"a\":2147483647,\"b\":1}")));
        assertEquals("integer overflow", e.getMessage());
    }

    /** Through the whole server: the overflow reaches the client as a tool error it can read. */
    @Test
    void overflowReachesTheClientAsAToolError() {
        HttpResponse response = CalculatorServer.create().handle(post(
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"multiply\",\"arguments\":{\"a\":65536,\"b\":65536}}}"));
        assertEquals(200, response.status(), response.bodyText());
        JsonNode result = json(response.bodyText()).path("result");
        assertTrue(result.path("isError").asBoolean(), response.bodyText());
        assertTrue(result.path("content").path(0).path("text").asText().contains("integer overflow"), response.bodyText());
    }

    @Test
    void theServerIsNamedCalculator() {
        HttpResponse response = CalculatorServer.create().handle(post(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}"));
        assertEquals(200, response.status(), response.bodyText());
        JsonNode serverInfo = json(response.bodyText()).path("result").path("serverInfo");
        assertEquals("calculator", serverInfo.path("name").asText(), response.bodyText());
        assertEquals("1.0.0", serverInfo.path("version").asText(), response.bodyText());
    }

    private static HttpRequest post(String json) {
        Headers headers = new Headers()
                .set("Content-Type", "application/json")
                .set("Accept", "application/json, text/event-stream")
                .set("MCP-Protocol-Version", "2025-11-25");
        return new HttpRequest("POST", "/mcp", headers, json.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode arguments(String json) {
        return (ObjectNode) json(json);
    }

    private static String text(CallResult result) {
        assertFalse(result.isError());
        assertNull(result.structured());
        assertEquals(1, result.content().size(), result.content().toString());
        return ((Content.Text) result.content().get(0)).text();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
