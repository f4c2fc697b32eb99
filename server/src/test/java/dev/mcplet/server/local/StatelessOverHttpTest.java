package dev.mcplet.server.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.protocol.CacheHint;
import dev.mcplet.server.testing.CalculatorTools;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MCP 2026-07-28 and 2025-11-25 side by side on one endpoint of the local server, over real HTTP
 * on loopback: the statuses of the 2026 request boundary, and a 2025 client unchanged.
 */
class StatelessOverHttpTest {

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"t\",\"version\":\"1\"},"
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private static LocalServer local;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        McpServer server = McpServer.builder().name("calculator").version("1.0.0").tools(new CalculatorTools())
                .listCacheHint(CacheHint.publicFor(Duration.ofHours(1))).build();
        local = new LocalServer.Builder(server, Map.of()).port(0).shutdownHook(false).start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    private static HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local.uri())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{" + META
                + (params == null ? "" : "," + params) + "}}";
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.parse(response.body());
    }

    @Test
    void aToolIsCalledWithNoInitialize() throws Exception {
        HttpResponse<String> response = post(request(1, "tools/call", "\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}"),
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "add");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = json(response).path("result");
        assertEquals("5", result.path("content").path(0).path("text").textValue());
        assertEquals("complete", result.path("resultType").textValue());
    }

    @Test
    void theListCarriesTheConfiguredHints() throws Exception {
        HttpResponse<String> response = post(request(1, "tools/list", null),
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(3_600_000, json(response).path("result").path("ttlMs").longValue());
    }

    @Test
    void aMismatchIs400WithTheRequestId() throws Exception {
        HttpResponse<String> response = post(request(9, "tools/list", null),
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(-32020, json(response).path("error").path("code").intValue());
        assertEquals(9, json(response).path("id").intValue());
    }

    @Test
    void anUnsupportedVersionIs400WithTheSupportedList() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        HttpResponse<String> response = post(body, "MCP-Protocol-Version", "2099-01-01", "Mcp-Method", "tools/list");
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = json(response).path("error");
        assertEquals(-32022, error.path("code").intValue());
        assertEquals("2099-01-01", error.path("data").path("requested").textValue());
    }

    @Test
    void pingIs404UnderTheNewRevisionOnly() throws Exception {
        HttpResponse<String> modern = post(request(3, "ping", null), "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "ping");
        assertEquals(404, modern.statusCode(), modern.body());
        assertEquals(-32601, json(modern).path("error").path("code").intValue());
        HttpResponse<String> legacy = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}", "MCP-Protocol-Version", "2025-11-25");
        assertEquals(200, legacy.statusCode(), legacy.body());
        assertFalse(json(legacy).path("result").has("resultType"));
    }

    @Test
    void getAndDeleteAre405() throws Exception {
        for (String method : new String[] {"GET", "DELETE"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(local.uri().toString()))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("MCP-Protocol-Version", "2026-07-28").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, response.statusCode(), method);
        }
    }
}
