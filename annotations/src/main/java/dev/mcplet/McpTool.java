package dev.mcplet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP tool.
 *
 * <p>At compile time the mcplet annotation processor reads every class with {@code @McpTool}
 * methods and generates, next to it, a final class named {@code <Class>_McpTools} that holds
 * each tool's name, description and JSON Schemas as constants, and a dispatcher that decodes
 * the JSON arguments and calls the method directly, with no reflection at run time.
 *
 * <pre>{@code
 * public final class Calculator {
 *     // Javadoc "Add two integers." and "@param a the first addend" describe the tool
 *     @McpTool
 *     public int add(int a, int b) { return a + b; }
 * }
 * }</pre>
 *
 * <p>The tool description comes from the method's Javadoc (its main text) and each parameter's
 * description from its {@code @param} tag; the attributes below override them.
 *
 * <p>The four behaviour hints ({@link #readOnlyHint()} and the others) are sent to clients only
 * when set explicitly here, so that a client applies the defaults of the MCP specification
 * (not read-only, destructive, not idempotent, open world) when the author said nothing.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools">MCP: Tools</a>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpTool {

    /**
     * The tool's name, unique within the server: 1 to 128 characters of {@code A-Z a-z 0-9 _ - .}.
     * Defaults to the method name.
     */
    String name() default "";

    /** A human-readable title for display (MCP 2025-06-18 and later). Not sent when empty. */
    String title() default "";

    /** The description shown to the model. Defaults to the main text of the method's Javadoc. */
    String description() default "";

    /**
     * The tool's input schema as JSON text, written by hand instead of generated from the
     * parameters: for what parameters cannot say ({@code $schema}, {@code $defs}, conditionals).
     * The processor checks that it is a JSON object with {@code "type": "object"}. The method then
     * takes the arguments as they are, in one {@code ObjectNode} parameter (and optionally an
     * {@link McpContext}), and checks them itself. Unset means generated from the parameters.
     */
    String inputSchema() default "";

    /** Hint: the tool does not modify its environment. Sent only when set explicitly. */
    boolean readOnlyHint() default false;

    /**
     * Hint: the tool may perform destructive updates (meaningful only when not read-only).
     * Sent only when set explicitly.
     */
    boolean destructiveHint() default true;

    /**
     * Hint: calling the tool repeatedly with the same arguments has no additional effect
     * (meaningful only when not read-only). Sent only when set explicitly.
     */
    boolean idempotentHint() default false;

    /** Hint: the tool may interact with an open world of external entities. Sent only when set explicitly. */
    boolean openWorldHint() default true;

    /**
     * The OAuth scopes a caller's access token must carry to call this tool, in addition to
     * those of {@link McpScopes} on the class. A caller without them gets HTTP 403 with
     * {@code error="insufficient_scope"} and the scopes needed, before the method runs. Each
     * scope is 1 or more printable ASCII characters other than space, {@code "} and backslash
     * (RFC 6749 section 3.3); checked at compile time. Default: none.
     */
    String[] scopes() default {};
}
