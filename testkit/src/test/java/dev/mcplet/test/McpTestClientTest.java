package dev.mcplet.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-process client against a server of generated tools: what a tool author's tests do. */
class McpTestClientTest {

    private final McpTestClient client = McpTestClient.of(SampleServer.create());

    @Test
    void listsEveryToolAcrossPages() {
        // pageSize(2): five tools come in three pages, which listTools follows.
        assertEquals(List.of("add", "quote", "describe", "touch", "refuse"), client.toolNames());
        ListedTool add = client.tool("add");
        assertEquals("Add two integers.", add.description());
        assertEquals(List.of("a", "b"), add.parameterNames());
        assertEquals(List.of("a", "b"), add.requiredParameters());
        assertEquals("the first addend", add.parameter("a").path("description").asText());
        assertNull(add.outputSchema(), "an int is text content");
        assertEquals("object", client.tool("quote").outputSchema().path("type").asText());
        assertEquals(List.of("day"), client.tool("describe").requiredParameters());
    }

    @Test
    void callsWithAMapOrJsonText() {
        client.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess().assertText("5");
        client.callTool("add", "{\"a\": 40, \"b\": 2}").assertSuccess().assertText("42");
        CallToolResult result = client.callTool("add", Map.of("a", -2, "b", 1));
        assertFalse(result.isError());
        assertEquals("-1", result.text());
        assertEquals(List.of("-1"), result.texts());
        assertNull(result.structuredContent());
    }

    @Test
    void convertsRecordsListsEnumsOptionalsAndDates() {
        client.callTool("quote", Map.of("lines", List.of(new SampleTools.Line("A-1", 2), new SampleTools.Line("B-2", 1))))
                .assertSuccess()
                .assertStructuredContent("{\"lines\": 2, \"total\": 750}");
        client.callTool("describe", Map.of("day", LocalDate.of(2026, 1, 1), "colour", Optional.of(SampleTools.Colour.RED)))
                .assertText("THURSDAY in RED");
        client.callTool("describe", Map.of("day", "2026-01-02")).assertText("FRIDAY");
    }

    @Test
    void toolErrorsAreResultsAModelCanRead() {
        CallToolResult refused = client.callTool("refuse", Map.of());
        assertTrue(refused.isError());
        refused.assertToolError().assertText("not today");
        client.callTool("add", Map.of("a", "two", "b", 3)).assertToolError().assertTextContains("a: expected an integer");
        // The examples of McpTestClient's Javadoc and the README.
        client.callTool("add", "{\"a\": 2}").assertToolError().assertTextContains("b: required");
        client.callTool("add", "{\"a\": 2, \"b\": \"three\"}").assertToolError().assertTextContains("b: expected an integer");
        // An unexpected exception's message stays in the server log; the model gets a reference.
        client.callTool("add", Map.of("a", 2147483647, "b", 1)).assertToolError().assertTextContains("Tool 'add' failed (reference ");
    }

    @Test
    void anyRequestThroughTheEscapeHatch() {
        client.request("tools/call", Map.of("name", "nope", "arguments", Map.of()))
                .assertStatus(200)
                .assertError(-32602)
                .assertErrorMessageContains("nope");
        client.request("no/such/method", (Map<String, ?>) null).assertError(-32601);
        assertTrue(client.request("ping", (String) null).result().isEmpty());
        assertEquals("sample", client.initialize().path("serverInfo").path("name").asText());
    }

    @Test
    void notificationsAndRawBodies() {
        JsonRpcResponse accepted = client.notify("notifications/initialized", null);
        accepted.assertStatus(202);
        assertFalse(accepted.hasMessage());
        client.send("{not json").assertStatus(400).assertError(-32700);
        client.withProtocolVersion("1999-01-01").request("tools/list", (Map<String, ?>) null).assertStatus(400);
        assertEquals("application/json", client.request("ping", (Map<String, ?>) null).header("content-type"));
    }
}
