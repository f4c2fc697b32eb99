package dev.mcplet.server.auth;

/**
 * A bearer token that must not be accepted. Its message is sent to the client as the
 * {@code error_description} of the 401 answer (RFC 6750 section 3), so it says what is wrong
 * with the token in a few words and nothing about the server's internals; a cause, if any, is
 * for the server log only.
 */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the token, for the client (printable ASCII) */
    public InvalidTokenException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the token, for the client (printable ASCII)
     * @param cause the underlying failure, logged and never sent
     */
    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
