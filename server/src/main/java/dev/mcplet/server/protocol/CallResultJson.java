package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.Content;
import dev.mcplet.ContentAnnotations;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import java.io.IOException;
import java.util.List;
import dev.mcplet.server.json.JsonWriter;

/**
 * Renders a {@link CallResult} as the {@code CallToolResult} of one revision. What a revision
 * cannot carry is downgraded, never dropped silently:
 *
 * <ul>
 *   <li>a structured value becomes {@code structuredContent} from 2025-06-18; when the tool gave
 *       no content, the same JSON is also sent as a text item (tools, Structured Content: "a tool
 *       that returns structured content SHOULD also return the serialized JSON in a TextContent
 *       block"), which is all that older revisions see;
 *   <li>a resource link (2025-06-18) becomes, for older revisions, a text item that names the
 *       resource and its URI;
 *   <li>audio (2025-03-26) becomes, for 2024-11-05, a text item saying that audio of that type
 *       was returned but cannot be shown: the bytes would be useless to a client of a revision
 *       with no audio type, and an embedded blob would need a made-up URI;
 *   <li>{@code annotations.lastModified} (2025-06-18) is left out for older revisions.
 * </ul>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-result">MCP: Tool result</a>
 */
final class CallResultJson {

    /** How a response with {@code isError: true} ends: {@link #write} puts the member last. */
    private static final byte[] IS_ERROR_TRUE_END = JsonRpc.ascii("\"isError\":true}}");

    private CallResultJson() {
    }

    /** The whole JSON-RPC response for a call, as bytes. */
    static byte[] response(JsonNode id, CallResult result, ProtocolVersion version) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        bytes.write(JsonRpc.resultPrefix(id));
        try (JsonWriter out = Json.writer(bytes)) {
            write(out, result, version);
        }
        bytes.write('}');
        return bytes.toByteArray();
    }

    /**
     * Whether a response written by {@link #response} carries {@code isError: true}: {@link #write}
     * puts that member last, so the answer's last bytes say it whatever the size of the content.
     */
    static boolean isErrorResponse(byte[] response) {
        int n = response.length;
        int at = n - IS_ERROR_TRUE_END.length;
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < IS_ERROR_TRUE_END.length; i++) {
            if (response[at + i] != IS_ERROR_TRUE_END[i]) {
                return false;
            }
        }
        return true;
    }

    static void write(JsonWriter out, CallResult result, ProtocolVersion version) throws IOException {
        JsonNode structured = result.structured();
        if (structured != null && version.allowsAnyStructuredValue()) {
            structured = WrappedOutput.value(structured);
        }
        List<Content> content = result.content();
        out.writeStartObject();
        out.writeArrayFieldStart("content");
        if (content.isEmpty() && structured != null) {
            writeText(out, Json.toJson(structured), null, version);
        }
        for (int i = 0, n = content.size(); i < n; i++) {
            writeContent(out, content.get(i), version);
        }
        out.writeEndArray();
        if (structured != null && version.hasStructuredContent()) {
            out.writeFieldName("structuredContent");
            Json.write(out, structured);
        }
        out.writeBooleanField("isError", result.isError());
        out.writeEndObject();
    }

    /** One content item as the revision carries it (also the content of a prompt message). */
    static void writeContent(JsonWriter out, Content item, ProtocolVersion version) throws IOException {
        // Plain instanceof chain: a pattern switch over the sealed type needs Java 21.
        if (item instanceof Content.Text) {
            Content.Text text = (Content.Text) item;
            writeText(out, text.text(), text.annotations(), version);
        } else if (item instanceof Content.Image) {
            Content.Image image = (Content.Image) item;
            writeMedia(out, "image", image.data(), image.mimeType(), image.annotations(), version);
        } else if (item instanceof Content.Audio) {
            Content.Audio audio = (Content.Audio) item;
            if (version.hasAudioContent()) {
                writeMedia(out, "audio", audio.data(), audio.mimeType(), audio.annotations(), version);
            } else {
                writeText(out, "[The tool returned " + audio.mimeType() + " audio, which MCP " + version.id()
                        + " cannot carry; a client of protocol version 2025-03-26 or later receives it.]",
                        audio.annotations(), version);
            }
        } else if (item instanceof Content.ResourceLink) {
            writeResourceLink(out, (Content.ResourceLink) item, version);
        } else if (item instanceof Content.EmbeddedResource) {
            writeEmbedded(out, (Content.EmbeddedResource) item, version);
        } else {
            throw new IllegalArgumentException("unknown content type");
        }
    }

    private static void writeText(JsonWriter out, String text, ContentAnnotations annotations,
            ProtocolVersion version) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "text");
        out.writeStringField("text", text);
        writeAnnotations(out, annotations, version);
        out.writeEndObject();
    }

    private static void writeMedia(JsonWriter out, String type, String data, String mimeType,
            ContentAnnotations annotations, ProtocolVersion version) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", type);
        out.writeStringField("data", data);
        out.writeStringField("mimeType", mimeType);
        writeAnnotations(out, annotations, version);
        out.writeEndObject();
    }

    private static void writeResourceLink(JsonWriter out, Content.ResourceLink link, ProtocolVersion version)
            throws IOException {
        if (!version.hasResourceLinks()) {
            writeText(out, describe(link), link.annotations(), version);
            return;
        }
        out.writeStartObject();
        out.writeStringField("type", "resource_link");
        out.writeStringField("uri", link.uri());
        out.writeStringField("name", link.name());
        if (link.title() != null) {
            out.writeStringField("title", link.title());
        }
        if (link.description() != null) {
            out.writeStringField("description", link.description());
        }
        if (link.mimeType() != null) {
            out.writeStringField("mimeType", link.mimeType());
        }
        if (link.size() != null) {
            out.writeNumberField("size", link.size().longValue());
        }
        writeAnnotations(out, link.annotations(), version);
        out.writeEndObject();
    }

    /** A resource link as text, for revisions without {@code resource_link}: name, title, URI, type, description. */
    static String describe(Content.ResourceLink link) {
        StringBuilder text = new StringBuilder(96);
        text.append("Resource link: ");
        if (link.title() != null) {
            text.append(link.title()).append(" (").append(link.name()).append(')');
        } else {
            text.append(link.name());
        }
        text.append(" <").append(link.uri()).append('>');
        if (link.mimeType() != null) {
            text.append(", ").append(link.mimeType());
        }
        if (link.description() != null) {
            text.append(": ").append(link.description());
        }
        return text.toString();
    }

    private static void writeEmbedded(JsonWriter out, Content.EmbeddedResource resource, ProtocolVersion version)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "resource");
        out.writeObjectFieldStart("resource");
        out.writeStringField("uri", resource.uri());
        if (resource.mimeType() != null) {
            out.writeStringField("mimeType", resource.mimeType());
        }
        if (resource.text() != null) {
            out.writeStringField("text", resource.text());
        } else {
            out.writeStringField("blob", resource.blob());
        }
        out.writeEndObject();
        writeAnnotations(out, resource.annotations(), version);
        out.writeEndObject();
    }

    /** {@code annotations}, when any is set (also of resources and templates). */
    static void writeAnnotations(JsonWriter out, ContentAnnotations annotations, ProtocolVersion version)
            throws IOException {
        if (annotations == null) {
            return;
        }
        List<ContentAnnotations.Role> audience = annotations.audience();
        String lastModified = version.hasLastModified() ? annotations.lastModified() : null;
        if (audience.isEmpty() && annotations.priority() == null && lastModified == null) {
            return;
        }
        out.writeObjectFieldStart("annotations");
        if (!audience.isEmpty()) {
            out.writeArrayFieldStart("audience");
            for (int i = 0, n = audience.size(); i < n; i++) {
                out.writeString(audience.get(i) == ContentAnnotations.Role.USER ? "user" : "assistant");
            }
            out.writeEndArray();
        }
        if (annotations.priority() != null) {
            out.writeNumberField("priority", annotations.priority().doubleValue());
        }
        if (lastModified != null) {
            out.writeStringField("lastModified", lastModified);
        }
        out.writeEndObject();
    }
}
