package dev.mcplet.server.tool;

import java.util.ArrayList;
import java.util.List;

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
 *
 * <p>One exception can carry several problems ({@link #add}): generated code decodes every
 * argument of a call before it throws, so a model fixes them all in one round trip. The message
 * lists them in the order found, separated by {@code "; "}, at most {@link #MAX_PROBLEMS} of them
 * (then how many more there were), so that a hostile call cannot make the answer huge.
 */
public final class InvalidArgumentsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The most problems one message lists. */
    public static final int MAX_PROBLEMS = 20;

    private String path;
    private final String problem;
    /** Further problems of the same value, in the order found; null when there is only this one. */
    private List<InvalidArgumentsException> more;
    /** Problems found beyond {@link #MAX_PROBLEMS}, counted but not listed. */
    private int omitted;

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

    /**
     * Collects the problems of one call: {@code next} added to {@code first}, or {@code next} itself
     * when it is the first one found. Generated code calls this in each argument's catch block and
     * throws what it collected once every argument has been decoded.
     *
     * @param first the problems collected so far, or null
     * @return the exception that carries them all
     */
    public static InvalidArgumentsException add(InvalidArgumentsException first, InvalidArgumentsException next) {
        if (first == null) {
            return next;
        }
        if (first.more == null) {
            first.more = new ArrayList<>();
        }
        for (InvalidArgumentsException problem : next.problems()) {
            if (first.more.size() + 1 < MAX_PROBLEMS) {
                first.more.add(problem);
            } else {
                first.omitted++;
            }
        }
        first.omitted += next.omitted;
        next.more = null;
        return first;
    }

    /** Prefixes the path with a property name, as the enclosing object's decoder does. */
    public InvalidArgumentsException atField(String field) {
        path = path.isEmpty() ? field : path.charAt(0) == '[' ? field + path : field + "." + path;
        if (more != null) {
            for (InvalidArgumentsException other : more) {
                other.atField(field);
            }
        }
        return this;
    }

    /** Prefixes the path with an array index, as the enclosing array's decoder does. */
    public InvalidArgumentsException atIndex(int index) {
        String segment = "[" + index + "]";
        path = path.isEmpty() ? segment : path.charAt(0) == '[' ? segment + path : segment + "." + path;
        if (more != null) {
            for (InvalidArgumentsException other : more) {
                other.atIndex(index);
            }
        }
        return this;
    }

    /** Every problem this exception carries, this one first: one for most, several for a whole call. */
    public List<InvalidArgumentsException> problems() {
        if (more == null) {
            return List.of(this);
        }
        List<InvalidArgumentsException> all = new ArrayList<>(more.size() + 1);
        all.add(this);
        all.addAll(more);
        return all;
    }

    /** The path of the (first) offending value, e.g. {@code order.lines[2].quantity}; empty for the whole arguments object. */
    public String path() {
        return path;
    }

    /** What was wrong with the (first) offending value, without the path. */
    public String problem() {
        return problem;
    }

    /** {@code a: expected ..., got 1.5}, or each problem so, separated by {@code "; "}. */
    @Override
    public String getMessage() {
        String message = path.isEmpty() ? problem : path + ": " + problem;
        if (more == null) {
            return message;
        }
        StringBuilder all = new StringBuilder(message);
        for (InvalidArgumentsException other : more) {
            all.append("; ").append(other.getMessage());
        }
        if (omitted > 0) {
            all.append("; and ").append(omitted).append(omitted == 1 ? " more problem" : " more problems");
        }
        return all.toString();
    }
}
