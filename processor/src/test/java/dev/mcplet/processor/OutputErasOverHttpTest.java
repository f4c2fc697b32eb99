package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.local.LocalServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated tools whose results are not JSON objects, served over real HTTP on loopback in both
 * eras: 2025-11-25 gets the {@code {"result": ...}} wrapper and its schema, 2026-07-28 the value
 * and its own schema (recursive {@code $defs} kept at the root, an {@code Optional} nullable).
 * In each era the structured value conforms to the output schema listed in that era, and the
 * listed schema is valid JSON Schema 2020-12.
 */
class OutputErasOverHttpTest {

    private static final String SOURCE = """
            package test;
            import dev.mcplet.McpTool;
            import dev.mcplet.ToolResult;
            import java.util.List;
            import java.util.Optional;
            public class Shapes {
                /** A point. @param x across @param y down */
                public record Point(int x, int y) { }
                /** A node of a tree. @param name its name @param children its children */
                public record Node(String name, List<Node> children) { }
                /** The tags. */
                @McpTool public List<String> tags() { return List.of("a", "b"); }
                /** A point, maybe. @param present whether there is one */
                @McpTool public Optional<Point> maybePoint(boolean present) {
                    return present ? Optional.of(new Point(1, 2)) : Optional.empty();
                }
                /** A forest. */
                @McpTool public List<Node> forest() {
                    return List.of(new Node("root", List.of(new Node("leaf", List.of()))));
                }
                /** Numbers, with a note. */
                @McpTool public ToolResult<int[]> numbers() { return ToolResult.structured(new int[] {1, 2, 3}); }
                /** One point. */
                @McpTool public Point point() { return new Point(3, 4); }
            }
            """;

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"test\",\"version\":\"1\"},"
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private static LocalServer local;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        Compile.Loaded loaded = Compile.load(Compile.source("test.Shapes", SOURCE));
        McpServer server = McpServer.builder().name("shapes").version("1.0.0").tools(loaded.tools("test.Shapes"))
                .build();
        local = LocalServer.builder(server).host(LocalServer.DEFAULT_HOST).port(0).shutdownHook(false).start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    /** The result of a request in one era; {@code params} are JSON members without braces. */
    private static JsonNode rpc(boolean modern, String method, String params, String name) throws Exception {
        String members = modern ? META + (params.isEmpty() ? "" : "," + params) : params;
        HttpRequest.Builder request = HttpRequest.newBuilder(local.uri())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("MCP-Protocol-Version", modern ? "2026-07-28" : "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method
                        + "\",\"params\":{" + members + "}}"));
        if (modern) {
            request.header("Mcp-Method", method);
            if (name != null) {
                request.header("Mcp-Name", name);
            }
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body()).get("result");
    }

    private static String outputSchema(boolean modern, String tool) throws Exception {
        for (JsonNode listed : rpc(modern, "tools/list", "", null).path("tools")) {
            if (tool.equals(listed.path("name").textValue())) {
                return Json.toJson(listed.get("outputSchema"));
            }
        }
        throw new AssertionError(tool);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tags        | {}                  | {\"result\":[\"a\",\"b\"]}                     | [\"a\",\"b\"]",
        "maybePoint  | {\"present\":true}  | {\"result\":{\"x\":1,\"y\":2}}                 | {\"x\":1,\"y\":2}",
        "maybePoint  | {\"present\":false} | {}                                             | null",
        "forest      | {}                  | {\"result\":[{\"name\":\"root\",\"children\":[{\"name\":\"leaf\",\"children\":[]}]}]}"
            + " | [{\"name\":\"root\",\"children\":[{\"name\":\"leaf\",\"children\":[]}]}]",
        "numbers     | {}                  | {\"result\":[1,2,3]}                           | [1,2,3]",
        "point       | {}                  | {\"x\":3,\"y\":4}                              | {\"x\":3,\"y\":4}",
    })
    void eachEraGetsWhatItsSchemaDescribes(String tool, String arguments, String legacy, String modern)
            throws Exception {
        String call = "\"name\":\"" + tool + "\",\"arguments\":" + arguments;
        for (boolean era : new boolean[] {false, true}) {
            JsonNode structured = rpc(era, "tools/call", call, tool).get("structuredContent");
            assertEquals(Json.parse(era ? modern : legacy), structured, era ? "2026-07-28" : "2025-11-25");
            String schema = outputSchema(era, tool);
            Set<?> problems = Schemas.validate(schema, structured);
            assertTrue(problems.isEmpty(), () -> problems + "\n" + structured + "\n" + schema);
        }
        String modernSchema = outputSchema(true, tool);
        if (!"point".equals(tool)) {
            // Not the wrapper any more: what the value itself is.
            assertTrue(!modernSchema.contains("\"result\""), modernSchema);
        } else {
            assertEquals(outputSchema(false, tool), modernSchema, "an object's schema is the same in both eras");
        }
    }
}
