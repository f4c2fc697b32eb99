package dev.mcplet.processor.model.prompt;

import dev.mcplet.processor.model.Property;
import java.util.List;

/**
 * One {@code @McpPrompt} method, validated.
 *
 * @param promptName the MCP prompt name
 * @param methodName the Java method name
 * @param isStatic whether it is static
 * @param title the display title, or null
 * @param description the description, or null
 * @param params its arguments, in parameter order (type and name as for tool arguments)
 * @param contextIndex the position of its {@code McpContext} parameter among all its parameters, or -1
 * @param result what it returns
 */
public record PromptMethod(String promptName, String methodName, boolean isStatic, String title, String description,
        List<Property> params, int contextIndex, Result result) {

    public PromptMethod {
        params = List.copyOf(params);
    }

    /** What a prompt method returns, and so how it becomes a {@code PromptResult}. */
    public enum Result {
        /** {@code String}: one user text message. */
        TEXT,
        /** {@code PromptMessage}: that message. */
        MESSAGE,
        /** {@code List<PromptMessage>}: those messages. */
        MESSAGES,
        /** {@code PromptResult}: as it is. */
        RESULT
    }
}
