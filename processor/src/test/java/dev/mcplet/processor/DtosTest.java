package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static dev.mcplet.processor.Compile.assertJson;
import static dev.mcplet.processor.Compile.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's existing DTOs, unchanged: generic records, a JavaBean, an immutable class with
 * {@code @JsonCreator}, public fields, Jackson annotations, sealed hierarchies and {@code byte[]},
 * decoded and encoded by generated code.
 */
class DtosTest {

    static final String[] SOURCES = {"Page", "Pair", "Tree", "Category", "Product", "Address", "Money", "Shape",
        "Event", "Expr", "Unit", "Priority", "Envelope", "Payment", "Dimensions", "Tender", "Shipment", "Catalog"};

    static ToolSet tools;

    static JavaFileObject[] sources() {
        JavaFileObject[] files = new JavaFileObject[SOURCES.length];
        for (int i = 0; i < SOURCES.length; i++) {
            files[i] = Compile.resource("com/example/dtos/" + SOURCES[i] + ".java");
        }
        return files;
    }

    @BeforeAll
    static void compile() {
        tools = Compile.load(sources()).tools("com.example.dtos.Catalog");
    }

    static ToolDescriptor descriptor(String name) {
        return tools.tools().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Calls a tool after checking the arguments against its input schema; checks a structured result against its output schema. */
    static CallResult call(String name, String arguments) throws Exception {
        ObjectNode args = args(arguments);
        Schemas.assertConforms(descriptor(name).inputSchema(), args);
        return unchecked(name, arguments);
    }

    /** Calls a tool with arguments its schema may not describe (aliases, unknown properties). */
    static CallResult unchecked(String name, String arguments) throws Exception {
        CallResult result = tools.call(name, args(arguments));
        if (result.structured() != null && descriptor(name).outputSchema() != null) {
            Schemas.assertConforms(descriptor(name).outputSchema(), result.structured());
        }
        return result;
    }

    /** The decoder refuses the arguments with this message, and so does the input schema. */
    static void assertInvalid(String message, String name, String arguments) {
        assertRefused(message, name, arguments);
        assertFalse(Schemas.validate(descriptor(name).inputSchema(), args(arguments)).isEmpty(),
                "the schema refuses what the decoder refuses: " + arguments);
    }

    /** The decoder (or the class's own validation) refuses the arguments with this message. */
    static void assertRefused(String message, String name, String arguments) {
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class, () -> tools.call(name, args(arguments)));
        assertEquals(message, e.getMessage());
    }

    // ---- generic records ---------------------------------------------------------------------------

    @Test
    void genericRecordsAreWrittenPerInstantiation() throws Exception {
        assertJson("{\"items\":[{\"sku\":\"p-1\",\"name\":\"Widget\",\"price\":9.90,\"available\":true,\"tags\":[\"new\"],"
                + "\"category\":\"books\",\"thumbnail\":\"AQID\",\"updatedAt\":\"2025-01-31T14:30:00Z\","
                + "\"displayName\":\"Widget (p-1)\"}],\"next\":\"cursor-2\"}",
                call("listProducts", "{\"page\":1}").structured());
        // @JsonInclude(NON_NULL) on the record: a null component is left out
        assertJson("{\"items\":[{\"sku\":\"p-2\",\"name\":\"Widget\",\"price\":9.90,\"available\":true,\"tags\":[\"new\"],"
                + "\"category\":\"books\",\"thumbnail\":\"AQID\",\"updatedAt\":\"2025-01-31T14:30:00Z\","
                + "\"displayName\":\"Widget (p-2)\"}]}",
                call("listProducts", "{\"page\":2}").structured());
        assertJson("{\"left\":\"banana\",\"right\":6}", call("longest", "{\"words\":[\"fig\",\"banana\"]}").structured());
    }

    @Test
    void genericBeans() throws Exception {
        assertJson("{\"data\":[{\"street\":\"a\",\"postal_code\":\"1\"},{\"street\":\"a\",\"postal_code\":\"1\"}],"
                + "\"requestId\":\"r1\"}", call("envelope", "{\"request\":{\"requestId\":\"r1\","
                        + "\"data\":{\"street\":\"a\",\"postal_code\":\"1\"}}}").structured());
        assertInvalid("request.data.street: required but missing, expected a string", "envelope",
                "{\"request\":{\"data\":{\"postal_code\":\"1\"}}}");
    }

    @Test
    void namingStrategiesAndPropertyOrder() throws Exception {
        // @JsonNaming(SnakeCaseStrategy) renames implicit names only; @JsonPropertyOrder puts status first
        assertJson("{\"status\":\"DELAYED\",\"tracking_number\":\"T1\",\"estimated_delivery\":\"2025-02-03\","
                + "\"carrier\":\"ACME\"}", call("delay", "{\"shipment\":{\"tracking_number\":\"T1\","
                        + "\"estimated_delivery\":\"2025-02-01\",\"carrier\":\"ACME\",\"status\":\"OK\"},\"days\":2}")
                        .structured());
        assertInvalid("shipment.estimated_delivery: expected a date such as 2025-01-31, got \"soon\"", "delay",
                "{\"shipment\":{\"tracking_number\":\"T1\",\"estimated_delivery\":\"soon\",\"carrier\":\"A\","
                        + "\"status\":\"OK\"},\"days\":2}");
    }

    @Test
    void nestedGenericArgumentsAreDecodedWithPaths() throws Exception {
        assertJson("{\"a\":3,\"b\":1}", call("tagCounts", "{\"groups\":{\"items\":[{\"a\":[{\"sku\":\"1\"},{\"sku\":\"2\"}],"
                + "\"b\":[{\"sku\":\"3\"}]},{\"a\":[{\"sku\":\"4\"}]}]}}").structured());
        assertInvalid("groups.items[1].a[0].sku: required but missing, expected a string", "tagCounts",
                "{\"groups\":{\"items\":[{},{\"a\":[{\"name\":\"no sku\"}]}]}}");
        assertInvalid("groups.items[0].a: expected an array, got \"x\"", "tagCounts", "{\"groups\":{\"items\":[{\"a\":\"x\"}]}}");
    }

    @Test
    void recursiveGenericRecords() throws Exception {
        assertText("4", call("size", "{\"tree\":{\"value\":\"a\",\"children\":[{\"value\":\"b\",\"children\":[]},"
                + "{\"value\":\"c\",\"children\":[{\"value\":\"d\",\"children\":[]}]}]}}"));
        assertInvalid("tree.children[0].value: expected a string, got 1", "size",
                "{\"tree\":{\"value\":\"a\",\"children\":[{\"value\":1,\"children\":[]}]}}");
    }

    // ---- a JavaBean with Jackson annotations -------------------------------------------------------

    @Test
    void beansAreReadThroughSettersAndWrittenThroughGetters() throws Exception {
        // unknown properties are ignored (@JsonIgnoreProperties(ignoreUnknown = true)), and so are the
        // @JsonIgnore'd and the read-only ones
        assertJson("{\"sku\":\"s1\",\"name\":\"Lamp\",\"price\":12.5,\"available\":false,\"tags\":[],"
                + "\"category\":\"music\",\"thumbnail\":\"/wA=\",\"displayName\":\"Lamp (s1)\"}",
                call("saveProduct", "{\"product\":{\"sku\":\"s1\",\"name\":\"Lamp\",\"price\":12.5,\"category\":\"music\","
                        + "\"thumbnail\":\"/wA=\",\"color\":\"red\",\"internalNote\":\"x\",\"updatedAt\":\"2025-01-31T14:30:00Z\"}}")
                        .structured());
    }

    @Test
    void beanArgumentErrorsHaveTheirPath() {
        assertInvalid("product.sku: required but missing, expected a string", "saveProduct", "{\"product\":{\"name\":\"Lamp\"}}");
        assertInvalid("product.category: expected one of \"books\", \"music\", \"TOYS\", got \"BOOKS\"", "saveProduct",
                "{\"product\":{\"sku\":\"s1\",\"category\":\"BOOKS\"}}");
        // contentEncoding is an annotation in JSON Schema 2020-12, so only the decoder checks it
        assertRefused("product.thumbnail: expected a base64 string, got \"not base64!\" (not base64)", "saveProduct",
                "{\"product\":{\"sku\":\"s1\",\"thumbnail\":\"not base64!\"}}");
        // a setter that validates its value
        assertRefused("product.price: a price cannot be negative", "saveProduct",
                "{\"product\":{\"sku\":\"s1\",\"price\":-1}}");
        // every problem of the bean at once, setter refusals included
        assertRefused("product.sku: required but missing, expected a string; product.price: a price cannot be negative;"
                + " product.category: expected one of \"books\", \"music\", \"TOYS\", got \"BOOKS\"", "saveProduct",
                "{\"product\":{\"price\":-1,\"category\":\"BOOKS\"}}");
    }

    // ---- an immutable class with @JsonCreator ---------------------------------------------------

    @Test
    void creatorClassesAreBuiltThroughTheirConstructor() throws Exception {
        assertText("1 Main St, 12345, FR", call("shipTo",
                "{\"address\":{\"street\":\"1 Main St\",\"postal_code\":\"12345\",\"country\":\"FR\"}}"));
        // @JsonAlias names are accepted on input
        assertText("1 Main St, 12345", unchecked("shipTo", "{\"address\":{\"street\":\"1 Main St\",\"zip\":\"12345\"}}"));
        // written through the getters, under the names of the properties; null left out (@JsonInclude(NON_NULL))
        assertJson("{\"street\":\"1 Main St\",\"postal_code\":\"12345\"}",
                call("normalise", "{\"address\":{\"street\":\" 1 Main St \",\"postal_code\":\"12345\"}}").structured());
    }

    @Test
    void staticFactoriesBuildTheirClass() throws Exception {
        assertJson("{\"width\":2.0,\"height\":6.0,\"area\":12.0}",
                call("doubled", "{\"dimensions\":{\"width\":1,\"height\":3}}").structured());
        assertRefused("dimensions: width and height must be positive", "doubled",
                "{\"dimensions\":{\"width\":0,\"height\":3}}");
        // the computed getter is output-only
        assertInvalid("dimensions.area: unexpected property, expected one of: width, height", "doubled",
                "{\"dimensions\":{\"width\":1,\"height\":3,\"area\":3}}");
    }

    @Test
    void creatorArgumentErrorsHaveTheirPath() {
        assertInvalid("address.postal_code: required but missing, expected a string", "shipTo",
                "{\"address\":{\"street\":\"1 Main St\"}}");
        assertInvalid("address.city: unexpected property, expected one of: street, postal_code, zip, postcode, country",
                "shipTo", "{\"address\":{\"street\":\"1 Main St\",\"postal_code\":\"1\",\"city\":\"Paris\"}}");
        // the constructor's own validation
        assertRefused("address: country must be a two-letter ISO 3166 code", "shipTo",
                "{\"address\":{\"street\":\"1 Main St\",\"postal_code\":\"1\",\"country\":\"FRA\"}}");
    }

    // ---- public fields ------------------------------------------------------------------------------

    @Test
    void publicFieldsAreProperties() throws Exception {
        assertJson("{\"amount\":3.50,\"currency\":\"USD\",\"note\":\"b\"}", call("total",
                "{\"amounts\":[{\"amount\":1.25,\"note\":\"a\"},{\"amount\":2.25,\"currency\":\"USD\",\"note\":\"b\"}]}")
                .structured());
        assertInvalid("amounts[1].amount: expected a number, got \"2\"", "total",
                "{\"amounts\":[{\"amount\":1},{\"amount\":\"2\"}]}");
    }

    // ---- sealed hierarchies -------------------------------------------------------------------------

    @Test
    void sealedInterfacesAreOneOfWithADiscriminator() throws Exception {
        assertText("12.0", call("area", "{\"shape\":{\"type\":\"Rectangle\",\"width\":3,\"height\":4}}"));
        assertJson("{\"type\":\"Circle\",\"radius\":2.0}",
                call("scale", "{\"shape\":{\"type\":\"Circle\",\"radius\":1},\"factor\":2}").structured());
    }

    @Test
    void missingOrUnknownDiscriminatorNamesTheAllowedValues() {
        assertInvalid("shape.type: required but missing, expected one of \"Circle\", \"Rectangle\"", "area",
                "{\"shape\":{\"radius\":1}}");
        assertInvalid("shape.type: expected one of \"Circle\", \"Rectangle\", got \"Triangle\"", "area",
                "{\"shape\":{\"type\":\"Triangle\"}}");
        assertInvalid("shape.radius: required but missing, expected a number", "area", "{\"shape\":{\"type\":\"Circle\"}}");
        assertInvalid("shape.width: unexpected property, expected one of: type, radius", "area",
                "{\"shape\":{\"type\":\"Circle\",\"radius\":1,\"width\":2}}");
    }

    @Test
    void jacksonTypeInfoAndSubTypesNameTheDiscriminator() throws Exception {
        assertText("created s1 at 2025-01-31T14:30:00Z",
                call("describe", "{\"event\":{\"kind\":\"created\",\"sku\":\"s1\",\"at\":\"2025-01-31T14:30:00Z\"}}"));
        assertText("deleted s1", call("describe", "{\"event\":{\"kind\":\"deleted\",\"sku\":\"s1\"}}"));
        assertJson("{\"result\":[{\"kind\":\"created\",\"sku\":\"s1\",\"at\":\"2025-01-31T14:30:00Z\"},"
                + "{\"kind\":\"deleted\",\"sku\":\"s1\"}]}", call("history", "{\"sku\":\"s1\"}").structured());
        assertInvalid("event.kind: expected one of \"created\", \"deleted\", got \"Created\"", "describe",
                "{\"event\":{\"kind\":\"Created\",\"sku\":\"s1\",\"at\":\"2025-01-31T14:30:00Z\"}}");
    }

    @Test
    void sealedClassesWithInheritedProperties() throws Exception {
        assertText("card ending 4242: 10.00", call("pay", "{\"payment\":{\"type\":\"Card\",\"amount\":10.00,\"last4\":\"4242\"}}"));
        assertText("transfer from DE89: 5", call("pay", "{\"payment\":{\"type\":\"Transfer\",\"amount\":5,\"iban\":\"DE89\"}}"));
        assertInvalid("payment.iban: unexpected property, expected one of: type, amount, last4", "pay",
                "{\"payment\":{\"type\":\"Card\",\"iban\":\"DE89\"}}");
    }

    @Test
    void aSubtypeUsedOnItsOwnHasNoDiscriminator() throws Exception {
        assertText(String.valueOf(Math.PI), call("circleArea", "{\"circle\":{\"radius\":1}}"));
        assertInvalid("circle.type: unexpected property, expected one of: radius", "circleArea",
                "{\"circle\":{\"type\":\"Circle\",\"radius\":1}}");
    }

    @Test
    void discriminatorsThatAreTheSubtypesOwnProperty() throws Exception {
        // EXISTING_PROPERTY: "kind" is read into the record's own component, and written once
        assertJson("{\"kind\":\"cash\",\"amount\":-5}",
                call("change", "{\"tender\":{\"kind\":\"cash\",\"amount\":5}}").structured());
        // @JsonIgnoreProperties(ignoreUnknown = true) on the interface holds for its subtypes
        assertJson("{\"kind\":\"card\",\"last4\":\"4242\"}",
                unchecked("change", "{\"tender\":{\"kind\":\"card\",\"last4\":\"4242\",\"brand\":\"visa\"}}").structured());
        assertInvalid("tender.kind: expected one of \"card\", \"cash\", got \"cheque\"", "change",
                "{\"tender\":{\"kind\":\"cheque\"}}");
    }

    @Test
    void recursiveSealedHierarchies() throws Exception {
        assertText("14.0", call("evaluate", "{\"expr\":{\"type\":\"Add\",\"left\":{\"type\":\"Num\",\"value\":2},"
                + "\"right\":{\"type\":\"Mul\",\"left\":{\"type\":\"Num\",\"value\":3},\"right\":{\"type\":\"Num\",\"value\":4}}}}"));
        assertInvalid("expr.right.left.type: required but missing, expected one of \"Num\", \"Add\", \"Mul\"", "evaluate",
                "{\"expr\":{\"type\":\"Add\",\"left\":{\"type\":\"Num\",\"value\":2},"
                        + "\"right\":{\"type\":\"Mul\",\"left\":{\"value\":3},\"right\":{\"type\":\"Num\",\"value\":4}}}}");
    }

    // ---- byte[] and enums ---------------------------------------------------------------------------

    @Test
    void bytesAreBase64() throws Exception {
        assertText("6", call("checksum", "{\"data\":\"AQID\"}"));
        assertText("AwIB", call("reverse", "{\"data\":\"AQID\"}"));
        assertText("0", call("checksum", "{\"data\":\"\"}"));
        assertRefused("data: expected a base64 string, got \"AQ*D\" (not base64)", "checksum", "{\"data\":\"AQ*D\"}");
        assertInvalid("data: expected a base64 string, got an array", "checksum", "{\"data\":[1,2]}");
    }

    @Test
    void enumConstantsRenamedWithJsonProperty() throws Exception {
        assertText("music", call("classify", "{\"category\":\"music\"}"));
        assertText("TOYS", call("classify", "{\"category\":\"TOYS\"}"));
        assertInvalid("category: expected one of \"books\", \"music\", \"TOYS\", got \"MUSIC\"", "classify",
                "{\"category\":\"MUSIC\"}");
    }

    @Test
    void enumsWithJsonValueAreMatchedAgainstTheirValues() throws Exception {
        assertText("2.0 kg", call("measure", "{\"amount\":2,\"unit\":\"kg\"}"));
        assertJson("{\"result\":[\"m\",\"kg\"]}", call("units", "{}").structured());
        assertInvalid("unit: expected a string, got 1", "measure", "{\"amount\":2,\"unit\":1}");
        // the values are known at run time only, so the schema has no enum, but the message lists them
        assertRefused("unit: expected one of \"m\", \"kg\", got \"KILOGRAM\"", "measure",
                "{\"amount\":2,\"unit\":\"KILOGRAM\"}");
    }

    @Test
    void enumsWithAJsonCreatorFactoryAreReadThroughIt() throws Exception {
        assertText("HIGH", call("prioritise", "{\"priority\":\"High\"}"));
        assertRefused("priority: unknown priority \"urgent\"; use low or high", "prioritise", "{\"priority\":\"urgent\"}");
    }

    @Test
    void dtosInAnotherPackage() throws Exception {
        ToolSet tools = Compile.load(Compile.source("app.model.Customer", """
                package app.model;
                public class Customer {
                    private String name;
                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                }
                """), Compile.source("app.model.Point", """
                package app.model;
                public final class Point {
                    private final int x;
                    public Point(int x) { this.x = x; }
                    public int getX() { return x; }
                }
                """), Compile.source("app.Tools", """
                package app;
                import app.model.Customer;
                import app.model.Point;
                import dev.mcplet.McpTool;
                public class Tools {
                    @McpTool
                    public Customer rename(Customer customer, Point point) {
                        customer.setName(customer.getName() + point.getX());
                        return customer;
                    }
                }
                """)).tools("app.Tools");
        assertJson("{\"name\":\"Ada1\"}",
                tools.call("rename", args("{\"customer\":{\"name\":\"Ada\"},\"point\":{\"x\":1}}")).structured());
    }
}
