package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.List;

/**
 * A hand-written {@link ToolSet} shaped like what the processor generates for the seed's
 * calculator: {@code add} and {@code multiply} over two integers. Server tests use it instead of
 * generated code so that they do not depend on the processor.
 */
public final class CalculatorTools implements ToolSet {

    public static final String TWO_INTEGERS = "{\"type\":\"object\",\"properties\":{"
            + "\"a\":{\"type\":\"integer\",\"description\":\"First operand\"},"
            + "\"b\":{\"type\":\"integer\",\"description\":\"Second operand\"}},"
            + "\"required\":[\"a\",\"b\"],\"additionalProperties\":false}";

    private static final List<ToolDescriptor> TOOLS = List.of(
            new ToolDescriptor("add", "Add", "Adds two integers.", TWO_INTEGERS, null,
                    new ToolHints(true, null, true, false)),
            new ToolDescriptor("multiply", null, "Multiplies two integers.", TWO_INTEGERS, null, ToolHints.NONE));

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        switch (name) {
            case "add":
                return CallResult.text(Long.toString(integer(arguments, "a") + integer(arguments, "b")));
            case "multiply":
                return CallResult.text(Long.toString(integer(arguments, "a") * integer(arguments, "b")));
            default:
                throw new UnknownToolException(name);
        }
    }

    public static long integer(ObjectNode arguments, String field) throws InvalidArgumentsException {
        JsonNode value = arguments.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidArgumentsException("", "required, expected an integer").atField(field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidArgumentsException("", "expected an integer, got " + describe(value)).atField(field);
        }
        return value.longValue();
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string \"" + value.textValue() + "\"";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
