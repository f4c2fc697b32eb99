package dev.mcplet;

import java.util.Base64;
import java.util.Objects;

/**
 * The contents of a resource, as {@code resources/read} returns them: text or binary. A resource
 * method returns one or a list of these when it needs more than a plain {@code String} or
 * {@code byte[]} gives (several contents, a URI other than the one read, a MIME type per item).
 */
public sealed interface ResourceContents permits ResourceContents.Text, ResourceContents.Blob {

    /** The URI of these contents. */
    String uri();

    /** The MIME type, or null. */
    String mimeType();

    /** Text contents. */
    static Text text(String uri, String mimeType, String text) {
        return new Text(uri, mimeType, text);
    }

    /** Binary contents, from raw bytes (sent base64-encoded). */
    static Blob blob(String uri, String mimeType, byte[] bytes) {
        return new Blob(uri, mimeType, Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * @param uri the URI
     * @param mimeType the MIME type, or null
     * @param text the text
     */
    record Text(String uri, String mimeType, String text) implements ResourceContents {
        public Text {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * @param uri the URI
     * @param mimeType the MIME type, or null
     * @param blob the bytes, base64-encoded
     */
    record Blob(String uri, String mimeType, String blob) implements ResourceContents {
        public Blob {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(blob, "blob");
        }
    }
}
