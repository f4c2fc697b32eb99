package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.monitor.LogLevel;
import dev.mcplet.server.monitor.Monitoring;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SnapStart priming in process: what it sends through each handler's entry point, that no tool
 * method runs, and that it never fails the snapshot. (That the Lambda runtime actually fires it
 * before the snapshot is shown by {@link LambdaRuntimeTest}.)
 */
class SnapStartPrimingTest {

    private static final String PRIMED = "initialize 200, notifications/initialized 202, tools/list 200,"
            + " tools/call 'add' 200 (isError, as intended)";

    private final StrictCalculatorTools tools = new StrictCalculatorTools();
    private final McpServer server = McpServer.builder().name("calculator").version("1.0.0").tools(tools).build();

    /** Records what reaches the server. */
    private static final class Spy implements HttpEndpoint {
        final List<String> seen = new ArrayList<>();
        final HttpEndpoint next;

        Spy(HttpEndpoint next) {
            this.next = next;
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            String body = new String(request.body(), StandardCharsets.UTF_8);
            seen.add(request.method() + " " + request.path() + " " + body);
            return next.handle(request);
        }
    }

    @Test
    void theRawHandlerPrimesThroughRestAndHttpApiEventsWithoutRunningATool() {
        Spy spy = new Spy(server);
        McpLambdaHandler handler = new McpLambdaHandler(spy, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        String report = handler.priming().prime();
        assertTrue(report.startsWith(SnapStartPriming.REPORT_PREFIX + ": API Gateway REST API events: " + PRIMED
                + "; API Gateway HTTP API events: " + PRIMED + " ("), report);
        assertEquals(0, tools.runs.get(), "no user code ran");
        assertEquals(8, spy.seen.size(), spy.seen.toString());
        assertTrue(spy.seen.get(3).startsWith("POST /mcp {\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"add\",\"arguments\":{\"__mcplet_priming__\":true}}}"), spy.seen.get(3));
    }

    @Test
    void theServerBuiltConstructorPrimesTheServersOwnPathAndHost() {
        McpServer custom = McpServer.builder().tools(tools).endpointPath("/api/mcp").allowedHosts("mcp.example.com")
                .build();
        McpLambdaHandler handler = new McpLambdaHandler(custom, custom.endpointPath(),
                McpLambdaHandler.firstHost(custom.allowedHosts()), SnapStartPriming.SNAP_START) {
        };
        String report = handler.priming().prime();
        assertTrue(report.contains("REST API events: " + PRIMED), report);
        assertTrue(report.contains("HTTP API events: " + PRIMED), report);
    }

    @Test
    void withoutToolsThereIsNoCall() {
        McpServer empty = McpServer.builder().build();
        McpLambdaHandler handler = new McpLambdaHandler(empty, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        String report = handler.priming().prime();
        assertTrue(report.contains("REST API events: initialize 200, notifications/initialized 202, tools/list 200,"
                + " no tool to call; "), report);
    }

    @Test
    void aFailureIsReportedNotThrown() {
        HttpEndpoint broken = request -> {
            throw new IllegalStateException("boom");
        };
        McpLambdaHandler handler = new McpLambdaHandler(broken, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        String report = handler.priming().prime();
        assertTrue(report.contains("REST API events: failed: java.lang.IllegalStateException: boom"), report);
    }

    @Test
    void beforeCheckpointWritesOneLineToStandardError() {
        McpLambdaHandler handler = new McpLambdaHandler(server, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            handler.priming().beforeCheckpoint(null);
            handler.priming().afterRestore(null);
        } finally {
            System.setErr(original);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length, captured.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].startsWith(SnapStartPriming.REPORT_PREFIX + ": "), lines[0]);
    }

    @Test
    void typedHandlersPrimeThroughTheirOwnEntryPoints() {
        McpApiGatewayV1Handler v1 = new McpApiGatewayV1Handler(server, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        McpApiGatewayV2Handler v2 = new McpApiGatewayV2Handler(server, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        McpAlbHandler alb = new McpAlbHandler(server, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        assertNotNull(v1.priming());
        assertEquals(SnapStartPriming.REPORT_PREFIX + ": API Gateway REST API events: " + PRIMED,
                withoutTime(v1.priming().prime()));
        assertEquals(SnapStartPriming.REPORT_PREFIX + ": API Gateway HTTP API events: " + PRIMED,
                withoutTime(v2.priming().prime()));
        assertEquals(SnapStartPriming.REPORT_PREFIX + ": ALB events: " + PRIMED, withoutTime(alb.priming().prime()));
        assertEquals(0, tools.runs.get());
    }

    @Test
    void primingStaysOutOfTheRequestLogAndTheMetrics() throws Exception {
        List<String> log = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        McpServer monitored = McpServer.builder().name("calculator").tools(tools)
                .monitoring(Monitoring.off().requestLog(LogLevel.DEBUG).logSink((level, line) -> log.add(line))
                        .emfMetrics("mcplet").metricsSink((level, line) -> metrics.add(line)))
                .build();
        McpLambdaHandler raw = new McpLambdaHandler(monitored, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        McpApiGatewayV1Handler v1 = new McpApiGatewayV1Handler(monitored, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        McpApiGatewayV2Handler v2 = new McpApiGatewayV2Handler(monitored, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        McpAlbHandler alb = new McpAlbHandler(monitored, "/mcp", null, SnapStartPriming.SNAP_START) {
        };
        for (SnapStartPriming priming : List.of(raw.priming(), v1.priming(), v2.priming(), alb.priming())) {
            assertTrue(priming.prime().contains(PRIMED));
        }
        assertEquals(List.of(), log, "no client asked for these");
        assertEquals(List.of(), metrics, "a priming tools/call must not count as a tool error");

        // The first real invocation after the snapshot is reported as usual.
        Fixtures.Expected rest = Fixtures.events(LambdaHttpEvent.Shape.REST).findFirst().orElseThrow();
        raw.handleRequest(new java.io.ByteArrayInputStream(rest.bytes()), new ByteArrayOutputStream(),
                StubLambdaContext.withRequestId("after-restore-1"));
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("\"requestId\":\"after-restore-1\""), log.get(0));
        assertEquals(1, metrics.size());
        // Outside priming, a call without a context (a test's) is reported too.
        raw.handleRequest(new java.io.ByteArrayInputStream(rest.bytes()), new ByteArrayOutputStream(), null);
        assertEquals(2, log.size());
    }

    private static String withoutTime(String report) {
        return report.substring(0, report.lastIndexOf(" ("));
    }
}
