package dev.mcplet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP prompt. Its parameters are the prompt's arguments (described by
 * the Javadoc {@code @param} tags or {@link McpParam}); a parameter is optional when it is an
 * {@code Optional}, {@code @Nullable} or has a default, required otherwise. Prompt arguments
 * arrive as strings and are decoded with the same rules as template variables (numbers, booleans,
 * enums, ...). The annotation processor generates {@code <Class>_McpPrompts}.
 *
 * <p>The method returns the messages: a {@code String} (one user text message), one
 * {@link PromptMessage}, a {@code List<PromptMessage>} or a {@link PromptResult}. It may take an
 * {@link McpContext} parameter.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts">MCP: Prompts</a>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpPrompt {

    /** The prompt's name. Defaults to the method name. */
    String name() default "";

    /** A display title. Unset means none. */
    String title() default "";

    /** The description. Defaults to the method's Javadoc text. */
    String description() default "";
}
