package dev.mcplet.server.monitor;

import java.util.Locale;

/**
 * The level of a request-log line, and the threshold below which lines are not written. A
 * request that succeeded is {@link #INFO}; one that a client got wrong or a tool reported as
 * failed is {@link #WARN}; one that failed because of the server is {@link #ERROR}.
 */
public enum LogLevel {
    /** Finer than any line the server writes: the same lines as {@link #INFO}. */
    DEBUG,
    /** Every request. */
    INFO,
    /** Tool errors, protocol errors and refused HTTP requests. */
    WARN,
    /** Failures of the server itself (HTTP 500, JSON-RPC -32603). */
    ERROR,
    /** Nothing. */
    OFF;

    /**
     * Reads a level the way logging configurations spell it, case-insensitively: {@code debug},
     * {@code info}, {@code warn}, {@code error}, {@code off}, and the synonyms {@code trace}
     * (= debug), {@code warning} and {@code fatal} (= error), which AWS Lambda's
     * {@code AWS_LAMBDA_LOG_LEVEL} may carry.
     *
     * @throws IllegalArgumentException naming the accepted values, for anything else
     */
    public static LogLevel parse(String text) {
        String level = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        switch (level) {
            case "TRACE":
            case "DEBUG":
                return DEBUG;
            case "INFO":
                return INFO;
            case "WARN":
            case "WARNING":
                return WARN;
            case "ERROR":
            case "FATAL":
                return ERROR;
            case "OFF":
            case "NONE":
                return OFF;
            default:
                throw new IllegalArgumentException("unknown log level '" + text
                        + "'; use one of debug, info, warn, error, off");
        }
    }

    /** Whether a line of this level passes a threshold. */
    boolean passes(LogLevel threshold) {
        return this != OFF && compareTo(threshold) >= 0;
    }
}
