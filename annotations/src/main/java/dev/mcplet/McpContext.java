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
     * Who made the request: the verified identity of an authorized server's caller (subject,
     * scopes, claims), or {@link McpCaller#ANONYMOUS} when the server has no authorization.
     */
    default McpCaller caller() {
        return McpCaller.ANONYMOUS;
    }

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
     * {@code progressToken}. Each value must be larger than the one before; one that is not (or is
     * not a finite number) is not sent.
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
     * Whether {@link #elicit(String, String, String)} can ask within this request: it is served
     * under MCP 2026-07-28 (multi round-trip requests) and the client declared the
     * {@code elicitation} capability in its {@code _meta}.
     */
    default boolean canElicit() {
        return false;
    }

    /** Whether {@link #sample(String, String, int)} can ask within this request; see {@link #canElicit()}. */
    default boolean canSample() {
        return false;
    }

    /** Whether {@link #roots(String)} can ask within this request; see {@link #canElicit()}. */
    default boolean canListRoots() {
        return false;
    }

    /**
     * Asks the user for input, as a multi round-trip request (MCP 2026-07-28): when this request
     * is the client's retry carrying the answer for {@code key}, returns it; otherwise the server
     * answers this request with an {@code InputRequiredResult} asking for it, and this call does
     * not return. Since the method runs again from the start on the retry, do nothing before
     * asking that must not happen twice. Nothing is kept on the server between the rounds: the
     * answers of earlier rounds travel sealed in the request's {@code requestState}.
     *
     * @param key the answer's name, unique within the method (for example {@code "confirm"})
     * @param message what to ask
     * @param requestedSchema the JSON Schema of the answer, as JSON text (a flat object schema)
     * @throws InputUnavailableException when this request cannot ask (a 2025 revision, or a
     *     client without the capability); left uncaught, the call answers with an error that says
     *     so (under 2026-07-28, {@code MissingRequiredClientCapabilityError})
     */
    default Elicitation elicit(String key, String message, String requestedSchema) {
        return elicit(message, requestedSchema);
    }

    /**
     * Asks the client's model for a completion of one user message, as a multi round-trip
     * request; see {@link #elicit(String, String, String)}.
     *
     * @return the text the model answered
     */
    default String sample(String key, String prompt, int maxTokens) {
        return sample(prompt, maxTokens);
    }

    /**
     * Asks the client for its roots (the directories or files it lets the server work on), as a
     * multi round-trip request; see {@link #elicit(String, String, String)}.
     */
    default java.util.List<Root> roots(String key) {
        throw NoInput.because("This server cannot ask the client for its roots during this call.");
    }

    /**
     * Asks for several inputs in one round: returns when this request carries every answer (read
     * them with the methods above, with the same keys); otherwise the server asks for all the
     * missing ones at once, and this call does not return.
     *
     * @throws InputUnavailableException as for {@link #elicit(String, String, String)}
     */
    default void ask(Input... inputs) {
        throw NoInput.because("This server cannot ask the client for input during this call.");
    }

    /** One input to {@link #ask}: an elicitation, a sampling or a roots request, with its key. */
    final class Input {

        /** The kinds of input. */
        public enum Kind {
            ELICITATION, SAMPLING, ROOTS
        }

        private final String key;
        private final Kind kind;
        private final String message;
        private final String requestedSchema;
        private final int maxTokens;

        private Input(String key, Kind kind, String message, String requestedSchema, int maxTokens) {
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("an input needs a non-empty key");
            }
            this.key = key;
            this.kind = kind;
            this.message = message;
            this.requestedSchema = requestedSchema;
            this.maxTokens = maxTokens;
        }

        /** The user's answer to a form; see {@link McpContext#elicit(String, String, String)}. */
        public static Input elicitation(String key, String message, String requestedSchema) {
            return new Input(key, Kind.ELICITATION, message, requestedSchema, 0);
        }

        /** The model's answer to a prompt; see {@link McpContext#sample(String, String, int)}. */
        public static Input sampling(String key, String prompt, int maxTokens) {
            return new Input(key, Kind.SAMPLING, prompt, null, maxTokens);
        }

        /** The client's roots; see {@link McpContext#roots(String)}. */
        public static Input roots(String key) {
            return new Input(key, Kind.ROOTS, null, null, 0);
        }

        public String key() {
            return key;
        }

        public Kind kind() {
            return kind;
        }

        /** The elicitation message or the sampling prompt; null for roots. */
        public String message() {
            return message;
        }

        /** The elicitation's schema (JSON text); null otherwise. */
        public String requestedSchema() {
            return requestedSchema;
        }

        /** The sampling's token limit; 0 otherwise. */
        public int maxTokens() {
            return maxTokens;
        }
    }

    /** A root the client offers: a {@code file://} URI and an optional display name. */
    record Root(String uri, String name) {
    }

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
