package dev.mcplet;

/**
 * Thrown by a tool to report a failure the model can act on. The call is answered with a tool
 * result that has {@code isError: true} and this exception's message as its text, not with a
 * protocol error, so the model sees the message and can correct itself.
 *
 * <p>Any other exception thrown by a tool is reported the same way, carrying its message; a
 * {@code ToolException} makes the intent explicit and its message is sent verbatim.
 */
public class ToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and, ideally, what to do instead; sent to the model as is */
    public ToolException(String message) {
        super(message);
    }

    /**
     * @param message sent to the model as is
     * @param cause kept for the server's own log; never sent to the client
     */
    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
