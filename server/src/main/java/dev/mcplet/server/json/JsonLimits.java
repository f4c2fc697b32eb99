package dev.mcplet.server.json;

/**
 * How large a JSON document from a client may be in its parts, checked while it is read so that
 * nothing past a limit is built: nesting depth, the length of a string or member name (in UTF-16
 * characters), and the length of a number as written (digits, sign, point and exponent).
 * Immutable.
 */
public final class JsonLimits {

    /** Default {@link #maxDepth()}: 64 nested arrays or objects. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Default {@link #maxStringLength()}: 1 Mi characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** Default {@link #maxNumberLength()}: 1000 characters, as many digits as the decoders accept. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

    /** The defaults. */
    public static final JsonLimits DEFAULT =
            new JsonLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;

    /** @throws IllegalArgumentException when a limit is below 1 */
    public JsonLimits(int maxDepth, int maxStringLength, int maxNumberLength) {
        this.maxDepth = atLeastOne(maxDepth, "maxNestingDepth");
        this.maxStringLength = atLeastOne(maxStringLength, "maxStringLength");
        this.maxNumberLength = atLeastOne(maxNumberLength, "maxNumberLength");
    }

    private static int atLeastOne(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1; was " + value);
        }
        return value;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxStringLength() {
        return maxStringLength;
    }

    public int maxNumberLength() {
        return maxNumberLength;
    }
}
