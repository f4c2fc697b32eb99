package dev.mcplet.examples.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official MCP Java SDK client ({@code io.modelcontextprotocol.sdk:mcp}, its
 * {@code HttpClientStreamableHttpTransport} and {@code McpSyncClient}) against the calculator on
 * the local server: initialize, ping, list the tools, call them, and get tool errors for bad
 * arguments, as an application using the SDK would.
 */
class JavaSdkClientInteropTest {

    private static OnLoopback calculator;

    @BeforeAll
    static void startCalculator() {
        calculator = OnLoopback.calculator();
    }

    @AfterAll
    static void stopCalculator() {
        calculator.close();
    }

    @Test
    void theJavaSdkClientInitializesListsAndCallsTheTools() {
        URI endpoint = calculator.endpoint();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(endpoint.getScheme() + "://" + endpoint.getAuthority())
                .endpoint(endpoint.getPath())
                .build();
        try (McpSyncClient client = McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("mcplet-interop-java", "1.0.0").build())
                .requestTimeout(Duration.ofSeconds(30))
                .build()) {

            McpSchema.InitializeResult initialized = client.initialize();
            assertEquals(ProtocolVersions.MCP_2025_11_25, initialized.protocolVersion());
            assertEquals("calculator", initialized.serverInfo().name());
            assertEquals("1.0.0", initialized.serverInfo().version());
            assertNotNull(initialized.capabilities().tools(), "the server offers tools");

            client.ping();

            List<McpSchema.Tool> tools = client.listTools().tools();
            assertEquals(List.of("add", "multiply"), names(tools));
            assertEquals("Add two integers.", tools.get(0).description());
            assertEquals("Multiply two integers.", tools.get(1).description());
            for (McpSchema.Tool tool : tools) {
                assertEquals("object", tool.inputSchema().get("type"), tool.toString());
                assertEquals(List.of("a", "b"), tool.inputSchema().get("required"), tool.toString());
            }

            assertEquals("5", text(success(client.callTool(call("add", Map.of("a", 2, "b", 3))))));
            assertEquals("42", text(success(client.callTool(call("multiply", Map.of("a", 6, "b", 7))))));

            // Argument problems are tool errors the model can act on (MCP 2025-11-25, server/tools).
            McpSchema.CallToolResult badType = client.callTool(call("add", Map.of("a", "two", "b", 3)));
            assertEquals(Boolean.TRUE, badType.isError(), badType.toString());
            assertTrue(text(badType).contains("a"), "names the argument: " + text(badType));
            McpSchema.CallToolResult missing = client.callTool(call("multiply", Map.of("a", 4)));
            assertEquals(Boolean.TRUE, missing.isError(), missing.toString());
            assertTrue(text(missing).contains("b"), "names the argument: " + text(missing));

            // An unknown tool is a protocol error (-32602), not a tool error.
            McpError unknown = assertThrows(McpError.class, () -> client.callTool(call("divide", Map.of("a", 1, "b", 2))));
            assertEquals(-32602, unknown.getJsonRpcError().code(), unknown.toString());

            System.out.println("[interop] MCP Java SDK client: initialize " + initialized.protocolVersion()
                    + ", tools " + names(tools) + ", add -> 5, multiply -> 42, bad arguments -> isError: "
                    + text(badType));
        }
    }

    @Test
    void theJavaSdkClientReadsResourcesGetsPromptsCompletesAndReceivesNotifications() throws InterruptedException {
        List<McpSchema.LoggingMessageNotification> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (OnLoopback conformance = OnLoopback.conformance()) {
            URI endpoint = conformance.endpoint();
            HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                    .builder(endpoint.getScheme() + "://" + endpoint.getAuthority())
                    .endpoint(endpoint.getPath())
                    .build();
            try (McpSyncClient client = McpClient.sync(transport)
                    .clientInfo(McpSchema.Implementation.builder("mcplet-interop-java", "1.0.0").build())
                    .requestTimeout(Duration.ofSeconds(30))
                    .loggingConsumer(logs::add)
                    .build()) {
                McpSchema.InitializeResult initialized = client.initialize();
                assertNotNull(initialized.capabilities().resources(), "resources");
                assertNotNull(initialized.capabilities().prompts(), "prompts");
                assertNotNull(initialized.capabilities().completions(), "completions");

                McpSchema.ReadResourceResult text = client.readResource(
                        new McpSchema.ReadResourceRequest("test://static-text"));
                assertEquals("This is the content of the static text resource.",
                        ((McpSchema.TextResourceContents) text.contents().get(0)).text());
                McpSchema.ReadResourceResult templated = client.readResource(
                        new McpSchema.ReadResourceRequest("test://template/7/data"));
                assertTrue(((McpSchema.TextResourceContents) templated.contents().get(0)).text().contains("Data for ID: 7"));
                McpError missing = assertThrows(McpError.class,
                        () -> client.readResource(new McpSchema.ReadResourceRequest("test://missing")));
                assertEquals(-32002, missing.getJsonRpcError().code(), missing.toString());

                McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest(
                        "test_prompt_with_arguments", Map.of("arg1", "a", "arg2", "b")));
                assertEquals("Prompt with arguments: arg1='a', arg2='b'",
                        ((McpSchema.TextContent) prompt.messages().get(0).content()).text());
                McpError missingArgument = assertThrows(McpError.class, () -> client.getPrompt(
                        new McpSchema.GetPromptRequest("test_prompt_with_arguments", Map.of("arg1", "a"))));
                assertEquals(-32602, missingArgument.getJsonRpcError().code());
                assertTrue(missingArgument.getMessage().contains("arg2"), missingArgument.getMessage());

                McpSchema.CompleteResult completion = client.completeCompletion(new McpSchema.CompleteRequest(
                        new McpSchema.PromptReference("test_prompt_with_arguments"),
                        new McpSchema.CompleteRequest.CompleteArgument("arg1", "testV")));
                assertEquals(List.of("testValue1", "testValue2"), completion.completion().values());

                McpSchema.CallToolResult logged = client.callTool(call("test_tool_with_logging", Map.of()));
                assertEquals("Tool with logging executed successfully", text(success(logged)));
                // The server writes the three notifications in order before the result (SseAnswerTest and
                // the conformance suite check that); the SDK client hands each one to the logging
                // consumer on its own scheduler, so their arrival order and time are not guaranteed
                // here: wait a bounded time for all three, then compare them as a set.
                long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (logs.size() < 3 && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                List<String> messages = new ArrayList<>();
                for (McpSchema.LoggingMessageNotification log : logs) {
                    messages.add(log.data());
                }
                assertEquals(java.util.Set.of("Tool execution started", "Tool processing data",
                        "Tool execution completed"), java.util.Set.copyOf(messages), messages.toString());
                assertEquals(3, messages.size(), messages.toString());

                McpSchema.CallToolResult elicited = client.callTool(call("test_elicitation",
                        Map.of("message", "Your name?")));
                assertEquals(Boolean.TRUE, elicited.isError(), "a stateless server cannot elicit: " + elicited);
                System.out.println("[interop] MCP Java SDK client against the conformance example: read "
                        + text.contents().size() + " + " + templated.contents().size() + " contents, prompt, completion "
                        + completion.completion().values() + ", logs " + messages + ", elicitation -> isError: "
                        + text(elicited));
            }
        }
    }

    private static McpSchema.CallToolRequest call(String name, Map<String, Object> arguments) {
        return McpSchema.CallToolRequest.builder(name).arguments(arguments).build();
    }

    private static McpSchema.CallToolResult success(McpSchema.CallToolResult result) {
        assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
        return result;
    }

    private static String text(McpSchema.CallToolResult result) {
        assertEquals(1, result.content().size(), result.toString());
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    private static List<String> names(List<McpSchema.Tool> tools) {
        List<String> names = new ArrayList<>();
        for (McpSchema.Tool tool : tools) {
            names.add(tool.name());
        }
        return names;
    }
}
