package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.McpContext;
import dev.mcplet.McpResource.CacheScope;
import dev.mcplet.ResourceContents;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cache hints per resource (MCP 2026-07-28, caching): over real HTTP on loopback, each
 * {@code resources/read} result carries the {@code ttlMs} and {@code cacheScope} its resource or
 * template sets, field by field over the server's {@code readCacheHint}; every answer validates
 * against the 2026-07-28 schema, and a 2025 client sees no hint at all.
 */
class ResourceCacheHintsOverHttpTest {

    /** What {@code @McpResource(cacheTtl, cacheScope)} generates, written by hand. */
    static final class HintedResources implements ResourceSet {

        @Override
        public List<ResourceDescriptor> resources() {
            return List.of(
                    new ResourceDescriptor("app://catalog", "catalog", null, null, "text/plain", -1, null, 3_600_000,
                            CacheScope.PUBLIC),
                    new ResourceDescriptor("app://me", "me", null, null, "text/plain", -1, null, 0, CacheScope.PRIVATE),
                    new ResourceDescriptor("app://scope-only", "scope-only", null, null, null, -1, null, -1,
                            CacheScope.PUBLIC),
                    new ResourceDescriptor("app://plain", "plain", null, null, null, -1, null));
        }

        @Override
        public List<ResourceTemplateDescriptor> templates() {
            return List.of(
                    new ResourceTemplateDescriptor("app://prices/{sku}", "price", null, null, "text/plain", null, 60_000,
                            CacheScope.SERVER_DEFAULT),
                    new ResourceTemplateDescriptor("app://notes/{id}", "note", null, null, "text/plain", null));
        }

        @Override
        public List<ResourceContents> read(String key, String uri, Map<String, String> variables, McpContext context) {
            return List.of(ResourceContents.text(uri, "text/plain", key + " " + variables));
        }
    }

    private static Loopback server;

    @BeforeAll
    static void start() {
        McpServer mcp = McpServer.builder().name("hints").version("1.0.0").resources(new HintedResources())
                .readCacheHint(CacheHint.privateFor(Duration.ofSeconds(30))).build();
        server = new Loopback(mcp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode read2026(String uri) throws Exception {
        JsonNode json = Json.parse(server.post(Stateless.request(7, "resources/read", "\"uri\":\"" + uri + "\""),
                "MCP-Protocol-Version", Stateless.VERSION, "Mcp-Method", "resources/read", "Mcp-Name", uri));
        Stateless.assertValidResponse(json, "ReadResourceResult");
        return json.get("result");
    }

    @ParameterizedTest(name = "{0}: {1} ms, {2}")
    @CsvSource({
        // Both fields of its own.
        "app://catalog, 3600000, public",
        "app://me, 0, private",
        // A scope of its own, the server's TTL; a TTL of its own (template), the server's scope.
        "app://scope-only, 30000, public",
        "app://prices/A-1, 60000, private",
        // Neither: the server's readCacheHint.
        "app://plain, 30000, private",
        "app://notes/3, 30000, private",
    })
    void eachReadCarriesItsResourcesHint(String uri, long ttlMs, String scope) throws Exception {
        JsonNode result = read2026(uri);
        assertEquals(uri, result.path("contents").path(0).path("uri").textValue());
        assertEquals(ttlMs, result.path("ttlMs").longValue(), result.toString());
        assertEquals(scope, result.path("cacheScope").textValue(), result.toString());
        assertEquals("complete", result.path("resultType").textValue());
    }

    @Test
    void theListsKeepTheServersListHint() throws Exception {
        JsonNode json = Json.parse(server.post(Stateless.request(8, "resources/list", null),
                "MCP-Protocol-Version", Stateless.VERSION, "Mcp-Method", "resources/list"));
        Stateless.assertValidResponse(json, "ListResourcesResult");
        assertEquals(CacheHint.LISTS.ttlMs(), json.path("result").path("ttlMs").longValue());
        assertEquals("public", json.path("result").path("cacheScope").textValue());
    }

    @Test
    void a2025ReadHasNoHint() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"resources/read\",\"params\":{\"uri\":\"app://catalog\"}}";
        JsonNode result = Json.parse(server.post(body, "MCP-Protocol-Version", "2025-11-25")).path("result");
        assertEquals("app://catalog", result.path("contents").path(0).path("uri").textValue());
        assertFalse(result.has("ttlMs") || result.has("cacheScope") || result.has("resultType"), result.toString());
    }

    @Test
    void aNegativeTtlOtherThanUnsetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResourceDescriptor("app://x", "x", null, null, null, -1, null, -2, CacheScope.PUBLIC));
        assertEquals("cacheTtlMs must be at least 0, or -1 for the server's; was -2", e.getMessage());
        assertThrows(NullPointerException.class,
                () -> new ResourceTemplateDescriptor("app://{x}", "x", null, null, null, null, 5, null));
    }
}
