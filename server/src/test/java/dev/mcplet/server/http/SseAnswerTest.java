package dev.mcplet.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.ContextTools;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A call that sent notifications is answered with a buffered SSE body when the client accepts one. */
class SseAnswerTest {

    private final McpServer server = McpServer.builder().tools(new CalculatorTools(), new ContextTools()).build();

    private HttpResponse post(String accept, String body) {
        Headers headers = new Headers().set("Content-Type", "application/json").set("MCP-Protocol-Version", "2025-11-25");
        if (accept != null) {
            headers.set("Accept", accept);
        }
        return server.handle(new HttpRequest("POST", "/mcp", headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String PROGRESS = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{"
            + "\"name\":\"progress\",\"_meta\":{\"progressToken\":7}}}";

    /** The data of each event, parsed the way an SSE client does (fields per line, events end at a blank line). */
    private static List<JsonNode> events(HttpResponse response) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        String text = response.bodyText();
        assertTrue(text.endsWith("\n\n"), text);
        for (String event : text.substring(0, text.length() - 2).split("\n\n", -1)) {
            String[] lines = event.split("\n", -1);
            assertEquals(2, lines.length, event);
            assertEquals("event: message", lines[0]);
            assertTrue(lines[1].startsWith("data: "), event);
            out.add(Json.parse(lines[1].substring(6)));
        }
        return out;
    }

    @Test
    void notificationsThenTheResponseAsOneEventStream() throws Exception {
        HttpResponse response = post("application/json, text/event-stream", PROGRESS);
        assertEquals(200, response.status());
        assertEquals("text/event-stream", response.headers().first("content-type"));
        assertEquals("no-cache", response.headers().first("cache-control"));
        List<JsonNode> events = events(response);
        assertEquals(4, events.size());
        for (int i = 0; i < 3; i++) {
            assertEquals("notifications/progress", events.get(i).path("method").textValue());
            assertEquals(i * 50, events.get(i).path("params").path("progress").intValue());
        }
        assertEquals(7, events.get(3).path("id").intValue());
        assertEquals("true", events.get(3).path("result").path("content").get(0).path("text").textValue());
    }

    @Test
    void aLineBreakInALogMessageStaysInsideOneDataLine() throws Exception {
        HttpResponse response = post("application/json, text/event-stream",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"logs\"}}");
        List<JsonNode> events = events(response);
        assertEquals(9, events.size());
        assertEquals("with a logger\nand a line break", events.get(7).path("params").path("data").textValue());
    }

    @Test
    void theBuildersLogLevelIsTheDefaultOfEveryRequest() throws Exception {
        String logs = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"logs\"}}";
        McpServer errors = McpServer.builder().tools(new ContextTools()).logLevel(dev.mcplet.LogLevel.ERROR).build();
        McpServer none = McpServer.builder().tools(new ContextTools()).logLevel(null).build();
        Headers headers = new Headers().set("Content-Type", "application/json")
                .set("Accept", "application/json, text/event-stream").set("MCP-Protocol-Version", "2025-11-25");
        HttpResponse five = errors.handle(new HttpRequest("POST", "/mcp", headers, logs.getBytes(StandardCharsets.UTF_8)));
        assertEquals(6, events(five).size(), "error, critical, alert, emergency, the named logger's error; the result");
        HttpResponse quiet = none.handle(new HttpRequest("POST", "/mcp", headers, logs.getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/json", quiet.headers().first("content-type"));
    }

    @Test
    void aClientThatAcceptsOnlyJsonGetsTheResponseAlone() throws Exception {
        for (String accept : new String[] {"application/json", null}) {
            HttpResponse response = post(accept, PROGRESS);
            assertEquals(200, response.status());
            assertEquals("application/json", response.headers().first("content-type"));
            assertEquals(7, Json.parse(response.body()).path("id").intValue());
        }
        HttpResponse refused = post("application/json, text/event-stream;q=0", PROGRESS);
        assertEquals("application/json", refused.headers().first("content-type"));
    }

    @Test
    void callsThatSendNothingStayPlainJson() throws Exception {
        HttpResponse response = post("application/json, text/event-stream",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}}");
        assertEquals("application/json", response.headers().first("content-type"));
        assertEquals("3", Json.parse(response.body()).path("result").path("content").get(0).path("text").textValue());
    }
}
