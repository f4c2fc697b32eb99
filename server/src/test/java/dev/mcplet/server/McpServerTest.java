package dev.mcplet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.FixturePrompts;
import dev.mcplet.server.testing.FixtureResources;
import dev.mcplet.server.testing.ManyTools;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder: defaults, validation with clear messages, and immutability once built. */
class McpServerTest {

    private static JsonNode post(McpServer server, String body, String version) throws Exception {
        Headers headers = new Headers().set("Content-Type", "application/json");
        if (version != null) {
            headers.set("MCP-Protocol-Version", version);
        }
        HttpResponse response = server.handle(new HttpRequest("POST", server.endpointPath(), headers,
                body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, response.status(), response::bodyText);
        return Json.parse(response.body()).get("result");
    }

    private static JsonNode initialize(McpServer server) throws Exception {
        return post(server, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\"}}", null);
    }

    @Test
    void defaults() throws Exception {
        McpServer server = McpServer.builder().tools(new CalculatorTools()).build();
        assertEquals("mcplet-server", server.name());
        assertEquals("/mcp", server.endpointPath());
        assertEquals(4 * 1024 * 1024, server.maxBodyBytes());
        assertNull(server.allowedHosts());
        JsonNode result = initialize(server);
        assertEquals("{\"name\":\"mcplet-server\",\"version\":\"0.0.0\"}", Json.toJson(result.get("serverInfo")));
    }

    @Test
    void resourcesAndPromptsAreServedAndAdvertised() throws Exception {
        McpServer server = McpServer.builder().tools(new CalculatorTools())
                .resources(List.of(new FixtureResources()))
                .prompts(List.of(new FixturePrompts())).build();
        assertEquals("{\"completions\":{},\"logging\":{},\"prompts\":{},\"resources\":{},\"tools\":{}}",
                Json.toJson(initialize(server).get("capabilities")));
        assertEquals(5, post(server, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/list\"}", "2025-11-25")
                .get("resources").size());
        assertEquals(6, post(server, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"prompts/list\"}", "2025-11-25")
                .get("prompts").size());
    }

    @Test
    void theSameSetTwiceFailsTheBuildNamingIt() {
        IllegalStateException resources = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().resources(new FixtureResources())
                        .resources(new FixtureResources()).build());
        assertTrue(resources.getMessage().startsWith("Two resources have the URI 'test://static-text'"),
                resources.getMessage());
        IllegalStateException prompts = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().prompts(new FixturePrompts(),
                        new FixturePrompts()).build());
        assertTrue(prompts.getMessage().startsWith("Two prompts are named 'test_simple_prompt'"), prompts.getMessage());
    }

    @Test
    void identityIsReportedInInitialize() throws Exception {
        McpServer server = McpServer.builder().name("calculator").version("1.0.0").title("Calculator")
                .instructions("Use add and multiply.").tools(new CalculatorTools()).build();
        JsonNode result = initialize(server);
        assertEquals("{\"name\":\"calculator\",\"title\":\"Calculator\",\"version\":\"1.0.0\"}",
                Json.toJson(result.get("serverInfo")));
        assertEquals("Use add and multiply.", result.path("instructions").textValue());
    }

    @Test
    void toolsFromSeveralSetsAndCallsAreListedInOrder() throws Exception {
        McpServer server = McpServer.builder().tools(new CalculatorTools()).tools(List.of(new ManyTools("x", 2))).build();
        JsonNode tools = post(server, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "2025-11-25").get("tools");
        assertEquals(4, tools.size());
        assertEquals("x001", tools.get(3).path("name").textValue());
    }

    @Test
    void twoToolsWithOneNameAcrossSetsNameBothSets() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().tools(new CalculatorTools(), new OtherCalculator()).build());
        assertTrue(error.getMessage().contains("'add'"), error.getMessage());
        assertTrue(error.getMessage().contains(CalculatorTools.class.getName()), error.getMessage());
        assertTrue(error.getMessage().contains(OtherCalculator.class.getName()), error.getMessage());
    }

    @Test
    void twoToolsWithOneNameInOneSetAreRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().tools(new ManyTools("t", 3), new ManyTools("t", 1)).build());
        assertTrue(error.getMessage().contains("'t000'"), error.getMessage());
    }

    @Test
    void unusableSchemasAreRefusedNamingTheTool() {
        IllegalStateException notJson = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().tools(single("broken", "{\"type\":", null)).build());
        assertTrue(notJson.getMessage().contains("'broken'") && notJson.getMessage().contains("inputSchema"),
                notJson.getMessage());
        IllegalStateException notObject = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().tools(single("array", "{\"type\":\"array\"}", null)).build());
        assertTrue(notObject.getMessage().contains("\"type\":\"object\""), notObject.getMessage());
        IllegalStateException output = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().tools(single("out", "{\"type\":\"object\"}", "[]")).build());
        assertTrue(output.getMessage().contains("outputSchema"), output.getMessage());
    }

    @Test
    void invalidOptionsAreExplained() {
        assertMessage("name must not be empty", () -> McpServer.builder().name(" ").build());
        assertMessage("version must not be empty", () -> McpServer.builder().version(null).build());
        assertMessage("endpointPath must be a path starting with '/'", () -> McpServer.builder().endpointPath("mcp").build());
        assertMessage("endpointPath", () -> McpServer.builder().endpointPath("/mcp?x=1").build());
        assertMessage("pageSize must be at least 1; was 0", () -> McpServer.builder().pageSize(0).build());
        assertMessage("maxBodyBytes must be at least 1; was -5", () -> McpServer.builder().maxBodyBytes(-5).build());
        assertMessage("corsMaxAgeSeconds", () -> McpServer.builder().corsMaxAgeSeconds(-1).build());
        assertMessage("allowedOrigins: 'app.example.com' is not an origin",
                () -> McpServer.builder().allowedOrigins("app.example.com").build());
        assertMessage("allowedOrigins: 'https://app.example.com/' is not an origin",
                () -> McpServer.builder().allowedOrigins("https://app.example.com/").build());
        assertMessage("allowedHosts: 'https://x' is not a host name",
                () -> McpServer.builder().allowedHosts("https://x").build());
        assertThrows(NullPointerException.class, () -> McpServer.builder().tools((ToolSet) null));
    }

    @Test
    void theBuiltServerDoesNotChangeWithTheBuilder() throws Exception {
        McpServer.Builder builder = McpServer.builder().name("first").tools(new CalculatorTools());
        McpServer first = builder.build();
        builder.name("second").tools(new ManyTools("y", 1)).endpointPath("/other");
        McpServer second = builder.build();
        assertEquals("first", initialize(first).path("serverInfo").path("name").textValue());
        assertEquals("/mcp", first.endpointPath());
        assertEquals(2, post(first, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", null).get("tools").size());
        assertEquals("/other", second.endpointPath());
        assertEquals(3, post(second, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", null).get("tools").size());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, build);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    private static ToolSet single(String name, String inputSchema, String outputSchema) {
        return new ToolSet() {
            @Override
            public List<ToolDescriptor> tools() {
                return List.of(new ToolDescriptor(name, null, null, inputSchema, outputSchema, ToolHints.NONE));
            }

            @Override
            public CallResult call(String tool, ObjectNode arguments) {
                return CallResult.empty();
            }
        };
    }

    /** Another set that also has an {@code add}. */
    static final class OtherCalculator implements ToolSet {
        @Override
        public List<ToolDescriptor> tools() {
            return List.of(new ToolDescriptor("add", null, "Adds.", CalculatorTools.TWO_INTEGERS, null, ToolHints.NONE));
        }

        @Override
        public CallResult call(String name, ObjectNode arguments) {
            return CallResult.text("0");
        }
    }
}
