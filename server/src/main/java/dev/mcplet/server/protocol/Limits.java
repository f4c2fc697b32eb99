package dev.mcplet.server.protocol;

import dev.mcplet.server.json.JsonLimits;

/**
 * What one request may ask of the server, beyond the body size its transport enforces: the
 * {@link JsonLimits} of the body, the number of arguments of a {@code tools/call}, the number of
 * entries of a JSON-RPC batch, and the size of an answer. Immutable; set through
 * {@code McpServer.builder()}.
 */
public final class Limits {

    /** Default {@link #maxArguments()}. */
    public static final int DEFAULT_MAX_ARGUMENTS = 100;
    /** Default {@link #maxBatchEntries()}. */
    public static final int DEFAULT_MAX_BATCH_ENTRIES = 100;
    /**
     * Default {@link #maxResponseBytes()}: 4 MiB, so that the answer and its Lambda envelope stay
     * under AWS Lambda's 6 MB response payload limit in all but pathological cases.
     */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    /** The defaults. */
    public static final Limits DEFAULT = new Limits(JsonLimits.DEFAULT, DEFAULT_MAX_ARGUMENTS,
            DEFAULT_MAX_BATCH_ENTRIES, DEFAULT_MAX_RESPONSE_BYTES);

    private final JsonLimits json;
    private final int maxArguments;
    private final int maxBatchEntries;
    private final int maxResponseBytes;

    /** @throws IllegalArgumentException when a limit is below 1, naming the option */
    public Limits(JsonLimits json, int maxArguments, int maxBatchEntries, int maxResponseBytes) {
        this.json = json;
        this.maxArguments = atLeastOne(maxArguments, "maxArguments");
        this.maxBatchEntries = atLeastOne(maxBatchEntries, "maxBatchEntries");
        // Room for the smallest error answer, so that a refusal always fits.
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024; was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
    }

    private static int atLeastOne(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1; was " + value);
        }
        return value;
    }

    public JsonLimits json() {
        return json;
    }

    /** The most arguments (top-level members of {@code arguments}) a {@code tools/call} may pass. */
    public int maxArguments() {
        return maxArguments;
    }

    /** The most entries a JSON-RPC batch (2025-03-26) may have. */
    public int maxBatchEntries() {
        return maxBatchEntries;
    }

    /** The largest answer, in bytes, to one request or one batch. */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }
}
