package dev.mcplet.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One tool as {@code tools/list} describes it to a client: what a model reads to decide whether
 * and how to call it.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool">MCP: tool</a>
 */
public final class ListedTool {

    private final JsonNode tool;

    ListedTool(JsonNode tool) {
        this.tool = tool;
    }

    public String name() {
        return tool.path("name").asText();
    }

    /** The display title, or null. */
    public String title() {
        return text("title");
    }

    /** The description (from the method's Javadoc unless the annotation sets one), or null. */
    public String description() {
        return text("description");
    }

    /** The JSON Schema of the arguments. */
    public JsonNode inputSchema() {
        return tool.path("inputSchema");
    }

    /** The JSON Schema of the structured result, or null when the tool returns plain content. */
    public JsonNode outputSchema() {
        JsonNode schema = tool.get("outputSchema");
        return schema == null || schema.isNull() ? null : schema;
    }

    /** The behaviour hints ({@code readOnlyHint}, ...), or null when none is set. */
    public JsonNode annotations() {
        JsonNode annotations = tool.get("annotations");
        return annotations == null || annotations.isNull() ? null : annotations;
    }

    /** The argument names, in schema order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        inputSchema().path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The names of the required arguments. */
    public List<String> requiredParameters() {
        List<String> names = new ArrayList<>();
        inputSchema().path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** The schema of one argument; fails, listing the arguments, when there is none of that name. */
    public JsonNode parameter(String name) {
        JsonNode schema = inputSchema().path("properties").get(name);
        if (schema == null) {
            throw Failures.fail("tool '" + name() + "' has no argument '" + name + "'; its arguments: " + parameterNames());
        }
        return schema;
    }

    /** The tool as the server listed it. */
    public JsonNode json() {
        return tool;
    }

    @Override
    public String toString() {
        return "ListedTool[" + Json.compact(tool) + "]";
    }

    private String text(String field) {
        JsonNode value = tool.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
