package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The raw-bytes handler's event adapter, with every fixture in {@code testdata/fixtures/lambda-events}:
 * what request reaches the endpoint (method, path, headers with case and repeated values, body with
 * base64, cookies), and the response shape written back for each front door, against the
 * {@code responses/} samples.
 */
class McpLambdaHandlerTest {

    /** A response with what every shape must carry over: repeated headers, cookies and a body needing escapes. */
    static final String TRICKY_BODY = "{\"text\":\"quote \\\" backslash \\\\ tab\\t nl\\n \u00e9 \u20ac \ud83d\ude00 </script>\"}";

    static HttpResponse trickyResponse() {
        Headers headers = new Headers()
                .set("Content-Type", "application/json")
                .set("X-Custom", "custom-value")
                .add("Set-Cookie", "a=1; Secure")
                .add("Set-Cookie", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT");
        return new HttpResponse(200, headers, TRICKY_BODY.getBytes(StandardCharsets.UTF_8));
    }

    static McpLambdaHandler handler(HttpEndpoint endpoint) {
        return new McpLambdaHandler(endpoint, "/mcp", null, null) {
        };
    }

    static byte[] invoke(McpLambdaHandler handler, byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void everyFixtureFileIsCovered() {
        List<String> files = new ArrayList<>(Fixtures.files("mcp"));
        files.addAll(Fixtures.files("samples"));
        List<String> covered = new ArrayList<>();
        for (Fixtures.Expected expected : Fixtures.EVENTS) {
            covered.add(expected.file());
        }
        covered.sort(null);
        files.sort(null);
        assertEquals(files, covered, "every event fixture has an expectation here");
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void detectsTheFrontDoor(Fixtures.Expected expected) {
        LambdaHttpEvent event = LambdaHttpEvent.read(expected.bytes());
        assertEquals(expected.shape(), event.shape());
        assertEquals(expected.multiValueHeaders(), event.multiValueHeaders());
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void methodPathAndBodyReachTheEndpoint(Fixtures.Expected expected) {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), expected.bytes());
        HttpRequest request = endpoint.only();
        assertEquals(expected.method(), request.method());
        assertEquals(expected.path(), request.path());
        assertArrayEquals(expected.body(), request.body());
        if (expected.file().startsWith("mcp/")) {
            assertEquals(Fixtures.MCP_BODY, new String(request.body(), StandardCharsets.UTF_8));
        }
    }

    /** Every header value of the event arrives, whatever the case of the name asked for. */
    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void everyHeaderArrivesWithCaseInsensitiveNames(Fixtures.Expected expected) {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), expected.bytes());
        Headers headers = endpoint.only().headers();
        JsonNode event = expected.json();
        JsonNode multi = event.get("multiValueHeaders");
        if (multi != null && multi.isObject()) {
            for (Map.Entry<String, JsonNode> field : multi.properties()) {
                List<String> values = new ArrayList<>();
                field.getValue().forEach(v -> values.add(v.textValue()));
                assertEquals(values, headers.all(field.getKey()), field.getKey());
                assertEquals(values, headers.all(field.getKey().toUpperCase(Locale.ROOT)), field.getKey());
            }
        }
        JsonNode single = event.get("headers");
        if (single != null && single.isObject()) {
            for (Map.Entry<String, JsonNode> field : single.properties()) {
                String name = field.getKey();
                if (multi != null && multi.isObject() && hasIgnoringCase(multi, name)) {
                    continue; // multiValueHeaders win (checked above)
                }
                assertTrue(headers.all(name).contains(field.getValue().textValue()), name + " in " + headers);
                assertTrue(headers.all(name.toLowerCase(Locale.ROOT)).contains(field.getValue().textValue()), name);
                assertTrue(headers.all(name.toUpperCase(Locale.ROOT)).contains(field.getValue().textValue()), name);
            }
        }
        assertEquals(expected.cookie(), headers.first("cookie"));
    }

    private static boolean hasIgnoringCase(JsonNode object, String name) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SAM CLI sample disagrees with itself (Host 1234567890... in headers, 0123456789... in
     * multiValueHeaders): multiValueHeaders, the complete one, wins.
     */
    @Test
    void whenTheTwoHeaderMapsDisagreeMultiValueHeadersWin() {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), Fixtures.EVENTS.get(10).bytes());
        assertEquals("samples/apigw-rest-v1.sam-cli-generate-event.json", Fixtures.EVENTS.get(10).file());
        assertEquals(List.of("0123456789.execute-api.us-east-1.amazonaws.com"), endpoint.only().headers().all("host"));
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#mcpEvents")
    void mcpFixturesCarryTheMcpHeaders(Fixtures.Expected expected) {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), expected.bytes());
        Headers headers = endpoint.only().headers();
        assertEquals("application/json", headers.first("Content-Type"));
        assertEquals("2025-11-25", headers.first("MCP-Protocol-Version"));
        String accept = String.join(", ", headers.all("Accept"));
        assertEquals("application/json, text/event-stream", accept, "accept as one line or two");
    }

    @Test
    void multiValueHeadersWinOverTheLastValueInHeaders() {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), Fixtures.EVENTS.get(2).bytes());
        assertEquals("mcp/rest-v1-mcp-initialize-mixedcase-multivalue.json", Fixtures.EVENTS.get(2).file());
        Headers headers = endpoint.only().headers();
        assertEquals(List.of("application/json", "text/event-stream"), headers.all("accept"));
        assertEquals(List.of("application/json"), headers.all("CONTENT-TYPE"));
    }

    @Test
    void namedStageIsStrippedFromHttpApiPaths() {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), Fixtures.EVENTS.get(4).bytes());
        assertEquals("/mcp", endpoint.only().path());
        assertEquals("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", endpoint.only().headers().first("Authorization"));
    }

    @Test
    void stageRules() {
        assertEquals("/mcp", HttpEvents.stripStage("/prod/mcp", "prod"));
        assertEquals("/", HttpEvents.stripStage("/prod", "prod"));
        assertEquals("/", HttpEvents.stripStage("/prod/", "prod"));
        assertEquals("/mcp", HttpEvents.stripStage("/mcp", "$default"));
        assertEquals("/mcp", HttpEvents.stripStage("/mcp", null));
        assertEquals("/production/mcp", HttpEvents.stripStage("/production/mcp", "prod"), "a longer first segment");
        assertEquals("/mcp", HttpEvents.stripStage("/mcp", "prod"), "no prefix (custom domain): unchanged");
    }

    @Test
    void httpApiPayload10StripsItsNamedStageButRestDoesNot() {
        String v1 = "{\"version\":\"1.0\",\"httpMethod\":\"POST\",\"path\":\"/dev/mcp\",\"requestContext\":{\"stage\":\"dev\"}}";
        RecordingEndpoint endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), v1.getBytes(StandardCharsets.UTF_8));
        assertEquals("/mcp", endpoint.only().path());

        String rest = "{\"httpMethod\":\"POST\",\"path\":\"/mcp\",\"requestContext\":{\"stage\":\"mcp\",\"path\":\"/mcp/mcp\"}}";
        endpoint = new RecordingEndpoint();
        invoke(handler(endpoint), rest.getBytes(StandardCharsets.UTF_8));
        assertEquals("/mcp", endpoint.only().path(), "REST: path never has the stage, even one named like a resource");
    }

    // ---- responses ----

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void answersInTheShapeOfTheFrontDoor(Fixtures.Expected expected) {
        JsonNode response = Fixtures.json(invoke(handler(new RecordingEndpoint(trickyResponse())), expected.bytes()));
        assertEquals(200, response.get("statusCode").intValue());
        assertEquals(TRICKY_BODY, response.get("body").textValue(), "body text survives escaping");
        assertFalse(response.get("isBase64Encoded").booleanValue());
        switch (expected.shape()) {
            case REST -> {
                assertShapeOf(response, Fixtures.response("apigw-rest-v1-response.aws-lambda-java-libs.json"));
                assertEquals("application/json", response.get("headers").get("content-type").textValue());
                assertEquals("custom-value", response.get("headers").get("x-custom").textValue());
                assertFalse(response.get("headers").has("set-cookie"), "each name in one of the two maps");
                assertEquals(List.of("a=1; Secure", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"),
                        texts(response.get("multiValueHeaders").get("set-cookie")));
                assertEquals(1, response.get("multiValueHeaders").size());
            }
            case HTTP_API -> {
                assertShapeOf(response, Fixtures.response("function-url-response.aws-lambda-go.json"));
                assertFalse(response.has("multiValueHeaders"), "payload 2.0 has no multiValueHeaders");
                assertEquals("application/json", response.get("headers").get("content-type").textValue());
                assertFalse(response.get("headers").has("set-cookie"), "cookies carry Set-Cookie");
                assertEquals(List.of("a=1; Secure", "b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT"),
                        texts(response.get("cookies")));
            }
            case ALB -> {
                JsonNode sample = Fixtures.response("alb-response.aws-lambda-go.json");
                assertShapeOf(response, sample);
                assertEquals("200 OK", response.get("statusDescription").textValue());
                if (expected.multiValueHeaders()) {
                    assertFalse(response.has("headers"));
                    assertEquals(List.of("application/json"), texts(response.get("multiValueHeaders").get("content-type")));
                    assertEquals(2, response.get("multiValueHeaders").get("set-cookie").size());
                } else {
                    assertFalse(response.has("multiValueHeaders"));
                    assertEquals("application/json", response.get("headers").get("content-type").textValue());
                    assertEquals("b=2; Expires=Wed, 21 Oct 2026 07:28:00 GMT",
                            response.get("headers").get("set-cookie").textValue(), "the last Set-Cookie");
                }
            }
            default -> throw new AssertionError(expected.shape());
        }
    }

    /**
     * Structure against a sample of the same shape: each field the response has is one the sample
     * has, with the same JSON type, and header maps hold strings or arrays of strings.
     */
    static void assertShapeOf(JsonNode response, JsonNode sample) {
        for (Map.Entry<String, JsonNode> field : response.properties()) {
            JsonNode like = sample.get(field.getKey());
            assertTrue(like != null, field.getKey() + " is a field of the sample " + sample.properties());
            assertEquals(like.getNodeType(), field.getValue().getNodeType(), field.getKey());
        }
        for (String required : List.of("statusCode", "body", "isBase64Encoded")) {
            assertTrue(response.has(required), required);
        }
        JsonNode headers = response.get("headers");
        if (headers != null) {
            headers.forEach(v -> assertTrue(v.isTextual(), "header values are strings: " + headers));
        }
        JsonNode multi = response.get("multiValueHeaders");
        if (multi != null) {
            multi.forEach(v -> {
                assertTrue(v.isArray(), "multiValueHeaders values are arrays");
                v.forEach(s -> assertTrue(s.isTextual()));
            });
        }
        JsonNode cookies = response.get("cookies");
        if (cookies != null) {
            cookies.forEach(s -> assertTrue(s.isTextual()));
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.textValue()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void emptyBodiesAndNoHeaders(Fixtures.Expected expected) {
        HttpResponse accepted = new HttpResponse(202, new Headers(), null);
        JsonNode response = Fixtures.json(invoke(handler(new RecordingEndpoint(accepted)), expected.bytes()));
        assertEquals(202, response.get("statusCode").intValue());
        assertEquals("", response.get("body").textValue());
        assertFalse(response.get("isBase64Encoded").booleanValue());
        if (expected.shape() == LambdaHttpEvent.Shape.ALB) {
            assertEquals("202 Accepted", response.get("statusDescription").textValue());
        }
        assertFalse(response.has("cookies"));
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void binaryBodiesGoBackBase64(Fixtures.Expected expected) {
        byte[] png = Base64.getDecoder().decode(dev.mcplet.server.testing.ShowcaseTools.PNG);
        HttpResponse image = new HttpResponse(200, new Headers().set("Content-Type", "image/png"), png);
        JsonNode response = Fixtures.json(invoke(handler(new RecordingEndpoint(image)), expected.bytes()));
        assertTrue(response.get("isBase64Encoded").booleanValue());
        assertArrayEquals(png, Base64.getDecoder().decode(response.get("body").textValue()));
    }

    @Test
    void textInAnotherCharsetGoesBackBase64() {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse text = new HttpResponse(200, new Headers().set("Content-Type", "text/plain; charset=ISO-8859-1"),
                latin1);
        JsonNode response = Fixtures.json(invoke(handler(new RecordingEndpoint(text)), Fixtures.EVENTS.get(0).bytes()));
        assertTrue(response.get("isBase64Encoded").booleanValue());
        assertArrayEquals(latin1, Base64.getDecoder().decode(response.get("body").textValue()));
        assertTrue(HttpEvents.isText("application/json; charset=UTF-8", 1));
        assertTrue(HttpEvents.isText("application/vnd.api+json", 1));
        assertTrue(HttpEvents.isText("text/html;charset=\"utf-8\"", 1));
        assertFalse(HttpEvents.isText(null, 1));
        assertTrue(HttpEvents.isText(null, 0));
    }

    @Test
    void statusDescriptions() {
        assertEquals("200 OK", HttpEvents.statusDescription(200));
        assertEquals("405 Method Not Allowed", HttpEvents.statusDescription(405));
        assertEquals("413 Content Too Large", HttpEvents.statusDescription(413));
        assertEquals("418 Client Error", HttpEvents.statusDescription(418));
    }

    @Test
    void theOutputStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        handler(new RecordingEndpoint()).handleRequest(new ByteArrayInputStream(Fixtures.EVENTS.get(0).bytes()), out,
                null);
        assertFalse(closed[0]);
        assertEquals(200, Fixtures.json(out.toByteArray()).get("statusCode").intValue());
    }

    // ---- events that are not HTTP events ----

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":\"hi\"}]}",
        "{}",
        "[1,2]",
        "\"just a string\"",
        "not json at all",
        "",
        "{\"version\":\"2.0\",\"rawPath\":\"/mcp\",\"requestContext\":{}}",
        "{\"version\":\"2.0\",\"requestContext\":{\"http\":{\"method\":\"POST\"}}}",
        "{\"httpMethod\":\"POST\"}",
        "{\"httpMethod\":\"POST\",\"path\":\"/mcp\",\"body\":\"%%%\",\"isBase64Encoded\":true}",
        "{\"requestContext\":{\"elb\":{}},\"path\":\"/mcp\"}"
    })
    void otherEventsAreAClearErrorNotANullPointer(String event) {
        RecordingEndpoint endpoint = new RecordingEndpoint();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> invoke(handler(endpoint), event.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("mcplet: cannot answer this Lambda event: "), e.getMessage());
        assertTrue(e.getMessage().contains("API Gateway"), e.getMessage());
        assertTrue(endpoint.requests.isEmpty());
    }

    @Test
    void theErrorNamesTheFieldsItSawButNotTheirContent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> invoke(handler(new RecordingEndpoint()),
                        "{\"Records\":[{\"secret\":\"s3cr3t\"}],\"source\":\"aws.events\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("[Records, source]"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    @Test
    void noPrimingUnlessSnapStart() {
        assertNull(handler(new RecordingEndpoint()).priming());
    }
}
