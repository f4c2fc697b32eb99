package dev.mcplet.server.resource;

import dev.mcplet.ContentAnnotations;
import dev.mcplet.McpResource;
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
 * @param cacheTtlMs the {@code ttlMs} of the {@code resources/read} results of every URI it
 *     matches, under MCP 2026-07-28, or -1 for the server's ({@code readCacheHint})
 * @param cacheScope their {@code cacheScope}; {@link McpResource.CacheScope#SERVER_DEFAULT} for the server's
 */
public record ResourceTemplateDescriptor(String uriTemplate, String name, String title, String description,
        String mimeType, ContentAnnotations annotations, long cacheTtlMs, McpResource.CacheScope cacheScope) {

    public ResourceTemplateDescriptor {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Objects.requireNonNull(name, "name");
        checkCacheHint(cacheTtlMs, cacheScope);
    }

    /** A template whose reads carry the server's cache hint. */
    public ResourceTemplateDescriptor(String uriTemplate, String name, String title, String description,
            String mimeType, ContentAnnotations annotations) {
        this(uriTemplate, name, title, description, mimeType, annotations, -1, McpResource.CacheScope.SERVER_DEFAULT);
    }

    static void checkCacheHint(long cacheTtlMs, McpResource.CacheScope cacheScope) {
        Objects.requireNonNull(cacheScope, "cacheScope (SERVER_DEFAULT for the server's)");
        if (cacheTtlMs < -1) {
            // caching, Time-to-Live: "Servers MUST provide a ttlMs value that is >= 0".
            throw new IllegalArgumentException("cacheTtlMs must be at least 0, or -1 for the server's; was " + cacheTtlMs);
        }
    }
}
