package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.WrappedResult;

/**
 * The one place where the revisions differ on structured tool output that is not a JSON object
 * (a list, a number, an empty {@code Optional}). Up to 2025-11-25 {@code structuredContent} and
 * {@code outputSchema} are objects, so such a value travels as {@code {"result": value}} and its
 * schema as the wrapper object; from 2026-07-28 ({@link ProtocolVersion#allowsAnyStructuredValue})
 * the value and its schema are sent as they are: the wrapper's {@code result} schema (with the
 * wrapper's {@code $defs}), or {@code anyOf} it and null when the result may be absent.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/server/tools#structured-content">MCP 2026-07-28: Structured Content</a>
 */
final class WrappedOutput {

    private static final String RESULT = "result";

    private WrappedOutput() {
    }

    // Callers ask ProtocolVersion#allowsAnyStructuredValue() first, so that a 2025 request loads
    // neither this class nor WrappedResult.

    /** The {@code outputSchema} of a tool under a revision that allows any schema root (compact JSON text). */
    static String schema(ToolDescriptor tool) {
        return tool.wrapsResult() ? Json.toJson(unwrap(parse(tool))) : tool.outputSchema();
    }

    /** The {@code structuredContent} of a result under a revision that allows any JSON value. */
    static JsonNode value(JsonNode structured) {
        return structured instanceof WrappedResult ? ((WrappedResult) structured).value() : structured;
    }

    /**
     * Checks at build time that a tool which says it wraps its result has the wrapper schema.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static void check(ToolDescriptor tool) {
        ObjectNode wrapper = parse(tool);
        JsonNode properties = wrapper.get("properties");
        if (properties == null || !properties.isObject() || properties.size() != 1
                || !properties.path(RESULT).isObject()) {
            throw new IllegalArgumentException("its outputSchema must be the wrapper {\"type\":\"object\",\"properties\":"
                    + "{\"result\":<schema>}}, since it says it wraps its result (wrapsResult)");
        }
    }

    private static ObjectNode parse(ToolDescriptor tool) {
        try {
            return (ObjectNode) Json.parse(tool.outputSchema());
        } catch (JsonReadException | ClassCastException e) {
            throw new IllegalArgumentException("its outputSchema is not a JSON object", e);
        }
    }

    private static ObjectNode unwrap(ObjectNode wrapper) {
        ObjectNode result = (ObjectNode) wrapper.path("properties").get(RESULT);
        boolean required = false;
        for (JsonNode name : wrapper.path("required")) {
            required |= RESULT.equals(name.asText());
        }
        ObjectNode schema;
        if (required) {
            schema = result.deepCopy();
        } else {
            // An empty Optional is {} in the wrapper, and null on its own.
            schema = Json.NODES.objectNode();
            schema.putArray("anyOf").add(result.deepCopy()).add(Json.NODES.objectNode().put("type", "null"));
        }
        JsonNode defs = wrapper.get("$defs");
        if (defs != null) {
            // The result's $ref point at #/$defs/..., which must stay at the root.
            schema.set("$defs", defs);
        }
        return schema;
    }
}
