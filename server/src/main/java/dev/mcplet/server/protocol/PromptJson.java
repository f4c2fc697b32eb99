package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.ContentAnnotations;
import dev.mcplet.PromptMessage;
import dev.mcplet.PromptResult;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.prompt.PromptArgument;
import dev.mcplet.server.prompt.PromptDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import dev.mcplet.server.json.JsonWriter;

/**
 * Writes prompts as a revision defines them: the {@code Prompt} entries of {@code prompts/list}
 * (at build time) and the {@code GetPromptResult} of {@code prompts/get}, whose message content
 * is downgraded like a tool result's where a revision lacks a type (audio before 2025-03-26,
 * resource links before 2025-06-18; see {@link CallResultJson}).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts">MCP: Prompts</a>
 */
final class PromptJson {

    private PromptJson() {
    }

    static byte[] prompt(PromptDescriptor prompt, ProtocolVersion version) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeStringField("name", prompt.name());
            if (prompt.title() != null && version.hasTitles()) {
                out.writeStringField("title", prompt.title());
            }
            if (prompt.description() != null) {
                out.writeStringField("description", prompt.description());
            }
            List<PromptArgument> arguments = prompt.arguments();
            if (!arguments.isEmpty()) {
                out.writeArrayFieldStart("arguments");
                for (PromptArgument argument : arguments) {
                    out.writeStartObject();
                    out.writeStringField("name", argument.name());
                    if (argument.title() != null && version.hasTitles()) {
                        out.writeStringField("title", argument.title());
                    }
                    if (argument.description() != null) {
                        out.writeStringField("description", argument.description());
                    }
                    out.writeBooleanField("required", argument.required());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The whole JSON-RPC response of {@code prompts/get}. */
    static byte[] getResponse(JsonNode id, PromptResult result, ProtocolVersion version) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        bytes.write(JsonRpc.resultPrefix(id));
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            if (result.description() != null) {
                out.writeStringField("description", result.description());
            }
            out.writeArrayFieldStart("messages");
            List<PromptMessage> messages = result.messages();
            for (int i = 0, n = messages.size(); i < n; i++) {
                PromptMessage message = messages.get(i);
                if (message == null) {
                    throw new IllegalArgumentException("the messages hold null at index " + i);
                }
                out.writeStartObject();
                out.writeStringField("role", message.role() == ContentAnnotations.Role.USER ? "user" : "assistant");
                out.writeFieldName("content");
                CallResultJson.writeContent(out, message.content(), version);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        bytes.write('}');
        return bytes.toByteArray();
    }
}
