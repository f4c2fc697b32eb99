package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.answer;
import static dev.mcplet.server.protocol.Wire.error;
import static dev.mcplet.server.protocol.Wire.request;
import static dev.mcplet.server.protocol.Wire.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.McpContext;
import dev.mcplet.ResourceContents;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import dev.mcplet.server.testing.CapturedErr;
import dev.mcplet.server.testing.FixtureResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** resources/list, resources/templates/list, resources/read, subscribe and unsubscribe. */
class ResourcesTest {

    private final McpProtocol protocol = Wire.everything();

    private static String read(int id, String uri) {
        return request(id, "resources/read", "{\"uri\":\"" + uri + "\"}");
    }

    @Test
    void listsFixedResourcesWithWhatIsKnown() {
        JsonNode resources = result(protocol, request(1, "resources/list", null), "2025-11-25").get("resources");
        assertEquals(5, resources.size());
        assertEquals("{\"uri\":\"test://static-text\",\"name\":\"static-text\",\"title\":\"Static Text Resource\","
                + "\"description\":\"A static text resource for testing\",\"mimeType\":\"text/plain\",\"size\":48}",
                Json.toJson(resources.get(0)));
        assertEquals("{\"audience\":[\"user\"],\"priority\":0.5,\"lastModified\":\"2026-01-01T00:00:00Z\"}",
                Json.toJson(resources.get(1).get("annotations")));
    }

    @Test
    void olderRevisionsGetNoTitleAndNoLastModified() {
        JsonNode resources = result(protocol, request(1, "resources/list", null), "2025-03-26").get("resources");
        assertFalse(resources.get(0).has("title"));
        assertFalse(resources.get(1).get("annotations").has("lastModified"));
    }

    @Test
    void listsTemplatesSeparately() {
        JsonNode templates = result(protocol, request(1, "resources/templates/list", null), "2025-11-25")
                .get("resourceTemplates");
        assertEquals("test://template/{id}/data", templates.get(0).path("uriTemplate").textValue());
        assertEquals("application/json", templates.get(0).path("mimeType").textValue());
        assertEquals(3, templates.size());
    }

    @Test
    void pagesBothListsWithOpaqueCursors() {
        McpProtocol paged = new McpProtocol(Wire.INFO, List.of(), List.of(new FixtureResources()), List.of(),
                null, 2);
        List<String> uris = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = result(paged, request(1, "resources/list",
                    cursor == null ? null : "{\"cursor\":\"" + cursor + "\"}"), "2025-11-25");
            page.get("resources").forEach(r -> uris.add(r.get("uri").textValue()));
            cursor = page.path("nextCursor").textValue();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(5, uris.size());
        JsonNode templates = result(paged, request(2, "resources/templates/list", null), "2025-11-25");
        String templateCursor = templates.get("nextCursor").textValue();
        // A cursor of one list is not a cursor of another.
        String message = error(answer(paged, request(3, "resources/list", "{\"cursor\":\"" + templateCursor + "\"}"),
                "2025-11-25"), -32602);
        assertTrue(message.contains("unknown cursor"), message);
    }

    @Test
    void readsTextAndBinaryContents() {
        assertEquals("{\"contents\":[{\"uri\":\"test://static-text\",\"mimeType\":\"text/plain\","
                + "\"text\":\"This is the content of the static text resource.\"}]}",
                Json.toJson(result(protocol, read(1, "test://static-text"), "2025-11-25")));
        JsonNode blob = result(protocol, read(2, "test://static-binary"), "2025-11-25").get("contents").get(0);
        assertEquals(FixtureResources.PNG, blob.path("blob").textValue());
        assertFalse(blob.has("text"));
    }

    @Test
    void readsThroughTemplatesWithDecodedVariables() {
        JsonNode contents = result(protocol, read(1, "test://template/123/data"), "2025-11-25").get("contents");
        assertEquals("test://template/123/data", contents.get(0).path("uri").textValue());
        assertTrue(contents.get(0).path("text").textValue().contains("Data for ID: 123"));
        JsonNode file = result(protocol, read(2, "file:///var/log/a%20b.log"), "2025-11-25").get("contents");
        assertEquals("path=var/log/a b.log", file.get(0).path("text").textValue());
        assertEquals(2, file.size(), "several contents");
        assertEquals("AQID", file.get(1).path("blob").textValue());
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
    void anUnknownUriIsResourceNotFoundWithTheUriInData(ProtocolVersion version) {
        JsonNode response = answer(protocol, read(7, "test://nope"), version.id());
        assertEquals(7, response.path("id").intValue());
        assertEquals("Resource not found: test://nope", error(response, -32002));
        assertEquals("{\"uri\":\"test://nope\"}", Json.toJson(response.path("error").path("data")));
    }

    @Test
    void aVariableThatDoesNotDecodeIsInvalidParamsNamingIt() {
        String message = error(answer(protocol, read(1, "test://orders/abc"), "2025-11-25"), -32602);
        assertEquals("Invalid params for resource 'test://orders/abc': number: expected an integer, got \"abc\"", message);
    }

    @Test
    void failuresAreInternalErrorsThatNeverLeakDetails() {
        String message = CapturedErr.quietly(() -> error(answer(protocol, read(1, "test://failing"), "2025-11-25"), -32603));
        assertFalse(message.contains("hunter2"), message);
        assertTrue(message.matches("Internal error in resource 'test://failing' \\(reference [0-9a-f]{12}\\); the server"
                + " log has the details"), message);
        String meant = CapturedErr.quietly(() -> error(answer(protocol, read(2, "test://orders/0"), "2025-11-25"), -32603));
        assertEquals("Order 0 does not exist; order numbers start at 1.", meant);
    }

    @Test
    void malformedReadRequestsAreInvalidParams() {
        error(answer(protocol, request(1, "resources/read", null), "2025-11-25"), -32602);
        error(answer(protocol, request(1, "resources/read", "{\"uri\":5}"), "2025-11-25"), -32602);
    }

    @Test
    void subscriptionsAreAcknowledgedForKnownResourcesOnly() {
        for (String method : List.of("resources/subscribe", "resources/unsubscribe")) {
            assertEquals("{}", Json.toJson(result(protocol, request(1, method, "{\"uri\":\"test://watched-resource\"}"),
                    "2025-11-25")));
            assertEquals("{}", Json.toJson(result(protocol, request(1, method, "{\"uri\":\"test://template/9/data\"}"),
                    "2025-11-25")));
            error(answer(protocol, request(2, method, "{\"uri\":\"test://nope\"}"), "2025-11-25"), -32002);
            error(answer(protocol, request(3, method, "{}"), "2025-11-25"), -32602);
        }
    }

    @Test
    void aServerWithoutResourcesHasNoResourceMethods() {
        McpProtocol tools = Wire.calculator();
        for (String method : List.of("resources/list", "resources/templates/list", "resources/read",
                "resources/subscribe", "resources/unsubscribe", "prompts/list", "prompts/get", "completion/complete")) {
            error(answer(tools, request(1, method, "{\"uri\":\"test://static-text\"}"), "2025-11-25"), -32601);
        }
    }

    @Test
    void duplicateUrisAndTemplatesFailTheBuildNamingBothSets() {
        IllegalStateException uri = assertThrows(IllegalStateException.class, () -> new McpProtocol(Wire.INFO,
                List.of(), List.of(new FixtureResources(), new Single("test://static-text", null)), List.of(), null, 10));
        assertTrue(uri.getMessage().contains("Two resources have the URI 'test://static-text': one in "
                + FixtureResources.class.getName() + ", one in " + Single.class.getName()), uri.getMessage());
        IllegalStateException template = assertThrows(IllegalStateException.class, () -> new McpProtocol(Wire.INFO,
                List.of(), List.of(new FixtureResources(), new Single(null, "file:///{+path}")), List.of(), null, 10));
        assertTrue(template.getMessage().contains("Two resource templates are 'file:///{+path}'"), template.getMessage());
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> new McpProtocol(Wire.INFO,
                List.of(), List.of(new Single(null, "x://{a}{b}")), List.of(), null, 10));
        assertTrue(bad.getMessage().startsWith("Invalid URI template 'x://{a}{b}'"), bad.getMessage());
        assertTrue(bad.getMessage().contains(Single.class.getName()), bad.getMessage());
    }

    @Test
    void fixedUrisWinOverTemplates() {
        McpProtocol both = new McpProtocol(Wire.INFO, List.of(),
                List.of(new Single(null, "test://{name}"), new Single("test://exact", null)), List.of(), null, 10);
        assertEquals("fixed test://exact", result(both, read(1, "test://exact"), "2025-11-25")
                .get("contents").get(0).get("text").textValue());
        assertEquals("template test://{name} {name=other}", result(both, read(1, "test://other"), "2025-11-25")
                .get("contents").get(0).get("text").textValue());
        assertNull(new ResourceCatalog(List.of(new Single(null, "test://{name}")), 10).find("test://a/b"));
    }

    /** One fixed resource or one template. */
    static final class Single implements ResourceSet {
        private final String uri;
        private final String template;

        Single(String uri, String template) {
            this.uri = uri;
            this.template = template;
        }

        @Override
        public List<ResourceDescriptor> resources() {
            return uri == null ? List.of() : List.of(new ResourceDescriptor(uri, "single", null, null, null, -1, null));
        }

        @Override
        public List<ResourceTemplateDescriptor> templates() {
            return template == null ? List.of()
                    : List.of(new ResourceTemplateDescriptor(template, "single", null, null, null, null));
        }

        @Override
        public List<ResourceContents> read(String key, String requested, Map<String, String> variables,
                McpContext context) {
            return List.of(ResourceContents.text(requested, null,
                    (uri != null ? "fixed " + key : "template " + key + " " + variables)));
        }
    }
}
