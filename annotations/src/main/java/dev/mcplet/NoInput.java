package dev.mcplet;

/**
 * Makes the {@link InputUnavailableException} of {@link McpContext}'s default methods. A class of
 * its own so that verifying {@code McpContext} does not load the exception on a request path
 * that never asks for input (a {@code throw new ...} in the interface would).
 */
final class NoInput {

    private NoInput() {
    }

    static RuntimeException because(String message) {
        return new InputUnavailableException(message);
    }
}
