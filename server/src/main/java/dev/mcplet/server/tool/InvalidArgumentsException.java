package dev.mcplet.server.tool;

/**
 * An argument of a tool call that does not match the tool's input schema: missing, of the wrong
 * JSON type, out of range, not integral, not one of the enum constants, malformed, or not
 * expected at all. The server answers it with a tool error ({@code isError: true}), as MCP
 * 2025-11-25 asks for input validation errors, so the model can correct the call.
 *
 * <p>The message has two parts: the path of the offending value ({@code order.lines[2].quantity})
 * and what was wrong with it. Generated decoders build the path from the inside out: a nested
 * decoder throws with the path relative to the value it read, and each enclosing level prefixes
 * its own segment with {@link #atField} or {@link #atIndex}, so the happy path builds no strings.
 */
public final class InvalidArgumentsException extends Exception {

    private static final long serialVersionUID = 1L;

    private String path;
    private final String problem;

    /**
     * @param path the path of the offending value relative to where it was detected ("" for the
     *     value itself)
     * @param problem what was expected and what was found, e.g.
     *     {@code expected an integer from 1 to 100, got 250}
     */
    public InvalidArgumentsException(String path, String problem) {
        super(null, null, false, false); // no stack trace: this is an answer for the client, not a bug
        this.path = path;
        this.problem = problem;
    }

    /** Prefixes the path with a property name, as the enclosing object's decoder does. */
    public InvalidArgumentsException atField(String field) {
        path = path.isEmpty() ? field : path.charAt(0) == '[' ? field + path : field + "." + path;
        return this;
    }

    /** Prefixes the path with an array index, as the enclosing array's decoder does. */
    public InvalidArgumentsException atIndex(int index) {
        String segment = "[" + index + "]";
        path = path.isEmpty() ? segment : path.charAt(0) == '[' ? segment + path : segment + "." + path;
        return this;
    }

    /** The path of the offending value, e.g. {@code order.lines[2].quantity}; empty for the whole arguments object. */
    public String path() {
        return path;
    }

    /** What was wrong, without the path. */
    public String problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return path.isEmpty() ? problem : path + ": " + problem;
    }
}
