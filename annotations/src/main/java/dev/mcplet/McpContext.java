package dev.mcplet;

import java.util.Map;

/**
 * The request being served, for a tool, resource, prompt or completion method that declares a
 * parameter of this type (the processor passes it; it is not part of the schema). Through it a
 * method reports progress, sends log messages, reads the request's {@code _meta}, and asks the
 * client for input.
 *
 * <p>The server is stateless, so what a context sends travels with the answer to this one
 * request: when a call produced notifications and the client accepts {@code text/event-stream},
 * the response is a buffered SSE body (the notifications, then the result); otherwise the
 * notifications are dropped and the result is plain JSON.
 *
 * <p>A context is valid only while its method runs, on the thread that runs it.
 */
public interface McpContext {

    /** The MCP revision this request is served under, such as {@code "2025-11-25"}. */
    String protocolVersion();

    /**
     * How many milliseconds are left before this request's deadline, after which the client is
     * answered without waiting for the method (on AWS Lambda: the invocation's remaining time
     * less {@code McpServer.builder().lambdaDeadlineMargin}; elsewhere
     * {@code McpServer.builder().requestTimeout}); {@link Long#MAX_VALUE} when the request has
     * no deadline. A long-running method can use it to stop early with a partial answer.
     */
    default long remainingMillis() {
        return Long.MAX_VALUE;
    }

    /** Whether the request carried a {@code progressToken}, so that {@link #progress} is sent. */
    boolean progressRequested();

    /**
     * Reports progress ({@code notifications/progress}); does nothing when the request carried no
     * {@code progressToken}. Each value must be larger than the one before.
     *
     * @param progress the work done so far
     * @param total the total, or null when unknown
     * @param message a human-readable message, or null
     */
    void progress(double progress, Double total, String message);

    /**
     * Whether a log message at this level is sent: the client set a level for this request (see
     * the README: a stateless server has no remembered {@code logging/setLevel}) and this level
     * is at least as severe.
     */
    boolean isLoggable(LogLevel level);

    /** Sends a log message ({@code notifications/message}) when {@link #isLoggable} says so. */
    void log(LogLevel level, String message);

    /** Sends a log message from a named logger when {@link #isLoggable} says so. */
    void log(LogLevel level, String logger, String message);

    /**
     * The request's {@code params._meta}, as plain Java values ({@code String}, {@code Boolean},
     * {@code Long}, {@code Double}, {@code BigDecimal}, {@code List}, {@code Map}, null); empty
     * when there was none.
     */
    Map<String, Object> meta();

    /**
     * Asks the user for input through the client (elicitation).
     *
     * @param message what to ask
     * @param requestedSchema the JSON Schema of the answer, as JSON text (a flat object schema)
     * @return the user's answer
     * @throws InputUnavailableException when the client cannot be asked within this request (for
     *     example under the 2025 revisions, where asking needs a session this server does not
     *     keep); left uncaught, the call answers with a tool error that says so
     */
    Elicitation elicit(String message, String requestedSchema);

    /**
     * Asks the client's model for a completion of one user message (sampling).
     *
     * @param prompt the user message
     * @param maxTokens the most tokens to generate
     * @return the text the model answered
     * @throws InputUnavailableException as for {@link #elicit}
     */
    String sample(String prompt, int maxTokens);

    /**
     * The user's answer to {@link #elicit}.
     *
     * @param action {@code accept}, {@code decline} or {@code cancel}
     * @param content the answered values when accepted, else empty
     */
    record Elicitation(String action, Map<String, Object> content) {
        public Elicitation {
            content = content == null ? Map.of() : Map.copyOf(content);
        }

        /** Whether the user accepted and answered. */
        public boolean accepted() {
            return "accept".equals(action);
        }
    }
}
