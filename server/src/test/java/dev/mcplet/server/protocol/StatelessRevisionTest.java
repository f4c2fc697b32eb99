package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.FixturePrompts;
import dev.mcplet.server.testing.HeaderTools;
import dev.mcplet.server.testing.FixtureResources;
import dev.mcplet.server.testing.ShowcaseTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MCP 2026-07-28 on the same protocol core as the 2025 revisions: the revision per request from
 * {@code _meta}, the errors of its request boundary, {@code server/discover}, and what every
 * result carries. Every reply is checked against the 2026-07-28 schema.
 */
class StatelessRevisionTest {

    private final McpProtocol protocol = Wire.calculator();

    private static JsonNode error(Reply reply, Reply.Kind kind, int code, String type) {
        assertEquals(kind, reply.kind(), () -> Stateless.text(reply));
        JsonNode response = Wire.json(reply);
        Wire.error(response, code);
        Stateless.assertValidResponse(response, type);
        return response;
    }

    @Nested
    class ServedWithoutInitialize {

        @Test
        void toolsCallIsServedAtOnce() {
            JsonNode result = Stateless.result(protocol, Stateless.call(1, "add", "{\"a\":2,\"b\":3}"), "CallToolResult");
            assertEquals("5", result.path("content").path(0).path("text").textValue());
            assertEquals("complete", result.path("resultType").textValue());
            assertFalse(result.has("ttlMs"), "tools/call results are not cacheable");
        }

        @Test
        void everyResultIdentifiesTheServer() {
            JsonNode result = Stateless.result(protocol, Stateless.call(1, "add", "{\"a\":2,\"b\":3}"), "CallToolResult");
            JsonNode serverInfo = result.path("_meta").path("io.modelcontextprotocol/serverInfo");
            assertEquals("calculator", serverInfo.path("name").textValue());
            assertEquals("1.2.3", serverInfo.path("version").textValue());
            assertEquals("Calculator", serverInfo.path("title").textValue());
        }

        @Test
        void toolsListIsTheSameListWithCacheHints() {
            JsonNode modern = Stateless.result(protocol, Stateless.request(1, "tools/list", null), "ListToolsResult");
            JsonNode legacy = Wire.result(protocol, Wire.request(1, "tools/list", null), "2025-11-25");
            assertEquals(legacy.get("tools"), modern.get("tools"), "same tools, same order");
            assertEquals("complete", modern.path("resultType").textValue());
            assertEquals(300_000, modern.path("ttlMs").longValue());
            assertEquals("public", modern.path("cacheScope").textValue());
        }

        @Test
        void toolsListIsDeterministic() {
            String first = Stateless.text(Stateless.send(protocol, Stateless.request(1, "tools/list", null)));
            String second = Stateless.text(Stateless.send(Wire.calculator(), Stateless.request(1, "tools/list", null)));
            assertEquals(first, second);
        }

        @Test
        void everyPageOfAPagedListCarriesTheHints() {
            McpProtocol paged = new McpProtocol(Wire.INFO, List.of(new CalculatorTools(), new ShowcaseTools()), 1);
            JsonNode first = Stateless.result(paged, Stateless.request(1, "tools/list", null), "ListToolsResult");
            String cursor = first.path("nextCursor").textValue();
            JsonNode second = Stateless.result(paged,
                    Stateless.request(2, "tools/list", "\"cursor\":\"" + cursor + "\""), "ListToolsResult");
            assertEquals("multiply", second.path("tools").path(0).path("name").textValue());
            assertEquals("public", second.path("cacheScope").textValue());
        }

        @Test
        void cacheHintsAreConfigurable() {
            McpProtocol custom = new McpProtocol(Wire.INFO, List.of(new CalculatorTools()), List.of(), List.of(),
                    "info", 100, Limits.DEFAULT, false, new ProtocolOptions(CacheHint.privateFor(Duration.ofSeconds(7)), null));
            JsonNode result = Stateless.result(custom, Stateless.request(1, "tools/list", null), "ListToolsResult");
            assertEquals(7000, result.path("ttlMs").longValue());
            assertEquals("private", result.path("cacheScope").textValue());
        }

        @Test
        void clientInfoIsOptional() {
            String body = Wire.request(1, "tools/list", "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                    + "\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}");
            Stateless.result(protocol, body, "ListToolsResult");
        }

        @Test
        void theSameEndpointStillServesThe2025Revisions() {
            JsonNode result = Wire.result(protocol, Wire.call(1, "add", "{\"a\":2,\"b\":3}"), "2025-11-25");
            assertFalse(result.has("resultType"));
            assertFalse(result.has("_meta"));
            Wire.result(protocol, Wire.request(2, "ping", null), "2025-11-25");
        }

        @Test
        void aNotificationIsAccepted() {
            String body = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{" + Stateless.META
                    + ",\"requestId\":1}}";
            assertEquals(Reply.Kind.ACCEPTED, Stateless.send(protocol, body).kind());
        }

        @Test
        void aBatchIsRefused() {
            String body = "[" + Stateless.request(1, "tools/list", null) + "]";
            Reply reply = Stateless.send(protocol, body, new Headers().set("MCP-Protocol-Version", "2026-07-28"));
            assertEquals(Reply.Kind.MALFORMED, reply.kind());
        }
    }

    @Nested
    class Discover {

        @Test
        void answersVersionsCapabilitiesIdentityAndInstructions() {
            JsonNode result = Stateless.result(protocol, Stateless.request(1, "server/discover", null), "DiscoverResult");
            List<String> versions = new ArrayList<>();
            result.path("supportedVersions").forEach(v -> versions.add(v.textValue()));
            assertEquals(List.of("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"), versions);
            assertTrue(result.path("capabilities").path("tools").isObject());
            assertEquals("Use add for sums.", result.path("instructions").textValue());
            assertEquals("calculator", result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name")
                    .textValue());
            assertEquals("public", result.path("cacheScope").textValue());
        }

        @Test
        void isNotAMethodOfThe2025Revisions() {
            Wire.error(Wire.answer(protocol, Wire.request(1, "server/discover", null), "2025-11-25"), -32601);
        }
    }

    @Nested
    class RequestBoundary {

        @Test
        void aHeaderThatDoesNotMatchTheBodyIsAHeaderMismatch() {
            String body = Stateless.request(7, "tools/list", null);
            Headers headers = Stateless.headersFor(body).set("MCP-Protocol-Version", "2025-11-25");
            JsonNode response = error(Stateless.send(protocol, body, headers), Reply.Kind.REJECTED, -32020,
                    "HeaderMismatchError");
            assertEquals(7, response.path("id").intValue());
        }

        @Test
        void aMissingVersionHeaderIsAHeaderMismatch() {
            String body = Stateless.request(1, "tools/list", null);
            Headers headers = Stateless.headersFor(body).remove("MCP-Protocol-Version");
            error(Stateless.send(protocol, body, headers), Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
        }

        @Test
        void anUnknownVersionIsUnsupportedWithTheSupportedList() {
            String body = Wire.request(3, "server/discover", "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                    + "\"v999.0.0\",\"io.modelcontextprotocol/clientCapabilities\":{}}}");
            Headers headers = new Headers().set("MCP-Protocol-Version", "v999.0.0").set("Mcp-Method", "server/discover");
            JsonNode response = error(Stateless.send(protocol, body, headers), Reply.Kind.REJECTED, -32022,
                    "UnsupportedProtocolVersionError");
            JsonNode data = response.path("error").path("data");
            assertEquals("v999.0.0", data.path("requested").textValue());
            assertEquals("2026-07-28", data.path("supported").path(0).textValue());
            assertEquals(3, response.path("id").intValue());
        }

        @Test
        void anUnknownVersionInTheBodyWithA2026HeaderIsAHeaderMismatch() {
            String body = Wire.request(3, "server/discover", "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                    + "\"v999.0.0\",\"io.modelcontextprotocol/clientCapabilities\":{}}}");
            error(Stateless.send(protocol, body, Stateless.headersFor(body)), Reply.Kind.REJECTED, -32020,
                    "HeaderMismatchError");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{}",
            "{\"_meta\":{}}",
            "{\"_meta\":{\"io.modelcontextprotocol/clientCapabilities\":{}}}",
            "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}",
            "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":[]}}",
            "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/logLevel\":\"loud\"}}",
        })
        void missingRequiredMetaIsInvalidParams(String params) {
            String body = Wire.request(101, "server/discover", params);
            JsonNode response = error(Stateless.send(protocol, body, Stateless.headersFor(body)), Reply.Kind.REJECTED,
                    -32602, null);
            assertEquals(101, response.path("id").intValue());
        }

        @Test
        void withoutParamsAtAllIsInvalidParams() {
            String body = Wire.request(1, "tools/list", null);
            error(Stateless.send(protocol, body, Stateless.headersFor(body)), Reply.Kind.REJECTED, -32602, null);
        }

        @Test
        void aMetaVersionOfThe2025EraIsServedAsThatRevision() {
            String body = Wire.request(1, "ping", "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2025-11-25\"}}");
            Reply reply = protocol.handle(body.getBytes(StandardCharsets.UTF_8),
                    new Headers().set("MCP-Protocol-Version", "2025-11-25"));
            assertEquals(Reply.Kind.ANSWER, reply.kind());
            Reply mismatched = protocol.handle(body.getBytes(StandardCharsets.UTF_8),
                    new Headers().set("MCP-Protocol-Version", "2026-07-28"));
            assertEquals(Reply.Kind.REJECTED, mismatched.kind());
        }

        @Test
        void mcpMethodIsRequiredAndMustMatch() {
            String body = Stateless.request(1, "tools/list", null);
            error(Stateless.send(protocol, body, Stateless.headersFor(body).remove("Mcp-Method")), Reply.Kind.REJECTED,
                    -32020, "HeaderMismatchError");
            error(Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Method", "tools/call")),
                    Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
            error(Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Method", "Tools/List")),
                    Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
        }

        @Test
        void mcpNameIsRequiredOnToolsCallAndMustMatch() {
            String body = Stateless.call(1, "add", "{\"a\":1,\"b\":2}");
            error(Stateless.send(protocol, body, Stateless.headersFor(body).remove("Mcp-Name")), Reply.Kind.REJECTED,
                    -32020, "HeaderMismatchError");
            JsonNode response = error(Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Name", "multiply")),
                    Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
            assertTrue(response.path("error").path("message").textValue().contains("'multiply'"));
        }

        @Test
        void mcpNameMayBeBase64Encoded() {
            String body = Stateless.call(1, "add", "{\"a\":1,\"b\":2}");
            String encoded = "=?base64?" + Base64.getEncoder().encodeToString("add".getBytes(StandardCharsets.UTF_8)) + "?=";
            assertEquals(Reply.Kind.ANSWER,
                    Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Name", encoded)).kind());
            String wrong = "=?base64?" + Base64.getEncoder().encodeToString("sub".getBytes(StandardCharsets.UTF_8)) + "?=";
            error(Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Name", wrong)), Reply.Kind.REJECTED,
                    -32020, "HeaderMismatchError");
            error(Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Name", "=?base64?!!!?=")),
                    Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
        }

        @Test
        void aHeaderValueWithControlCharactersIsRefused() {
            String body = Stateless.call(1, "add", "{\"a\":1,\"b\":2}");
            error(Stateless.send(protocol, body, Stateless.headersFor(body).set("Mcp-Name", "add\u0001")),
                    Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
        }

        @Test
        void anUnknownToolIsStillAnInvalidParamsAnswer() {
            Reply reply = Stateless.send(protocol, Stateless.call(4, "nope", null));
            error(reply, Reply.Kind.ANSWER, -32602, null);
        }
    }

    @Nested
    class ResourcesAndPrompts {

        private final McpProtocol full = new McpProtocol(Wire.INFO, List.of(new CalculatorTools()),
                List.of(new FixtureResources()), List.of(new FixturePrompts()), "info", 100);

        @Test
        void listsCarryPublicHintsAndReadsPrivateOnes() {
            for (String method : List.of("resources/list", "resources/templates/list", "prompts/list")) {
                JsonNode result = Stateless.result(full, Stateless.request(1, method, null), null);
                assertEquals("public", result.path("cacheScope").textValue(), method);
                assertEquals(300_000, result.path("ttlMs").longValue(), method);
                assertEquals("complete", result.path("resultType").textValue(), method);
            }
            JsonNode read = Stateless.result(full, Stateless.request(2, "resources/read", "\"uri\":\"test://static-text\""),
                    "ReadResourceResult");
            assertEquals("private", read.path("cacheScope").textValue());
            assertEquals(0, read.path("ttlMs").longValue());
        }

        @Test
        void aPromptIsServedWithTheEnvelope() {
            JsonNode result = Stateless.result(full, Stateless.request(1, "prompts/get", "\"name\":\"test_simple_prompt\""),
                    "GetPromptResult");
            assertEquals("complete", result.path("resultType").textValue());
            assertFalse(result.has("ttlMs"));
        }

        @Test
        void anUnknownResourceIsInvalidParams() {
            Reply reply = Stateless.send(full, Stateless.request(7, "resources/read", "\"uri\":\"test://nope\""));
            JsonNode response = error(reply, Reply.Kind.ANSWER, -32602, null);
            assertEquals("test://nope", response.path("error").path("data").path("uri").textValue());
        }

        @Test
        void mcpNameCarriesTheUriOfAResourcesRead() {
            String body = Stateless.request(7, "resources/read", "\"uri\":\"test://static-text\"");
            error(Stateless.send(full, body, Stateless.headersFor(body).set("Mcp-Name", "test://static-binary")),
                    Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
        }

        @Test
        void discoverNamesEveryCapability() {
            JsonNode capabilities = Stateless.result(full, Stateless.request(1, "server/discover", null), "DiscoverResult")
                    .path("capabilities");
            for (String capability : List.of("tools", "resources", "prompts", "completions")) {
                assertTrue(capabilities.path(capability).isObject(), capability);
            }
        }

        @Test
        void noLogMessagesWithoutALogLevel() {
            String body = Stateless.request(1, "resources/read", "\"uri\":\"test://logging\"");
            Reply quiet = Stateless.send(full, body);
            assertEquals(Reply.Kind.ANSWER, quiet.kind(), () -> Stateless.text(quiet));
            assertTrue(quiet.notifications() == null || quiet.notifications().isEmpty(),
                    "no log level in _meta: no notifications/message");
            String loud = body.replace("\"io.modelcontextprotocol/clientCapabilities\":{}",
                    "\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/logLevel\":\"debug\"");
            Reply logged = Stateless.send(full, loud);
            assertFalse(logged.notifications() == null || logged.notifications().isEmpty(), () -> Stateless.text(logged));
        }
    }

    @Nested
    class ParamHeaderValidation {

        private final McpProtocol sql = Wire.protocol(new HeaderTools());

        private String call(String arguments) {
            return Stateless.call(1, "execute_sql", arguments);
        }

        private Reply send(String body, String... headers) {
            Headers all = Stateless.headersFor(body);
            for (int i = 0; i < headers.length; i += 2) {
                all.set(headers[i], headers[i + 1]);
            }
            return Stateless.send(sql, body, all);
        }

        @Test
        void matchingHeadersAreServed() {
            String body = call("{\"region\":\"us-west1\",\"shard\":42,\"dry\":true,\"query\":\"SELECT 1\"}");
            Reply reply = send(body, "Mcp-Param-Region", "us-west1", "mcp-param-shard", "42.0", "Mcp-Param-Dry-Run", "true");
            assertEquals(Reply.Kind.ANSWER, reply.kind(), () -> Stateless.text(reply));
            String encoded = "=?base64?" + Base64.getEncoder().encodeToString("us-west1".getBytes(StandardCharsets.UTF_8)) + "?=";
            String partial = call("{\"region\":\"us-west1\",\"dry\":null,\"query\":\"SELECT 1\"}");
            assertEquals(Reply.Kind.ANSWER, send(partial, "Mcp-Param-Region", encoded).kind(), "absent and null expect no header");
        }

        @Test
        void aMissingOrDifferentHeaderIsAHeaderMismatch() {
            String body = call("{\"region\":\"us-west1\",\"shard\":42,\"query\":\"SELECT 1\"}");
            error(send(body, "Mcp-Param-Shard", "42"), Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
            error(send(body, "Mcp-Param-Region", "eu-west1", "Mcp-Param-Shard", "42"), Reply.Kind.REJECTED, -32020,
                    "HeaderMismatchError");
            error(send(body, "Mcp-Param-Region", "us-west1", "Mcp-Param-Shard", "43"), Reply.Kind.REJECTED, -32020,
                    "HeaderMismatchError");
            error(send(body, "Mcp-Param-Region", "us-west1\u0007", "Mcp-Param-Shard", "42"), Reply.Kind.REJECTED, -32020,
                    "HeaderMismatchError");
            // Base64 without its padding is malformed, whatever it would decode to.
            String hello = call("{\"region\":\"Hello\",\"query\":\"q\"}");
            error(send(hello, "Mcp-Param-Region", "=?base64?SGVsbG8?="), Reply.Kind.REJECTED, -32020, "HeaderMismatchError");
            assertEquals(Reply.Kind.ANSWER, send(hello, "Mcp-Param-Region", "=?base64?SGVsbG8=?=").kind());
        }

        @Test
        void the2025RevisionsIgnoreThem() {
            Wire.result(sql, Wire.call(1, "execute_sql", "{\"region\":\"x\",\"query\":\"q\"}"), "2025-11-25");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"number\",\"x-mcp-header\":\"N\"}}}",
            "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"A\"},\"b\":{\"type\":\"string\",\"x-mcp-header\":\"a\"}}}",
            "{\"type\":\"object\",\"properties\":{\"l\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"x-mcp-header\":\"L\"}}}}",
            "{\"type\":\"object\",\"properties\":{\"s\":{\"type\":\"string\",\"x-mcp-header\":\"Bad Name\"}}}",
            "{\"type\":\"object\",\"$defs\":{\"d\":{\"type\":\"string\",\"x-mcp-header\":\"D\"}}}",
        })
        void anInvalidAnnotationFailsTheBuild(String schema) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> Wire.protocol(new HeaderTools(schema)));
            assertTrue(e.getMessage().contains("execute_sql") && e.getMessage().contains("x-mcp-header"), e.getMessage());
        }
    }

    @Nested
    class Methods {

        @ParameterizedTest
        @ValueSource(strings = {"initialize", "ping", "logging/setLevel", "resources/subscribe",
            "resources/unsubscribe", "unknown/method", "notifications/initialized"})
        void removedAndUnknownMethodsAreNotFound(String method) {
            JsonNode response = error(Stateless.send(protocol, Stateless.request(500, method, null)),
                    Reply.Kind.NOT_FOUND, -32601, null);
            assertEquals(500, response.path("id").intValue());
        }

        @Test
        void listenIsAcknowledgedAndEndedAtOnceForListsThatNeverChange() {
            String body = Stateless.request(42, "subscriptions/listen",
                    "\"notifications\":{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://x\"]}");
            Reply reply = Stateless.send(protocol, body);
            assertEquals(Reply.Kind.ANSWER, reply.kind(), () -> Stateless.text(reply));
            assertEquals(1, reply.notifications().size());
            JsonNode ack = Stateless.parse(new String(reply.notifications().get(0), StandardCharsets.UTF_8));
            SchemaConformanceTest.assertValid(Stateless.VERSION, "SubscriptionsAcknowledgedNotification", ack);
            assertEquals(42, ack.path("params").path("_meta").path("io.modelcontextprotocol/subscriptionId").intValue());
            assertEquals(0, ack.path("params").path("notifications").size(), "nothing ever changes here");
            JsonNode response = Wire.json(reply);
            Stateless.assertValidResponse(response, "SubscriptionsListenResult");
            JsonNode meta = response.path("result").path("_meta");
            assertEquals(42, meta.path("io.modelcontextprotocol/subscriptionId").intValue());
            assertEquals("calculator", meta.path("io.modelcontextprotocol/serverInfo").path("name").textValue());
            // Not a method of the 2025 revisions: -32601, answered with 200 there.
            Wire.error(Wire.answer(protocol, Wire.request(1, "subscriptions/listen", "{}"), "2025-11-25"), -32601);
        }

        @Test
        void pingIsStillAMethodOf2025() {
            Wire.result(protocol, Wire.request(1, "ping", null), "2025-06-18");
        }
    }

    /**
     * The official example requests of 2026-07-28 (../shared/spec/2026-07-28/examples/*Request/):
     * each is accepted (it passes the request boundary) and, for the methods this server has,
     * answered with a valid result or an error of its method.
     */
    @TestFactory
    Stream<DynamicTest> theOfficialExampleRequestsAreAccepted() throws IOException {
        Path examples = Path.of(System.getProperty("mcplet.shared.dir", "../../shared"), "spec", "2026-07-28", "examples");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
                String type = file.getParent().getFileName().toString();
                String body = Files.readString(file);
                JsonNode message = Stateless.parse(body);
                if (!type.endsWith("Request") || !message.has("id") || !message.has("jsonrpc")) {
                    continue; // params only, or a server-to-client request (sampling, elicitation, roots)
                }
                tests.add(DynamicTest.dynamicTest(type + "/" + file.getFileName(), () -> {
                    Reply reply = Stateless.send(protocol, body);
                    assertTrue(reply.kind() == Reply.Kind.ANSWER || reply.kind() == Reply.Kind.NOT_FOUND,
                            () -> Stateless.text(reply));
                    JsonNode response = Wire.json(reply);
                    assertEquals(message.get("id"), response.get("id"));
                    if (response.has("error")) {
                        int code = response.path("error").path("code").intValue();
                        assertTrue(code == -32601 || code == -32602, () -> Json.toJson(response));
                    }
                    Stateless.assertValidResponse(response, null);
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no example requests under " + examples);
        return tests.stream();
    }
}
