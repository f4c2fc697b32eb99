package dev.mcplet.server.resource;

import dev.mcplet.ContentAnnotations;
import dev.mcplet.McpResource;
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
 * @param cacheTtlMs the {@code ttlMs} of its {@code resources/read} results under MCP 2026-07-28,
 *     or -1 for the server's ({@code readCacheHint})
 * @param cacheScope their {@code cacheScope}; {@link McpResource.CacheScope#SERVER_DEFAULT} for the server's
 */
public record ResourceDescriptor(String uri, String name, String title, String description, String mimeType,
        long size, ContentAnnotations annotations, long cacheTtlMs, McpResource.CacheScope cacheScope) {

    public ResourceDescriptor {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        ResourceTemplateDescriptor.checkCacheHint(cacheTtlMs, cacheScope);
    }

    /** A resource whose reads carry the server's cache hint. */
    public ResourceDescriptor(String uri, String name, String title, String description, String mimeType,
            long size, ContentAnnotations annotations) {
        this(uri, name, title, description, mimeType, size, annotations, -1, McpResource.CacheScope.SERVER_DEFAULT);
    }
}
