package dev.mcplet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scopes every {@link McpTool} of this class requires; a tool's own
 * {@link McpTool#scopes()} add to them.
 *
 * <pre>{@code
 * @McpScopes("orders:read")
 * public final class Orders {
 *     @McpTool public Order find(String id) { ... }                              // orders:read
 *     @McpTool(scopes = "orders:write") public void cancel(String id) { ... }   // orders:read and orders:write
 * }
 * }</pre>
 *
 * <p>The scopes of every tool are collected at compile time into the protected resource
 * metadata's {@code scopes_supported}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface McpScopes {

    /** The scopes, each as {@link McpTool#scopes()} describes. */
    String[] value();
}
