package dev.mcplet;

/**
 * Thrown by {@link McpContext#elicit} and {@link McpContext#sample} when the client cannot be
 * asked within the current request. Left uncaught, the call answers with a tool error carrying
 * this message, so the model learns why; a method may catch it and go on without the input.
 */
public class InputUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputUnavailableException(String message) {
        super(message);
    }
}
