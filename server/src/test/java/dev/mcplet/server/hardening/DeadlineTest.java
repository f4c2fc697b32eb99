package dev.mcplet.server.hardening;

import static dev.mcplet.server.hardening.HostileInputTest.call;
import static dev.mcplet.server.hardening.HostileInputTest.json;
import static dev.mcplet.server.hardening.HostileInputTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.lambda.FuzzedLambda;
import dev.mcplet.server.lambda.StubLambdaContext;
import dev.mcplet.server.testing.CapturedErr;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A slow tool is answered with a tool error at the request's deadline, not by a gateway timeout. */
class DeadlineTest {

    private static JsonNode result(HttpResponse response) throws Exception {
        assertEquals(200, response.status(), response::bodyText);
        return json(response).path("result");
    }

    @Test
    void aToolStillRunningAtTheRequestTimeoutIsAToolError() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).requestTimeout(Duration.ofMillis(300)).build();
        CapturedErr err = CapturedErr.start();
        long started = System.nanoTime();
        JsonNode result;
        try {
            result = result(post(server, call("slow", "{\"millis\":3000}"), "2025-11-25"));
        } finally {
            err.stop();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 250 && millis < 2000, millis + " ms");
        assertTrue(result.path("isError").booleanValue(), result.toString());
        assertTrue(result.path("content").path(0).path("text").textValue().contains("did not finish"), result.toString());
        assertTrue(err.text().contains("still running at its request's deadline"), err.text());
    }

    @Test
    void withADeadlineFastToolsAndTheirFailuresAreAnsweredAsWithout() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).requestTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 20; i++) { // reuses the worker
            JsonNode result = result(post(server, call("shout", "{\"text\":\"hi " + i + "\"}"), "2025-11-25"));
            assertEquals("HI " + i + "!", result.path("content").path(0).path("text").textValue());
        }
        CapturedErr err = CapturedErr.start();
        JsonNode failed;
        try {
            failed = result(post(server, call("disk_full", "{}"), "2025-11-25"));
        } finally {
            err.stop();
        }
        assertTrue(failed.path("isError").booleanValue());
        assertFalse(failed.path("content").path(0).path("text").textValue().contains("/var/orders"));
        JsonNode invalid = result(post(server, call("shout", "{\"text\":1}"), "2025-11-25"));
        assertTrue(invalid.path("content").path(0).path("text").textValue().startsWith("Invalid arguments"));
    }

    @Test
    void onLambdaTheDeadlineIsTheInvocationsRemainingTimeLessTheMargin() throws Exception {
        McpServer server = McpServer.builder().tools(new HostileTools()).lambdaDeadlineMargin(Duration.ofMillis(1500))
                .build();
        String body = call("slow", "{\"millis\":5000}").replace("\"", "\\\"");
        String event = "{\"httpMethod\":\"POST\",\"path\":\"/mcp\",\"headers\":{\"Content-Type\":\"application/json\","
                + "\"MCP-Protocol-Version\":\"2025-11-25\"},\"requestContext\":{\"stage\":\"Prod\"},\"body\":\"" + body
                + "\",\"isBase64Encoded\":false}";
        CapturedErr err = CapturedErr.start();
        long started = System.nanoTime();
        byte[] out;
        try {
            out = FuzzedLambda.handle(server, event.getBytes(StandardCharsets.UTF_8), StubLambdaContext.withRemainingMillis(2500)).bytes();
        } finally {
            err.stop();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        // About 2500 - 1500 ms; the bound that matters is the invocation's end (2500 ms), which
        // leaves a busy machine 1.4 s of slack.
        assertTrue(millis >= 950 && millis < 2400, millis + " ms: expected about 2500 - 1500 ms");
        JsonNode response = Json.parse(out);
        assertEquals(200, response.path("statusCode").intValue());
        JsonNode result = Json.parse(response.path("body").textValue()).path("result");
        assertTrue(result.path("isError").booleanValue(), result.toString());
    }
}
