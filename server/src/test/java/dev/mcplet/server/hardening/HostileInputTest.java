package dev.mcplet.server.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.CapturedErr;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Client mistakes and hostile bodies sent to the HTTP core ({@link McpServer#handle}): each is a
 * 4xx or a tool error with a JSON-RPC body, never a 500, and nothing grows without bound.
 */
class HostileInputTest {

    static final McpServer SERVER = McpServer.builder().tools(new CalculatorTools(), new HostileTools()).build();

    static HttpResponse post(McpServer server, String body, String version) {
        return post(server, body.getBytes(StandardCharsets.UTF_8), version);
    }

    static HttpResponse post(McpServer server, byte[] body, String version) {
        Headers headers = new Headers().set("Content-Type", "application/json").set("Accept",
                "application/json, text/event-stream");
        if (version != null) {
            headers.set("MCP-Protocol-Version", version);
        }
        return server.handle(new HttpRequest("POST", "/mcp", headers, body));
    }

    static String clipped(HttpResponse response) {
        String text = response.bodyText();
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " characters)";
    }

    static JsonNode json(HttpResponse response) throws Exception {
        return Json.parse(response.body());
    }

    static String call(String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    static void assertClientError(HttpResponse response, int code) throws Exception {
        assertEquals(400, response.status(), () -> clipped(response));
        assertEquals(code, json(response).path("error").path("code").intValue(), () -> clipped(response));
    }

    @Test
    void anExponentPastTheIntRangeIsAParseError() throws Exception {
        for (String number : new String[] {"1e2147483648", "1e-2147483649", "-9.9E+99999999999"}) {
            HttpResponse response = post(SERVER, call("add", "{\"a\":" + number + ",\"b\":1}"), "2025-11-25");
            assertClientError(response, -32700);
            assertTrue(json(response).path("error").path("message").textValue().contains("number"), () -> clipped(response));
        }
    }

    @Test
    void aHugeButParseableExponentIsAToolErrorNotAHugeNumber() throws Exception {
        HttpResponse response = post(SERVER, call("add", "{\"a\":1e2147483647,\"b\":1}"), "2025-11-25");
        assertEquals(200, response.status(), () -> clipped(response));
        assertTrue(json(response).path("result").path("isError").booleanValue(), () -> clipped(response));
    }

    @Test
    void unpairedSurrogatesInMethodAndIdAreEchoedEscaped() throws Exception {
        HttpResponse method = post(SERVER, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\\ud800\"}", "2025-11-25");
        assertEquals(200, method.status(), () -> clipped(method));
        assertEquals(-32601, json(method).path("error").path("code").intValue());
        assertEquals("Method not found: x\ud800", json(method).path("error").path("message").textValue());

        HttpResponse id = post(SERVER, "{\"jsonrpc\":\"2.0\",\"id\":\"\\ud800\",\"method\":\"nope\"}", "2025-11-25");
        assertEquals(200, id.status(), () -> clipped(id));
        assertEquals("\ud800", json(id).path("id").textValue(), "the id comes back as sent");

        HttpResponse ping = post(SERVER, "{\"jsonrpc\":\"2.0\",\"id\":\"a\\udc00b\\ud83d\",\"method\":\"ping\"}",
                "2025-11-25");
        assertEquals(200, ping.status(), () -> clipped(ping));
        assertEquals("a\udc00b\ud83d", json(ping).path("id").textValue());
    }

    @Test
    void clippingNeverSplitsASurrogatePair() throws Exception {
        String name = "a".repeat(99) + "\ud83d\ude00" + "b".repeat(20);
        HttpResponse response = post(SERVER, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"" + name + "\"}}", "2025-11-25");
        assertEquals(200, response.status(), () -> clipped(response));
        String message = json(response).path("error").path("message").textValue();
        assertEquals("Unknown tool: " + "a".repeat(99) + "...", message);
        HttpResponse method = post(SERVER, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + name + "\"}", "2025-11-25");
        assertEquals(200, method.status(), () -> clipped(method));
    }

    @Test
    void aLoneSurrogateInAToolResultIsWrittenEscaped() throws Exception {
        HttpResponse response = post(SERVER, call("shout", "{\"text\":\"x\\udbff\"}"), "2025-11-25");
        assertEquals(200, response.status(), () -> clipped(response));
        JsonNode result = json(response).path("result");
        assertFalse(result.path("isError").booleanValue(), () -> clipped(response));
        assertEquals("X\udbff!", result.path("content").path(0).path("text").textValue());
    }

    @Test
    void deepNestingIsRefusedWithAClearError() throws Exception {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        HttpResponse response = post(SERVER, call("add", "{\"a\":" + deep + "}"), "2025-11-25");
        assertClientError(response, -32700);
        assertTrue(json(response).path("error").path("message").textValue().contains("nesting depth"), () -> clipped(response));
    }

    @Test
    void longStringsAndNumbersAreRefusedWithAClearError() throws Exception {
        McpServer small = McpServer.builder().tools(new CalculatorTools()).maxStringLength(1000).maxNumberLength(50)
                .build();
        HttpResponse string = post(small, call("add", "{\"a\":\"" + "x".repeat(1001) + "\"}"), "2025-11-25");
        assertClientError(string, -32700);
        assertTrue(json(string).path("error").path("message").textValue().contains("1000"), () -> clipped(string));
        HttpResponse name = post(small, call("add", "{\"" + "x".repeat(1001) + "\":1}"), "2025-11-25");
        assertClientError(name, -32700);
        HttpResponse number = post(small, call("add", "{\"a\":" + "9".repeat(51) + "}"), "2025-11-25");
        assertClientError(number, -32700);
        assertTrue(json(number).path("error").path("message").textValue().contains("50"), () -> clipped(number));
        HttpResponse fraction = post(small, call("add", "{\"a\":0." + "9".repeat(60) + "}"), "2025-11-25");
        assertClientError(fraction, -32700);
    }

    @Test
    void tooManyArgumentsAreAToolError() throws Exception {
        StringBuilder arguments = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            arguments.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        HttpResponse response = post(SERVER, call("add", arguments.append('}').toString()), "2025-11-25");
        assertEquals(200, response.status(), () -> clipped(response));
        JsonNode result = json(response).path("result");
        assertTrue(result.path("isError").booleanValue(), () -> clipped(response));
        assertTrue(result.path("content").path(0).path("text").textValue().contains("at most 100 arguments"),
                () -> clipped(response));
    }

    @Test
    void aBatchOfManyEntriesIsRefusedBeforeAnyIsAnswered() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 500_000; i++) {
            batch.append(i == 0 ? "1" : ",1");
        }
        HttpResponse response = post(SERVER, batch.append(']').toString(), "2025-03-26");
        assertClientError(response, -32600);
        assertTrue(response.body().length < 300, () -> clipped(response));
        assertTrue(json(response).path("error").path("message").textValue().contains("at most 100"), () -> clipped(response));
    }

    @Test
    void aBatchWhoseAnswersWouldBeTooLargeGetsErrorsForTheRest() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).maxResponseBytes(10_000).build();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"id\":" + i
                    + ",\"method\":\"tools/call\",\"params\":{\"name\":\"big\",\"arguments\":{\"bytes\":3000}}}");
        }
        HttpResponse response = post(server, batch.append(']').toString(), "2025-03-26");
        assertEquals(200, response.status(), () -> clipped(response));
        assertTrue(response.body().length <= 10_000, () -> response.body().length + " bytes");
        JsonNode answers = json(response);
        assertEquals(10, answers.size());
        assertFalse(answers.get(0).path("result").path("isError").booleanValue());
        JsonNode last = answers.get(9);
        assertEquals(9, last.path("id").intValue());
        assertEquals(-32603, last.path("error").path("code").intValue(), () -> clipped(response));
    }

    @Test
    void aToolResultOverTheResponseLimitIsAToolError() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).maxResponseBytes(100_000).build();
        HttpResponse response = post(server, call("big", "{\"bytes\":200000}"), "2025-11-25");
        assertEquals(200, response.status(), () -> clipped(response));
        JsonNode result = json(response).path("result");
        assertTrue(result.path("isError").booleanValue(), () -> clipped(response));
        assertTrue(result.path("content").path(0).path("text").textValue().contains("100000"), () -> clipped(response));
    }

    @Test
    void unexpectedExceptionMessagesAreMaskedWithAReferenceInTheLog() throws Exception {
        CapturedErr err = CapturedErr.start();
        HttpResponse response;
        try {
            response = post(SERVER, call("disk_full", "{}"), "2025-11-25");
        } finally {
            err.stop();
        }
        assertEquals(200, response.status(), () -> clipped(response));
        JsonNode result = json(response).path("result");
        assertTrue(result.path("isError").booleanValue());
        String text = result.path("content").path(0).path("text").textValue();
        assertFalse(text.contains("/var/orders"), text);
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("reference ([0-9a-f]{8,})").matcher(text);
        assertTrue(reference.find(), text);
        assertTrue(err.text().contains(reference.group(1)), err.text());
        assertTrue(err.text().contains("disk /var/orders is full"), err.text());
    }

    @Test
    void exceptionMessagesCanBeShownInDevelopment() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).exposeExceptionMessages(true).build();
        CapturedErr err = CapturedErr.start();
        HttpResponse response;
        try {
            response = post(server, call("disk_full", "{}"), "2025-11-25");
        } finally {
            err.stop();
        }
        String text = json(response).path("result").path("content").path(0).path("text").textValue();
        assertTrue(text.contains("disk /var/orders is full"), text);
    }

    @Test
    void manyKeysInOneRequestLeaveNoStateBehindForTheNext() throws Exception {
        StringBuilder arguments = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            arguments.append(i == 0 ? "" : ",").append("\"k").append(Integer.toHexString(i * 7919)).append("\":1");
        }
        post(SERVER, call("add", arguments.append('}').toString()), "2025-11-25");
        assertEquals(0, SymbolTables.sharedEntries(), "field names of a request were kept in a shared symbol table");
    }

    @Test
    void onLambdaAResponseOverTheSixMegabyteLimitIsAClearError() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).maxResponseBytes(16 * 1024 * 1024).build();
        String body = call("big", "{\"bytes\":7000000}").replace("\"", "\\\"");
        String event = "{\"httpMethod\":\"POST\",\"path\":\"/mcp\",\"headers\":{\"Content-Type\":\"application/json\","
                + "\"MCP-Protocol-Version\":\"2025-11-25\"},\"requestContext\":{\"stage\":\"Prod\"},\"body\":\"" + body
                + "\",\"isBase64Encoded\":false}";
        CapturedErr err = CapturedErr.start();
        dev.mcplet.server.lambda.FuzzedLambda.Outcome outcome;
        try {
            outcome = dev.mcplet.server.lambda.FuzzedLambda.handle(server, event.getBytes(StandardCharsets.UTF_8));
        } finally {
            err.stop();
        }
        assertTrue(outcome.bytes().length < 10_000, outcome.bytes().length + " bytes");
        JsonNode response = Json.parse(outcome.bytes());
        assertEquals(500, response.path("statusCode").intValue());
        JsonNode error = Json.parse(response.path("body").textValue()).path("error");
        assertEquals(-32603, error.path("code").intValue());
        assertTrue(error.path("message").textValue().contains("6 MB"), error.toString());
        assertTrue(err.text().contains("exceeds AWS Lambda's"), err.text());
    }
}
