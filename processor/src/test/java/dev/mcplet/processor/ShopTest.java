package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertText;
import static dev.mcplet.processor.Compile.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import java.lang.reflect.Field;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records, enums, collections, maps, optionals, nullables and defaults, decoded and encoded by generated code. */
class ShopTest {

    static final String ORDER = "{\"id\":\"o-1\",\"deliver_by\":\"2025-02-01\",\"priority\":\"HIGH\",\"lines\":["
            + "{\"sku\":\"A\",\"quantity\":2,\"unit_price\":1.50},"
            + "{\"sku\":\"B\",\"quantity\":1,\"unit_price\":10,\"currency\":\"USD\"}]}";

    static Compile.Loaded loaded;
    static ToolSet tools;
    static Object shop;

    @BeforeAll
    static void compile() throws Exception {
        loaded = Compile.load(Compile.resource("com/example/shop/Shop.java"));
        shop = loaded.instance("com.example.shop.Shop");
        tools = (ToolSet) loaded.loadClass("com.example.shop.Shop_McpTools").getConstructors()[0].newInstance(shop);
    }

    static ToolDescriptor descriptor(String name) {
        for (ToolDescriptor tool : tools.tools()) {
            if (tool.name().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError(name);
    }

    /** Calls a tool after checking its arguments against its input schema, and checks the structured result against its output schema. */
    static CallResult call(String name, String arguments) throws Exception {
        ObjectNode args = args(arguments);
        Schemas.assertConforms(descriptor(name).inputSchema(), args);
        CallResult result = tools.call(name, args);
        if (result.structured() != null && descriptor(name).outputSchema() != null) {
            Schemas.assertConforms(descriptor(name).outputSchema(), result.structured());
        }
        return result;
    }

    static void assertInvalid(String message, String name, String arguments) {
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class, () -> tools.call(name, args(arguments)));
        assertEquals(message, e.getMessage());
        assertTrue(!Schemas.validate(descriptor(name).inputSchema(), args(arguments)).isEmpty(),
                "the schema refuses what the decoder refuses: " + arguments);
    }

    static int placed() throws ReflectiveOperationException {
        Field field = shop.getClass().getField("placed");
        return field.getInt(shop);
    }

    @Test
    void descriptorsCarryTitleHintsAndAnnotationOverrides() {
        ToolDescriptor place = descriptor("place");
        assertEquals("Place order", place.title());
        assertNull(place.hints().readOnly());
        assertEquals(false, place.hints().destructive());
        assertEquals(true, place.hints().idempotent());
        assertNull(place.hints().openWorld());
        assertEquals(true, descriptor("lines").hints().readOnly());
        assertEquals("Search the catalogue by text (description from the annotation).", descriptor("search").description());
        assertEquals("count-by-sku", tools.tools().get(2).name());
        for (ToolDescriptor tool : tools.tools()) {
            Schemas.assertValidSchema(tool.inputSchema());
            if (tool.outputSchema() != null) {
                Schemas.assertValidSchema(tool.outputSchema());
            }
        }
    }

    @Test
    void placesAnOrderAndReturnsAStructuredRecord() throws Exception {
        CallResult result = call("place", "{\"order\":" + ORDER + "}");
        assertJson("{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"total\":13.00,"
                + "\"placedAt\":\"2025-01-31T14:30:00Z\",\"skus\":[\"A\",\"B\"]}", result.structured());
        assertEquals("{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"total\":13.00,"
                + "\"placedAt\":\"2025-01-31T14:30:00Z\",\"skus\":[\"A\",\"B\"]}", Json.toJson(result.structured()),
                "BigDecimal keeps its scale");
        assertTrue(result.content().isEmpty(), "the protocol layer adds the text form");
    }

    @Test
    void reportsTheFullPathOfANestedProblem() throws Exception {
        String lines = "[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":1},{\"sku\":\"B\",\"quantity\":1,\"unit_price\":1},"
                + "{\"sku\":\"C\",\"quantity\":\"12x\",\"unit_price\":1}]";
        assertInvalid("order.lines[2].quantity: expected an integer from -2147483648 to 2147483647, got \"12x\"",
                "place", "{\"order\":{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":" + lines + "}}");
        assertInvalid("order.lines[0].colour: unexpected property, expected one of: sku, quantity, unit_price, currency",
                "place", "{\"order\":{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":"
                        + "[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":1,\"colour\":\"red\"}]}}");
        assertInvalid("order.priority: expected one of \"LOW\", \"NORMAL\", \"HIGH\", got \"URGENT\"", "place",
                "{\"order\":{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":[],\"priority\":\"URGENT\"}}");
        assertInvalid("order.deliver_by: required but missing, expected a date such as 2025-01-31", "place",
                "{\"order\":{\"id\":\"o\",\"lines\":[]}}");
        assertInvalid("order.lines: expected an array, got an object", "place",
                "{\"order\":{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":{}}}");
        assertInvalid("order: expected an object, got \"o-1\"", "place", "{\"order\":\"o-1\"}");
        assertInvalid("order: required but missing, expected an object", "place", "{}");
        assertEquals(0, placed(), "no rejected call reached the tool");
    }

    @Test
    void reportsEveryProblemOfARecordAtOnce() throws Exception {
        assertInvalid("order.lines[0].quantity: expected an integer from -2147483648 to 2147483647, got \"one\";"
                + " order.lines[0].unit_price: required but missing, expected a number;"
                + " order.priority: expected one of \"LOW\", \"NORMAL\", \"HIGH\", got \"URGENT\";"
                + " order.deliver_by: required but missing, expected a date such as 2025-01-31", "place",
                "{\"order\":{\"id\":\"o\",\"lines\":[{\"sku\":\"A\",\"quantity\":\"one\"}],\"priority\":\"URGENT\"}}");
        assertInvalid("order.lines[0].quantity: expected an integer from -2147483648 to 2147483647, got 1.5 (not an integer);"
                + " order.lines[2]: expected an object, got 7", "place", "{\"order\":{\"id\":\"o\",\"deliver_by\":"
                + "\"2025-02-01\",\"lines\":[{\"sku\":\"A\",\"quantity\":1.5,\"unit_price\":1},"
                + "{\"sku\":\"B\",\"quantity\":1,\"unit_price\":1},7]}}");
        assertEquals(0, placed(), "no rejected call reached the tool");
    }

    @Test
    void anUnexpectedArgumentIsRefusedBeforeAnyUserCodeRuns() throws Exception {
        int before = placed();
        assertInvalid("bogus: unexpected property, expected one of: order", "place",
                "{\"order\":" + ORDER + ",\"bogus\":1}");
        // when the rest is invalid too, every problem is reported at once, and still no user code runs
        assertInvalid("bogus: unexpected property, expected one of: order; order: expected an object, got 7", "place",
                "{\"order\":7,\"bogus\":1}");
        assertEquals(before, placed());
        assertInvalid("x: unexpected property, expected no properties", "ping", "{\"x\":true}");
        assertInvalid("x: unexpected property, expected no properties; y: unexpected property, expected no properties",
                "ping", "{\"x\":true,\"y\":1}");
    }

    @Test
    void appliesDefaultsAndLeavesOutOptionalArguments() throws Exception {
        assertText("q=shoes limit=10 sort=- page=null offset=-1 tags=[new]", call("search", "{\"q\":\"shoes\"}"));
        assertText("q=shoes limit=3 sort=price page=2 offset=5 tags=[a, b]", call("search",
                "{\"q\":\"shoes\",\"limit\":3,\"sort\":\"price\",\"page\":2,\"offset\":5,\"tags\":[\"a\",\"b\"]}"));
        // an explicit null is taken as absent (models often send null for what they leave out)
        CallResult withNulls = tools.call("search",
                args("{\"q\":\"shoes\",\"limit\":null,\"sort\":null,\"page\":null,\"offset\":null,\"tags\":null}"));
        assertText("q=shoes limit=10 sort=- page=null offset=-1 tags=[new]", withNulls);
        assertInvalid("q: expected a string, got null", "search", "{\"q\":null}");
        assertInvalid("tags[1]: duplicate item, expected unique items", "search", "{\"q\":\"s\",\"tags\":[\"a\",\"a\"]}");
        assertInvalid("offset: expected an integer from -2147483648 to 2147483647, got 0.5 (not an integer)", "search",
                "{\"q\":\"s\",\"offset\":0.5}");
    }

    @Test
    void defaultRecordComponentsAreApplied() throws Exception {
        CallResult result = call("lines", "{\"order\":" + ORDER + "}");
        assertJson("{\"result\":[{\"sku\":\"A\",\"quantity\":2,\"unit_price\":1.50,\"currency\":\"EUR\"},"
                + "{\"sku\":\"B\",\"quantity\":1,\"unit_price\":10,\"currency\":\"USD\"}]}", result.structured());
    }

    @Test
    void mapsCollectionsAndArrays() throws Exception {
        assertJson("{\"A\":3,\"B\":1}", call("count-by-sku",
                "{\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":1},{\"sku\":\"B\",\"quantity\":1,\"unit_price\":1},"
                        + "{\"sku\":\"A\",\"quantity\":2,\"unit_price\":1}]}").structured());
        assertJson("{\"result\":[1,4,9,4611686014132420609]}",
                call("squares", "{\"values\":[1,-2,3.0,2147483647]}").structured());
        assertInvalid("values[1]: expected an integer from -2147483648 to 2147483647, got \"x\"", "squares",
                "{\"values\":[1,\"x\"]}");
        String groups = "{\"north\":[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":2.5}],\"south\":[]}";
        assertJson("{\"north\":[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":2.5,\"currency\":\"EUR\"}],\"south\":[]}",
                call("regroup", "{\"groups\":" + groups + ",\"matrix\":[[1,2],[]]}").structured());
        assertInvalid("groups.north[0].sku: required but missing, expected a string", "regroup",
                "{\"groups\":{\"north\":[{\"quantity\":1,\"unit_price\":1}]},\"matrix\":[]}");
        assertInvalid("matrix[1][1]: expected an integer from -2147483648 to 2147483647, got \"x\"", "regroup",
                "{\"groups\":{},\"matrix\":[[1],[2,\"x\"]]}");
        assertInvalid("groups.east: expected an array, got 5", "regroup", "{\"groups\":{\"east\":5},\"matrix\":[]}");
        assertInvalid("groups.east: expected an array, got 5; groups.west: expected an array, got true;"
                + " matrix[0][1]: expected an integer from -2147483648 to 2147483647, got \"x\"", "regroup",
                "{\"groups\":{\"east\":5,\"west\":true},\"matrix\":[[1,\"x\"]]}");
    }

    @Test
    void optionalResultsAreWrappedAndMayBeAbsent() throws Exception {
        assertJson("{\"result\":{\"sku\":\"B\",\"quantity\":1,\"unit_price\":10,\"currency\":\"USD\"}}",
                call("find", "{\"order\":" + ORDER + ",\"sku\":\"B\"}").structured());
        assertJson("{}", call("find", "{\"order\":" + ORDER + ",\"sku\":\"Z\"}").structured());
    }

    @Test
    void rawJsonIsPassedThroughAsIs() throws Exception {
        assertJson("{\"any\":[1,{\"x\":null}]}", call("raw", "{\"anything\":{\"any\":[1,{\"x\":null}]}}").structured());
        assertText("[1,2]", call("raw", "{\"anything\":[1,2]}"));
        assertText("null", call("raw", "{\"anything\":null}"));
        assertText("text", call("raw", "{\"anything\":\"text\",\"options\":{\"a\":1}}"));
        assertInvalid("options: expected an object, got 3", "raw", "{\"anything\":1,\"options\":3}");
        assertInvalid("anything: required but missing, expected a JSON value", "raw", "{}");
        assertNull(descriptor("raw").outputSchema(), "a JsonNode result has no fixed shape");
    }

    @Test
    void voidToolHasNoContent() throws Exception {
        CallResult result = call("ping", "{}");
        assertTrue(result.content().isEmpty());
        assertNull(result.structured());
        assertEquals("{\"type\":\"object\",\"additionalProperties\":false}", descriptor("ping").inputSchema());
    }

    /** What the decoder accepts, the schema accepts, and the other way round. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"q\":\"s\"}", "{\"q\":\"s\",\"limit\":1.0}", "{\"q\":\"s\",\"limit\":1.5}", "{\"q\":\"s\",\"limit\":\"1\"}",
        "{\"q\":\"s\",\"limit\":2147483648}", "{\"q\":\"s\",\"tags\":[\"a\",\"a\"]}", "{\"q\":\"s\",\"tags\":[1]}",
        "{}", "{\"q\":1}", "{\"q\":\"s\",\"other\":1}", "{\"q\":\"s\",\"page\":-1}", "{\"q\":\"s\",\"sort\":[]}",
    })
    void decoderAndSchemaAgreeOnSearch(String arguments) throws Exception {
        boolean schemaAccepts = Schemas.validate(descriptor("search").inputSchema(), args(arguments)).isEmpty();
        boolean decoderAccepts;
        try {
            tools.call("search", args(arguments));
            decoderAccepts = true;
        } catch (InvalidArgumentsException e) {
            decoderAccepts = false;
        }
        assertEquals(schemaAccepts, decoderAccepts, arguments);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ORDER,
        "{\"id\":\"o\",\"deliver_by\":\"2025-02-30\",\"lines\":[]}",
        "{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":[],\"note\":null}",
        "{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":[],\"priority\":\"low\"}",
        "{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":[{\"sku\":\"A\",\"quantity\":1}]}",
        "{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":\"1\"}]}",
        "{\"id\":\"o\",\"deliver_by\":\"2025-02-01\",\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"unit_price\":1,\"x\":1}]}",
    })
    void decoderAndSchemaAgreeOnOrders(String order) throws Exception {
        String arguments = "{\"order\":" + order + "}";
        boolean schemaAccepts = Schemas.validate(descriptor("lines").inputSchema(), args(arguments)).isEmpty();
        boolean decoderAccepts;
        try {
            tools.call("lines", args(arguments));
            decoderAccepts = true;
        } catch (InvalidArgumentsException e) {
            decoderAccepts = false;
        }
        // note: null is accepted by the decoder (null means absent) but not by the schema, which
        // keeps optional properties' schemas simple for models; that one case is the exception
        if (order.contains("\"note\":null")) {
            assertTrue(decoderAccepts);
        } else {
            assertEquals(schemaAccepts, decoderAccepts, arguments);
        }
    }
}
