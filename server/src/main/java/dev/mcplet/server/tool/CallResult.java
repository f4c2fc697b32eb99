package dev.mcplet.server.tool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.Content;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a tool call before it is rendered for the protocol revision in force: content
 * items, an optional structured value (already encoded by generated code) and the error flag.
 *
 * <p>The protocol layer turns it into a {@code CallToolResult}: a structured value becomes
 * {@code structuredContent} and, when there is no content, also a text item with the same JSON,
 * for clients that predate structured output.
 */
public final class CallResult {

    private final List<Content> content;
    private final JsonNode structured;
    private final boolean isError;

    private CallResult(List<Content> content, JsonNode structured, boolean isError) {
        this.content = content;
        this.structured = structured;
        this.isError = isError;
    }

    /** A successful result with one text item. */
    public static CallResult text(String text) {
        return new CallResult(List.of(Content.text(text)), null, false);
    }

    /** A successful result with no content at all (a {@code void} tool). */
    public static CallResult empty() {
        return new CallResult(List.of(), null, false);
    }

    /** A successful result with these content items. */
    public static CallResult content(List<? extends Content> content) {
        return new CallResult(List.copyOf(content), null, false);
    }

    /**
     * A successful result carrying a structured value (a JSON object, as {@code structuredContent}
     * must be one).
     */
    public static CallResult structured(JsonNode value) {
        return new CallResult(List.of(), requireObject(value), false);
    }

    /** A tool error ({@code isError: true}) with this message as text. */
    public static CallResult error(String message) {
        return new CallResult(List.of(Content.text(message)), null, true);
    }

    /** The general form: content, structured value (or null) and error flag. */
    public static CallResult of(List<? extends Content> content, JsonNode structured, boolean isError) {
        return new CallResult(List.copyOf(content), structured == null ? null : requireObject(structured), isError);
    }

    private static JsonNode requireObject(JsonNode value) {
        Objects.requireNonNull(value, "structured value");
        if (!value.isObject()) {
            throw new IllegalArgumentException("structuredContent must be a JSON object, was " + value.getNodeType());
        }
        return value;
    }

    public List<Content> content() {
        return content;
    }

    /** The structured value (a JSON object), or null. */
    public JsonNode structured() {
        return structured;
    }

    public boolean isError() {
        return isError;
    }
}
