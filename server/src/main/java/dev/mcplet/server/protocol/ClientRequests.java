package dev.mcplet.server.protocol;

import dev.mcplet.InputUnavailableException;

/**
 * What the request context answers when a method asks the client for something mid-call
 * (elicitation, sampling). Under the 2025 revisions such a server-to-client request travels on a
 * stream tied to the client's session, and its answer arrives as a new POST that must reach the
 * waiting call; a stateless server keeps neither, so the request cannot be made and the method
 * learns so at once, never waiting for an answer that cannot come.
 *
 * <p>A class of its own so that {@link InputUnavailableException} is loaded only when a method
 * asks, not by every request that has a context.
 */
final class ClientRequests {

    private ClientRequests() {
    }

    /** The exception to throw, saying what could not be done and why. */
    static RuntimeException unavailable(ProtocolVersion version, String what) {
        if (version.hasInputRequests()) {
            // mrtr, Supported Requests: only these three may answer with an InputRequiredResult.
            return new InputUnavailableException("This server cannot " + what + " here: in MCP " + version.id()
                    + " only tools, resources and prompts may ask the client for input.");
        }
        return new InputUnavailableException("This server cannot " + what + " during this call: in MCP " + version.id()
                + " that needs a server-to-client request answered in the middle of the call, which needs a"
                + " stateful session, and this server is stateless. Go on without it, or ask the user directly"
                + " (clients of MCP 2026-07-28 can be asked).");
    }
}
