package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.InputTools;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Multi round-trip requests (MCP 2026-07-28, basic/patterns/mrtr): a tool asks through its
 * context, the server answers with an {@code InputRequiredResult}, the retry carries the answers
 * and the sealed {@code requestState}; tampered, foreign and expired states are refused before any
 * tool code runs. Every message is checked against the 2026-07-28 schema.
 */
class MultiRoundTripTest {

    private static final byte[] KEY = key(1);
    private static final String ALICE = "{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}";

    private final InputTools tools = new InputTools();
    private final McpProtocol protocol = protocol(tools, KEY);

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }

    private static McpProtocol protocol(InputTools tools, byte[]... keys) {
        return protocol(tools, null, keys);
    }

    private static McpProtocol protocol(InputTools tools, Duration ttl, byte[]... keys) {
        return new McpProtocol(Wire.INFO, List.of(tools), List.of(), List.of(), "info", 100, Limits.DEFAULT, false,
                new ProtocolOptions(null, null, List.of(keys), ttl));
    }

    private static String call(int id, String tool, String arguments, String extra) {
        return Stateless.request(id, "tools/call", "\"name\":\"" + tool + "\",\"arguments\":" + arguments
                + (extra == null ? "" : "," + extra));
    }

    private static String call(int id, String tool, String extra) {
        return call(id, tool, "{}", extra);
    }

    private static String callWithCapabilities(int id, String tool, String capabilities) {
        String meta = Stateless.META.replace("\"io.modelcontextprotocol/clientCapabilities\":{}",
                "\"io.modelcontextprotocol/clientCapabilities\":" + capabilities);
        return Wire.request(id, "tools/call", "{" + meta + ",\"name\":\"" + tool + "\",\"arguments\":{}}");
    }

    private static String retry(String responses, JsonNode previous) {
        String state = previous.path("requestState").textValue();
        return "\"inputResponses\":" + responses + (state == null ? "" : ",\"requestState\":\"" + state + "\"");
    }

    private static final String ALL_CAPABILITIES = "{\"elicitation\":{},\"sampling\":{},\"roots\":{}}";

    private JsonNode inputRequired(McpProtocol server, String body) {
        JsonNode result = Stateless.result(server, body, "InputRequiredResult");
        assertEquals("input_required", result.path("resultType").textValue());
        assertTrue(result.path("requestState").isTextual(), "always a state");
        assertFalse(result.has("ttlMs"), "interim results carry no cache hints");
        assertEquals("calculator", result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").textValue());
        return result;
    }

    private String text(McpProtocol server, String body) {
        JsonNode result = Stateless.result(server, body, "CallToolResult");
        assertEquals("complete", result.path("resultType").textValue(), () -> Json.toJson(result));
        return result.path("content").path(0).path("text").textValue();
    }

    private JsonNode refused(McpProtocol server, String body, int code) {
        Reply reply = Stateless.send(server, body);
        JsonNode response = Wire.json(reply);
        Wire.error(response, code);
        Stateless.assertValidResponse(response, null);
        return response;
    }

    private String withCapabilities(String body) {
        return body.replace("\"io.modelcontextprotocol/clientCapabilities\":{}",
                "\"io.modelcontextprotocol/clientCapabilities\":" + ALL_CAPABILITIES);
    }

    @Test
    void aToolAsksAndTheRetryCompletes() {
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "greet", "{\"city\":\"Paris\"}", null)));
        JsonNode request = first.path("inputRequests").path("user_name");
        assertEquals("elicitation/create", request.path("method").textValue());
        assertEquals("What is your name?", request.path("params").path("message").textValue());
        assertEquals("form", request.path("params").path("mode").textValue());
        assertEquals("object", request.path("params").path("requestedSchema").path("type").textValue());
        assertEquals(0, tools.completed.get());
        String body = call(2, "greet", "{\"city\":\"Paris\"}", retry("{\"user_name\":" + ALICE + "}", first));
        assertEquals("Hello, Alice from Paris!", text(protocol, withCapabilities(body)));
    }

    @Test
    void answersWithoutAStateAreUsedAndUnknownKeysIgnored() {
        String body = call(1, "greet", "\"inputResponses\":{\"user_name\":" + ALICE
                + ",\"unknown_extra_key\":{\"action\":\"accept\",\"content\":{\"foo\":\"bar\"}}}");
        assertEquals("Hello, Alice from nowhere!", text(protocol, withCapabilities(body)));
    }

    @Test
    void aWrongKeyIsAskedForAgain() {
        String body = call(1, "greet", "\"inputResponses\":{\"wrong_key\":" + ALICE + "}");
        JsonNode again = inputRequired(protocol, withCapabilities(body));
        assertTrue(again.path("inputRequests").has("user_name"));
    }

    @Test
    void severalInputsAreAskedInOneRound() {
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "all_at_once", null)));
        List<String> methods = new ArrayList<>();
        first.path("inputRequests").forEach(r -> methods.add(r.path("method").textValue()));
        assertEquals(List.of("elicitation/create", "sampling/createMessage", "roots/list"), methods);
        assertEquals(50, first.path("inputRequests").path("greeting").path("params").path("maxTokens").intValue());
        String answers = "{\"user_name\":" + ALICE + ",\"greeting\":{\"role\":\"assistant\",\"content\":{\"type\":\"text\","
                + "\"text\":\"Howdy\"},\"model\":\"m\"},\"client_roots\":{\"roots\":[{\"uri\":\"file:///test/root\","
                + "\"name\":\"Test Root\"}]}}";
        assertEquals("Howdy, Alice; roots: 1 file:///test/root",
                text(protocol, withCapabilities(call(2, "all_at_once", retry(answers, first)))));
    }

    @Test
    void earlierAnswersTravelInTheSealedState() {
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "two_rounds", null)));
        assertTrue(first.path("inputRequests").has("step1"));
        JsonNode second = inputRequired(protocol,
                withCapabilities(call(2, "two_rounds", retry("{\"step1\":" + ALICE + "}", first))));
        assertTrue(second.path("inputRequests").has("step2"));
        assertFalse(second.path("inputRequests").has("step1"));
        assertNotEquals(first.path("requestState").textValue(), second.path("requestState").textValue());
        assertFalse(second.path("requestState").textValue().contains("Alice"), "sealed, not readable");
        String blue = "{\"step2\":{\"action\":\"accept\",\"content\":{\"color\":\"blue\"}}}";
        assertEquals("Alice likes blue", text(protocol, withCapabilities(call(3, "two_rounds", retry(blue, second)))));
    }

    @Test
    void aTamperedStateIsRefusedBeforeTheToolRuns() {
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "greet", null)));
        String state = first.path("requestState").textValue();
        for (String tampered : List.of(state + "-TAMPERED", flip(state), "", "x", state.substring(1))) {
            String body = call(2, "greet", "\"inputResponses\":{\"user_name\":" + ALICE + "},\"requestState\":\""
                    + tampered + "\"");
            refused(protocol, withCapabilities(body), -32602);
        }
        assertEquals(0, tools.completed.get());
    }

    private static String flip(String state) {
        char[] chars = state.toCharArray();
        int at = chars.length / 2;
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    @Test
    void aStateIsBoundToItsToolAndArguments() {
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "greet", "{\"city\":\"Paris\"}", null)));
        String otherArguments = call(2, "greet", "{\"city\":\"Rome\"}", retry("{\"user_name\":" + ALICE + "}", first));
        refused(protocol, withCapabilities(otherArguments), -32602);
        String otherTool = call(3, "two_rounds", retry("{\"step1\":" + ALICE + "}", first));
        refused(protocol, withCapabilities(otherTool), -32602);
        // The same arguments in another member order are the same request.
        JsonNode reordered = inputRequired(protocol, withCapabilities(call(4, "greet", "{\"city\":\"Paris\",\"x\":1}", null)));
        String body = call(5, "greet", "{\"x\":1.0,\"city\":\"Paris\"}", retry("{\"user_name\":" + ALICE + "}", reordered));
        assertEquals("Hello, Alice from Paris!", text(protocol, withCapabilities(body)));
    }

    @Test
    void aHugeExponentInTheArgumentsIsBoundCheaply() {
        // The binding writes numbers canonically: 1e999999999 written out in full would be a
        // billion digits, and an OutOfMemoryError (a 500) before the state was even checked.
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "greet", "{\"city\":\"Paris\",\"n\":1e999999999}",
                null)));
        refused(protocol, withCapabilities(call(2, "greet", "{\"city\":\"Paris\",\"n\":1e999999998}",
                retry("{\"user_name\":" + ALICE + "}", first))), -32602);
        String same = call(3, "greet", "{\"n\":10e999999998,\"city\":\"Paris\"}", retry("{\"user_name\":" + ALICE + "}", first));
        assertEquals("Hello, Alice from Paris!", text(protocol, withCapabilities(same)), "the same number, written otherwise");
    }

    @Test
    void anExpiredStateIsRefused() throws InterruptedException {
        McpProtocol quick = protocol(tools, Duration.ofMillis(1), KEY);
        JsonNode first = inputRequired(quick, withCapabilities(call(1, "greet", null)));
        Thread.sleep(20);
        JsonNode response = refused(quick, withCapabilities(call(2, "greet", retry("{\"user_name\":" + ALICE + "}", first))),
                -32602);
        assertTrue(response.path("error").path("message").textValue().contains("expired"));
    }

    @Test
    void keysRotate() {
        JsonNode first = inputRequired(protocol, withCapabilities(call(1, "greet", null)));
        String body = withCapabilities(call(2, "greet", retry("{\"user_name\":" + ALICE + "}", first)));
        assertEquals("Hello, Alice from nowhere!", text(protocol(tools, key(2), KEY), body), "the previous key still opens");
        refused(protocol(tools, key(2)), body, -32602);
    }

    @Test
    void keysAreCheckedWhenTheServerIsBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProtocolOptions(null, null, List.of(new byte[7]), null));
        assertEquals(List.of(16, 32), List.of(StateSeal.parseKeys("AAAAAAAAAAAAAAAAAAAAAA==, "
                + java.util.Base64.getUrlEncoder().encodeToString(key(3))).get(0).length, 32));
        assertThrows(IllegalArgumentException.class, () -> StateSeal.parseKeys("not base64!"));
    }

    @Test
    void onlyWhatTheClientDeclaredIsAskedFor() {
        JsonNode result = inputRequired(protocol, callWithCapabilities(1, "what_is_allowed", "{\"sampling\":{}}"));
        assertEquals(List.of("capital"), fieldNames(result.path("inputRequests")));
        JsonNode urlOnly = Stateless.result(protocol, callWithCapabilities(2, "what_is_allowed",
                "{\"elicitation\":{\"url\":{}}}"), "CallToolResult");
        assertEquals("allowed: elicit=false sample=false", urlOnly.path("content").path(0).path("text").textValue());
    }

    @Test
    void aMissingCapabilityIsMissingRequiredClientCapability() {
        Reply reply = Stateless.send(protocol, callWithCapabilities(7, "needs_sampling", "{\"elicitation\":{}}"));
        assertEquals(Reply.Kind.REJECTED, reply.kind(), () -> Stateless.text(reply));
        JsonNode response = Wire.json(reply);
        Wire.error(response, -32021);
        Stateless.assertValidResponse(response, "MissingRequiredClientCapabilityError");
        assertTrue(response.path("error").path("data").path("requiredCapabilities").path("sampling").isObject());
        assertEquals(7, response.path("id").intValue());
    }

    @Test
    void malformedAnswersAreInvalidParams() {
        refused(protocol, withCapabilities(call(1, "greet", "\"inputResponses\":null")), -32602);
        refused(protocol, withCapabilities(call(2, "greet", "\"inputResponses\":{\"user_name\":12345}")), -32602);
        refused(protocol, withCapabilities(call(3, "greet", "\"inputResponses\":{\"user_name\":{\"action\":\"bogus\"}}")),
                -32602);
        refused(protocol, withCapabilities(call(4, "greet", "\"requestState\":42")), -32602);
        assertEquals(0, tools.completed.get());
    }

    @Test
    void aToolThatCatchesTheQuestionStillAsks() {
        JsonNode result = inputRequired(protocol, withCapabilities(call(1, "swallows", null)));
        assertTrue(result.path("inputRequests").has("user_name"));
    }

    @Test
    void under2025TheSameToolGetsAClearToolError() {
        JsonNode result = Wire.result(protocol, Wire.call(1, "greet", "{}"), "2025-11-25");
        assertTrue(result.path("isError").booleanValue());
        String message = result.path("content").path(0).path("text").textValue();
        assertTrue(message.contains("stateless") && message.contains("2026-07-28"), message);
    }

    @Test
    void listsNeverAskForInput() {
        JsonNode result = Stateless.result(protocol, withCapabilities(Stateless.request(1, "tools/list", null)),
                "ListToolsResult");
        assertEquals("complete", result.path("resultType").textValue());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
