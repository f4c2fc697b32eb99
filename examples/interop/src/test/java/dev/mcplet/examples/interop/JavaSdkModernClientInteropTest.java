package dev.mcplet.examples.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.client.McpClient;
import io.modelcontextprotocol.modern.client.McpSyncClient;
import io.modelcontextprotocol.modern.client.transport.HttpClientMcpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The official MCP Java SDK client (2.2.0) in its 2026-07-28 ("modern") mode,
 * {@code io.modelcontextprotocol.modern.client}: no initialize, the version and capabilities in
 * every request's {@code _meta}, {@code Mcp-Method}/{@code Mcp-Name} headers. It lists and calls
 * the calculator's tools, and completes a multi round-trip request on the conformance example:
 * its elicitation handler answers the server's {@code InputRequiredResult} and the client retries
 * with the answer and the sealed {@code requestState}.
 */
class JavaSdkModernClientInteropTest {

    private static McpSyncClient client(OnLoopback server, McpSchema.ElicitResult answer,
            AtomicReference<McpSchema.ElicitFormRequest> asked) {
        HttpClientMcpTransport transport = HttpClientMcpTransport.builder(server.endpoint()).build();
        return McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("mcplet-interop", null, "1.0.0", null, null, null))
                .formElicitation(request -> {
                    asked.set(request);
                    return answer;
                })
                .build();
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void listsAndCallsTheCalculatorsTools() {
        try (OnLoopback calculator = OnLoopback.calculator()) {
            McpSyncClient client = client(calculator, null, new AtomicReference<>());
            McpSchema.DiscoverResult discovered = client.discover();
            assertNotNull(discovered.capabilities().tools());
            McpSchema.ListToolsResult tools = client.tools().list();
            List<String> names = new ArrayList<>();
            tools.tools().forEach(tool -> names.add(tool.name()));
            assertEquals(List.of("add", "multiply"), names);
            assertNotNull(tools.ttlMs(), "cache hints");
            McpSchema.CallToolResult sum = client.tool("add").arguments(Map.of("a", 2, "b", 3)).call();
            assertEquals("5", text(sum));
            McpSchema.CallToolResult product = client.tool("multiply").arguments(Map.of("a", 6, "b", 7)).call();
            assertEquals("42", text(product));
            McpSchema.CallToolResult bad = client.tool("add").arguments(Map.of("a", "two", "b", 3)).call();
            assertEquals(Boolean.TRUE, bad.isError());
        }
    }

    @Test
    void completesAMultiRoundTripRequest() {
        try (OnLoopback conformance = OnLoopback.conformance()) {
            AtomicReference<McpSchema.ElicitFormRequest> asked = new AtomicReference<>();
            McpSyncClient client = client(conformance,
                    new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("name", "Alice")), asked);
            McpSchema.CallToolResult result = client.tool("test_input_required_result_elicitation").call();
            assertEquals("Hello, Alice!", text(result));
            assertNotNull(asked.get(), "the client's handler was asked");
            assertEquals("What is your name?", asked.get().message());
            McpSchema.CallToolResult twoRounds = client.tool("test_input_required_result_multi_round").call();
            assertFalse(Boolean.TRUE.equals(twoRounds.isError()), twoRounds::toString);
        }
    }
}
