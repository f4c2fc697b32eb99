package dev.mcplet;

import java.util.Base64;
import java.util.Objects;

/**
 * One item of a tool result's {@code content}: text, an image, audio, a link to a resource, or
 * an embedded resource. Return a {@code Content}, a {@code List<Content>} or a
 * {@link ToolResult} from an {@link McpTool} method for full control over what the client sees.
 *
 * <pre>{@code
 * @McpTool
 * public List<Content> chart(String series) {
 *     return List.of(Content.text("Sales by month"), Content.image(renderPng(series), "image/png"));
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-result">MCP: Tool result</a>
 */
public sealed interface Content
        permits Content.Text, Content.Image, Content.Audio, Content.ResourceLink, Content.EmbeddedResource {

    /** Hints for the client on how to use this item; {@code null} when there are none. */
    ContentAnnotations annotations();

    /** Text content. */
    static Text text(String text) {
        return new Text(text, null);
    }

    /** An image from raw bytes, base64-encoded for the wire. */
    static Image image(byte[] data, String mimeType) {
        return new Image(Base64.getEncoder().encodeToString(data), mimeType, null);
    }

    /** An image whose data is already base64-encoded. */
    static Image imageBase64(String base64Data, String mimeType) {
        return new Image(base64Data, mimeType, null);
    }

    /** Audio from raw bytes, base64-encoded for the wire. */
    static Audio audio(byte[] data, String mimeType) {
        return new Audio(Base64.getEncoder().encodeToString(data), mimeType, null);
    }

    /** Audio whose data is already base64-encoded. */
    static Audio audioBase64(String base64Data, String mimeType) {
        return new Audio(base64Data, mimeType, null);
    }

    /** A link to a resource the client may read. */
    static ResourceLink resourceLink(String uri, String name) {
        return new ResourceLink(uri, name, null, null, null, null, null);
    }

    /** A text resource embedded in the result. */
    static EmbeddedResource embeddedText(String uri, String mimeType, String text) {
        return new EmbeddedResource(uri, mimeType, text, null, null);
    }

    /** A binary resource embedded in the result, base64-encoded for the wire. */
    static EmbeddedResource embeddedBlob(String uri, String mimeType, byte[] blob) {
        return new EmbeddedResource(uri, mimeType, null, Base64.getEncoder().encodeToString(blob), null);
    }

    /**
     * Text content.
     *
     * @param text the text; never null
     * @param annotations optional client hints, or null
     */
    record Text(String text, ContentAnnotations annotations) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        /** A copy with these annotations. */
        public Text withAnnotations(ContentAnnotations annotations) {
            return new Text(text, annotations);
        }
    }

    /**
     * An image.
     *
     * @param data base64-encoded image data
     * @param mimeType for example {@code image/png}
     * @param annotations optional client hints, or null
     */
    record Image(String data, String mimeType, ContentAnnotations annotations) implements Content {
        public Image {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(mimeType, "mimeType");
        }

        /** A copy with these annotations. */
        public Image withAnnotations(ContentAnnotations annotations) {
            return new Image(data, mimeType, annotations);
        }
    }

    /**
     * Audio.
     *
     * @param data base64-encoded audio data
     * @param mimeType for example {@code audio/wav}
     * @param annotations optional client hints, or null
     */
    record Audio(String data, String mimeType, ContentAnnotations annotations) implements Content {
        public Audio {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(mimeType, "mimeType");
        }

        /** A copy with these annotations. */
        public Audio withAnnotations(ContentAnnotations annotations) {
            return new Audio(data, mimeType, annotations);
        }
    }

    /**
     * A link to a resource (MCP 2025-06-18 and later; older clients receive it as text).
     *
     * @param uri the resource's URI
     * @param name its programmatic name
     * @param title optional display title, or null
     * @param description optional description, or null
     * @param mimeType optional MIME type, or null
     * @param size optional size in bytes, or null
     * @param annotations optional client hints, or null
     */
    record ResourceLink(String uri, String name, String title, String description, String mimeType, Long size,
            ContentAnnotations annotations) implements Content {
        public ResourceLink {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(name, "name");
        }

        /** A copy with this display title. */
        public ResourceLink withTitle(String title) {
            return new ResourceLink(uri, name, title, description, mimeType, size, annotations);
        }

        /** A copy with this description. */
        public ResourceLink withDescription(String description) {
            return new ResourceLink(uri, name, title, description, mimeType, size, annotations);
        }

        /** A copy with this MIME type. */
        public ResourceLink withMimeType(String mimeType) {
            return new ResourceLink(uri, name, title, description, mimeType, size, annotations);
        }

        /** A copy with this size in bytes. */
        public ResourceLink withSize(long size) {
            return new ResourceLink(uri, name, title, description, mimeType, size, annotations);
        }

        /** A copy with these annotations. */
        public ResourceLink withAnnotations(ContentAnnotations annotations) {
            return new ResourceLink(uri, name, title, description, mimeType, size, annotations);
        }
    }

    /**
     * A resource embedded in the result: exactly one of {@code text} and {@code blob} is set.
     *
     * @param uri the resource's URI
     * @param mimeType optional MIME type, or null
     * @param text the text of a text resource, or null
     * @param blob the base64-encoded bytes of a binary resource, or null
     * @param annotations optional client hints, or null
     */
    record EmbeddedResource(String uri, String mimeType, String text, String blob, ContentAnnotations annotations)
            implements Content {
        public EmbeddedResource {
            Objects.requireNonNull(uri, "uri");
            if ((text == null) == (blob == null)) {
                throw new IllegalArgumentException("An embedded resource has exactly one of text and blob");
            }
        }

        /** A copy with these annotations. */
        public EmbeddedResource withAnnotations(ContentAnnotations annotations) {
            return new EmbeddedResource(uri, mimeType, text, blob, annotations);
        }
    }
}
