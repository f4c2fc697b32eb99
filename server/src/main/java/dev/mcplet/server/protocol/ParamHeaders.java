package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code x-mcp-header} parameters of one tool (MCP 2026-07-28 streamable-http, Custom Headers
 * from Tool Parameters): each mirrored into {@code Mcp-Param-<name>} by clients, and checked here
 * against the arguments ("Any server that processes the message body MUST validate that encoded
 * header values, after decoding if Base64-encoded, match the corresponding values in the request
 * body ... -32020 (HeaderMismatch)"). Read from the tool's input schema when the server is built,
 * with the schema rules checked there; only tools whose schema names {@code x-mcp-header} get one.
 */
final class ParamHeaders {

    private static final String KEY = "x-mcp-header";
    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    /** One mirrored parameter: the header's name part, its property path, and its JSON type. */
    private static final class Param {
        final String name;
        final String[] path;
        final String type;

        Param(String name, String[] path, String type) {
            this.name = name;
            this.path = path;
            this.type = type;
        }
    }

    private final List<Param> params;

    private ParamHeaders(List<Param> params) {
        this.params = params;
    }

    /**
     * The mirrored parameters of an input schema.
     *
     * @throws IllegalArgumentException when an {@code x-mcp-header} breaks the rules: empty or not
     *     an HTTP token, used twice ignoring case, on a type other than string, integer or boolean,
     *     or not reachable from the root through {@code properties} alone
     */
    static ParamHeaders of(JsonNode schema) {
        List<Param> params = new ArrayList<>();
        collect(schema, new ArrayList<>(), params, true);
        Set<String> seen = new HashSet<>();
        for (Param param : params) {
            if (!seen.add(param.name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("x-mcp-header \"" + param.name + "\" is used twice (ignoring case)");
            }
        }
        return new ParamHeaders(params);
    }

    private static void collect(JsonNode schema, List<String> path, List<Param> out, boolean reachable) {
        if (schema == null || !schema.isContainerNode()) {
            return;
        }
        if (schema.isObject() && schema.has(KEY)) {
            if (!reachable || path.isEmpty()) {
                throw new IllegalArgumentException("x-mcp-header at " + (path.isEmpty() ? "the schema root" : String.join(".", path))
                        + " is not reachable from the root through properties alone");
            }
            out.add(param(schema, path));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals("properties") && entry.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> props = entry.getValue().fields(); props.hasNext();) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    path.add(prop.getKey());
                    collect(prop.getValue(), path, out, reachable);
                    path.remove(path.size() - 1);
                }
            } else if (entry.getValue().isContainerNode()) {
                collect(entry.getValue(), path, out, false);
            }
        }
        if (schema.isArray()) {
            for (JsonNode item : schema) {
                collect(item, path, out, false);
            }
        }
    }

    private static Param param(JsonNode schema, List<String> path) {
        JsonNode name = schema.get(KEY);
        if (!name.isTextual() || name.textValue().isEmpty()) {
            throw new IllegalArgumentException("x-mcp-header at " + String.join(".", path) + " must be a non-empty string");
        }
        String text = name.textValue();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || TOKEN_CHARS.indexOf(c) >= 0))) {
                throw new IllegalArgumentException("x-mcp-header \"" + text + "\" is not an HTTP token");
            }
        }
        String type = schema.path("type").asText("");
        if (!type.equals("string") && !type.equals("integer") && !type.equals("boolean")) {
            throw new IllegalArgumentException("x-mcp-header \"" + text + "\" is on a property of type '" + type
                    + "'; only string, integer and boolean may be headers");
        }
        return new Param(text, path.toArray(new String[0]), type);
    }

    /**
     * Checks the headers against the arguments: a null when they match, else what does not (for
     * the -32020 message). A parameter absent or null in the arguments expects no header.
     */
    String mismatch(JsonNode arguments, RequestHeaders headers) {
        for (Param param : params) {
            JsonNode value = arguments;
            for (String step : param.path) {
                value = value == null || !value.isObject() ? null : value.get(step);
            }
            if (value == null || value.isNull()) {
                continue;
            }
            String header = "Mcp-Param-" + param.name;
            String raw = headers.first(header.toLowerCase(Locale.ROOT));
            if (raw == null) {
                return "the " + header + " header is missing; it mirrors the argument " + String.join(".", param.path);
            }
            String decoded = StatelessRequests.decodeHeaderValue(raw);
            if (decoded == null) {
                return "the " + header + " header has characters a header value cannot carry; encode it as =?base64?...?=";
            }
            if (!matches(param.type, decoded, value)) {
                return header + " header value '" + JsonRpc.clip(decoded) + "' does not match body value '"
                        + JsonRpc.clip(value.asText()) + "'";
            }
        }
        return null;
    }

    /** streamable-http, Server Validation: integers compared numerically ("42.0 and 42 are considered equal"). */
    private static boolean matches(String type, String header, JsonNode value) {
        if (type.equals("integer") && value.isNumber()) {
            try {
                return new BigDecimal(header.trim()).compareTo(value.decimalValue()) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return header.equals(value.isTextual() ? value.textValue() : value.asText());
    }
}
