package dev.mcplet.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Events built by the kit, through a user's {@code McpLambdaHandler} subclass, bytes in and bytes
 * out: every front door answers in its own shape, and the built events have the fields of the
 * real sample events in {@code testdata/fixtures/lambda-events/mcp}.
 */
class LambdaEventTest {

    private final RequestStreamHandler handler = new SampleServer.Handler();

    @ParameterizedTest
    @EnumSource(LambdaEvent.Source.class)
    void everyFrontDoorCarriesAnMcpConversation(LambdaEvent.Source source) {
        McpTestClient client = McpTestClient.throughLambda(handler, source);
        assertEquals("sample", client.initialize().path("serverInfo").path("name").asText());
        assertEquals(List.of("add", "quote", "describe", "touch", "refuse"), client.toolNames());
        client.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess().assertText("5");
        client.notify("notifications/initialized", null).assertStatus(202);
    }

    @ParameterizedTest
    @EnumSource(LambdaEvent.Source.class)
    void statusHeadersAndBody(LambdaEvent.Source source) {
        LambdaResponse response = LambdaEvent.of(source)
                .jsonRpc("tools/call", Map.of("name", "add", "arguments", Map.of("a", 20, "b", 22)))
                .sendTo(handler)
                .assertStatus(200);
        assertTrue(response.header("content-type").startsWith("application/json"), response.toString());
        assertEquals("42", response.jsonRpc().result().path("content").path(0).path("text").asText());
        assertEquals(source, response.source());

        LambdaResponse get = LambdaEvent.of(source).method("GET").header("Accept", "text/event-stream").sendTo(handler);
        get.assertStatus(405);
        assertEquals("POST", get.header("Allow"));
    }

    @Test
    void base64BodiesNamedStagesAndOtherPaths() {
        LambdaEvent.restApi().base64Encoded(true).jsonRpc("ping", null).sendTo(handler).assertStatus(200);
        LambdaEvent.httpApi().stage("prod").jsonRpc("ping", null).sendTo(handler).assertStatus(200);
        LambdaEvent.restApi().path("/other").jsonRpc("ping", null).sendTo(handler).assertStatus(404);
        JsonNode event = LambdaEvent.httpApi().stage("prod").toJson();
        assertEquals("/prod/mcp", event.path("rawPath").asText());
        assertEquals("/Prod/mcp", LambdaEvent.restApi().toJson().path("requestContext").path("path").asText());
    }

    @Test
    void aHeaderSentTwice() {
        JsonNode alb = LambdaEvent.of(LambdaEvent.Source.ALB_MULTI_VALUE).header("Accept", "application/json")
                .addHeader("accept", "text/event-stream").toJson();
        assertEquals("[\"application/json\",\"text/event-stream\"]", alb.path("multiValueHeaders").path("accept").toString());
        JsonNode httpApi = LambdaEvent.httpApi().header("Accept", "application/json").addHeader("accept", "text/event-stream")
                .toJson();
        assertEquals("application/json,text/event-stream", httpApi.path("headers").path("accept").asText());
    }

    /** The kit's events have every field the real sample events of each front door have. */
    @ParameterizedTest
    @EnumSource(LambdaEvent.Source.class)
    void builtEventsHaveTheFieldsOfRealEvents(LambdaEvent.Source source) throws IOException {
        String fixture = switch (source) {
            case REST_API -> "rest-v1-mcp-initialize.json";
            case HTTP_API -> "http-api-v2-mcp-initialize.json";
            case FUNCTION_URL -> "function-url-mcp-initialize.json";
            case ALB -> "alb-mcp-initialize.json";
            case ALB_MULTI_VALUE -> "alb-multivalue-mcp-initialize.json";
        };
        Path file = Path.of(System.getProperty("mcplet.shared.dir"), "fixtures", "lambda-events", "mcp", fixture);
        JsonNode real = Json.parse(Files.readString(file), fixture);
        JsonNode built = LambdaEvent.of(source).toJson();
        assertEquals(fields(real, ""), fields(built, ""), "top-level fields of " + fixture);
        assertTrue(fields(built.path("requestContext"), "").containsAll(fields(real.path("requestContext"), "")),
                "requestContext fields of " + fixture + ": " + fields(real.path("requestContext"), ""));
        for (String header : List.of("content-type", "accept", "mcp-protocol-version", "host")) {
            assertTrue(headerNames(built).contains(header), header + " in " + built);
        }
    }

    @Test
    void anEventThatIsNotHttpIsAFunctionError() {
        RequestStreamHandler plain = handler;
        assertThrows(IllegalArgumentException.class, () -> plain.handleRequest(
                new java.io.ByteArrayInputStream("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8)),
                new java.io.ByteArrayOutputStream(), new TestLambdaContext()));
    }

    /** A handler that answers in the wrong shape fails with a message saying what the front door needs. */
    @Test
    void answersInTheWrongShapeFail() {
        RequestStreamHandler v1Shape = (in, out, context) -> out.write(
                "{\"statusCode\":200,\"headers\":{},\"multiValueHeaders\":{},\"body\":\"\"}".getBytes(StandardCharsets.UTF_8));
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> LambdaEvent.httpApi().sendTo(v1Shape));
        assertTrue(e.getMessage().startsWith("the handler's answer to POST /mcp (http api event) has multiValueHeaders,"
                + " which the 2.0 response format does not have"), e.getMessage());

        AssertionFailedError alb = assertThrows(AssertionFailedError.class, () -> LambdaEvent.alb().sendTo(v1Shape));
        assertTrue(alb.getMessage().contains("has no statusDescription, which ALB requires"), alb.getMessage());

        RequestStreamHandler notJson = (in, out, context) -> out.write("oops".getBytes(StandardCharsets.UTF_8));
        AssertionFailedError garbage = assertThrows(AssertionFailedError.class, () -> LambdaEvent.restApi().sendTo(notJson));
        assertTrue(garbage.getMessage().startsWith("the handler's answer to POST /mcp (rest api event) is not JSON"),
                garbage.getMessage());

        RequestStreamHandler noStatus = (in, out, context) -> out.write("{\"body\":\"\"}".getBytes(StandardCharsets.UTF_8));
        AssertionFailedError status = assertThrows(AssertionFailedError.class, () -> LambdaEvent.restApi().sendTo(noStatus));
        assertTrue(status.getMessage().contains("has no integer statusCode"), status.getMessage());

        AssertionFailedError code = assertThrows(AssertionFailedError.class,
                () -> LambdaEvent.restApi().jsonRpc("ping", null).sendTo(handler).assertStatus(201));
        assertTrue(code.getMessage().startsWith("statusCode of the handler's answer to POST /mcp (rest api event)"),
                code.getMessage());
    }

    @Test
    void theContextCollectsWhatTheFunctionLogs() {
        TestLambdaContext context = new TestLambdaContext("adder");
        RequestStreamHandler logging = (in, out, c) -> {
            c.getLogger().log("hello from " + c.getFunctionName());
            out.write("{\"statusCode\":204}".getBytes(StandardCharsets.UTF_8));
        };
        LambdaEvent.restApi().sendTo(logging, context).assertStatus(204);
        assertEquals(List.of("hello from adder"), context.logs());
        assertFalse(context.getAwsRequestId().isEmpty());
    }

    private static TreeSet<String> fields(JsonNode node, String prefix) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(name -> names.add(prefix + name));
        return names;
    }

    private static List<String> headerNames(JsonNode event) {
        List<String> names = new ArrayList<>();
        JsonNode headers = event.has("headers") ? event.get("headers") : event.get("multiValueHeaders");
        headers.fieldNames().forEachRemaining(name -> names.add(name.toLowerCase(java.util.Locale.ROOT)));
        return names;
    }
}
