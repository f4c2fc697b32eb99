package dev.mcplet.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code tools/call} returned: the {@code CallToolResult} of the MCP specification, with
 * typed access and assertions that say what the tool answered when they fail.
 *
 * <pre>{@code
 * client.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess().assertText("5");
 * client.callTool("add", Map.of("a", "two", "b", 3)).assertToolError().assertTextContains("a: expected an integer");
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-result">MCP: tool result</a>
 */
public final class CallToolResult {

    private final String tool;
    private final JsonNode result;

    CallToolResult(String tool, JsonNode result) {
        this.tool = tool;
        this.result = result;
    }

    /** The result object as the server sent it. */
    public JsonNode json() {
        return result;
    }

    /** Whether the tool reported an error ({@code isError: true}): a failure a model can read and act on. */
    public boolean isError() {
        return result.path("isError").asBoolean(false);
    }

    /** The content items ({@code text}, {@code image}, {@code audio}, {@code resource_link}, {@code resource}). */
    public List<JsonNode> content() {
        List<JsonNode> items = new ArrayList<>();
        result.path("content").forEach(items::add);
        return items;
    }

    /** The texts of every {@code text} content item, in order. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : result.path("content")) {
            if ("text".equals(item.path("type").asText())) {
                texts.add(item.path("text").asText());
            }
        }
        return texts;
    }

    /** The text of the only content item; fails unless the content is exactly one text item. */
    public String text() {
        List<JsonNode> content = content();
        if (content.size() != 1 || !"text".equals(content.get(0).path("type").asText())) {
            throw Failures.fail("tool '" + tool + "' returned " + content.size() + " content item(s), expected exactly"
                    + " one text item: " + Json.compact(result));
        }
        return content.get(0).path("text").asText();
    }

    /** The {@code structuredContent}, or null when the tool returned none. */
    public JsonNode structuredContent() {
        JsonNode structured = result.get("structuredContent");
        return structured == null || structured.isNull() ? null : structured;
    }

    /** Asserts that the tool succeeded ({@code isError} absent or false); the failure shows what it said. */
    public CallToolResult assertSuccess() {
        if (isError()) {
            throw Failures.fail("tool '" + tool + "' returned an error (isError: true): " + errorText());
        }
        return this;
    }

    /** Asserts that the tool returned an error result ({@code isError: true}), e.g. for bad arguments. */
    public CallToolResult assertToolError() {
        if (!isError()) {
            throw Failures.fail("tool '" + tool + "' succeeded, expected an error result (isError: true): "
                    + Json.compact(result));
        }
        return this;
    }

    /** Asserts the text of the only content item. */
    public CallToolResult assertText(String expected) {
        String actual = text();
        if (!actual.equals(expected)) {
            throw Failures.fail("text returned by tool '" + tool + "'", expected, actual);
        }
        return this;
    }

    /** Asserts that some text content item contains this text. */
    public CallToolResult assertTextContains(String fragment) {
        List<String> texts = texts();
        for (String text : texts) {
            if (text.contains(fragment)) {
                return this;
            }
        }
        throw Failures.fail("no text returned by tool '" + tool + "' contains '" + fragment + "'; its texts: " + texts);
    }

    /**
     * Asserts the {@code structuredContent}, compared as JSON (member order and spacing do not
     * matter): {@code assertStructuredContent("{\"total\": 5, \"currency\": \"EUR\"}")}.
     */
    public CallToolResult assertStructuredContent(String expectedJson) {
        JsonNode expected = Json.parse(expectedJson, "the expected structured content");
        JsonNode actual = structuredContent();
        if (actual == null) {
            throw Failures.fail("tool '" + tool + "' returned no structuredContent: " + Json.compact(result));
        }
        if (!expected.equals(actual)) {
            throw Failures.fail("structuredContent returned by tool '" + tool + "'", Json.pretty(expected),
                    Json.pretty(actual));
        }
        return this;
    }

    @Override
    public String toString() {
        return "CallToolResult[" + tool + ": " + Json.compact(result) + "]";
    }

    private String errorText() {
        List<String> texts = texts();
        return texts.isEmpty() ? Json.compact(result) : String.join(" | ", texts);
    }
}
