package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.answer;
import static dev.mcplet.server.protocol.Wire.error;
import static dev.mcplet.server.protocol.Wire.request;
import static dev.mcplet.server.protocol.Wire.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.ManyTools;
import dev.mcplet.server.testing.ShowcaseTools;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tools/list}: the Tool shape of each revision, and opaque cursor pagination. */
class ToolsListTest {

    private static JsonNode tool(McpProtocol protocol, String version, String name) {
        for (JsonNode tool : result(protocol, request(1, "tools/list", null), version).path("tools")) {
            if (name.equals(tool.path("name").textValue())) {
                return tool;
            }
        }
        throw new AssertionError("no tool " + name);
    }

    @Test
    void listsEveryToolInRegistrationOrderWithSchemasVerbatim() {
        McpProtocol protocol = Wire.calculator();
        JsonNode tools = result(protocol, request(1, "tools/list", null), "2025-11-25").path("tools");
        assertEquals(2 + new ShowcaseTools().tools().size(), tools.size());
        assertEquals("add", tools.get(0).path("name").textValue());
        assertEquals("multiply", tools.get(1).path("name").textValue());
        assertEquals("Adds two integers.", tools.get(0).path("description").textValue());
        assertEquals(CalculatorTools.TWO_INTEGERS, Json.toJson(tools.get(0).get("inputSchema")));
    }

    @Test
    void revision20241105HasNoTitleAnnotationsOrOutputSchema() {
        McpProtocol protocol = Wire.calculator();
        JsonNode structured = tool(protocol, "2024-11-05", "structured");
        assertFalse(structured.has("title"));
        assertFalse(structured.has("annotations"));
        assertFalse(structured.has("outputSchema"));
        assertTrue(structured.has("inputSchema"));
    }

    @Test
    void revision20250326CarriesTheTitleAndHintsAsAnnotations() {
        JsonNode add = tool(Wire.calculator(), "2025-03-26", "add");
        assertFalse(add.has("title"));
        assertFalse(add.has("outputSchema"));
        assertEquals("{\"title\":\"Add\",\"readOnlyHint\":true,\"idempotentHint\":true,\"openWorldHint\":false}",
                Json.toJson(add.get("annotations")), "only the hints that were set");
        assertFalse(tool(Wire.calculator(), "2025-03-26", "multiply").has("annotations"));
    }

    @Test
    void revisionsFrom20250618HaveTitleAndOutputSchema() {
        for (String version : new String[] {"2025-06-18", "2025-11-25"}) {
            JsonNode structured = tool(Wire.calculator(), version, "structured");
            assertEquals("Structured sum", structured.path("title").textValue());
            assertEquals(ShowcaseTools.SUM_SCHEMA, Json.toJson(structured.get("outputSchema")));
            assertEquals("{\"readOnlyHint\":true,\"destructiveHint\":false,\"idempotentHint\":true,\"openWorldHint\":false}",
                    Json.toJson(structured.get("annotations")));
            assertFalse(tool(Wire.calculator(), version, "echo").has("outputSchema"));
        }
    }

    @Test
    void paginatesWithOpaqueCursorsAndNextCursorOnlyWhenMore() {
        McpProtocol protocol = new McpProtocol(Wire.INFO, List.of(new ManyTools("t", 250)), 100);
        List<String> names = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String params = cursor == null ? null : "{\"cursor\":\"" + cursor + "\"}";
            JsonNode page = result(protocol, request(pages, "tools/list", params), "2025-11-25");
            for (JsonNode tool : page.path("tools")) {
                names.add(tool.path("name").textValue());
            }
            cursor = page.has("nextCursor") ? page.get("nextCursor").textValue() : null;
            if (cursor != null) {
                cursors.add(cursor);
                assertFalse(cursor.matches("\\d+"), "opaque, not a bare offset: " + cursor);
            }
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(250, names.size());
        assertEquals("t000", names.get(0));
        assertEquals("t249", names.get(249));
        assertNotEquals(cursors.get(0), cursors.get(1));
    }

    @Test
    void aSinglePageHasNoNextCursor() {
        JsonNode page = result(Wire.calculator(), request(1, "tools/list", "{}"), "2025-11-25");
        assertFalse(page.has("nextCursor"));
    }

    @Test
    void pageSizeIsConfigurable() {
        McpProtocol protocol = new McpProtocol(Wire.INFO, List.of(new ManyTools("t", 5)), 2);
        JsonNode first = result(protocol, request(1, "tools/list", null), "2025-06-18");
        assertEquals(2, first.path("tools").size());
        JsonNode second = result(protocol, request(2, "tools/list",
                "{\"cursor\":\"" + first.path("nextCursor").textValue() + "\"}"), "2025-06-18");
        assertEquals("t002", second.path("tools").get(0).path("name").textValue());
        JsonNode third = result(protocol, request(3, "tools/list",
                "{\"cursor\":\"" + second.path("nextCursor").textValue() + "\"}"), "2025-06-18");
        assertEquals(1, third.path("tools").size());
        assertFalse(third.has("nextCursor"));
    }

    @Test
    void aNullCursorAsksForTheFirstPage() {
        McpProtocol protocol = new McpProtocol(Wire.INFO, List.of(new ManyTools("t", 5)), 2);
        JsonNode page = result(protocol, request(1, "tools/list", "{\"cursor\":null}"), null);
        assertEquals("t000", page.path("tools").get(0).path("name").textValue());
    }

    @Test
    void invalidCursorsAreInvalidParams() {
        McpProtocol protocol = new McpProtocol(Wire.INFO, List.of(new ManyTools("t", 5)), 2);
        assertTrue(error(answer(protocol, request(1, "tools/list", "{\"cursor\":\"garbage\"}"), null), -32602)
                .contains("cursor"));
        error(answer(protocol, request(2, "tools/list", "{\"cursor\":2}"), null), -32602);
        error(answer(protocol, request(3, "tools/list", "{\"cursor\":\"\"}"), null), -32602);
    }

    @Test
    void aCursorFromAServerWithOtherToolsIsInvalid() {
        McpProtocol one = new McpProtocol(Wire.INFO, List.of(new ManyTools("a", 5)), 2);
        McpProtocol other = new McpProtocol(Wire.INFO, List.of(new ManyTools("b", 5)), 2);
        String cursor = result(one, request(1, "tools/list", null), null).path("nextCursor").textValue();
        error(answer(other, request(1, "tools/list", "{\"cursor\":\"" + cursor + "\"}"), null), -32602);
    }

    @Test
    void aServerWithoutToolsListsNone() {
        McpProtocol protocol = new McpProtocol(Wire.INFO, List.of(), 10);
        JsonNode page = result(protocol, request(1, "tools/list", null), null);
        assertEquals(0, page.path("tools").size());
        assertFalse(page.has("nextCursor"));
    }
}
