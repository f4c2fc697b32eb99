package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.testing.ContextTools;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A call that sends notifications, through every front door's real event shape: the buffered
 * {@code text/event-stream} answer goes back as a plain string body (never base64), which API
 * Gateway, function URLs and ALB pass through unchanged.
 */
class SseThroughLambdaTest {

    private final McpLambdaHandler handler = new McpLambdaHandler(McpServer.builder().tools(new ContextTools()).build()) {
    };

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#mcpEvents")
    void progressNotificationsThenTheResultInEveryShape(Fixtures.Expected fixture) {
        JsonNode response = Fixtures.json(McpLambdaHandlerTest.invoke(handler, Fixtures.withBody(fixture, "POST",
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"progress\","
                        + "\"_meta\":{\"progressToken\":\"p9\"}}}")));
        assertEquals(200, response.get("statusCode").intValue(), response::toPrettyString);
        assertFalse(response.get("isBase64Encoded").booleanValue(), "an SSE body is text");
        JsonNode headers = response.get("headers");
        String contentType = headers != null ? headers.get("content-type").textValue()
                : response.get("multiValueHeaders").get("content-type").get(0).textValue();
        assertEquals("text/event-stream", contentType);
        String body = response.get("body").textValue();
        String[] events = body.split("\n\n");
        assertEquals(4, events.length, body);
        for (int i = 0; i < 3; i++) {
            assertTrue(events[i].startsWith("event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\""),
                    events[i]);
        }
        assertTrue(events[3].startsWith("event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":9,\"result\":"), events[3]);
    }
}
