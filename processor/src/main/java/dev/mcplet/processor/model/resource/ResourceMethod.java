package dev.mcplet.processor.model.resource;

import dev.mcplet.processor.model.Property;
import java.util.List;

/**
 * One {@code @McpResource} method, validated: a resource with a fixed URI, or a URI template.
 *
 * @param methodName the Java method name
 * @param isStatic whether it is static
 * @param template its URI or URI template, parsed
 * @param name the resource's name
 * @param title the display title, or null
 * @param description the description, or null
 * @param mimeType the MIME type, or null
 * @param size the size in bytes, or -1 when unknown (always for a template)
 * @param audience the names of the {@code ContentAnnotations.Role}s it is meant for; empty for no hint
 * @param priority its priority from 0 to 1, or null
 * @param cacheTtlMs the {@code ttlMs} of its reads, or -1 for the server's
 * @param cacheScope the {@code McpResource.CacheScope} constant of its reads ({@code SERVER_DEFAULT} for the server's)
 * @param params its template variables, in parameter order (type and name as for tool arguments)
 * @param contextIndex the position of its {@code McpContext} parameter among all its parameters, or -1
 * @param result what it returns
 */
public record ResourceMethod(String methodName, boolean isStatic, UriTemplate template, String name, String title,
        String description, String mimeType, long size, List<String> audience, Double priority, long cacheTtlMs,
        String cacheScope, List<Property> params, int contextIndex, Result result) {

    public ResourceMethod {
        audience = List.copyOf(audience);
        params = List.copyOf(params);
    }

    /** What a resource method returns, and so how it becomes contents. */
    public enum Result {
        /** {@code String}: one text item. */
        TEXT,
        /** {@code byte[]}: one blob item, base64-encoded. */
        BLOB,
        /** {@code ResourceContents}: that item. */
        CONTENTS,
        /** {@code List<ResourceContents>}: those items. */
        CONTENTS_LIST
    }

    /** Whether it sets its own cache hint (either field). */
    public boolean hasCacheHint() {
        return cacheTtlMs >= 0 || !"SERVER_DEFAULT".equals(cacheScope);
    }

    /** Whether it is a URI template rather than one fixed URI. */
    public boolean isTemplate() {
        return template.isTemplate();
    }

    /** The URI or the URI template, as written: the key the server reads it by. */
    public String key() {
        return template.text();
    }
}
