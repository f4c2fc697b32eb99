package dev.mcplet.processor.model;

/**
 * What a tool returns and how the result is sent.
 *
 * @param kind how the value becomes a {@code CallResult}
 * @param type the JSON type of the value (for {@link Kind#TOOL_RESULT}, of its structured value),
 *     or null when there is none
 */
public record ResultShape(Kind kind, JsonType type) {

    /** How a tool's return value becomes a {@code CallResult}. */
    public enum Kind {
        /** {@code void}: no content. */
        VOID,
        /** A scalar, or an {@code Optional} of one: one text item (none when empty). */
        TEXT,
        /** A record, a map or an {@code ObjectNode}: the object itself is the structured content. */
        STRUCTURED,
        /**
         * An array, a collection, or an {@code Optional} of a structured value: structured content
         * {@code {"result": value}}, since structured content must be an object.
         */
        WRAPPED,
        /** One {@code Content} item. */
        CONTENT,
        /** A list of {@code Content} items. */
        CONTENT_LIST,
        /** A {@code ToolResult<T>}: its content, error flag and structured value of type {@code type} (null for Void). */
        TOOL_RESULT,
        /** A {@code JsonNode}: structured when it is an object, else its JSON as text; no output schema. */
        RAW_JSON
    }
}
