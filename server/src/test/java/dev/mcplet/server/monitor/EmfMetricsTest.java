package dev.mcplet.server.monitor;

import static dev.mcplet.server.monitor.RequestLogTest.call;
import static dev.mcplet.server.monitor.RequestLogTest.parse;
import static dev.mcplet.server.monitor.RequestLogTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Embedded Metric Format lines, checked against the rules of the EMF specification: an
 * {@code _aws} member with a millisecond {@code Timestamp} and {@code CloudWatchMetrics}
 * directives; every dimension a string member of the root; every metric a number member of the
 * root; at most 30 dimensions per set; units CloudWatch knows.
 */
class EmfMetricsTest {

    private final RequestLogTest.Capture metrics = new RequestLogTest.Capture();
    private final McpServer server = McpServer.builder().name("calculator").tools(new CalculatorTools())
            .monitoring(Monitoring.off().emfMetrics("mcplet-test").metricsSink(metrics)).build();

    /** Checks one line against the EMF specification and returns it. */
    static JsonNode assertEmf(String text) {
        JsonNode line = parse(text);
        JsonNode aws = line.get("_aws");
        assertTrue(aws != null && aws.isObject(), text);
        long timestamp = aws.get("Timestamp").longValue();
        assertTrue(Math.abs(System.currentTimeMillis() - timestamp) < 60_000, "Timestamp is epoch millis: " + text);
        JsonNode directives = aws.get("CloudWatchMetrics");
        assertEquals(1, directives.size());
        JsonNode directive = directives.get(0);
        assertEquals(Set.of("Namespace", "Dimensions", "Metrics"), names(directive));
        assertTrue(directive.get("Namespace").isTextual());
        for (JsonNode set : directive.get("Dimensions")) {
            assertTrue(set.isArray() && set.size() >= 1 && set.size() <= 30, text);
            for (JsonNode dimension : set) {
                JsonNode value = line.get(dimension.textValue());
                assertTrue(value != null && value.isTextual() && !value.textValue().isEmpty(),
                        "dimension " + dimension + " is a string member: " + text);
            }
        }
        for (JsonNode metric : directive.get("Metrics")) {
            assertEquals(Set.of("Name", "Unit"), names(metric));
            assertTrue(Set.of("Count", "Milliseconds").contains(metric.get("Unit").textValue()));
            JsonNode value = line.get(metric.get("Name").textValue());
            assertTrue(value != null && value.isNumber(), "metric " + metric + " is a number member: " + text);
        }
        return line;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> dimensionSets(JsonNode line) {
        List<String> sets = new ArrayList<>();
        for (JsonNode set : line.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions")) {
            sets.add(Json.toJson(set));
        }
        return sets;
    }

    @Test
    void aToolCallCountsPerMethodAndPerTool() {
        post(server, call("add", "{\"a\":2,\"b\":3}"), "2025-11-25");
        JsonNode line = assertEmf(metrics.lines.get(0));
        assertEquals("mcplet-test", line.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").textValue());
        assertEquals(List.of("[\"Server\",\"Method\"]", "[\"Server\",\"Method\",\"Name\"]"), dimensionSets(line));
        assertEquals("calculator", line.get("Server").textValue());
        assertEquals("tools/call", line.get("Method").textValue());
        assertEquals("add", line.get("Name").textValue());
        assertEquals(1, line.get("Requests").intValue());
        assertEquals(0, line.get("ToolErrors").intValue() + line.get("ProtocolErrors").intValue()
                + line.get("HttpErrors").intValue() + line.get("InternalErrors").intValue());
        assertTrue(line.get("Latency").doubleValue() >= 0);
        assertEquals("ok", line.get("outcome").textValue());
        assertEquals(LogLevel.INFO, metrics.levels.get(0));
    }

    @Test
    void errorsByKind() {
        post(server, call("add", "{\"a\":\"x\"}"), "2025-11-25");
        post(server, call("nope", "{}"), "2025-11-25");
        server.handle(new HttpRequest("DELETE", "/mcp", new Headers(), null));
        JsonNode toolError = assertEmf(metrics.lines.get(0));
        assertEquals(1, toolError.get("ToolErrors").intValue());
        assertEquals("add", toolError.get("Name").textValue());
        JsonNode unknownTool = assertEmf(metrics.lines.get(1));
        assertEquals(1, unknownTool.get("ProtocolErrors").intValue());
        assertFalse(unknownTool.has("Name"), "a made-up tool name is no dimension: " + unknownTool);
        assertEquals(List.of("[\"Server\",\"Method\"]"), dimensionSets(unknownTool));
        JsonNode refused = assertEmf(metrics.lines.get(2));
        assertEquals(1, refused.get("HttpErrors").intValue());
        assertEquals("(http)", refused.get("Method").textValue());
    }

    @Test
    void unknownMethodsShareOneDimensionValue() {
        post(server, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"made/up/" + System.nanoTime() + "\"}", "2025-11-25");
        JsonNode line = assertEmf(metrics.lines.get(0));
        assertEquals("(other)", line.get("Method").textValue());
        assertEquals(1, line.get("ProtocolErrors").intValue());
    }

    @Test
    void theLogIsOffWhenOnlyMetricsAreOn() {
        RequestLogTest.Capture log = new RequestLogTest.Capture();
        McpServer quiet = McpServer.builder().tools(new CalculatorTools())
                .monitoring(Monitoring.off().logSink(log).emfMetrics("m").metricsSink(metrics)).build();
        post(quiet, call("add", "{\"a\":2,\"b\":3}"), "2025-11-25");
        assertTrue(log.lines.isEmpty());
        assertEquals(1, metrics.lines.size());
    }
}
