package dev.mcplet;

import java.util.List;
import java.util.Objects;

/**
 * A complete tool result, for tools that want full control: the content items, an optional
 * structured value and the error flag.
 *
 * <p>The type argument is the type of the structured value. When it is a record, a collection
 * or a map, the processor derives the tool's {@code outputSchema} from it at compile time and the
 * value is sent as {@code structuredContent} (and, when no content is given, as JSON text for
 * clients that predate structured output). Use {@code ToolResult<Void>} for results without one.
 *
 * <pre>{@code
 * @McpTool
 * public ToolResult<Quote> quote(String symbol) {
 *     Quote q = prices.latest(symbol);
 *     if (q == null) return ToolResult.error("Unknown symbol " + symbol + "; use a ticker such as AAPL");
 *     return ToolResult.structured(q, Content.text(symbol + " is at " + q.price()));
 * }
 * }</pre>
 *
 * @param content the content items shown to the model; may be empty when {@code structured} is set
 * @param structured the structured value, or null
 * @param isError whether the call failed; the content then says why
 * @param <T> the type of the structured value
 */
public record ToolResult<T>(List<Content> content, T structured, boolean isError) {

    public ToolResult {
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }

    /** A successful result with these content items. */
    public static ToolResult<Void> of(Content... content) {
        return new ToolResult<>(List.of(content), null, false);
    }

    /** A successful result with these content items. */
    public static ToolResult<Void> of(List<? extends Content> content) {
        return new ToolResult<>(List.copyOf(content), null, false);
    }

    /** A successful result carrying a structured value and, optionally, content that presents it. */
    public static <T> ToolResult<T> structured(T value, Content... content) {
        return new ToolResult<>(List.of(content), Objects.requireNonNull(value, "value"), false);
    }

    /** A failed call: {@code isError: true} with this message as text, for the model to act on. */
    public static <T> ToolResult<T> error(String message) {
        return new ToolResult<>(List.of(Content.text(message)), null, true);
    }

    /** A failed call with these content items. */
    public static <T> ToolResult<T> error(Content... content) {
        return new ToolResult<>(List.of(content), null, true);
    }
}
