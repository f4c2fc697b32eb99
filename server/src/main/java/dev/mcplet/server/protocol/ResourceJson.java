package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.ResourceContents;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.resource.ResourceDescriptor;
import dev.mcplet.server.resource.ResourceTemplateDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import dev.mcplet.server.json.JsonWriter;

/**
 * Writes resources as a revision defines them: the {@code Resource} and {@code ResourceTemplate}
 * entries of the list results (at build time, as the lists are precomputed) and the
 * {@code ReadResourceResult} of {@code resources/read}. Titles exist from 2025-06-18; older
 * revisions get none (the name and description say the rest).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources">MCP: Resources</a>
 */
final class ResourceJson {

    private ResourceJson() {
    }

    static byte[] resource(ResourceDescriptor resource, ProtocolVersion version) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeStringField("uri", resource.uri());
            writeCommon(out, resource.name(), resource.title(), resource.description(), resource.mimeType(), version);
            if (resource.size() >= 0) {
                out.writeNumberField("size", resource.size());
            }
            CallResultJson.writeAnnotations(out, resource.annotations(), version);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] template(ResourceTemplateDescriptor template, ProtocolVersion version) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeStringField("uriTemplate", template.uriTemplate());
            writeCommon(out, template.name(), template.title(), template.description(), template.mimeType(), version);
            CallResultJson.writeAnnotations(out, template.annotations(), version);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeCommon(JsonWriter out, String name, String title, String description, String mimeType,
            ProtocolVersion version) throws IOException {
        out.writeStringField("name", name);
        if (title != null && version.hasTitles()) {
            out.writeStringField("title", title);
        }
        if (description != null) {
            out.writeStringField("description", description);
        }
        if (mimeType != null) {
            out.writeStringField("mimeType", mimeType);
        }
    }

    /** The whole JSON-RPC response of {@code resources/read}: {@code {"contents":[...]}}. */
    static byte[] readResponse(JsonNode id, List<ResourceContents> contents) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        bytes.write(JsonRpc.resultPrefix(id));
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("contents");
            for (int i = 0, n = contents.size(); i < n; i++) {
                ResourceContents item = contents.get(i);
                if (item == null) {
                    throw new IllegalArgumentException("the contents list holds null at index " + i);
                }
                out.writeStartObject();
                out.writeStringField("uri", item.uri());
                if (item.mimeType() != null) {
                    out.writeStringField("mimeType", item.mimeType());
                }
                if (item instanceof ResourceContents.Text) {
                    out.writeStringField("text", ((ResourceContents.Text) item).text());
                } else {
                    out.writeStringField("blob", ((ResourceContents.Blob) item).blob());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        bytes.write('}');
        return bytes.toByteArray();
    }
}
