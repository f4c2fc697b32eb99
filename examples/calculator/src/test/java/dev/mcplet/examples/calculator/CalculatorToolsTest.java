package dev.mcplet.examples.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.test.LambdaEvent;
import dev.mcplet.test.ListedTool;
import dev.mcplet.test.McpTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's two tools as the processor generates them from {@link Calculator}, through the
 * server as a client sees them (the {@code mcplet-test} kit, in process): what
 * {@code tools/list} says about them, and what calling them returns.
 */
class CalculatorToolsTest {

    private final McpTestClient client = McpTestClient.of(CalculatorServer.create());

    @Test
    void listsExactlyTheSeedsTwoToolsInDeclarationOrder() {
        List<ListedTool> tools = client.listTools();
        assertEquals(List.of("add", "multiply"), client.toolNames());
        assertTool(tools.get(0), "add", "Add two integers.", "the first addend", "the second addend");
        assertTool(tools.get(1), "multiply", "Multiply two integers.", "the first factor", "the second factor");
    }

    /** An int result is plain text content: no output schema, no title, no hints. */
    private static void assertTool(ListedTool tool, String name, String description, String aDescription,
            String bDescription) {
        assertEquals(name, tool.name());
        assertEquals(description, tool.description());
        assertNull(tool.title(), "no title was set");
        assertNull(tool.outputSchema(), "an int result is text content");
        assertNull(tool.annotations(), "no hint was set, so clients apply the spec's defaults");
        assertEquals("object", tool.inputSchema().path("type").asText(), tool.toString());
        assertEquals(List.of("a", "b"), tool.requiredParameters());
        assertEquals(List.of("a", "b"), tool.parameterNames());
        assertIntParameter(tool.parameter("a"), aDescription);
        assertIntParameter(tool.parameter("b"), bDescription);
    }

    private static void assertIntParameter(JsonNode property, String description) {
        assertEquals("integer", property.path("type").asText(), property.toString());
        assertEquals(description, property.path("description").asText(), property.toString());
        assertEquals(Integer.MIN_VALUE, property.path("minimum").asLong(), "int bounds: " + property);
        assertEquals(Integer.MAX_VALUE, property.path("maximum").asLong(), "int bounds: " + property);
    }

    @Test
    void addsAndMultiplies() {
        client.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess().assertText("5");
        client.callTool("add", Map.of("a", 2, "b", -3)).assertSuccess().assertText("-1");
        client.callTool("multiply", "{\"a\": 6, \"b\": 7}").assertSuccess().assertText("42");
    }

    @Test
    void badArgumentsAreToolErrorsAModelCanActOn() {
        client.callTool("add", Map.of("a", 1.5, "b", 3)).assertToolError()
                .assertTextContains("a: expected an integer from -2147483648 to 2147483647, got 1.5");
        client.callTool("add", Map.of("a", 1, "b", 2, "c", 3)).assertToolError()
                .assertTextContains("c: unexpected property, expected one of: a, b");
        client.request("tools/call", Map.of("name", "subtract", "arguments", Map.of())).assertError(-32602);
    }

    /** In the generated dispatcher, overflow is the tool's own exception, not a wrapped result. */
    @Test
    void overflowIsTheToolsExceptionNotAWrappedResult() {
        ObjectNode arguments = JsonNodeFactory.instance.objectNode().put("a", Integer.MAX_VALUE).put("b", 1);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> new Calculator_McpTools(new Calculator()).call("add", arguments));
        assertEquals("integer overflow", e.getMessage());
    }

    /**
     * Through the whole server: the overflow reaches the client as a tool error; the exception's
     * own message stays in the server log, the client gets a reference to it.
     */
    @Test
    void overflowReachesTheClientAsAToolError() {
        client.callTool("multiply", Map.of("a", 65536, "b", 65536)).assertToolError()
                .assertTextContains("Tool 'multiply' failed (reference ");
    }

    @Test
    void theServerIsNamedCalculator() {
        JsonNode serverInfo = client.initialize().path("serverInfo");
        assertEquals("calculator", serverInfo.path("name").asText(), serverInfo.toString());
        assertEquals("1.0.0", serverInfo.path("version").asText(), serverInfo.toString());
    }

    /** The handler template.yaml names, fed API Gateway REST events as Lambda would. */
    @Test
    void theLambdaHandlerAnswersApiGatewayEvents() {
        McpTestClient overLambda = McpTestClient.throughLambda(new CalculatorHandler(), LambdaEvent.Source.REST_API);
        overLambda.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess().assertText("5");
        assertEquals("POST", LambdaEvent.restApi().method("GET").sendTo(new CalculatorHandler()).assertStatus(405)
                .header("Allow"));
    }
}
