package dev.mcplet.server.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;

/**
 * A structured value that is not a JSON object, carried as {@code {"result": value}}: MCP
 * 2025-06-18 and 2025-11-25 require {@code structuredContent} to be an object, so that is what
 * they receive, and what a wrapped {@code outputSchema} ({@link ToolDescriptor#wrapsResult()})
 * describes. Revisions that allow any JSON value (2026-07-28) are sent {@link #value()} instead.
 * Made by {@link Encode#wrap} and {@link Encode#emptyWrapper}, never directly.
 */
// "unchecked": Jackson's own ObjectNode.deepCopy() overrides the generic JsonNode.deepCopy(), which
// javac reports on every subclass.
@SuppressWarnings("unchecked")
public final class WrappedResult extends ObjectNode {

    private static final long serialVersionUID = 1L;

    private WrappedResult() {
        super(Json.NODES);
    }

    /** Typed as ObjectNode so that a class calling this one needs no other loaded to be verified. */
    static ObjectNode of(JsonNode value) {
        WrappedResult wrapper = new WrappedResult();
        if (value != null) {
            wrapper.set(Encode.RESULT, value);
        }
        return wrapper;
    }

    /** The value itself: the {@code result} member, or JSON null for an empty {@code Optional}. */
    public JsonNode value() {
        JsonNode value = get(Encode.RESULT);
        return value == null ? NullNode.getInstance() : value;
    }
}
