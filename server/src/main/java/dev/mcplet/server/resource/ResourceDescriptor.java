package dev.mcplet.server.resource;

import dev.mcplet.ContentAnnotations;
import java.util.Objects;

/**
 * What {@code resources/list} says about one resource with a fixed URI. Generated code creates
 * these as constants.
 *
 * @param uri the URI
 * @param name the name
 * @param title display title, or null
 * @param description description, or null
 * @param mimeType MIME type, or null
 * @param size size in bytes, or -1 when unknown
 * @param annotations client hints, or null
 */
public record ResourceDescriptor(String uri, String name, String title, String description, String mimeType,
        long size, ContentAnnotations annotations) {

    public ResourceDescriptor {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
