package com.example.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.Content;
import dev.mcplet.McpTool;
import dev.mcplet.ToolException;
import dev.mcplet.ToolResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Every kind of result. */
public class Results {

    /**
     * A price quote.
     *
     * @param symbol the ticker
     * @param price the last price
     * @param note a remark, if any
     */
    public record Quote(String symbol, double price, @Nullable String note) {
    }

    /** Nothing back. */
    @McpTool public void nothing() { }

    /**
     * Explicit content.
     *
     * @param text the text
     */
    @McpTool public Content one(String text) { return Content.text(text); }

    /** Several items. */
    @McpTool public List<Content> several() {
        return List.of(Content.text("a"), Content.imageBase64("AAAA", "image/png"));
    }

    /**
     * A full result without structured value.
     *
     * @param fail whether to fail
     */
    @McpTool public ToolResult<Void> full(boolean fail) {
        return fail ? ToolResult.error("it failed; try again") : ToolResult.of(Content.text("fine"));
    }

    /**
     * A full result with a structured quote.
     *
     * @param symbol the ticker
     */
    @McpTool public ToolResult<Quote> quote(String symbol) {
        if (symbol.equals("NONE")) {
            return ToolResult.error("Unknown symbol NONE; use a ticker such as AAPL");
        }
        return ToolResult.structured(new Quote(symbol, 1.5, null), Content.text(symbol + " is at 1.5"));
    }

    /** A full result with a structured list. */
    @McpTool public ToolResult<List<String>> names() {
        return ToolResult.structured(List.of("x", "y"));
    }

    /** A full result of unknown structure. */
    @McpTool public ToolResult<?> wildcard() {
        return ToolResult.of(Content.text("w"));
    }

    /**
     * A full result with a raw structured value.
     *
     * @param value the value
     */
    @McpTool public ToolResult<JsonNode> rawResult(JsonNode value) {
        return ToolResult.structured(value);
    }

    /**
     * Raw JSON back.
     *
     * @param value the value
     */
    @McpTool public JsonNode echo(JsonNode value) { return value; }

    /** Null where a string is promised. */
    @McpTool public String nullText() { return null; }

    /** Null where a record is promised. */
    @McpTool public Quote nullQuote() { return null; }

    /** A record with a null required component. */
    @McpTool public Quote badQuote() { return new Quote(null, 1, null); }

    /** A number JSON cannot carry. */
    @McpTool public Quote nanQuote() { return new Quote("X", Double.NaN, null); }

    /** A list with a null item. */
    @McpTool public List<String> nullItem() { return java.util.Arrays.asList("a", null); }

    /**
     * Maybe a text.
     *
     * @param present whether there is one
     */
    @McpTool public Optional<String> maybeText(boolean present) {
        return present ? Optional.of("here") : Optional.empty();
    }

    /**
     * Maybe a number.
     *
     * @param present whether there is one
     */
    @McpTool public OptionalDouble maybeNumber(boolean present) {
        return present ? OptionalDouble.of(2.5) : OptionalDouble.empty();
    }

    /**
     * Maybe a quote.
     *
     * @param present whether there is one
     */
    @McpTool public Optional<Quote> maybeQuote(boolean present) {
        return present ? Optional.of(new Quote("Q", 2, "n")) : Optional.empty();
    }

    /** A map of numbers. */
    @McpTool public Map<String, Double> prices() { return Map.of("AAPL", 1.25); }

    /**
     * Fails as a tool.
     *
     * @param message the message
     */
    @McpTool public String fails(String message) { throw new ToolException(message); }

    /** Fails with a checked exception. */
    @McpTool public String failsChecked() throws IOException { throw new IOException("disk on fire"); }
}
