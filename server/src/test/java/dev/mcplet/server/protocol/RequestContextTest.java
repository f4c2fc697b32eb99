package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.call;
import static dev.mcplet.server.protocol.Wire.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.LogLevel;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.testing.CapturedErr;
import dev.mcplet.server.testing.ContextTools;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a method sends through its McpContext, and how it travels with the answer. */
class RequestContextTest {

    private final McpProtocol protocol = Wire.everything();

    private static String callWithMeta(int id, String tool, String meta) {
        return request(id, "tools/call", "{\"name\":\"" + tool + "\",\"_meta\":" + meta + "}");
    }

    private static List<JsonNode> notifications(Reply reply) {
        List<JsonNode> out = new ArrayList<>();
        for (byte[] bytes : reply.notifications()) {
            try {
                out.add(Json.parse(bytes));
            } catch (JsonReadException e) {
                throw new AssertionError(new String(bytes, StandardCharsets.UTF_8), e);
            }
        }
        return out;
    }

    @Test
    void logMessagesAtTheServerDefaultLevelAndAbove() {
        Reply reply = Wire.send(protocol, call(1, "logs", null), "2025-11-25");
        List<JsonNode> sent = notifications(reply);
        assertEquals(8, sent.size(), "info and above, of eight levels, plus the named logger: " + sent);
        assertEquals("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"info\","
                + "\"data\":\"at info\"}}", Json.toJson(sent.get(0)));
        assertEquals("{\"level\":\"error\",\"logger\":\"db\",\"data\":\"with a logger\\nand a line break\"}",
                Json.toJson(sent.get(7).get("params")));
        assertEquals("logged", Wire.json(reply).path("result").path("content").get(0).path("text").textValue());
    }

    @Test
    void aRequestNamesItsOwnLevelInMeta() {
        Reply debug = Wire.send(protocol, callWithMeta(1, "logs", "{\"io.modelcontextprotocol/logLevel\":\"debug\"}"),
                "2025-11-25");
        assertEquals(9, debug.notifications().size());
        Reply alert = Wire.send(protocol, callWithMeta(1, "logs", "{\"io.modelcontextprotocol/logLevel\":\"alert\"}"),
                "2025-11-25");
        assertEquals(2, alert.notifications().size());
        McpProtocol quiet = new McpProtocol(Wire.INFO, List.of(new ContextTools()), List.of(), List.of(), null, 10);
        assertEquals(0, Wire.send(quiet, call(1, "logs", null), "2025-11-25").notifications().size(),
                "no default level: none unless asked");
        assertEquals(5, Wire.send(quiet, callWithMeta(1, "logs", "{\"io.modelcontextprotocol/logLevel\":\"error\"}"),
                "2025-11-25").notifications().size());
        McpProtocol warning = new McpProtocol(Wire.INFO, List.of(new ContextTools()), List.of(), List.of(),
                LogLevel.WARNING.wireName(), 10);
        assertEquals(6, Wire.send(warning, call(1, "logs", null), "2025-11-25").notifications().size());
    }

    @Test
    void progressIsSentOnlyForAProgressToken() {
        Reply without = Wire.send(protocol, call(1, "progress", null), "2025-11-25");
        assertEquals(0, without.notifications().size());
        assertEquals("false", Wire.json(without).path("result").path("content").get(0).path("text").textValue());
        Reply with = Wire.send(protocol, callWithMeta(1, "progress", "{\"progressToken\":1}"), "2025-11-25");
        List<JsonNode> sent = notifications(with);
        assertEquals(3, sent.size());
        assertEquals("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":1,"
                + "\"progress\":50,\"total\":100,\"message\":\"Completed step 2 of 3\"}}", Json.toJson(sent.get(1)));
        Reply stringToken = Wire.send(protocol, callWithMeta(1, "progress", "{\"progressToken\":\"t-1\"}"), "2024-11-05");
        assertEquals("{\"progressToken\":\"t-1\",\"progress\":0,\"total\":100}",
                Json.toJson(notifications(stringToken).get(0).get("params")), "no message in 2024-11-05");
    }

    @Test
    void metaIsReadAsPlainValues() {
        JsonNode result = Wire.result(protocol, callWithMeta(1, "meta", "{\"trace\":\"abc\",\"n\":2,\"x\":[true,null]}"),
                "2025-06-18");
        assertEquals("2025-06-18 {trace=abc, n=2, x=[true, null]}", result.path("content").get(0).path("text").textValue());
    }

    @Test
    void elicitationAndSamplingAreToolErrorsAtOnceNeverAHang() {
        for (String tool : List.of("elicit", "sample")) {
            JsonNode result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> CapturedErr.quietly(() -> Wire.result(protocol, call(1, tool, null), "2025-11-25")));
            assertTrue(result.path("isError").booleanValue(), result.toString());
            String text = result.path("content").get(0).path("text").textValue();
            assertTrue(text.contains("stateless") && text.contains("2025-11-25"), text);
        }
    }

    @Test
    void resourcesAndToolsThatSendNothingAnswerPlainly() {
        assertEquals(0, Wire.send(protocol, call(1, "quiet", null), "2025-11-25").notifications().size());
        assertEquals(0, Wire.send(protocol, call(1, "add", "{\"a\":1,\"b\":2}"), "2025-11-25").notifications().size());
        Reply logging = Wire.send(protocol, request(1, "resources/read", "{\"uri\":\"test://logging\","
                + "\"_meta\":{\"progressToken\":\"r\"}}"), "2025-11-25");
        assertEquals(2, logging.notifications().size());
    }

    @Test
    void aBatchCarriesNoNotifications() {
        Reply batch = Wire.send(protocol, "[" + call(1, "logs", null) + "]", "2025-03-26");
        assertEquals(0, batch.notifications().size());
        assertTrue(Wire.json(batch).isArray());
    }

    @Test
    void setLevelIsAcknowledgedAndChecked() {
        assertEquals("{}", Json.toJson(Wire.result(protocol, request(1, "logging/setLevel", "{\"level\":\"debug\"}"),
                "2025-11-25")));
        Wire.error(Wire.answer(protocol, request(1, "logging/setLevel", "{\"level\":\"loud\"}"), "2025-11-25"), -32602);
        Wire.error(Wire.answer(protocol, request(1, "logging/setLevel", null), "2025-11-25"), -32602);
        assertEquals("{}", Json.toJson(Wire.result(Wire.calculator(), request(1, "logging/setLevel",
                "{\"level\":\"info\"}"), "2025-11-25")), "every server has logging");
    }
}
