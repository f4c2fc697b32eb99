package dev.mcplet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP resource, or a family of resources when {@link #uri()} is a URI
 * template. The annotation processor generates, next to the class, {@code <Class>_McpResources}:
 * the descriptors of {@code resources/list} and {@code resources/templates/list} as constants,
 * and a reader that matches a requested URI, decodes the template's variables into the method's
 * parameters (with the same type rules as tool arguments) and calls the method directly.
 *
 * <pre>{@code
 * /** The latest orders of one customer, as JSON. *}{@code /
 * @McpResource(uri = "shop://customers/{id}/orders", mimeType = "application/json")
 * public String orders(long id) { ... }
 * }</pre>
 *
 * <p>The method returns the contents: a {@code String} (text), a {@code byte[]} (binary, sent as
 * base64 {@code blob}), one {@link ResourceContents} or a {@code List<ResourceContents>}. It may
 * take an {@link McpContext} parameter.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources">MCP: Resources</a>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpResource {

    /**
     * The resource's URI, or an RFC 6570 URI template ({@code file:///logs/{day}}) whose every
     * variable names a parameter of the method and every parameter (but an {@link McpContext}) a
     * variable.
     */
    String uri();

    /** The resource's name. Defaults to the method name. */
    String name() default "";

    /** A display title. Unset means none. */
    String title() default "";

    /** The description. Defaults to the method's Javadoc text. */
    String description() default "";

    /** The MIME type of the contents. Unset means none is advertised. */
    String mimeType() default "";

    /** The size in bytes, when known ahead of reading (fixed URIs only). Negative means unknown. */
    long size() default -1;

    /** Who the contents are meant for ({@code annotations.audience}). Empty means unset. */
    ContentAnnotations.Role[] audience() default {};

    /** How important the resource is, from 0 to 1 ({@code annotations.priority}). Negative means unset. */
    double priority() default -1;

    /**
     * How long a client may consider what {@code resources/read} returns fresh (MCP 2026-07-28
     * {@code ttlMs}), as an ISO-8601 duration that {@code java.time.Duration.parse} reads:
     * {@code "PT30S"}, {@code "PT5M"}, {@code "PT0S"} (immediately stale). Unset means the
     * server's ({@code McpServer.builder().readCacheHint(...)}; by default 0).
     *
     * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/server/utilities/caching">MCP: Caching</a>
     */
    String cacheTtl() default "";

    /**
     * Who may cache what {@code resources/read} returns (MCP 2026-07-28 {@code cacheScope}):
     * {@link CacheScope#PUBLIC} when the contents are the same for every caller, so that shared
     * caches may keep them. {@link CacheScope#SERVER_DEFAULT} means the server's (by default private).
     */
    CacheScope cacheScope() default CacheScope.SERVER_DEFAULT;

    /** The {@code cacheScope} of a resource's contents. */
    enum CacheScope {
        /** Whatever the server's {@code readCacheHint} says. */
        SERVER_DEFAULT,
        /** No user-specific data: any client or shared cache may keep it across authorization contexts. */
        PUBLIC,
        /** Cached only within the caller's own authorization context. */
        PRIVATE
    }
}
