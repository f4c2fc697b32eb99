package dev.mcplet.server.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code add} and {@code multiply} decoded the way the generated dispatchers do it: unexpected
 * argument names are rejected before the tool's method runs. The "method" counts its runs and
 * says so on standard error, so tests can prove that SnapStart priming runs no user code.
 */
public final class StrictCalculatorTools implements ToolSet {

    /** What a tool method prints on standard error each time it runs. */
    public static final String RAN = "calculator: user code ran: ";

    private static final List<ToolDescriptor> TOOLS = new CalculatorTools().tools();

    /** How many times a tool method ran. */
    public final AtomicInteger runs = new AtomicInteger();

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        if (!name.equals("add") && !name.equals("multiply")) {
            throw new UnknownToolException(name);
        }
        Iterator<String> names = arguments.fieldNames();
        while (names.hasNext()) {
            String argument = names.next();
            if (!argument.equals("a") && !argument.equals("b")) {
                throw new InvalidArgumentsException("", "unexpected property; the tool takes a, b").atField(argument);
            }
        }
        long a = integer(arguments, "a");
        long b = integer(arguments, "b");
        return CallResult.text(Long.toString(run(name, a, b)));
    }

    /** The user code. */
    private long run(String name, long a, long b) {
        runs.incrementAndGet();
        System.err.println(RAN + name + "(" + a + ", " + b + ")");
        return name.equals("add") ? a + b : a * b;
    }

    private static long integer(ObjectNode arguments, String field) throws InvalidArgumentsException {
        JsonNode value = arguments.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidArgumentsException("", "required, expected an integer").atField(field);
        }
        return value.longValue();
    }
}
