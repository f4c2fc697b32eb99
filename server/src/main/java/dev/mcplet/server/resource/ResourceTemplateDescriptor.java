package dev.mcplet.server.resource;

import dev.mcplet.ContentAnnotations;
import java.util.Objects;

/**
 * What {@code resources/templates/list} says about one URI template. Generated code creates
 * these as constants.
 *
 * @param uriTemplate the RFC 6570 URI template
 * @param name the name
 * @param title display title, or null
 * @param description description, or null
 * @param mimeType MIME type of what it reads, or null
 * @param annotations client hints, or null
 */
public record ResourceTemplateDescriptor(String uriTemplate, String name, String title, String description,
        String mimeType, ContentAnnotations annotations) {

    public ResourceTemplateDescriptor {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Objects.requireNonNull(name, "name");
    }
}
