package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed example, exactly: these descriptors become the example app's tools/list. */
class CalculatorTest {

    static final String ADD_SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"a\":{\"type\":\"integer\",\"description\":\"the first addend\",\"minimum\":-2147483648,\"maximum\":2147483647},"
            + "\"b\":{\"type\":\"integer\",\"description\":\"the second addend\",\"minimum\":-2147483648,\"maximum\":2147483647}},"
            + "\"required\":[\"a\",\"b\"],\"additionalProperties\":false}";
    static final String MULTIPLY_SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"a\":{\"type\":\"integer\",\"description\":\"the first factor\",\"minimum\":-2147483648,\"maximum\":2147483647},"
            + "\"b\":{\"type\":\"integer\",\"description\":\"the second factor\",\"minimum\":-2147483648,\"maximum\":2147483647}},"
            + "\"required\":[\"a\",\"b\"],\"additionalProperties\":false}";

    static ToolSet tools;

    @BeforeAll
    static void compile() {
        tools = Compile.load(Compile.resource("com/example/Calculator.java")).tools("com.example.Calculator");
    }

    @Test
    void listsBothToolsExactlyInDeclarationOrder() {
        List<ToolDescriptor> list = tools.tools();
        assertEquals(2, list.size());
        assertDescriptor(list.get(0), "add", "Add two integers.", ADD_SCHEMA);
        assertDescriptor(list.get(1), "multiply", "Multiply two integers.", MULTIPLY_SCHEMA);
        assertTrue(list == tools.tools(), "the same immutable list on every call");
    }

    private static void assertDescriptor(ToolDescriptor tool, String name, String description, String schema) {
        assertEquals(name, tool.name());
        assertNull(tool.title());
        assertEquals(description, tool.description());
        assertEquals(schema, tool.inputSchema());
        assertNull(tool.outputSchema(), "an int result is text content, with no output schema");
        assertTrue(tool.hints().isEmpty(), "no hint unless set explicitly");
    }

    @Test
    void addsAndMultiplies() throws Exception {
        assertText("5", tools.call("add", args("{\"a\":2,\"b\":3}")));
        assertText("-6", tools.call("multiply", args("{\"a\":2,\"b\":-3}")));
        assertText("6", tools.call("multiply", args("{\"a\":2.0,\"b\":3}")));
    }

    @Test
    void reportsArgumentsThatDoNotFit() {
        assertInvalid("b: required but missing, expected an integer from -2147483648 to 2147483647", "{\"a\":1}");
        assertInvalid("a: expected an integer from -2147483648 to 2147483647, got \"12x\"", "{\"a\":\"12x\",\"b\":1}");
        assertInvalid("a: expected an integer from -2147483648 to 2147483647, got 1.5 (not an integer)",
                "{\"a\":1.5,\"b\":1}");
        assertInvalid("b: expected an integer from -2147483648 to 2147483647, got 3000000000 (out of range)",
                "{\"a\":1,\"b\":3000000000}");
        assertInvalid("c: unexpected property, expected one of: a, b", "{\"a\":1,\"b\":2,\"c\":3}");
    }

    private static void assertInvalid(String message, String arguments) {
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
                () -> tools.call("add", args(arguments)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void unknownToolIsNotAnArgumentError() {
        UnknownToolException e = assertThrows(UnknownToolException.class, () -> tools.call("divide", args("{}")));
        assertEquals("divide", e.toolName());
    }
}
