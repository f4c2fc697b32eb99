package dev.mcplet.server.prompt;

import dev.mcplet.Completion;
import dev.mcplet.McpContext;
import dev.mcplet.PromptResult;
import java.util.List;
import java.util.Map;

/**
 * The prompts of one annotated class, as the server sees them. The annotation processor
 * generates one implementation per class with {@code @McpPrompt} methods
 * ({@code Reviews_McpPrompts} for {@code Reviews}); register it with
 * {@code McpServer.builder().prompts(...)}.
 *
 * <p>The server checks before {@link #get} that every required argument of the descriptor is
 * present; generated code decodes the arguments and calls the method.
 */
public interface PromptSet {

    /** The prompts, in declaration order; immutable, the same on every call. */
    List<PromptDescriptor> prompts();

    /**
     * Renders one prompt.
     *
     * @param name the name of one of {@link #prompts()}
     * @param arguments the arguments the client sent (strings, as the protocol has them)
     * @param context the request
     * @throws dev.mcplet.server.tool.InvalidArgumentsException when an argument does not decode to
     *     its parameter's type or is unexpected; its message names the argument
     * @throws Exception anything the method throws
     */
    PromptResult get(String name, Map<String, String> arguments, McpContext context) throws Exception;

    /**
     * Completion values for one argument of one of {@link #prompts()}, or null when this set
     * offers none for it (the server then answers with no values). Generated code answers enum
     * arguments from their constants.
     *
     * @param prompt the prompt's name
     * @param argument the argument being completed
     * @param value what the user typed so far
     * @param arguments the other arguments already resolved ({@code context.arguments}); empty
     *     when none
     * @param context the request
     */
    default Completion complete(String prompt, String argument, String value, Map<String, String> arguments,
            McpContext context) throws Exception {
        return null;
    }
}
