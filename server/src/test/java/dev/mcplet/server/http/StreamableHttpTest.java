package dev.mcplet.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Streamable HTTP rules, through {@link McpServer#handle}: statuses, headers and bodies. */
class StreamableHttpTest {

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

    private final McpServer server = McpServer.builder().name("calculator").version("1.0.0")
            .tools(new CalculatorTools()).build();

    /** A POST as the official SDK clients send it. */
    static Headers clientHeaders() {
        return new Headers().set("Content-Type", "application/json")
                .set("Accept", "application/json, text/event-stream")
                .set("Host", "127.0.0.1:8080");
    }

    static HttpRequest post(String body, Headers headers) {
        return new HttpRequest("POST", "/mcp", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse send(McpServer server, String method, String path, Headers headers, String body) {
        return server.handle(new HttpRequest(method, path, headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Asserts a JSON error body (id null) and returns its message. */
    static String errorBody(HttpResponse response, int status, int code) {
        assertEquals(status, response.status(), response::bodyText);
        assertEquals("application/json", response.headers().first("content-type"));
        JsonNode body;
        try {
            body = Json.parse(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.bodyText(), e);
        }
        assertEquals("2.0", body.path("jsonrpc").textValue());
        assertTrue(body.get("id").isNull(), response::bodyText);
        assertEquals(code, body.path("error").path("code").intValue(), response::bodyText);
        String message = body.path("error").path("message").textValue();
        assertFalse(message.contains("Exception"), message);
        return message;
    }

    @Nested
    class Post {

        @Test
        void requestGets200JsonWithoutSessionId() {
            HttpResponse response = server.handle(post(INITIALIZE, clientHeaders()));
            assertEquals(200, response.status());
            assertEquals("application/json", response.headers().first("Content-Type"));
            assertFalse(response.headers().contains("Mcp-Session-Id"), "stateless: never a session");
            assertTrue(response.bodyText().startsWith("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{"), response.bodyText());
        }

        @Test
        void aSessionIdSentByTheClientIsIgnored() {
            HttpResponse response = server.handle(post(LIST, clientHeaders().set("Mcp-Session-Id", "abc")
                    .set("MCP-Protocol-Version", "2025-11-25")));
            assertEquals(200, response.status());
            assertFalse(response.headers().contains("Mcp-Session-Id"));
        }

        @Test
        void notificationGets202WithNoBody() {
            HttpResponse response = server.handle(post(INITIALIZED, clientHeaders().set("mcp-protocol-version", "2025-11-25")));
            assertEquals(202, response.status());
            assertEquals(0, response.body().length);
            assertFalse(response.headers().contains("Content-Type"));
        }

        @Test
        void clientResponseGets202() {
            assertEquals(202, server.handle(post("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}", clientHeaders())).status());
        }

        @Test
        void parseErrorGets400WithJsonRpcError() {
            assertTrue(errorBody(server.handle(post("{not json", clientHeaders())), 400, -32700).startsWith("Parse error"));
        }

        @Test
        void invalidMessageGets400() {
            errorBody(server.handle(post("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", clientHeaders())), 400,
                    -32600);
        }

        @Test
        void jsonRpcErrorsToValidRequestsAre200() {
            HttpResponse response = server.handle(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}", clientHeaders()));
            assertEquals(200, response.status());
            assertTrue(response.bodyText().contains("-32601"));
        }

        @Test
        void batchIn20250326Gets200Array() {
            HttpResponse response = server.handle(post("[" + LIST + "," + INITIALIZED + "]",
                    clientHeaders().set("MCP-Protocol-Version", "2025-03-26")));
            assertEquals(200, response.status());
            assertTrue(response.bodyText().startsWith("[{"), response.bodyText());
        }

        @Test
        void batchOfNotificationsGets202() {
            assertEquals(202, server.handle(post("[" + INITIALIZED + "]", clientHeaders())).status());
        }

        @Test
        void batchIn20251125Gets400() {
            errorBody(server.handle(post("[" + LIST + "]", clientHeaders().set("MCP-Protocol-Version", "2025-11-25"))),
                    400, -32600);
        }
    }

    @Nested
    class ProtocolVersionHeader {

        @Test
        void unsupportedValueGets400() throws Exception {
            HttpResponse response = server.handle(post(LIST, clientHeaders().set("MCP-Protocol-Version", "2024-10-07")));
            assertEquals(400, response.status(), response::bodyText);
            JsonNode body = Json.parse(response.body());
            // JSON-RPC 2.0, section 5: the id was read, so the error carries it.
            assertEquals(1, body.path("id").intValue(), response::bodyText);
            assertEquals(-32000, body.path("error").path("code").intValue());
            assertTrue(body.path("error").path("message").textValue().contains("2024-10-07"), response::bodyText);
            assertEquals("{\"supported\":[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\",\"2024-11-05\"],"
                    + "\"requested\":\"2024-10-07\"}", Json.toJson(body.path("error").path("data")));
        }

        @Test
        void absentHeaderIsServedAs20250326() {
            HttpResponse response = server.handle(post(LIST, clientHeaders()));
            assertEquals(200, response.status());
            assertTrue(response.bodyText().contains("\"annotations\":{\"title\":\"Add\""), response.bodyText());
        }

        @Test
        void initializeDoesNotNeedIt() {
            assertEquals(200, server.handle(post(INITIALIZE, clientHeaders().set("MCP-Protocol-Version", "bogus"))).status());
        }

        @Test
        void nameIsCaseInsensitive() {
            HttpResponse response = server.handle(post(LIST, clientHeaders().set("mcp-protocol-version", "bogus")));
            assertEquals(400, response.status(), response::bodyText);
            assertTrue(response.bodyText().contains("'bogus'"), response::bodyText);
        }
    }

    @Nested
    class Methods {

        @ParameterizedTest
        @ValueSource(strings = {"GET", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"})
        void otherMethodsGet405AllowPost(String method) {
            HttpResponse response = send(server, method, "/mcp",
                    new Headers().set("Accept", "text/event-stream").set("Mcp-Session-Id", "x"), "");
            errorBody(response, 405, -32000);
            assertEquals("POST", response.headers().first("Allow"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/", "/mcp/tools", "/MCP", "/mcpx", "/api/mcp"})
        void otherPathsGet404(String path) {
            String message = errorBody(send(server, "POST", path, clientHeaders(), LIST), 404, -32000);
            assertTrue(message.contains("/mcp"), message);
        }

        @Test
        void aTrailingSlashIsTolerated() {
            assertEquals(200, send(server, "POST", "/mcp/", clientHeaders(), LIST).status());
        }

        @Test
        void theEndpointPathIsConfigurable() {
            McpServer custom = McpServer.builder().tools(new CalculatorTools()).endpointPath("/api/v1/mcp/").build();
            assertEquals("/api/v1/mcp", custom.endpointPath());
            assertEquals(200, send(custom, "POST", "/api/v1/mcp", clientHeaders(), LIST).status());
            assertEquals(404, send(custom, "POST", "/mcp", clientHeaders(), LIST).status());
        }
    }

    @Nested
    class Accept {

        @ParameterizedTest
        @ValueSource(strings = {"application/json, text/event-stream", "text/event-stream, application/json",
            "application/json", "application/*", "*/*", "Application/JSON", "text/event-stream;q=1, application/json;q=0.1",
            "application/json; charset=utf-8", "text/html, */*;q=0.8", "  "})
        void admittingJsonIsEnough(String accept) {
            assertEquals(200, server.handle(post(LIST, clientHeaders().set("Accept", accept))).status(), accept);
        }

        @Test
        void absentAcceptAdmitsAnything() {
            assertEquals(200, server.handle(post(LIST, clientHeaders().remove("Accept"))).status());
        }

        @Test
        void severalAcceptHeadersAreCombined() {
            Headers headers = clientHeaders().set("Accept", "text/event-stream").add("Accept", "application/json");
            assertEquals(200, server.handle(post(LIST, headers)).status());
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/event-stream", "text/html", "application/xml", "application/json;q=0",
            "application/json;q=0, */*", "*/*;q=0.0", "application/json-seq", "application/jsonx"})
        void notAdmittingJsonGets406(String accept) {
            errorBody(server.handle(post(LIST, clientHeaders().set("Accept", accept))), 406, -32000);
        }
    }

    @Nested
    class ContentType {

        @ParameterizedTest
        @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "APPLICATION/JSON", "application/json; charset=\"utf-8\"", "application/json ; foo=bar"})
        void jsonIsAccepted(String contentType) {
            assertEquals(200, server.handle(post(LIST, clientHeaders().set("Content-Type", contentType))).status());
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/json-patch+json", "application/json; charset=iso-8859-1", ""})
        void otherTypesGet415(String contentType) {
            errorBody(server.handle(post(LIST, clientHeaders().set("Content-Type", contentType))), 415, -32000);
        }

        @Test
        void absentContentTypeGets415() {
            errorBody(server.handle(post(LIST, clientHeaders().remove("Content-Type"))), 415, -32000);
        }
    }

    @Nested
    class BodyLimit {

        private final McpServer small = McpServer.builder().tools(new CalculatorTools()).maxBodyBytes(100).build();

        @Test
        void bodyOverTheLimitGets413() {
            String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(100) + "\"}}";
            assertTrue(errorBody(small.handle(post(big, clientHeaders())), 413, -32000).contains("100"));
        }

        @Test
        void declaredLengthOverTheLimitGets413() {
            errorBody(small.handle(post(LIST, clientHeaders().set("Content-Length", "1000000"))), 413, -32000);
        }

        @Test
        void bodyAtTheLimitIsServed() {
            String body = LIST.replace("}", "") + ",\"params\":{\"p\":\"";
            body = body + "x".repeat(100 - body.length() - 3) + "\"}}";
            assertEquals(100, body.length());
            assertEquals(200, small.handle(post(body, clientHeaders())).status());
        }
    }

    @Nested
    class Origins {

        @ParameterizedTest
        @ValueSource(strings = {"http://localhost:6274", "http://127.0.0.1:8080", "http://[::1]:3000", "http://localhost",
            "https://LOCALHOST:443"})
        void loopbackOriginsAreAllowedByDefault(String origin) {
            assertEquals(200, server.handle(post(LIST, clientHeaders().set("Origin", origin))).status());
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://evil.example.com", "http://localhost.evil.com", "null", "http://127.0.0.2:80",
            "file://"})
        void otherOriginsGet403(String origin) {
            // transports, Security Warning: present and invalid -> 403.
            errorBody(server.handle(post(LIST, clientHeaders().set("Origin", origin))), 403, -32000);
        }

        @Test
        void requestsWithoutOriginAreNotAffected() {
            assertNull(clientHeaders().first("Origin"));
            assertEquals(200, server.handle(post(LIST, clientHeaders())).status());
        }

        @Test
        void theAllowListIsConfigurable() {
            McpServer configured = McpServer.builder().tools(new CalculatorTools())
                    .allowedOrigins("https://app.example.com", "http://localhost:5173").build();
            assertEquals(200, configured.handle(post(LIST, clientHeaders().set("Origin", "https://app.example.com")))
                    .status());
            assertEquals(200, configured.handle(post(LIST, clientHeaders().set("Origin", "https://app.example.com:443")))
                    .status());
            assertEquals(200, configured.handle(post(LIST, clientHeaders().set("Origin", "http://localhost:5173")))
                    .status());
            assertEquals(403, configured.handle(post(LIST, clientHeaders().set("Origin", "http://localhost:6274")))
                    .status(), "the configured list replaces the default");
            assertEquals(403, configured.handle(post(LIST, clientHeaders().set("Origin", "https://app.example.com:8443")))
                    .status());
        }

        @Test
        void starAllowsEveryOrigin() {
            McpServer open = McpServer.builder().tools(new CalculatorTools()).allowedOrigins("*").build();
            assertEquals(200, open.handle(post(LIST, clientHeaders().set("Origin", "https://anything.example"))).status());
        }
    }

    @Nested
    class Hosts {

        @Test
        void noHostGuardByDefault() {
            assertEquals(200, server.handle(post(LIST, clientHeaders().set("Host", "abc.execute-api.eu-west-1.amazonaws.com")))
                    .status());
        }

        @Test
        void allowedHostsTurnsTheGuardOn() {
            McpServer guarded = McpServer.builder().tools(new CalculatorTools()).allowedHosts("mcp.example.com",
                    "api.example.com:8443").build();
            assertEquals(List.of("mcp.example.com", "api.example.com:8443"), guarded.allowedHosts());
            assertEquals(200, guarded.handle(post(LIST, clientHeaders().set("Host", "mcp.example.com"))).status());
            assertEquals(200, guarded.handle(post(LIST, clientHeaders().set("Host", "MCP.example.com:443"))).status());
            assertEquals(200, guarded.handle(post(LIST, clientHeaders().set("Host", "api.example.com:8443"))).status());
            errorBody(guarded.handle(post(LIST, clientHeaders().set("Host", "api.example.com:9999"))), 403, -32000);
            assertTrue(errorBody(guarded.handle(post(LIST, clientHeaders().set("Host", "evil.example.com"))), 403, -32000)
                    .contains("evil.example.com"));
            errorBody(guarded.handle(post(LIST, clientHeaders().remove("Host"))), 403, -32000);
        }

        @ParameterizedTest
        @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:65535", "[::1]", "[::1]:8080",
            "LocalHost:1"})
        void theLoopbackGuardAdmitsLoopbackNames(String host) {
            HostGuard guard = new HostGuard(server, HostGuard.LOOPBACK);
            assertEquals(200, guard.handle(post(LIST, clientHeaders().set("Host", host))).status(), host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"evil.example.com", "evil.example.com:8080", "127.0.0.2", "localhost.evil.com",
            "[::2]:8080", "0.0.0.0:8080", ""})
        void theLoopbackGuardRefusesOtherNames(String host) {
            HostGuard guard = new HostGuard(server, HostGuard.LOOPBACK);
            errorBody(guard.handle(post(LIST, clientHeaders().set("Host", host))), 403, -32000);
        }
    }

    @Nested
    class Cors {

        private final McpServer browser = McpServer.builder().tools(new CalculatorTools()).cors(true)
                .allowedOrigins("https://app.example.com").corsMaxAgeSeconds(120).build();

        @Test
        void isOffByDefault() {
            HttpResponse response = server.handle(post(LIST, clientHeaders().set("Origin", "http://localhost:6274")));
            assertFalse(response.headers().contains("Access-Control-Allow-Origin"));
            HttpResponse preflight = send(server, "OPTIONS", "/mcp", new Headers().set("Origin", "http://localhost:6274")
                    .set("Access-Control-Request-Method", "POST"), "");
            assertEquals(405, preflight.status());
        }

        @Test
        void preflightIsAnswered() {
            HttpResponse response = send(browser, "OPTIONS", "/mcp", new Headers().set("Origin", "https://app.example.com")
                    .set("Access-Control-Request-Method", "POST")
                    .set("Access-Control-Request-Headers", "content-type, mcp-protocol-version"), "");
            assertEquals(204, response.status());
            assertEquals(0, response.body().length);
            assertEquals("https://app.example.com", response.headers().first("Access-Control-Allow-Origin"));
            assertEquals("POST, GET, DELETE, OPTIONS", response.headers().first("Access-Control-Allow-Methods"));
            assertEquals("Content-Type, Accept, Authorization, Mcp-Protocol-Version, Mcp-Method, Mcp-Name, Mcp-Session-Id, Last-Event-ID",
                    response.headers().first("Access-Control-Allow-Headers"));
            assertEquals("120", response.headers().first("Access-Control-Max-Age"));
            assertEquals("Origin", response.headers().first("Vary"));
            assertNull(response.headers().first("Access-Control-Allow-Credentials"));
        }

        @Test
        void answersCarryTheCorsHeaders() {
            HttpResponse response = browser.handle(post(LIST, clientHeaders().set("Origin", "https://app.example.com")));
            assertEquals(200, response.status());
            assertEquals("https://app.example.com", response.headers().first("Access-Control-Allow-Origin"));
            assertEquals("Mcp-Session-Id", response.headers().first("Access-Control-Expose-Headers"));
            HttpResponse accepted = browser.handle(post(INITIALIZED, clientHeaders().set("Origin", "https://app.example.com")));
            assertEquals(202, accepted.status());
            assertEquals("https://app.example.com", accepted.headers().first("Access-Control-Allow-Origin"));
            HttpResponse refused = browser.handle(post(LIST, clientHeaders().set("Origin", "https://app.example.com")
                    .set("Content-Type", "text/plain")));
            assertEquals(415, refused.status());
            assertEquals("https://app.example.com", refused.headers().first("Access-Control-Allow-Origin"),
                    "browser scripts can read why they were refused");
        }

        @Test
        void methodNotAllowedListsOptionsToo() {
            HttpResponse response = send(browser, "GET", "/mcp", new Headers().set("Origin", "https://app.example.com"), "");
            assertEquals(405, response.status());
            assertEquals("POST, OPTIONS", response.headers().first("Allow"));
            assertEquals("https://app.example.com", response.headers().first("Access-Control-Allow-Origin"));
        }

        @Test
        void preflightFromAnotherOriginGets403() {
            HttpResponse response = send(browser, "OPTIONS", "/mcp", new Headers().set("Origin", "https://evil.example")
                    .set("Access-Control-Request-Method", "POST"), "");
            errorBody(response, 403, -32000);
            assertFalse(response.headers().contains("Access-Control-Allow-Origin"));
        }

        @Test
        void answersWithoutOriginHaveNoCorsHeaders() {
            assertFalse(browser.handle(post(LIST, clientHeaders())).headers().contains("Access-Control-Allow-Origin"));
        }
    }
}
