package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.json.Json;
import java.nio.charset.StandardCharsets;

/**
 * JSON-RPC 2.0 envelopes as bytes: error codes, and responses assembled from the request's id
 * and an already-serialized result, so that a precomputed result (initialize, tools/list) is
 * answered with two array copies.
 *
 * @see <a href="https://www.jsonrpc.org/specification#response_object">JSON-RPC 2.0: Response object</a>
 */
final class JsonRpc {

    /** Invalid JSON was received. */
    static final int PARSE_ERROR = -32700;
    /** The JSON sent is not a valid request object. */
    static final int INVALID_REQUEST = -32600;
    /** The method does not exist or is not available. */
    static final int METHOD_NOT_FOUND = -32601;
    /** Invalid method parameters (MCP also uses it for unknown tools and invalid cursors). */
    static final int INVALID_PARAMS = -32602;
    /** Internal JSON-RPC error. */
    static final int INTERNAL_ERROR = -32603;
    /**
     * Implementation-defined server error (the -32000 to -32099 range), used for transport-level
     * refusals (HTTP 4xx) that are not about the JSON-RPC message itself.
     */
    static final int SERVER_ERROR = -32000;
    /**
     * Resource not found, with the URI in {@code data} (resources, Error Handling, 2024-11-05 to
     * 2025-11-25: "Resource not found: -32002").
     */
    static final int RESOURCE_NOT_FOUND = -32002;

    private static final byte[] RESULT_PREFIX = ascii("{\"jsonrpc\":\"2.0\",\"id\":");
    private static final byte[] RESULT_MIDDLE = ascii(",\"result\":");
    private static final byte[] ERROR_MIDDLE = ascii(",\"error\":{\"code\":");
    private static final byte[] MESSAGE_KEY = ascii(",\"message\":\"");
    private static final byte[] ERROR_END = ascii("\"}}");
    private static final byte[] DATA_KEY = ascii("\",\"data\":");
    /**
     * The id of an error answering a message whose id could not be read. JSON-RPC 2.0 section 5:
     * "If there was an error in detecting the id in the Request object (e.g. Parse error/Invalid
     * Request), it MUST be Null." (The MCP schema's {@code RequestId} does not admit null; the
     * 2025-11-25 schema omits the id instead. JSON-RPC's rule and the reference servers win.)
     */
    private static final byte[] NULL_ID = ascii("null");

    private JsonRpc() {
    }

    /** Whether a node is a valid MCP request id: a string or an integer (never null, never fractional). */
    static boolean isValidId(JsonNode id) {
        return id != null && (id.isTextual() || id.isIntegralNumber());
    }

    /** The id as JSON bytes; the bytes of {@code null} when the node is not a valid id. */
    static byte[] idBytes(JsonNode id) {
        if (!isValidId(id)) {
            return NULL_ID;
        }
        if (id.isTextual()) {
            return quoted(id.textValue());
        }
        // Integral number nodes (int, long, BigInteger): asText() is their decimal form.
        return ascii(id.asText());
    }

    /** {@code {"jsonrpc":"2.0","id":<id>,"result":<result>}}, with {@code result} already JSON. */
    static byte[] result(JsonNode id, byte[] result) {
        byte[] idBytes = idBytes(id);
        byte[] out = new byte[RESULT_PREFIX.length + idBytes.length + RESULT_MIDDLE.length + result.length + 1];
        int at = copy(RESULT_PREFIX, out, 0);
        at = copy(idBytes, out, at);
        at = copy(RESULT_MIDDLE, out, at);
        at = copy(result, out, at);
        out[at] = '}';
        return out;
    }

    /** The bytes that start a result response, up to and including {@code "result":}. */
    static byte[] resultPrefix(JsonNode id) {
        byte[] idBytes = idBytes(id);
        byte[] out = new byte[RESULT_PREFIX.length + idBytes.length + RESULT_MIDDLE.length];
        int at = copy(RESULT_PREFIX, out, 0);
        at = copy(idBytes, out, at);
        copy(RESULT_MIDDLE, out, at);
        return out;
    }

    /**
     * {@code {"jsonrpc":"2.0","id":<id>,"error":{"code":<code>,"message":<message>}}}; the id is
     * null when {@code id} is not a valid request id.
     */
    static byte[] error(JsonNode id, int code, String message) {
        return error(idBytes(id), code, message);
    }

    /**
     * An error response whose error object carries {@code data}, already serialized JSON; the id
     * is null when {@code id} is not a valid request id.
     */
    static byte[] error(JsonNode id, int code, String message, byte[] data) {
        byte[] plain = error(idBytes(id), code, message);
        // plain ends with the message's closing quote and two braces ("}}): keep what comes before
        // them, then ","data":<data>}}.
        int kept = plain.length - ERROR_END.length;
        byte[] out = new byte[kept + DATA_KEY.length + data.length + 2];
        System.arraycopy(plain, 0, out, 0, kept);
        int at = copy(DATA_KEY, out, kept);
        at = copy(data, out, at);
        out[at++] = '}';
        out[at] = '}';
        return out;
    }

    /** An error response with a null id, for input whose id could not be read. */
    static byte[] errorWithoutId(int code, String message) {
        return error(NULL_ID, code, message);
    }

    private static byte[] error(byte[] idBytes, int code, String message) {
        byte[] codeBytes = ascii(Integer.toString(code));
        byte[] messageBytes = Json.quoteUtf8(message);
        byte[] out = new byte[RESULT_PREFIX.length + idBytes.length + ERROR_MIDDLE.length + codeBytes.length
                + MESSAGE_KEY.length + messageBytes.length + ERROR_END.length];
        int at = copy(RESULT_PREFIX, out, 0);
        at = copy(idBytes, out, at);
        at = copy(ERROR_MIDDLE, out, at);
        at = copy(codeBytes, out, at);
        at = copy(MESSAGE_KEY, out, at);
        at = copy(messageBytes, out, at);
        copy(ERROR_END, out, at);
        return out;
    }

    /**
     * The error code of a response written by {@link #error}, or 0 for anything else (a result, a
     * batch, no body). It reads past the id and looks for the error member where {@code error}
     * puts it, so the cost does not grow with the size of a result.
     */
    static int errorCode(byte[] response) {
        int at = RESULT_PREFIX.length;
        if (response.length <= at || !startsWith(response, 0, RESULT_PREFIX)) {
            return 0;
        }
        if (response[at] == '"') {
            // A string id, as quoted() wrote it: every '"' inside is escaped with a backslash.
            at++;
            while (at < response.length && response[at] != '"') {
                at += response[at] == '\\' ? 2 : 1;
            }
            at++;
        } else {
            while (at < response.length && response[at] != ',') {
                at++;
            }
        }
        if (!startsWith(response, at, ERROR_MIDDLE)) {
            return 0;
        }
        at += ERROR_MIDDLE.length;
        int sign = 1;
        if (at < response.length && response[at] == '-') {
            sign = -1;
            at++;
        }
        int code = 0;
        while (at < response.length && response[at] >= '0' && response[at] <= '9') {
            code = code * 10 + (response[at++] - '0');
        }
        return sign * code;
    }

    /**
     * Where the result object starts in a response made by {@link #result}, or -1 when the
     * response is an error. Reads the fixed layout this class writes; nothing is parsed.
     */
    static int resultStart(byte[] response, JsonNode id) {
        int at = RESULT_PREFIX.length + idBytes(id).length;
        return startsWith(response, at, RESULT_MIDDLE) ? at + RESULT_MIDDLE.length : -1;
    }

    /** Whether {@code prefix} stands in {@code bytes} at {@code at}. */
    static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A JSON array of already-serialized responses: the answer to a batch. */
    static byte[] array(byte[][] items, int count) {
        int length = 2 + (count > 0 ? count - 1 : 0);
        for (int i = 0; i < count; i++) {
            length += items[i].length;
        }
        byte[] out = new byte[length];
        out[0] = '[';
        int at = 1;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            at = copy(items[i], out, at);
        }
        out[at] = ']';
        return out;
    }

    /** A JSON string literal, quotes included. */
    static byte[] quoted(String text) {
        byte[] inner = Json.quoteUtf8(text);
        byte[] out = new byte[inner.length + 2];
        out[0] = '"';
        System.arraycopy(inner, 0, out, 1, inner.length);
        out[out.length - 1] = '"';
        return out;
    }

    /**
     * Shortens text taken from a request (a method or tool name) before it is echoed in an error
     * message, so a huge name does not become a huge error.
     */
    static String clip(String text) {
        return Json.clip(text, 100);
    }

    /** The parts one after the other. */
    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            at = copy(part, out, at);
        }
        return out;
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
