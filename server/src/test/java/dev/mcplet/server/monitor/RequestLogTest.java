package dev.mcplet.server.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.testing.CalculatorTools;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request log's lines, asserted whole: every line parses as one JSON object, has its members
 * in the documented order with the documented types, and says what happened to the request.
 */
class RequestLogTest {

    /** Every member a request-log line may have, in order; the first ones are always there. */
    static final List<String> MEMBERS = List.of("time", "level", "event", "requestId", "apiRequestId", "server",
            "revision", "method", "name", "outcome", "errorCode", "status", "durationMs", "traceparent", "xrayTraceId",
            "failure", "errorReference", "exception", "stackTrace", "params", "response");
    static final List<String> REQUIRED = List.of("time", "level", "event", "server", "outcome", "status", "durationMs");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final Capture log = new Capture();
    private final Capture metrics = new Capture();

    @AfterEach
    void clearXray() {
        System.clearProperty("com.amazonaws.xray.traceHeader");
    }

    /** A sink that keeps what it is given. */
    static final class Capture implements LogSink {
        final List<String> lines = new ArrayList<>();
        final List<LogLevel> levels = new ArrayList<>();

        @Override
        public synchronized void write(LogLevel level, String line) {
            levels.add(level);
            lines.add(line);
        }

        JsonNode only() {
            assertEquals(1, lines.size(), lines::toString);
            return parse(lines.get(0));
        }
    }

    /** Parses a line as exactly one JSON object on one line. */
    static JsonNode parse(String line) {
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        JsonNode node;
        try {
            node = Json.parse(line.getBytes(StandardCharsets.UTF_8));
        } catch (JsonReadException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
        assertTrue(node.isObject(), line);
        return node;
    }

    /** The schema of a request-log line: known members, in order, with their types. */
    static void assertRequestLine(JsonNode line) {
        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        for (String required : REQUIRED) {
            assertTrue(names.contains(required), "missing " + required + ": " + line);
        }
        int last = -1;
        for (String name : names) {
            int at = MEMBERS.indexOf(name);
            assertTrue(at > last, "unknown or out-of-order member " + name + ": " + line);
            last = at;
        }
        assertTrue(ISO_TIME.matcher(line.get("time").textValue()).matches(), line.toString());
        assertTrue(List.of("DEBUG", "INFO", "WARN", "ERROR").contains(line.get("level").textValue()));
        assertEquals("mcp.request", line.get("event").textValue());
        assertTrue(List.of("ok", "accepted", "tool_error", "protocol_error", "http_error", "internal_error")
                .contains(line.get("outcome").textValue()), line.toString());
        assertTrue(line.get("status").isIntegralNumber());
        assertTrue(line.get("durationMs").isNumber() && line.get("durationMs").doubleValue() >= 0);
        // A JSON-RPC error's code: every protocol error has one, an internal error when it is -32603 (not HTTP 500).
        String outcome = line.get("outcome").textValue();
        assertTrue(line.has("errorCode") ? List.of("protocol_error", "internal_error").contains(outcome)
                : !"protocol_error".equals(outcome), line.toString());
        for (String text : List.of("requestId", "apiRequestId", "server", "revision", "method", "name", "traceparent",
                "xrayTraceId", "failure", "errorReference", "exception", "stackTrace")) {
            assertTrue(!line.has(text) || line.get(text).isTextual(), text + " is text: " + line);
        }
    }

    private McpServer server(Monitoring monitoring) {
        return McpServer.builder().name("calculator").tools(new CalculatorTools())
                .monitoring(monitoring.logSink(log).metricsSink(metrics)).build();
    }

    private McpServer server() {
        return server(Monitoring.off().requestLog(LogLevel.INFO));
    }

    static HttpResponse post(McpServer server, String body, String version, String... headers) {
        Headers in = new Headers().set("Content-Type", "application/json").set("Accept", "application/json");
        if (version != null) {
            in.set("MCP-Protocol-Version", version);
        }
        for (int i = 0; i < headers.length; i += 2) {
            in.set(headers[i], headers[i + 1]);
        }
        return server.handle(new HttpRequest("POST", "/mcp", in, body.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode lineFor(String body, String version, String... headers) {
        McpServer server = server();
        post(server, body, version, headers);
        JsonNode line = log.only();
        assertRequestLine(line);
        return line;
    }

    static String call(String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @Test
    void aToolCallThatWorkedIsOneInfoLine() {
        JsonNode line = lineFor(call("add", "{\"a\":2,\"b\":3}"), "2025-11-25");
        assertEquals("INFO", line.get("level").textValue());
        assertEquals(LogLevel.INFO, log.levels.get(0));
        assertEquals("calculator", line.get("server").textValue());
        assertEquals("2025-11-25", line.get("revision").textValue());
        assertEquals("tools/call", line.get("method").textValue());
        assertEquals("add", line.get("name").textValue());
        assertEquals("ok", line.get("outcome").textValue());
        assertEquals(200, line.get("status").intValue());
        assertFalse(line.has("requestId") || line.has("traceparent") || line.has("xrayTraceId"), line.toString());
    }

    @Test
    void neverLogsArgumentsResultsOrHeadersUnlessAsked() {
        McpServer server = server();
        post(server, call("add", "{\"a\":123456789,\"b\":987654321}"), "2025-11-25", "Authorization",
                "Bearer secret-token-value");
        String line = log.lines.get(0);
        for (String secret : List.of("123456789", "987654321", "1111111110", "secret-token-value", "Bearer")) {
            assertFalse(line.contains(secret), line);
        }
    }

    @Test
    void payloadsWhenTheAuthorTurnsThemOn() {
        McpServer server = server(Monitoring.off().requestLog(LogLevel.INFO).logPayloads(true));
        post(server, call("add", "{\"a\":2,\"b\":3}"), "2025-11-25");
        JsonNode line = log.only();
        assertRequestLine(line);
        assertEquals("{\"a\":2,\"b\":3}", Json.toJson(line.get("params").get("arguments")));
        assertEquals("5", line.get("response").get("result").get("content").get(0).get("text").textValue());
    }

    @Test
    void toolErrorsAreWarnings() {
        JsonNode line = lineFor(call("add", "{\"a\":\"two\",\"b\":3}"), "2025-11-25");
        assertEquals("tool_error", line.get("outcome").textValue());
        assertEquals("WARN", line.get("level").textValue());
        assertEquals("add", line.get("name").textValue());
        assertEquals(200, line.get("status").intValue());
    }

    @Test
    void protocolErrorsCarryTheirCode() {
        JsonNode unknownTool = lineFor(call("divide", "{}"), "2025-11-25");
        assertEquals("protocol_error", unknownTool.get("outcome").textValue());
        assertEquals(-32602, unknownTool.get("errorCode").intValue());
        assertEquals("divide", unknownTool.get("name").textValue());
        log.lines.clear();
        JsonNode unknownMethod = lineFor("{\"jsonrpc\":\"2.0\",\"id\":\"a\\\"b\",\"method\":\"nope/x\"}", "2025-11-25");
        assertEquals(-32601, unknownMethod.get("errorCode").intValue());
        assertEquals("nope/x", unknownMethod.get("method").textValue());
        log.lines.clear();
        JsonNode parse = lineFor("{not json", "2025-11-25");
        assertEquals(-32700, parse.get("errorCode").intValue());
        assertEquals(400, parse.get("status").intValue());
        assertFalse(parse.has("method"));
        log.lines.clear();
        JsonNode version = lineFor(call("add", "{}"), "1999-01-01");
        assertEquals(-32000, version.get("errorCode").intValue());
        assertEquals(400, version.get("status").intValue());
    }

    @Test
    void underTheStatelessRevisionLinesSayWhatWasAsked() {
        String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"test\",\"version\":\"1.0.0\"},"
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        String add = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{" + meta
                + ",\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}";
        JsonNode ok = lineFor(add, "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "add");
        assertEquals("2026-07-28", ok.get("revision").textValue());
        assertEquals("tools/call", ok.get("method").textValue());
        assertEquals("add", ok.get("name").textValue());
        assertEquals("ok", ok.get("outcome").textValue());

        log.lines.clear();
        JsonNode toolError = lineFor(add.replace("\"a\":2", "\"a\":\"two\""), "2026-07-28", "Mcp-Method", "tools/call",
                "Mcp-Name", "add");
        assertEquals("tool_error", toolError.get("outcome").textValue());
        assertEquals("add", toolError.get("name").textValue());

        log.lines.clear();
        String unknown = "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"nope/x\",\"params\":{" + meta + "}}";
        JsonNode notFound = lineFor(unknown, "2026-07-28", "Mcp-Method", "nope/x");
        assertEquals(404, notFound.get("status").intValue());
        assertEquals(-32601, notFound.get("errorCode").intValue());
        assertEquals("nope/x", notFound.get("method").textValue());
        assertEquals("2026-07-28", notFound.get("revision").textValue());

        log.lines.clear();
        JsonNode mismatch = lineFor(add, "2026-07-28", "Mcp-Method", "tools/list", "Mcp-Name", "add");
        assertEquals(400, mismatch.get("status").intValue());
        assertEquals("tools/call", mismatch.get("method").textValue(), "a refusal still says what was asked");
    }

    @Test
    void initializeReportsTheNegotiatedRevision() {
        JsonNode line = lineFor("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
                null);
        assertEquals("initialize", line.get("method").textValue());
        assertEquals("2025-06-18", line.get("revision").textValue());
        assertEquals("ok", line.get("outcome").textValue());
        assertFalse(line.has("name"), "clientInfo.name is not what was asked for: " + line);
    }

    @Test
    void notificationsAndRefusals() {
        JsonNode notification = lineFor("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", "2025-11-25");
        assertEquals("accepted", notification.get("outcome").textValue());
        assertEquals(202, notification.get("status").intValue());
        log.lines.clear();
        McpServer server = server();
        server.handle(new HttpRequest("GET", "/mcp", new Headers(), null));
        JsonNode get = log.only();
        assertRequestLine(get);
        assertEquals("http_error", get.get("outcome").textValue());
        assertEquals(405, get.get("status").intValue());
        assertEquals("WARN", get.get("level").textValue());
        assertFalse(get.has("method") || get.has("revision"));
    }

    @Test
    void aBatchIsOneLine() {
        JsonNode line = lineFor("[" + call("add", "{\"a\":1,\"b\":1}") + ",{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}]",
                "2025-03-26");
        assertEquals("ok", line.get("outcome").textValue());
        assertFalse(line.has("method"));
    }

    @Test
    void traceparentFromMetaFirstThenTheHeader() {
        String other = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        JsonNode fromHeader = lineFor(call("add", "{\"a\":1,\"b\":1}"), "2025-11-25", "traceparent", TRACEPARENT);
        assertEquals(TRACEPARENT, fromHeader.get("traceparent").textValue());
        log.lines.clear();
        String withMeta = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
                + "\"arguments\":{\"a\":1,\"b\":1},\"_meta\":{\"traceparent\":\"" + other + "\"}}}";
        JsonNode fromMeta = lineFor(withMeta, "2025-11-25", "traceparent", TRACEPARENT);
        assertEquals(other, fromMeta.get("traceparent").textValue());
    }

    @Test
    void malformedTraceparentsAreLeftOut() {
        for (String bad : List.of("hello", TRACEPARENT.toUpperCase(), "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                TRACEPARENT + "-extra", "ff" + TRACEPARENT.substring(2), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0\"")) {
            assertFalse(RequestMonitor.isTraceparent(bad), bad);
        }
        assertTrue(RequestMonitor.isTraceparent(TRACEPARENT));
        assertTrue(RequestMonitor.isTraceparent("01" + TRACEPARENT.substring(2) + "-later"), "a later version may add fields");
        JsonNode line = lineFor(call("add", "{\"a\":1,\"b\":1}"), "2025-11-25", "traceparent", "x\"}\n{\"forged\":1");
        assertFalse(line.has("traceparent"));
    }

    @Test
    void customTraceSourceComesFirst() {
        McpServer server = server(Monitoring.off().requestLog(LogLevel.INFO)
                .traceSources((request, params) -> request.headers().first("x-my-trace"), TraceSource.header()));
        post(server, call("add", "{\"a\":1,\"b\":1}"), "2025-11-25", "x-my-trace", TRACEPARENT);
        assertEquals(TRACEPARENT, log.only().get("traceparent").textValue());
    }

    @Test
    void xrayTraceIdFromTheRuntimesProperty() {
        System.setProperty("com.amazonaws.xray.traceHeader",
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        JsonNode line = lineFor(call("add", "{\"a\":1,\"b\":1}"), "2025-11-25");
        assertEquals("1-5759e988-bd862e3fe1be46a994272793", line.get("xrayTraceId").textValue());
        assertNull(RequestMonitor.xrayRoot("Parent=1;Sampled=0"));
    }

    @Test
    void theThresholdDropsLinesButNotMetrics() {
        McpServer server = server(Monitoring.off().requestLog(LogLevel.WARN).emfMetrics("test"));
        post(server, call("add", "{\"a\":1,\"b\":1}"), "2025-11-25");
        assertTrue(log.lines.isEmpty(), log.lines::toString);
        post(server, call("add", "{\"a\":\"x\",\"b\":1}"), "2025-11-25");
        assertEquals(1, log.lines.size());
        assertEquals(2, metrics.lines.size());
    }

    @Test
    void aSinkThatIsOffIsNotEvenFormattedFor() {
        List<String> written = new ArrayList<>();
        LogSink quiet = new LogSink() {
            @Override
            public boolean enabled(LogLevel level) {
                return level == LogLevel.ERROR;
            }

            @Override
            public void write(LogLevel level, String line) {
                written.add(line);
            }
        };
        McpServer server = McpServer.builder().tools(new CalculatorTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.DEBUG).logSink(quiet)).build();
        post(server, call("add", "{\"a\":1,\"b\":1}"), "2025-11-25");
        assertTrue(written.isEmpty());
    }

    @Test
    void aFailingSinkNeverFailsTheRequest() {
        McpServer server = McpServer.builder().tools(new CalculatorTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO).logSink((level, line) -> {
                    throw new IllegalStateException("disk full");
                })).build();
        HttpResponse response = post(server, call("add", "{\"a\":1,\"b\":1}"), "2025-11-25");
        assertEquals(200, response.status());
    }

    @Test
    void offMeansNoMonitor() {
        assertNull(Monitoring.off().monitor("s"));
        assertNull(Monitoring.off().requestLog(LogLevel.OFF).emfMetrics(null).monitor("s"));
    }
}
