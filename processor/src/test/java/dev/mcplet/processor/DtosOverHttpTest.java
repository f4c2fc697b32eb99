package dev.mcplet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.local.LocalServer;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, as a user with existing DTOs meets it: the DTO sources compile unchanged, the
 * generated tools are served by the local server over real HTTP on loopback, {@code tools/list}
 * shows their schemas, results are the JSON that Jackson itself writes for the same values, what
 * we accept Jackson reads too, and invalid calls are tool errors with the path of the problem.
 */
class DtosOverHttpTest {

    /**
     * Jackson as an API usually configures it: java.time as ISO strings rather than timestamps, and
     * null properties left out, as generated code leaves them out (the schemas have no null).
     */
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static Compile.Loaded loaded;
    private static Object catalog;
    private static LocalServer local;
    private static HttpClient client;
    private static int ids;

    @BeforeAll
    static void start() throws Exception {
        loaded = Compile.load(DtosTest.sources());
        catalog = loaded.instance("com.example.dtos.Catalog");
        McpServer server = McpServer.builder().name("catalog").version("1.0.0")
                .tools(loaded.tools("com.example.dtos.Catalog")).build();
        local = LocalServer.builder(server).host(LocalServer.DEFAULT_HOST).port(0).shutdownHook(false).start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        JsonNode initialized = rpc("initialize", "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}");
        assertEquals("2025-11-25", initialized.path("result").path("protocolVersion").asText());
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    private static JsonNode rpc(String method, String params) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + (++ids) + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(local.uri())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Json.parse(response.body());
    }

    private static JsonNode call(String tool, String arguments) throws Exception {
        JsonNode response = rpc("tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
        assertTrue(response.has("result"), response.toString());
        return response.get("result");
    }

    /** What Jackson writes for the value the tool method returns for these arguments (called directly). */
    private static JsonNode jacksonResult(String method, Class<?>[] types, Object... args) throws Exception {
        Method m = catalog.getClass().getMethod(method, types);
        return Json.parse(JACKSON.writeValueAsString(m.invoke(catalog, args)));
    }

    private static Class<?> dto(String name) throws ClassNotFoundException {
        return loaded.loadClass("com.example.dtos." + name);
    }

    @Test
    void toolsListShowsTheGeneratedSchemas() throws Exception {
        JsonNode golden;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("golden/Catalog.schemas.json")) {
            golden = Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonNode tools = rpc("tools/list", "{}").path("result").path("tools");
        assertEquals(golden.size(), tools.size());
        for (JsonNode tool : tools) {
            JsonNode expected = golden.get(tool.get("name").asText());
            assertEquals(expected.get("inputSchema"), tool.get("inputSchema"), tool.get("name").asText());
            assertEquals(expected.get("outputSchema"), tool.get("outputSchema"), tool.get("name").asText());
        }
        JsonNode product = golden.path("saveProduct").path("inputSchema").path("properties").path("product");
        assertEquals("A product in the catalog", product.path("description").asText());
        assertEquals(List.of("sku"), List.of(product.path("required").get(0).asText()));
        assertEquals("base64", product.path("properties").path("thumbnail").path("contentEncoding").asText());
        JsonNode shape = golden.path("area").path("inputSchema").path("properties").path("shape");
        assertEquals("Circle", shape.path("oneOf").get(0).path("properties").path("type").path("const").asText());
    }

    @Test
    void resultsAreWhatJacksonWritesForTheSameValues() throws Exception {
        assertEquals(jacksonResult("listProducts", new Class<?>[] {int.class}, 1),
                call("listProducts", "{\"page\":1}").get("structuredContent"));
        assertEquals(jacksonResult("listProducts", new Class<?>[] {int.class}, 2),
                call("listProducts", "{\"page\":2}").get("structuredContent"));
        assertEquals(jacksonResult("longest", new Class<?>[] {List.class}, List.of("fig", "banana")),
                call("longest", "{\"words\":[\"fig\",\"banana\"]}").get("structuredContent"));
        // a List<Event> written with its element type, as Jackson needs to write the type ids
        Object history = catalog.getClass().getMethod("history", String.class).invoke(catalog, "s1");
        assertEquals(Json.parse(JACKSON.writerFor(JACKSON.getTypeFactory().constructCollectionType(List.class, dto("Event")))
                .writeValueAsString(history)), call("history", "{\"sku\":\"s1\"}").path("structuredContent").get("result"));
        assertEquals(Json.parse(JACKSON.writerFor(JACKSON.getTypeFactory().constructCollectionType(List.class, dto("Unit")))
                .writeValueAsString(catalog.getClass().getMethod("units").invoke(catalog))),
                call("units", "{}").path("structuredContent").get("result"));
        assertEquals(JACKSON.readValue("\"High\"", dto("Priority")).toString(),
                call("prioritise", "{\"priority\":\"High\"}").path("content").get(0).path("text").asText());
        String address = "{\"street\":\" 1 Main St \",\"postal_code\":\"12345\"}";
        assertEquals(jacksonResult("normalise", new Class<?>[] {dto("Address")}, JACKSON.readValue(address, dto("Address"))),
                call("normalise", "{\"address\":" + address + "}").get("structuredContent"));
        String request = "{\"requestId\":\"r1\",\"data\":{\"street\":\"a\",\"postal_code\":\"1\"}}";
        Object envelope = JACKSON.readValue(request, JACKSON.getTypeFactory().constructParametricType(dto("Envelope"),
                dto("Address")));
        assertEquals(jacksonResult("envelope", new Class<?>[] {dto("Envelope")}, envelope),
                call("envelope", "{\"request\":" + request + "}").get("structuredContent"));
        String dimensions = "{\"width\":1.5,\"height\":2}";
        assertEquals(jacksonResult("doubled", new Class<?>[] {dto("Dimensions")}, JACKSON.readValue(dimensions, dto("Dimensions"))),
                call("doubled", "{\"dimensions\":" + dimensions + "}").get("structuredContent"));
        String tender = "{\"kind\":\"cash\",\"amount\":5}";
        assertEquals(jacksonResult("change", new Class<?>[] {dto("Tender")}, JACKSON.readValue(tender, dto("Tender"))),
                call("change", "{\"tender\":" + tender + "}").get("structuredContent"));
        String shipment = "{\"tracking_number\":\"T1\",\"estimated_delivery\":\"2025-02-01\",\"carrier\":\"ACME\","
                + "\"status\":\"OK\"}";
        JsonNode delayed = jacksonResult("delay", new Class<?>[] {dto("Shipment"), int.class},
                JACKSON.readValue(shipment, dto("Shipment")), 2);
        JsonNode ours = call("delay", "{\"shipment\":" + shipment + ",\"days\":2}").get("structuredContent");
        assertEquals(delayed, ours);
        assertEquals(Json.toJson(delayed), Json.toJson(ours), "the same order too");
        String amounts = "[{\"amount\":1.25},{\"amount\":2.25,\"currency\":\"USD\"}]";
        Object parsed = JACKSON.readValue(amounts, JACKSON.getTypeFactory().constructCollectionType(List.class, dto("Money")));
        assertEquals(jacksonResult("total", new Class<?>[] {List.class}, parsed),
                call("total", "{\"amounts\":" + amounts + "}").get("structuredContent"));
    }

    @Test
    void whatWeAcceptJacksonReadsTheSame() throws Exception {
        String product = "{\"sku\":\"s1\",\"name\":\"Lamp\",\"price\":12.5,\"category\":\"music\",\"thumbnail\":\"/wA=\","
                + "\"color\":\"red\",\"internalNote\":\"x\",\"updatedAt\":\"2025-01-31T14:30:00Z\"}";
        JsonNode ours = call("saveProduct", "{\"product\":" + product + "}").get("structuredContent");
        assertEquals(Json.parse(JACKSON.writeValueAsString(JACKSON.readValue(product, dto("Product")))), ours);
        String event = "{\"kind\":\"created\",\"sku\":\"s1\",\"at\":\"2025-01-31T14:30:00Z\"}";
        assertEquals(call("describe", "{\"event\":" + event + "}").path("content").get(0).path("text").asText(),
                loaded.loadClass("com.example.dtos.Catalog").getMethod("describe", dto("Event"))
                        .invoke(catalog, JACKSON.readValue(event, dto("Event"))));
        // and the text content of a structured result is its JSON, for clients without structuredContent
        assertEquals(ours, Json.parse(call("saveProduct", "{\"product\":" + product + "}").path("content").get(0)
                .path("text").asText()));
    }

    @Test
    void invalidCallsAreToolErrorsWithThePath() throws Exception {
        assertToolError("Invalid arguments for tool 'area': shape.type: required but missing, expected one of"
                + " \"Circle\", \"Rectangle\"", call("area", "{\"shape\":{\"radius\":1}}"));
        assertToolError("Invalid arguments for tool 'describe': event.kind: expected one of \"created\", \"deleted\","
                + " got \"removed\"", call("describe", "{\"event\":{\"kind\":\"removed\",\"sku\":\"s1\"}}"));
        assertToolError("Invalid arguments for tool 'saveProduct': product.thumbnail: expected a base64 string, got"
                + " \"%%%\" (not base64)", call("saveProduct", "{\"product\":{\"sku\":\"s1\",\"thumbnail\":\"%%%\"}}"));
        assertToolError("Invalid arguments for tool 'shipTo': address: country must be a two-letter ISO 3166 code",
                call("shipTo", "{\"address\":{\"street\":\"1 Main St\",\"postal_code\":\"1\",\"country\":\"FRA\"}}"));
        assertToolError("Invalid arguments for tool 'tagCounts': groups.items[1].a[0].sku: required but missing,"
                + " expected a string", call("tagCounts", "{\"groups\":{\"items\":[{},{\"a\":[{\"name\":\"x\"}]}]}}"));
        ObjectNode ok = (ObjectNode) call("area", "{\"shape\":{\"type\":\"Circle\",\"radius\":1}}");
        assertFalse(ok.path("isError").asBoolean(), ok.toString());
        assertEquals(String.valueOf(Math.PI), ok.path("content").get(0).path("text").asText());
    }

    private static void assertToolError(String message, JsonNode result) {
        assertTrue(result.path("isError").asBoolean(), result.toString());
        assertEquals(message, result.path("content").get(0).path("text").asText());
    }
}
