package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.Encode;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Structured output that is not a JSON object, per revision, over real HTTP on loopback: up to
 * 2025-11-25 {@code structuredContent} is {@code {"result": value}} and {@code outputSchema} the
 * wrapper object, byte for byte as before; under 2026-07-28 ("any JSON value", "any valid JSON
 * Schema 2020-12") both are the value and its schema themselves. Every 2026 message validates
 * against the revision's schema, and every structured value against the outputSchema served
 * with it in its era.
 */
class StructuredOutputErasTest {

    static final String TAGS_SCHEMA = "{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"array\","
            + "\"items\":{\"type\":\"string\"}}},\"required\":[\"result\"]}";
    static final String POINT = "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}},\"required\":[\"x\"],"
            + "\"additionalProperties\":false}";
    static final String MAYBE_POINT_SCHEMA = "{\"type\":\"object\",\"properties\":{\"result\":" + POINT + "}}";
    static final String NODE = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"children\":{"
            + "\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},\"required\":[\"name\"]}";
    static final String FOREST_SCHEMA = "{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"array\",\"items\":{"
            + "\"$ref\":\"#/$defs/Node\"}}},\"required\":[\"result\"],\"$defs\":{\"Node\":" + NODE + "}}";

    /** Shaped as the processor generates tools that return a list, an Optional record, a recursive list. */
    static final class Shapes implements ToolSet {

        @Override
        public List<ToolDescriptor> tools() {
            String none = "{\"type\":\"object\"}";
            String present = "{\"type\":\"object\",\"properties\":{\"present\":{\"type\":\"boolean\"}}}";
            return List.of(
                    new ToolDescriptor("tags", null, null, none, TAGS_SCHEMA, ToolHints.NONE, List.of(), true),
                    new ToolDescriptor("maybe_point", null, null, present, MAYBE_POINT_SCHEMA, ToolHints.NONE, List.of(),
                            true),
                    new ToolDescriptor("forest", null, null, none, FOREST_SCHEMA, ToolHints.NONE, List.of(), true),
                    new ToolDescriptor("point", null, null, none, POINT, ToolHints.NONE),
                    new ToolDescriptor("raw", null, null, none, null, ToolHints.NONE));
        }

        @Override
        public CallResult call(String name, ObjectNode arguments) {
            switch (name) {
                case "tags":
                    return CallResult.structured(Encode.wrap(Json.NODES.arrayNode().add("a").add("b")));
                case "maybe_point":
                    return CallResult.structured(arguments.path("present").asBoolean()
                            ? Encode.wrap(Json.NODES.objectNode().put("x", 3)) : Encode.emptyWrapper());
                case "forest": {
                    ObjectNode leaf = Json.NODES.objectNode().put("name", "leaf");
                    ObjectNode root = Json.NODES.objectNode().put("name", "root");
                    root.putArray("children").add(leaf);
                    return CallResult.structured(Encode.wrap(Json.NODES.arrayNode().add(root)));
                }
                case "point":
                    return CallResult.structured(Json.NODES.objectNode().put("x", 1));
                default:
                    // A ToolResult<JsonNode> holding a number: no outputSchema, wrapped where it must be.
                    return CallResult.structured(Encode.wrapUnlessObject(Json.NODES.numberNode(42)));
            }
        }
    }

    private static Loopback server;

    @BeforeAll
    static void start() {
        McpServer mcp = McpServer.builder().name("shapes").version("1.0.0").tools(new Shapes()).build();
        server = new Loopback(mcp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String legacy(String method, String params) throws Exception {
        return server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}",
                "MCP-Protocol-Version", "2025-11-25");
    }

    private static JsonNode modern(String method, String params, String resultType, String name) throws Exception {
        String body = Stateless.request(1, method, params);
        JsonNode response = Json.parse(name == null
                ? server.post(body, "MCP-Protocol-Version", Stateless.VERSION, "Mcp-Method", method)
                : server.post(body, "MCP-Protocol-Version", Stateless.VERSION, "Mcp-Method", method, "Mcp-Name", name));
        Stateless.assertValidResponse(response, resultType);
        return response.get("result");
    }

    private static JsonNode tool(JsonNode list, String name) {
        for (JsonNode tool : list.path("tools")) {
            if (name.equals(tool.path("name").textValue())) {
                return tool;
            }
        }
        throw new AssertionError(name + " not in " + list);
    }

    private static void assertConforms(JsonNode schema, JsonNode value) {
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema).validate(value);
        assertTrue(problems.isEmpty(), () -> problems + "\n" + value + "\n" + schema);
    }

    @Test
    void the2025RevisionsKeepTheWrapperByteForByte() throws Exception {
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\",\"text\":"
                + "\"{\\\"result\\\":[\\\"a\\\",\\\"b\\\"]}\"}],\"structuredContent\":{\"result\":[\"a\",\"b\"]},"
                + "\"isError\":false}}", legacy("tools/call", "{\"name\":\"tags\"}"));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"{}\"}],"
                + "\"structuredContent\":{},\"isError\":false}}",
                legacy("tools/call", "{\"name\":\"maybe_point\",\"arguments\":{\"present\":false}}"));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\",\"text\":"
                + "\"{\\\"result\\\":42}\"}],\"structuredContent\":{\"result\":42},\"isError\":false}}",
                legacy("tools/call", "{\"name\":\"raw\"}"));
        String list = legacy("tools/list", "{}");
        for (String schema : new String[] {TAGS_SCHEMA, MAYBE_POINT_SCHEMA, FOREST_SCHEMA, POINT}) {
            assertTrue(list.contains("\"outputSchema\":" + schema + "}"), list);
        }
    }

    @Test
    void the2026RevisionListsTheSchemasUnwrapped() throws Exception {
        JsonNode list = modern("tools/list", null, "ListToolsResult", null);
        assertEquals(Json.parse("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}"),
                tool(list, "tags").get("outputSchema"));
        assertEquals(Json.parse("{\"anyOf\":[" + POINT + ",{\"type\":\"null\"}]}"),
                tool(list, "maybe_point").get("outputSchema"));
        assertEquals(Json.parse("{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"},\"$defs\":{\"Node\":" + NODE
                + "}}"), tool(list, "forest").get("outputSchema"));
        assertEquals(Json.parse(POINT), tool(list, "point").get("outputSchema"), "an object schema is as it was");
        for (JsonNode tool : list.path("tools")) {
            SchemaConformanceTest.assertValid(Stateless.VERSION, "Tool", tool);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "tags        | {}                  | [\"a\",\"b\"]",
        "maybe_point | {\"present\":true}  | {\"x\":3}",
        "maybe_point | {\"present\":false} | null",
        "forest      | {}                  | [{\"name\":\"root\",\"children\":[{\"name\":\"leaf\"}]}]",
        "point       | {}                  | {\"x\":1}",
        "raw         | {}                  | 42",
    })
    void eachEraGetsAValueItsOutputSchemaDescribes(String name, String arguments, String value) throws Exception {
        String params = "\"name\":\"" + name + "\",\"arguments\":" + arguments;
        JsonNode modern = modern("tools/call", params, "CallToolResult", name);
        JsonNode expected = Json.parse(value);
        assertEquals(expected, modern.get("structuredContent"), modern.toString());
        assertEquals(Json.toJson(expected), modern.path("content").path(0).path("text").textValue(),
                "the text item is the same JSON, for clients that read only content");
        JsonNode legacy = Json.parse(legacy("tools/call", "{" + params + "}")).get("result");
        JsonNode modernTool = tool(modern("tools/list", null, "ListToolsResult", null), name);
        JsonNode legacyTool = tool(Json.parse(legacy("tools/list", "{}")).get("result"), name);
        if (modernTool.has("outputSchema")) {
            assertConforms(modernTool.get("outputSchema"), modern.get("structuredContent"));
            assertConforms(legacyTool.get("outputSchema"), legacy.get("structuredContent"));
        }
        assertTrue(legacy.get("structuredContent").isObject(), "2025: always an object");
    }

    @Test
    void aToolThatSaysItWrapsMustHaveTheWrapperSchema() {
        ToolSet broken = new ToolSet() {
            @Override
            public List<ToolDescriptor> tools() {
                return List.of(new ToolDescriptor("bad", null, null, "{\"type\":\"object\"}", POINT, ToolHints.NONE,
                        List.of(), true));
            }

            @Override
            public CallResult call(String name, ObjectNode arguments) {
                return CallResult.empty();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> McpServer.builder().name("x").version("1").tools(broken).build());
        assertTrue(e.getMessage().startsWith("Tool 'bad' in ") && e.getMessage().contains(
                "its outputSchema must be the wrapper {\"type\":\"object\",\"properties\":{\"result\":<schema>}}"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ToolDescriptor("bad", null, null, "{\"type\":\"object\"}",
                null, ToolHints.NONE, List.of(), true));
    }
}
