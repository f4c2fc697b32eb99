package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.monitor.LogLevel;
import dev.mcplet.server.monitor.Monitoring;
import dev.mcplet.server.testing.CalculatorTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On Lambda, each line carries the invocation's request id and API Gateway's, from real event payloads. */
class LambdaRequestLogTest {

    private static final String AWS_REQUEST_ID = "8f5a2c1e-6d7b-4e3f-9a0b-1c2d3e4f5a6b";

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#mcpEvents")
    void requestIdsFromTheContextAndTheEvent(Fixtures.Expected fixture) throws Exception {
        List<String> lines = new ArrayList<>();
        McpServer server = McpServer.builder().name("calculator").tools(new CalculatorTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO).logSink((level, line) -> lines.add(line)))
                .build();
        McpLambdaHandler handler = new McpLambdaHandler(server) {
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(fixture.bytes()), out, StubLambdaContext.withRequestId(AWS_REQUEST_ID));
        assertEquals(1, lines.size());
        JsonNode line = Json.parse(lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(AWS_REQUEST_ID, line.get("requestId").textValue());
        JsonNode apiRequestId = fixture.json().path("requestContext").get("requestId");
        if (apiRequestId == null) {
            assertFalse(line.has("apiRequestId"), "ALB events carry no request id: " + line);
        } else {
            assertEquals(apiRequestId.textValue(), line.get("apiRequestId").textValue());
        }
        assertEquals("initialize", line.get("method").textValue());
        assertEquals("2025-11-25", line.get("revision").textValue());
        assertEquals("ok", line.get("outcome").textValue());
    }

    @org.junit.jupiter.api.Test
    void theTypedRestHandlerCarriesTheIdsToo() throws Exception {
        List<String> lines = new ArrayList<>();
        McpServer server = McpServer.builder().name("calculator").tools(new CalculatorTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO).logSink((level, line) -> lines.add(line)))
                .build();
        McpApiGatewayV1Handler handler = new McpApiGatewayV1Handler(server) {
        };
        com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent event =
                new com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent()
                        .withHttpMethod("POST").withPath("/mcp")
                        .withHeaders(java.util.Map.of("Content-Type", "application/json"))
                        .withBody(Fixtures.MCP_BODY)
                        .withRequestContext(new com.amazonaws.services.lambda.runtime.events
                                .APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("typed-request-1"));
        assertEquals(200, handler.handleRequest(event, StubLambdaContext.withRequestId(AWS_REQUEST_ID)).getStatusCode().intValue());
        JsonNode line = Json.parse(lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(AWS_REQUEST_ID, line.get("requestId").textValue());
        assertEquals("typed-request-1", line.get("apiRequestId").textValue());
    }

    @org.junit.jupiter.api.Test
    void aToolsStackTraceIsInItsInvocationsLineNotOnStandardError() throws Exception {
        List<String> lines = new ArrayList<>();
        McpServer server = McpServer.builder().name("showcase").tools(new dev.mcplet.server.testing.ShowcaseTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO).logSink((level, line) -> lines.add(line)))
                .build();
        McpLambdaHandler handler = new McpLambdaHandler(server) {
        };
        Fixtures.Expected rest = Fixtures.events(LambdaHttpEvent.Shape.REST).findFirst().orElseThrow();
        byte[] event = Fixtures.withBody(rest, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"runtime_exception\"}}");
        dev.mcplet.server.testing.CapturedErr err = dev.mcplet.server.testing.CapturedErr.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, StubLambdaContext.withRequestId(AWS_REQUEST_ID));
        } finally {
            err.stop();
        }
        assertEquals("", err.text(), "one event, not one per line of a trace");
        assertEquals(1, lines.size());
        JsonNode line = Json.parse(lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(AWS_REQUEST_ID, line.get("requestId").textValue());
        assertEquals("ERROR", line.get("level").textValue());
        assertEquals("tool 'runtime_exception' failed", line.get("failure").textValue());
        String body = Json.parse(out.toByteArray()).get("body").textValue();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("(reference " + line.get("errorReference").textValue() + ")"),
                body);
        org.junit.jupiter.api.Assertions.assertTrue(line.get("stackTrace").textValue()
                .contains("\tat dev.mcplet.server.testing.ShowcaseTools.call("), line.toString());
    }
}
