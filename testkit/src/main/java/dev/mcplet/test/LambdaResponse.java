package dev.mcplet.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler wrote back for a {@link LambdaEvent}: the response object the front door turns
 * into an HTTP answer. Reading it checks its shape against what that front door accepts (an
 * integer {@code statusCode}; no {@code multiValueHeaders} in the 2.0 format; ALB's
 * {@code statusDescription}, and {@code multiValueHeaders} when the target group has them on).
 */
public final class LambdaResponse {

    private final LambdaEvent.Source source;
    private final String request;
    private final JsonNode json;
    private final HttpAnswer answer;

    LambdaResponse(LambdaEvent.Source source, String request, byte[] output) {
        this.source = source;
        this.request = request;
        this.json = Json.parse(output, "the handler's answer to " + request);
        this.answer = read();
    }

    private HttpAnswer read() {
        if (!json.isObject() || !json.path("statusCode").isInt()) {
            throw shape("has no integer statusCode");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        boolean multiValue = json.hasNonNull("multiValueHeaders");
        switch (source) {
            case HTTP_API:
            case FUNCTION_URL:
                if (multiValue) {
                    throw shape("has multiValueHeaders, which the 2.0 response format does not have");
                }
                json.path("cookies").forEach(cookie -> add(headers, "Set-Cookie", cookie.asText()));
                break;
            case ALB:
            case ALB_MULTI_VALUE:
                if (!json.path("statusDescription").isTextual()) {
                    throw shape("has no statusDescription, which ALB requires");
                }
                if ((source == LambdaEvent.Source.ALB_MULTI_VALUE) != multiValue) {
                    throw shape(multiValue ? "has multiValueHeaders for a target group without multi-value headers"
                            : "has no multiValueHeaders for a target group with multi-value headers (ALB ignores headers then)");
                }
                break;
            default:
                break;
        }
        if (multiValue) {
            json.get("multiValueHeaders").fields().forEachRemaining(field ->
                    field.getValue().forEach(value -> add(headers, field.getKey(), value.asText())));
        } else {
            json.path("headers").fields().forEachRemaining(field -> add(headers, field.getKey(), field.getValue().asText()));
        }
        JsonNode body = json.get("body");
        byte[] bytes;
        if (body == null || body.isNull()) {
            bytes = new byte[0];
        } else if (json.path("isBase64Encoded").asBoolean(false)) {
            bytes = Base64.getDecoder().decode(body.asText());
        } else {
            bytes = body.asText().getBytes(StandardCharsets.UTF_8);
        }
        return new HttpAnswer(json.get("statusCode").intValue(), headers, bytes);
    }

    private static void add(Map<String, List<String>> headers, String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    private AssertionError shape(String problem) {
        return Failures.fail("the handler's answer to " + request + " " + problem + ": " + Json.compact(json));
    }

    /** The event source this answers. */
    public LambdaEvent.Source source() {
        return source;
    }

    /** The response object as the handler wrote it. */
    public JsonNode json() {
        return json;
    }

    public int statusCode() {
        return answer.status();
    }

    /** The first value of a response header (names are case-insensitive), or null. */
    public String header(String name) {
        return answer.header(name);
    }

    /** Every value of a response header; for the 2.0 format, {@code Set-Cookie} holds the {@code cookies}. */
    public List<String> headers(String name) {
        return answer.headers(name);
    }

    /** The body as text, base64-decoded when the handler encoded it. */
    public String body() {
        return answer.bodyText();
    }

    /** The JSON-RPC response the body carries (none for a 202). */
    public JsonRpcResponse jsonRpc() {
        return new JsonRpcResponse(request, answer);
    }

    /** Asserts the status code. */
    public LambdaResponse assertStatus(int expected) {
        if (statusCode() != expected) {
            throw Failures.fail("statusCode of the handler's answer to " + request + " (body: "
                    + JsonRpcResponse.abbreviate(body()) + ")", expected, statusCode());
        }
        return this;
    }

    /** This answer as the in-process client reads any answer. */
    HttpAnswer answer() {
        return answer;
    }

    @Override
    public String toString() {
        return "LambdaResponse[" + request + " -> " + Json.compact(json) + "]";
    }
}
