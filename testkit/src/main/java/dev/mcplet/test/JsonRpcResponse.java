package dev.mcplet.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTTP answer to one JSON-RPC message: its status and headers, and the JSON-RPC response it
 * carries (a result or an error), if any. A notification's answer is 202 with no message.
 *
 * <p>When the server answers with a buffered {@code text/event-stream} (a call that sent
 * notifications before its result), the response is the event that answers the request and the
 * others are {@link #notifications()}.
 */
public final class JsonRpcResponse {

    private final String request;
    private final HttpAnswer answer;
    private final JsonNode message;
    private final List<JsonNode> notifications;

    JsonRpcResponse(String request, HttpAnswer answer) {
        this.request = request;
        this.answer = answer;
        List<JsonNode> messages = messages(request, answer);
        JsonNode response = null;
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode candidate : messages) {
            if (response == null && (candidate.has("result") || candidate.has("error"))) {
                response = candidate;
            } else {
                others.add(candidate);
            }
        }
        this.message = response;
        this.notifications = List.copyOf(others);
    }

    private static List<JsonNode> messages(String request, HttpAnswer answer) {
        String body = answer.bodyText();
        if (body.isEmpty()) {
            return List.of();
        }
        String contentType = String.valueOf(answer.header("Content-Type"));
        if (!contentType.startsWith("text/event-stream")) {
            return List.of(Json.parse(body, "the answer to " + request));
        }
        List<JsonNode> messages = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        for (String line : (body + "\n\n").split("\r?\n", -1)) {
            if (line.startsWith("data:")) {
                data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).strip());
            } else if (line.isEmpty() && data.length() > 0) {
                messages.add(Json.parse(data.toString(), "an event of the answer to " + request));
                data.setLength(0);
            }
        }
        return messages;
    }

    /** The HTTP status code. */
    public int status() {
        return answer.status();
    }

    /** The first value of a response header (the name is case-insensitive), or null. */
    public String header(String name) {
        return answer.header(name);
    }

    /** Every value of a response header, in order; empty when there is none. */
    public List<String> headers(String name) {
        return answer.headers(name);
    }

    /** Every response header, by case-insensitive name. */
    public Map<String, List<String>> headers() {
        return answer.headers();
    }

    /** The response body as text (empty for none). */
    public String body() {
        return answer.bodyText();
    }

    /** Whether the answer carries a JSON-RPC response (a 202 to a notification does not). */
    public boolean hasMessage() {
        return message != null;
    }

    /** The JSON-RPC response: {@code {"jsonrpc":"2.0","id":…,"result"|"error":…}}. */
    public JsonNode message() {
        if (message == null) {
            throw Failures.fail("the answer to " + request + " carries no JSON-RPC response: " + answer);
        }
        return message;
    }

    /** Notifications the server sent before the response (a buffered event stream); usually none. */
    public List<JsonNode> notifications() {
        return notifications;
    }

    /** Whether the JSON-RPC response is an error. */
    public boolean isError() {
        return message != null && message.has("error");
    }

    /** The JSON-RPC {@code result}; fails when the answer is a JSON-RPC error or has no response. */
    public JsonNode result() {
        JsonNode response = message();
        if (response.has("error")) {
            throw Failures.fail(request + " answered the JSON-RPC error " + describeError(response.get("error"))
                    + ", expected a result (HTTP " + status() + ")");
        }
        return response.get("result");
    }

    /** The JSON-RPC error's {@code code}; fails when the response is not an error. */
    public int errorCode() {
        return error().path("code").asInt();
    }

    /** The JSON-RPC error's {@code message}; fails when the response is not an error. */
    public String errorMessage() {
        return error().path("message").asText();
    }

    private JsonNode error() {
        JsonNode response = message();
        if (!response.has("error")) {
            throw Failures.fail(request + " answered a result, expected a JSON-RPC error: " + Json.compact(response));
        }
        return response.get("error");
    }

    /** Asserts the HTTP status code. */
    public JsonRpcResponse assertStatus(int expected) {
        if (status() != expected) {
            throw Failures.fail("HTTP status of the answer to " + request + " (body: " + abbreviate(body()) + ")",
                    expected, status());
        }
        return this;
    }

    /** Asserts that the answer is a JSON-RPC error with this code (e.g. -32602, invalid params). */
    public JsonRpcResponse assertError(int expectedCode) {
        int code = errorCode();
        if (code != expectedCode) {
            throw Failures.fail("JSON-RPC error code of the answer to " + request + " ("
                    + describeError(message.get("error")) + ")", expectedCode, code);
        }
        return this;
    }

    /** Asserts that the JSON-RPC error's message contains this text. */
    public JsonRpcResponse assertErrorMessageContains(String fragment) {
        String text = errorMessage();
        if (!text.contains(fragment)) {
            throw Failures.fail("the JSON-RPC error message of the answer to " + request + " does not contain '"
                    + fragment + "': " + text);
        }
        return this;
    }

    @Override
    public String toString() {
        return "JsonRpcResponse[" + request + " -> " + answer + "]";
    }

    private static String describeError(JsonNode error) {
        return error.path("code").asText() + " '" + error.path("message").asText() + "'";
    }

    static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "… (" + text.length() + " characters)";
    }
}
