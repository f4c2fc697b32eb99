package dev.mcplet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method that offers completion values for one argument of a prompt, or one
 * variable of a resource template, of the same class. Exactly one of {@link #prompt()} and
 * {@link #resource()} is set; the processor checks at compile time that it names a prompt or a
 * template of the class and that {@link #argument()} is one of its arguments or variables.
 *
 * <pre>{@code
 * @McpCompletion(prompt = "review", argument = "language")
 * public List<String> languages(String prefix) { ... }
 * }</pre>
 *
 * <p>The method takes the value typed so far ({@code String}), optionally followed by a
 * {@code Map<String, String>} of the other arguments already resolved
 * ({@code context.arguments}) and an {@link McpContext}; it returns a {@code List<String>} or a
 * {@link Completion}. The server sends at most 100 values. Enum-typed arguments complete from
 * their constants without such a method.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/completion">MCP: Completion</a>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpCompletion {

    /** The name of the prompt whose argument this completes. */
    String prompt() default "";

    /** The URI template of the resource whose variable this completes. */
    String resource() default "";

    /** The argument (or template variable) name. */
    String argument();
}
