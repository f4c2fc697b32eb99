package dev.mcplet.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Every assertion of the kit, failing: the message says what was expected and what the server said. */
class AssertionMessagesTest {

    private final McpTestClient client = McpTestClient.of(SampleServer.create());

    @Test
    void assertSuccessShowsTheToolsErrorText() {
        assertFails("tool 'refuse' returned an error (isError: true): not today",
                () -> client.callTool("refuse", Map.of()).assertSuccess());
    }

    @Test
    void assertToolErrorShowsTheResult() {
        assertFails("tool 'add' succeeded, expected an error result (isError: true):"
                + " {\"content\":[{\"type\":\"text\",\"text\":\"5\"}],\"isError\":false}",
                () -> client.callTool("add", Map.of("a", 2, "b", 3)).assertToolError());
    }

    @Test
    void assertTextIsAnExpectedActualDiff() {
        AssertionFailedError e = assertFails("text returned by tool 'add' ==> expected: <6> but was: <5>",
                () -> client.callTool("add", Map.of("a", 2, "b", 3)).assertText("6"));
        assertEquals("6", e.getExpected().getValue());
        assertEquals("5", e.getActual().getValue());
    }

    @Test
    void textNeedsExactlyOneTextItem() {
        assertFails("tool 'touch' returned 0 content item(s), expected exactly one text item: {\"content\":[],\"isError\":false}",
                () -> client.callTool("touch", Map.of()).text());
    }

    @Test
    void assertTextContainsListsTheTexts() {
        assertFails("no text returned by tool 'add' contains 'overflow'; its texts: [5]",
                () -> client.callTool("add", Map.of("a", 2, "b", 3)).assertTextContains("overflow"));
    }

    @Test
    void assertStructuredContentComparesJson() {
        AssertionFailedError e = assertFails("structuredContent returned by tool 'quote' ==> expected:",
                () -> client.callTool("quote", Map.of("lines", java.util.List.of(Map.of("sku", "A", "quantity", 1))))
                        .assertStructuredContent("{\"total\": 999, \"lines\": 1}"));
        assertEquals("{\n  \"total\" : 999,\n  \"lines\" : 1\n}", e.getExpected().getValue());
        assertEquals("{\n  \"total\" : 250,\n  \"lines\" : 1\n}", e.getActual().getValue());
        assertFails("tool 'add' returned no structuredContent:",
                () -> client.callTool("add", Map.of("a", 2, "b", 3)).assertStructuredContent("{}"));
    }

    @Test
    void callToolFailsOnAJsonRpcError() {
        assertFails("tools/call (id 1) answered the JSON-RPC error -32602 'Unknown tool: nope', expected a result (HTTP 200)",
                () -> client.callTool("nope", Map.of()));
    }

    @Test
    void toolAndParameterNameWhatThereIs() {
        assertFails("the server lists no tool 'sub'; it lists [add, quote, describe, touch, refuse]", () -> client.tool("sub"));
        assertFails("tool 'add' has no argument 'c'; its arguments: [a, b]", () -> client.tool("add").parameter("c"));
    }

    @Test
    void jsonRpcAssertions() {
        assertFails("HTTP status of the answer to ping (id 1) (body: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}})"
                + " ==> expected: <500> but was: <200>",
                () -> client.request("ping", (Map<String, ?>) null).assertStatus(500));
        assertFails("JSON-RPC error code of the answer to no/such (id 2) (-32601 'Method not found: no/such')"
                + " ==> expected: <-32602> but was: <-32601>",
                () -> client.request("no/such", (Map<String, ?>) null).assertError(-32602));
        assertFails("ping (id 3) answered a result, expected a JSON-RPC error: {\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}",
                () -> client.request("ping", (Map<String, ?>) null).assertError(-32601));
        assertFails("the JSON-RPC error message of the answer to no/such (id 4) does not contain 'tools':"
                + " Method not found: no/such",
                () -> client.request("no/such", (Map<String, ?>) null).assertErrorMessageContains("tools"));
        assertFails("the answer to notifications/initialized (notification) carries no JSON-RPC response: HTTP 202",
                () -> client.notify("notifications/initialized", null).result());
    }

    @Test
    void badArgumentsJsonIsReportedBeforeSending() {
        assertFails("the arguments of add is not JSON", () -> client.callTool("add", "{a: 1}"));
    }

    private static AssertionFailedError assertFails(String messageStart, Executable executable) {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, executable);
        if (!e.getMessage().startsWith(messageStart)) {
            assertEquals(messageStart, e.getMessage(), "the failure message");
        }
        return e;
    }
}
