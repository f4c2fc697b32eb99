package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import java.util.List;

/** A tool whose parameters are mirrored into Mcp-Param headers (x-mcp-header), and tool sets whose x-mcp-header is invalid. */
public final class HeaderTools implements ToolSet {

    public static final String SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"},"
            + "\"shard\":{\"type\":\"integer\",\"x-mcp-header\":\"Shard\"},"
            + "\"dry\":{\"type\":\"boolean\",\"x-mcp-header\":\"Dry-Run\"},"
            + "\"query\":{\"type\":\"string\"}},\"required\":[\"region\",\"query\"]}";

    private final List<ToolDescriptor> tools;

    public HeaderTools() {
        this(SCHEMA);
    }

    public HeaderTools(String schema) {
        this.tools = List.of(new ToolDescriptor("execute_sql", null, "Runs SQL in a region.", schema, null, ToolHints.NONE));
    }

    @Override
    public List<ToolDescriptor> tools() {
        return tools;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) {
        return CallResult.text("ran in " + arguments.path("region").asText());
    }
}
