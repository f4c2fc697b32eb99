package dev.mcplet.server.protocol;

import static dev.mcplet.server.protocol.Wire.answer;
import static dev.mcplet.server.protocol.Wire.error;
import static dev.mcplet.server.protocol.Wire.initialize;
import static dev.mcplet.server.protocol.Wire.json;
import static dev.mcplet.server.protocol.Wire.notification;
import static dev.mcplet.server.protocol.Wire.request;
import static dev.mcplet.server.protocol.Wire.result;
import static dev.mcplet.server.protocol.Wire.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import java.math.BigInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON-RPC validation, lifecycle and the simple methods, through {@link McpProtocol#handle}. */
class McpProtocolTest {

    private final McpProtocol protocol = Wire.calculator();

    @Nested
    class Initialize {

        @ParameterizedTest
        @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
        void answersWithTheRequestedVersionWhenSupported(ProtocolVersion version) {
            JsonNode result = result(protocol, initialize(1, version.id()), null);
            assertEquals(version.id(), result.path("protocolVersion").textValue());
            assertEquals("{\"logging\":{},\"tools\":{}}", Json.toJson(result.get("capabilities")),
                    "honest capabilities: no listChanged, nothing the server has none of");
            assertEquals("calculator", result.path("serverInfo").path("name").textValue());
            assertEquals("1.2.3", result.path("serverInfo").path("version").textValue());
            assertEquals("Use add for sums.", result.path("instructions").textValue());
            // Implementation.title exists from 2025-06-18 on.
            assertEquals(version.hasTitles(), result.path("serverInfo").has("title"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1999-01-01", "2026-07-28", "2024-10-07", ""})
        void answersTheLatestVersionForAnUnsupportedOne(String requested) {
            JsonNode result = result(protocol, initialize(1, requested), null);
            assertEquals("2025-11-25", result.path("protocolVersion").textValue());
        }

        @Test
        void echoesTheFalsyIdZero() {
            JsonNode response = answer(protocol, initialize(0, "2025-11-25"), null);
            assertTrue(response.get("id").isIntegralNumber());
            assertEquals(0, response.get("id").intValue());
        }

        @Test
        void echoesStringIdsIncludingTheEmptyString() {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":\"\",\"method\":\"initialize\","
                    + "\"params\":{\"protocolVersion\":\"2025-06-18\"}}";
            assertEquals("", answer(protocol, body, null).get("id").textValue());
            String quoted = "{\"jsonrpc\":\"2.0\",\"id\":\"a\\\"b\\u00e9\",\"method\":\"ping\"}";
            assertEquals("a\"b\u00e9", answer(protocol, quoted, null).get("id").textValue());
        }

        @Test
        void echoesLargeIntegerIdsExactly() {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"ping\"}";
            assertEquals(new BigInteger("123456789012345678901234567890"),
                    answer(protocol, body, null).get("id").bigIntegerValue());
        }

        @Test
        void ignoresTheVersionHeaderOfAnInitializeRequest() {
            // The header is required on requests after initialize; an initialize carrying a
            // stale or unknown one is still negotiated from its params.
            JsonNode result = result(protocol, initialize(1, "2025-06-18"), "1999-01-01");
            assertEquals("2025-06-18", result.path("protocolVersion").textValue());
        }

        @Test
        void needsAProtocolVersionString() {
            assertTrue(error(answer(protocol, request(1, "initialize", "{}"), null), -32602).contains("protocolVersion"));
            error(answer(protocol, request(2, "initialize", null), null), -32602);
            error(answer(protocol, request(3, "initialize", "{\"protocolVersion\":20251125}"), null), -32602);
            error(answer(protocol, request(4, "initialize", "[\"2025-11-25\"]"), null), -32602);
        }

        @Test
        void leavesOutTitleAndInstructionsWhenNotConfigured() {
            McpProtocol plain = new McpProtocol(new ServerInfo("plain", "1", null, null),
                    java.util.List.of(new CalculatorTools()), 10);
            JsonNode result = result(plain, initialize(1, "2025-11-25"), null);
            assertFalse(result.has("instructions"));
            assertFalse(result.path("serverInfo").has("title"));
        }
    }

    @Nested
    class Notifications {

        @ParameterizedTest
        @ValueSource(strings = {"notifications/initialized", "notifications/cancelled", "notifications/roots/list_changed",
                "notifications/whatever"})
        void areAcceptedWithoutAnswer(String method) {
            Reply reply = send(protocol, notification(method), "2025-11-25");
            assertEquals(Reply.Kind.ACCEPTED, reply.kind());
            assertEquals(0, reply.body().length);
        }

        @Test
        void withParamsAreAccepted() {
            String body = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":3}}";
            assertEquals(Reply.Kind.ACCEPTED, send(protocol, body, null).kind());
        }

        @Test
        void withoutJsonRpc20AreRefused() {
            Reply reply = send(protocol, "{\"jsonrpc\":\"1.0\",\"method\":\"notifications/initialized\"}", null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            error(json(reply), -32600);
        }

        @Test
        void clientResponsesAreAccepted() {
            assertEquals(Reply.Kind.ACCEPTED, send(protocol, "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}}", null).kind());
            assertEquals(Reply.Kind.ACCEPTED, send(protocol,
                    "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"no\"}}", null).kind());
            assertEquals(Reply.Kind.ACCEPTED, send(protocol,
                    "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":1,\"message\":\"no\",\"data\":[1]}}", null).kind());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{},\"error\":{\"code\":1,\"message\":\"x\"}}",
            "{\"jsonrpc\":\"2.0\",\"result\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{}}",
            "{\"id\":7,\"result\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":\"x\",\"message\":\"no\"}}",
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":\"broken\"}"})
        void malformedClientResponsesAreRefused(String body) {
            Reply reply = send(protocol, body, null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            assertTrue(json(reply).get("id").isNull());
            error(json(reply), -32600);
        }
    }

    @Nested
    class Ping {

        @Test
        void answersAnEmptyObject() {
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}",
                    new String(send(protocol, request(5, "ping", null), "2025-11-25").body(),
                            java.nio.charset.StandardCharsets.UTF_8));
        }

        @Test
        void needsNoInitializeFirst() {
            // Stateless: every request stands alone.
            assertEquals(0, result(Wire.calculator(), request(1, "ping", "{}"), "2025-06-18").size());
        }
    }

    @Nested
    class Errors {

        @Test
        void unknownMethodIsMethodNotFound() {
            JsonNode response = answer(protocol, request(9, "resources/list", null), "2025-11-25");
            assertEquals(9, response.get("id").intValue());
            assertEquals("Method not found: resources/list", error(response, -32601));
        }

        @Test
        void longMethodNamesAreClippedInTheMessage() {
            String method = "x".repeat(5000);
            String message = error(answer(protocol, request(1, method, null), null), -32601);
            assertTrue(message.length() < 200, message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "{", "{\"jsonrpc\":\"2.0\",", "nope", "{\"a\":1} trailing", "{\"a\":1,\"a\":2}",
            "\u00ff\u00fe"})
        void unparseableBodyIsParseErrorWithNullId(String body) {
            Reply reply = send(protocol, body, null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            JsonNode response = json(reply);
            assertTrue(response.get("id").isNull());
            assertTrue(error(response, -32700).startsWith("Parse error"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"5", "\"ping\"", "null", "true"})
        void nonObjectBodyIsInvalidRequest(String body) {
            Reply reply = send(protocol, body, null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            error(json(reply), -32600);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"id\":1,\"method\":\"ping\"}",
            "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}",
            "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}",
            "{\"jsonrpc\":\"2.0\",\"id\":1}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":\"x\"}"})
        void invalidRequestWithReadableIdEchoesIt(String body) {
            Reply reply = send(protocol, body, null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            JsonNode response = json(reply);
            assertEquals(1, response.get("id").intValue());
            error(response, -32600);
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "true", "1.5", "{}", "[1]"})
        void invalidIdIsInvalidRequestWithNullId(String id) {
            // basic, Requests: "Requests MUST include a string or integer ID"; "the ID MUST NOT be null".
            Reply reply = send(protocol, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}", null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            JsonNode response = json(reply);
            assertTrue(response.get("id").isNull());
            assertTrue(error(response, -32600).contains("id"));
        }

        @Test
        void deeplyNestedJsonIsAParseErrorNotACrash() {
            Reply reply = send(protocol, "[".repeat(100_000), null);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            error(json(reply), -32700);
        }

        @Test
        void nullParamsAreReadAsNoParams() {
            assertEquals(0, result(protocol, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":null}", null)
                    .size());
        }

        @Test
        void positionalParamsAreInvalidParams() {
            JsonNode response = answer(protocol, request(4, "tools/list", "[]"), null);
            assertEquals(4, response.get("id").intValue());
            error(response, -32602);
        }
    }

    @Nested
    class VersionHeader {

        @ParameterizedTest
        @ValueSource(strings = {"1999-01-01", "2025-11-25x", "", "latest"})
        void unsupportedValueIsRefusedNamingTheSupportedOnes(String header) {
            Reply reply = send(protocol, request(1, "ping", null), header);
            assertEquals(Reply.Kind.UNSUPPORTED_VERSION, reply.kind());
            String message = error(json(reply), -32000);
            assertTrue(message.contains("2025-11-25, 2025-06-18, 2025-03-26, 2024-11-05"), message);
        }

        @ParameterizedTest
        @EnumSource(value = ProtocolVersion.class, names = "V2026_07_28", mode = EnumSource.Mode.EXCLUDE)
        void everySupportedValueIsServed(ProtocolVersion version) {
            result(protocol, request(1, "tools/list", null), version.id());
        }

        @Test
        void absentHeaderMeans20250326() {
            // 2025-03-26 has annotations.title but no Tool.title: the add tool shows which one is in force.
            JsonNode add = result(protocol, request(1, "tools/list", null), null).path("tools").get(0);
            assertFalse(add.has("title"));
            assertEquals("Add", add.path("annotations").path("title").textValue());
            JsonNode latest = result(protocol, request(1, "tools/list", null), "2025-11-25").path("tools").get(0);
            assertEquals("Add", latest.path("title").textValue());
        }

        @Test
        void surroundingWhitespaceIsIgnored() {
            result(protocol, request(1, "ping", null), " 2025-06-18 ");
        }
    }

    @Nested
    class Batches {

        private static final String V2025_03_26 = "2025-03-26";

        @Test
        void areAnsweredInOrderIn20250326() {
            String body = "[" + request(1, "ping", null) + "," + notification("notifications/initialized") + ","
                    + Wire.call(2, "add", "{\"a\":2,\"b\":3}") + "," + request(3, "nope", null) + "]";
            Reply reply = send(protocol, body, V2025_03_26);
            assertEquals(Reply.Kind.ANSWER, reply.kind());
            JsonNode answers = json(reply);
            assertEquals(3, answers.size());
            assertEquals(1, answers.get(0).get("id").intValue());
            assertEquals("5", answers.get(1).path("result").path("content").get(0).path("text").textValue());
            assertEquals(-32601, answers.get(2).path("error").path("code").intValue());
        }

        @Test
        void areAllowedWithoutAHeaderWhichMeans20250326() {
            assertEquals(Reply.Kind.ANSWER, send(protocol, "[" + request(1, "ping", null) + "]", null).kind());
        }

        @Test
        void ofOnlyNotificationsAreAccepted() {
            String body = "[" + notification("notifications/initialized") + "," + notification("notifications/x") + ","
                    + "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}]";
            assertEquals(Reply.Kind.ACCEPTED, send(protocol, body, V2025_03_26).kind());
        }

        @Test
        void refuseInitializeInside() {
            Reply reply = send(protocol, "[" + initialize(1, "2025-03-26") + "," + request(2, "ping", null) + "]",
                    V2025_03_26);
            JsonNode answers = json(reply);
            assertEquals(1, answers.get(0).get("id").intValue());
            assertTrue(error(answers.get(0), -32600).contains("batch"));
            assertEquals(0, answers.get(1).path("result").size());
        }

        @Test
        void emptyIsInvalidRequest() {
            Reply reply = send(protocol, "[]", V2025_03_26);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            JsonNode response = json(reply);
            assertTrue(response.isObject(), "one error, not an array");
            error(response, -32600);
        }

        @Test
        void answerInvalidEntriesOneByOne() {
            // JSON-RPC 2.0, section 7: [1,2,3] is answered with three Invalid Request errors.
            JsonNode answers = json(send(protocol, "[1,\"x\"," + request(5, "ping", null) + "]", V2025_03_26));
            assertEquals(3, answers.size());
            error(answers.get(0), -32600);
            error(answers.get(1), -32600);
            assertTrue(answers.get(0).get("id").isNull());
            assertEquals(5, answers.get(2).get("id").intValue());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-11-05", "2025-06-18", "2025-11-25"})
        void areRefusedInOtherRevisions(String version) {
            Reply reply = send(protocol, "[" + request(1, "ping", null) + "]", version);
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
            assertTrue(error(json(reply), -32600).contains(version));
        }

        @Test
        void withAnUnsupportedHeaderAreRefusedAsSuch() {
            assertEquals(Reply.Kind.UNSUPPORTED_VERSION, send(protocol, "[" + request(1, "ping", null) + "]", "x").kind());
        }
    }
}
