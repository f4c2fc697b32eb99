package dev.mcplet.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.lambda.FuzzedLambda;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.ShowcaseTools;
import dev.mcplet.server.tool.Decode;
import dev.mcplet.server.tool.InvalidArgumentsException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets (Jazzer): whatever bytes arrive, the Lambda handler, the HTTP core and the
 * decoders never throw, every body is one JSON-RPC response (or a batch of them), and a client's
 * mistake is never a 5xx.
 *
 * <p>In a plain {@code mvn verify} each target runs only its seed inputs (regression mode, under
 * a second). To fuzz: {@code JAZZER_FUZZ=1 mvn -pl server -am test -Dtest=FuzzTargetsTest
 * -Djazzer.max_duration=300s} (see README, Limits).
 */
class FuzzTargetsTest {

    private static final McpServer SERVER = McpServer.builder().name("fuzz").tools(new CalculatorTools(),
            new ShowcaseTools()).maxBodyBytes(64 * 1024).build();
    private static final String[] VERSIONS = {null, "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05", "bogus"};

    @FuzzTest(maxDuration = "30s")
    void httpCore(FuzzedDataProvider data) throws Exception {
        String version = VERSIONS[data.consumeInt(0, VERSIONS.length - 1)];
        byte[] body = data.consumeRemainingAsBytes();
        Headers headers = new Headers().set("Content-Type", "application/json")
                .set("Accept", "application/json, text/event-stream");
        if (version != null) {
            headers.set("MCP-Protocol-Version", version);
        }
        HttpResponse response = SERVER.handle(new HttpRequest("POST", "/mcp", headers, body));
        checkAnswer(response.status(), response.body());
    }

    @FuzzTest(maxDuration = "30s")
    void lambdaStreamHandler(FuzzedDataProvider data) throws Exception {
        byte[] event = data.consumeRemainingAsBytes();
        FuzzedLambda.Outcome outcome = FuzzedLambda.handle(SERVER, event);
        if (outcome.refused()) {
            return; // not an HTTP event of a known shape: a function error that says why, by design
        }
        JsonNode response = Json.parse(outcome.bytes());
        int status = response.path("statusCode").intValue();
        String body = response.path("body").textValue();
        if (response.path("isBase64Encoded").booleanValue()) {
            return; // only ever an empty 202/204 body is binary
        }
        checkAnswer(status, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "30s")
    void decoders(FuzzedDataProvider data) throws Exception {
        JsonNode value;
        try {
            value = Json.parse(data.consumeRemainingAsBytes());
        } catch (JsonReadException e) {
            return;
        }
        decode(() -> Decode.toInt(value));
        decode(() -> Decode.toLong(value));
        decode(() -> Decode.toShort(value));
        decode(() -> Decode.toByte(value));
        decode(() -> Decode.toDouble(value));
        decode(() -> Decode.toFloat(value));
        decode(() -> Decode.toBigInteger(value));
        decode(() -> Decode.toBigDecimal(value));
        decode(() -> Decode.toBoolean(value));
        decode(() -> Decode.toText(value));
        decode(() -> Decode.toChar(value));
        decode(() -> Decode.toUuid(value));
        decode(() -> Decode.toUri(value));
        decode(() -> Decode.toLocalDate(value));
        decode(() -> Decode.toLocalTime(value));
        decode(() -> Decode.toLocalDateTime(value));
        decode(() -> Decode.toOffsetDateTime(value));
        decode(() -> Decode.toZonedDateTime(value));
        decode(() -> Decode.toInstant(value));
        decode(() -> Decode.toOffsetTime(value));
        decode(() -> Decode.toDuration(value));
        decode(() -> Decode.object(value));
        decode(() -> Decode.array(value));
        if (value.isObject()) {
            decode(() -> {
                Decode.rejectUnexpected((ObjectNode) value, new String[] {"a", "b"});
                return null;
            });
        }
    }

    private interface Decoder {
        Object decode() throws InvalidArgumentsException;
    }

    /** A decoder either returns or says what is wrong; its message must be writable as JSON. */
    private static void decode(Decoder decoder) {
        try {
            decoder.decode();
        } catch (InvalidArgumentsException e) {
            String message = e.getMessage();
            assertTrue(message != null && !message.isEmpty());
            Json.quoteUtf8(message);
            assertTrue(message.length() < 2000, () -> "a " + message.length() + "-character message");
        }
    }

    /** A body is one JSON-RPC response, or a non-empty array of them; a client's mistake is never a 5xx. */
    static void checkAnswer(int status, byte[] body) throws Exception {
        assertTrue(status < 500, () -> status + ": " + new String(body, StandardCharsets.UTF_8));
        if (status == 202 || status == 204) {
            assertEquals(0, body.length);
            return;
        }
        JsonNode answer = Json.parse(body);
        if (answer.isArray()) {
            assertTrue(answer.size() > 0);
            for (JsonNode item : answer) {
                checkResponse(item);
            }
        } else {
            checkResponse(answer);
        }
    }

    private static void checkResponse(JsonNode response) {
        assertEquals("2.0", response.path("jsonrpc").textValue(), () -> Json.toJson(response));
        assertTrue(response.has("id"), () -> Json.toJson(response));
        JsonNode id = response.get("id");
        assertTrue(id.isNull() || id.isTextual() || id.isIntegralNumber(), () -> Json.toJson(response));
        assertTrue(response.has("result") != response.has("error"), () -> Json.toJson(response));
        if (response.has("error")) {
            JsonNode error = response.get("error");
            assertTrue(error.path("code").isInt() && error.path("message").isTextual(), () -> Json.toJson(response));
        } else {
            assertTrue(response.get("result").isObject(), () -> Json.toJson(response));
        }
    }
}
