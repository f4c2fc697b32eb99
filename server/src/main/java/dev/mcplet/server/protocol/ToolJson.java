package dev.mcplet.server.protocol;

import dev.mcplet.server.json.JsonWriter;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import java.io.IOException;

/**
 * Writes one {@code Tool} of a {@code tools/list} result as the given revision defines it. Runs
 * at build time only: the pages of {@code tools/list} are precomputed.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool">MCP: Tool</a>
 */
final class ToolJson {

    private ToolJson() {
    }

    static void write(JsonWriter out, ToolDescriptor tool, ProtocolVersion version) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", tool.name());
        if (version.hasTitles() && tool.title() != null) {
            out.writeStringField("title", tool.title());
        }
        if (tool.description() != null) {
            out.writeStringField("description", tool.description());
        }
        out.writeFieldName("inputSchema");
        out.writeRawValue(tool.inputSchema());
        if (version.hasStructuredContent() && tool.outputSchema() != null) {
            out.writeFieldName("outputSchema");
            out.writeRawValue(version.allowsAnyStructuredValue() ? WrappedOutput.schema(tool) : tool.outputSchema());
        }
        if (version.hasToolAnnotations()) {
            writeAnnotations(out, tool, version);
        }
        out.writeEndObject();
    }

    /**
     * {@code ToolAnnotations}: the hints that were set and, for revisions without {@code Tool.title}
     * (2025-03-26), the title, which that revision carries as {@code annotations.title}.
     */
    private static void writeAnnotations(JsonWriter out, ToolDescriptor tool, ProtocolVersion version)
            throws IOException {
        ToolHints hints = tool.hints();
        String title = version.hasTitles() ? null : tool.title();
        if (hints.isEmpty() && title == null) {
            return;
        }
        out.writeObjectFieldStart("annotations");
        if (title != null) {
            out.writeStringField("title", title);
        }
        writeHint(out, "readOnlyHint", hints.readOnly());
        writeHint(out, "destructiveHint", hints.destructive());
        writeHint(out, "idempotentHint", hints.idempotent());
        writeHint(out, "openWorldHint", hints.openWorld());
        out.writeEndObject();
    }

    private static void writeHint(JsonWriter out, String name, Boolean value) throws IOException {
        if (value != null) {
            out.writeBooleanField(name, value.booleanValue());
        }
    }
}
