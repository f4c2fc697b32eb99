package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.answer;
import static dev.mcplet.server.protocol.Wire.error;
import static dev.mcplet.server.protocol.Wire.request;
import static dev.mcplet.server.protocol.Wire.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import org.junit.jupiter.api.Test;

/** completion/complete for prompt arguments and template variables. */
class CompletionsTest {

    private final McpProtocol protocol = Wire.everything();

    private static String complete(String ref, String argument, String value, String context) {
        return request(1, "completion/complete", "{\"ref\":" + ref + ",\"argument\":{\"name\":\"" + argument
                + "\",\"value\":\"" + value + "\"}" + (context == null ? "" : ",\"context\":" + context) + "}");
    }

    private static final String PROMPT = "{\"type\":\"ref/prompt\",\"name\":\"test_prompt_with_arguments\"}";
    private static final String ORDERS = "{\"type\":\"ref/resource\",\"uri\":\"test://orders/{number}\"}";

    @Test
    void completesAPromptArgumentWithTheResolvedContext() {
        JsonNode completion = result(protocol, complete(PROMPT, "arg2", "al", "{\"arguments\":{\"arg1\":\"x\"}}"),
                "2025-11-25").get("completion");
        assertEquals("{\"values\":[\"alpha-x\",\"alphabet-x\"],\"total\":10,\"hasMore\":true}", Json.toJson(completion));
    }

    @Test
    void anArgumentWithoutCompletionsGetsNoValues() {
        assertEquals("{\"completion\":{\"values\":[],\"hasMore\":false}}",
                Json.toJson(result(protocol, complete(PROMPT, "arg1", "test", null), "2025-11-25")));
    }

    @Test
    void sendsAtMostOneHundredValuesAndSaysHowManyThereAre() {
        JsonNode completion = result(protocol, complete(ORDERS, "number", "", null), "2025-11-25").get("completion");
        assertEquals(100, completion.get("values").size());
        assertEquals(250, completion.get("total").intValue());
        assertTrue(completion.get("hasMore").booleanValue());
        JsonNode few = result(protocol, complete(ORDERS, "number", "24", null), "2025-11-25").get("completion");
        assertEquals("[\"24\",\"240\",\"241\",\"242\",\"243\",\"244\",\"245\",\"246\",\"247\",\"248\",\"249\"]",
                Json.toJson(few.get("values")));
    }

    @Test
    void unknownReferencesAndArgumentsAreInvalidParams() {
        assertEquals("Unknown prompt: nope", error(answer(protocol,
                complete("{\"type\":\"ref/prompt\",\"name\":\"nope\"}", "a", "", null), "2025-11-25"), -32602));
        assertEquals("Invalid params: prompt 'test_prompt_with_arguments' has no argument 'arg9'",
                error(answer(protocol, complete(PROMPT, "arg9", "", null), "2025-11-25"), -32602));
        assertEquals("Invalid params: unknown resource template 'test://x/{y}'", error(answer(protocol,
                complete("{\"type\":\"ref/resource\",\"uri\":\"test://x/{y}\"}", "y", "", null), "2025-11-25"), -32602));
        assertEquals("Invalid params: resource 'test://static-text' has a fixed URI, with no variables to complete",
                error(answer(protocol, complete("{\"type\":\"ref/resource\",\"uri\":\"test://static-text\"}", "y", "",
                        null), "2025-11-25"), -32602));
        assertEquals("Invalid params: resource template 'test://orders/{number}' has no variable 'id'",
                error(answer(protocol, complete(ORDERS, "id", "", null), "2025-11-25"), -32602));
        error(answer(protocol, complete("{\"type\":\"ref/tool\",\"name\":\"x\"}", "a", "", null), "2025-11-25"), -32602);
        error(answer(protocol, request(1, "completion/complete", "{\"ref\":" + PROMPT + "}"), "2025-11-25"), -32602);
        error(answer(protocol, complete(PROMPT, "arg2", "", "{\"arguments\":{\"arg1\":3}}"), "2025-11-25"), -32602);
    }
}
