package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertJson;
import static dev.mcplet.processor.Compile.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.mcplet.Content;
import dev.mcplet.ToolException;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.WrappedResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How each kind of return value becomes a CallResult, and what happens with nulls and exceptions. */
class ResultsTest {

    static final String QUOTE_SCHEMA = "{\"type\":\"object\",\"description\":\"A price quote.\",\"properties\":{"
            + "\"symbol\":{\"type\":\"string\",\"description\":\"the ticker\"},"
            + "\"price\":{\"type\":\"number\",\"description\":\"the last price\"},"
            + "\"note\":{\"type\":\"string\",\"description\":\"a remark, if any\"}},"
            + "\"required\":[\"symbol\",\"price\"],\"additionalProperties\":false}";

    static ToolSet tools;

    @BeforeAll
    static void compile() {
        tools = Compile.load(Compile.resource("com/example/results/Results.java")).tools("com.example.results.Results");
    }

    static ToolDescriptor descriptor(String name) {
        for (ToolDescriptor tool : tools.tools()) {
            if (tool.name().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError(name);
    }

    static CallResult call(String name, String arguments) throws Exception {
        CallResult result = tools.call(name, args(arguments));
        String schema = descriptor(name).outputSchema();
        if (schema != null && result.structured() != null) {
            Schemas.assertValidSchema(schema);
            Schemas.assertConforms(schema, result.structured());
        }
        return result;
    }

    @Test
    void voidHasNoContent() throws Exception {
        CallResult result = call("nothing", "{}");
        assertTrue(result.content().isEmpty());
        assertNull(result.structured());
        assertEquals(false, result.isError());
    }

    @Test
    void contentIsSentAsGiven() throws Exception {
        assertText("hi", call("one", "{\"text\":\"hi\"}"));
        CallResult several = call("several", "{}");
        assertEquals(2, several.content().size());
        assertInstanceOf(Content.Image.class, several.content().get(1));
        assertNull(descriptor("several").outputSchema());
    }

    @Test
    void toolResultGivesFullControl() throws Exception {
        assertText("fine", call("full", "{\"fail\":false}"));
        CallResult failed = call("full", "{\"fail\":true}");
        assertEquals(true, failed.isError());
        assertEquals("it failed; try again", ((Content.Text) failed.content().get(0)).text());
        assertNull(descriptor("full").outputSchema(), "ToolResult<Void> has no structured value");
        assertNull(descriptor("wildcard").outputSchema(), "nor has ToolResult<?>");
        assertText("w", call("wildcard", "{}"));

        assertEquals(QUOTE_SCHEMA, descriptor("quote").outputSchema());
        CallResult quote = call("quote", "{\"symbol\":\"AAPL\"}");
        assertJson("{\"symbol\":\"AAPL\",\"price\":1.5}", quote.structured());
        assertEquals("AAPL is at 1.5", ((Content.Text) quote.content().get(0)).text());
        CallResult error = call("quote", "{\"symbol\":\"NONE\"}");
        assertEquals(true, error.isError());
        assertNull(error.structured());

        assertEquals("{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                + "\"required\":[\"result\"]}", descriptor("names").outputSchema());
        assertJson("{\"result\":[\"x\",\"y\"]}", call("names", "{}").structured());

        assertNull(descriptor("rawResult").outputSchema());
        assertJson("{\"a\":1}", call("rawResult", "{\"value\":{\"a\":1}}").structured());
        assertJson("{\"result\":[1]}", call("rawResult", "{\"value\":[1]}").structured());
    }

    @Test
    void jsonNodeIsStructuredWhenAnObjectAndTextOtherwise() throws Exception {
        assertJson("{\"a\":[1,2]}", call("echo", "{\"value\":{\"a\":[1,2]}}").structured());
        assertText("s", call("echo", "{\"value\":\"s\"}"));
        assertText("12.50", call("echo", "{\"value\":12.50}"));
    }

    @Test
    void nullWhereAValueIsPromisedIsAToolError() throws Exception {
        CallResult text = call("nullText", "{}");
        assertEquals(true, text.isError());
        assertEquals("Tool nullText returned no value (null); it declares a result, so it must return one.",
                ((Content.Text) text.content().get(0)).text());
        assertEquals(true, call("nullQuote", "{}").isError());
        IllegalStateException component = assertThrows(IllegalStateException.class, () -> call("badQuote", "{}"));
        assertEquals("The tool returned an invalid result: Results.Quote.symbol is null, but it is required;"
                + " return a value, or declare it @Nullable or Optional.", component.getMessage());
        IllegalStateException nan = assertThrows(IllegalStateException.class, () -> call("nanQuote", "{}"));
        assertEquals("The tool returned an invalid result: the number NaN has no JSON representation.", nan.getMessage());
        IllegalStateException item = assertThrows(IllegalStateException.class, () -> call("nullItem", "{}"));
        assertTrue(item.getMessage().startsWith("The tool returned an invalid result: an array or map in it contains null"));
    }

    @Test
    void optionalResultsMayBeEmpty() throws Exception {
        assertText("here", call("maybeText", "{\"present\":true}"));
        assertTrue(call("maybeText", "{\"present\":false}").content().isEmpty());
        assertText("2.5", call("maybeNumber", "{\"present\":true}"));
        assertTrue(call("maybeNumber", "{\"present\":false}").content().isEmpty());
        assertNull(descriptor("maybeText").outputSchema());
        assertEquals("{\"type\":\"object\",\"properties\":{\"result\":" + QUOTE_SCHEMA + "}}",
                descriptor("maybeQuote").outputSchema());
        assertJson("{\"result\":{\"symbol\":\"Q\",\"price\":2.0,\"note\":\"n\"}}",
                call("maybeQuote", "{\"present\":true}").structured());
        assertJson("{}", call("maybeQuote", "{\"present\":false}").structured());
    }

    @Test
    void mapsAreObjectsAsTheyAre() throws Exception {
        assertEquals("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"number\"}}", descriptor("prices").outputSchema());
        assertJson("{\"AAPL\":1.25}", call("prices", "{}").structured());
    }

    @Test
    void exceptionsFromTheToolPropagateUnchanged() {
        ToolException tool = assertThrows(ToolException.class, () -> tools.call("fails", args("{\"message\":\"no stock\"}")));
        assertEquals("no stock", tool.getMessage());
        IOException checked = assertThrows(IOException.class, () -> tools.call("failsChecked", args("{}")));
        assertEquals("disk on fire", checked.getMessage());
    }

    @Test
    void toolsKeepDeclarationOrder() {
        List<String> names = tools.tools().stream().map(ToolDescriptor::name).toList();
        assertEquals(List.of("nothing", "one", "several", "full", "quote", "names", "wildcard", "rawResult", "echo",
                "nullText", "nullQuote", "badQuote", "nanQuote", "nullItem", "maybeText", "maybeNumber", "maybeQuote",
                "prices", "fails", "failsChecked"), names);
        assertSame(tools.tools(), tools.tools());
    }

    /**
     * The tools whose outputSchema is the {@code {"result": ...}} wrapper say so, and their values
     * are the server's wrapper, which 2026-07-28 clients receive unwrapped (an empty Optional as null).
     */
    @Test
    void nonObjectResultsAreMarkedAsWrapped() throws Exception {
        for (String wrapped : new String[] {"names", "nullItem", "maybeQuote"}) {
            assertTrue(descriptor(wrapped).wrapsResult(), wrapped);
            // the processor checked the wrapper as the server would, so the server does not again
            assertTrue(descriptor(wrapped).schemasCheckedAtCompileTime(), wrapped);
        }
        for (String plain : new String[] {"quote", "prices", "rawResult", "echo", "maybeText", "full"}) {
            assertFalse(descriptor(plain).wrapsResult(), plain);
        }
        assertInstanceOf(WrappedResult.class, call("names", "{}").structured());
        JsonNode empty = call("maybeQuote", "{\"present\":false}").structured();
        assertEquals(NullNode.getInstance(), ((WrappedResult) empty).value());
        assertJson("{\"symbol\":\"Q\",\"price\":2.0,\"note\":\"n\"}",
                ((WrappedResult) call("maybeQuote", "{\"present\":true}").structured()).value());
        assertInstanceOf(WrappedResult.class, call("rawResult", "{\"value\":[1]}").structured(),
                "a ToolResult<JsonNode> that is not an object is wrapped the same way");
    }
}
