package dev.mcplet.processor.model.completion;

import java.util.List;

/**
 * One {@code @McpCompletion} method, validated and bound to an argument of a prompt or a variable
 * of a URI template of its class.
 *
 * @param methodName the Java method name
 * @param isStatic whether it is static
 * @param target the prompt's name, or the URI template
 * @param argument the argument or variable it completes
 * @param params what each of its parameters receives, in order
 * @param returnsCompletion whether it returns a {@code Completion} (else a {@code List<String>})
 */
public record CompletionMethod(String methodName, boolean isStatic, String target, String argument, List<Param> params,
        boolean returnsCompletion) {

    public CompletionMethod {
        params = List.copyOf(params);
    }

    /** What a parameter of a completion method receives. */
    public enum Param {
        /** The value typed so far ({@code String}). */
        VALUE,
        /** The other arguments already resolved ({@code Map<String, String>}). */
        ARGUMENTS,
        /** The request ({@code McpContext}). */
        CONTEXT
    }
}
