package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.CapturedErr;
import dev.mcplet.server.testing.ManyTools;
import dev.mcplet.server.testing.ShowcaseTools;
import dev.mcplet.server.tool.ToolDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message the server emits, for each revision, validated against that revision's official
 * JSON Schema (../shared/spec/&lt;revision&gt;/schema.json) under the definition of its type: the
 * response envelope ({@code JSONRPCResponse}/{@code JSONRPCError} up to 2025-06-18,
 * {@code JSONRPCResultResponse}/{@code JSONRPCErrorResponse} in 2025-11-25) and the result type
 * ({@code InitializeResult}, {@code ListToolsResult}, {@code CallToolResult}, {@code EmptyResult}).
 *
 * <p>Errors whose id could not be read carry {@code "id": null} as JSON-RPC 2.0 section 5
 * requires; no MCP schema admits a null {@code RequestId} (2025-11-25 omits the id instead), so
 * those are checked as: id is null, and the message without its id is a valid
 * {@code JSONRPCErrorResponse} of 2025-11-25 and its {@code error} a valid error object of every
 * revision.
 */
class SchemaConformanceTest {

    private static final List<String> REVISIONS = List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25");
    private static final Map<String, JsonNode> SCHEMAS = new HashMap<>();
    private static final Map<String, JsonSchema> COMPILED = new HashMap<>();

    private static JsonNode schemaFile(String revision) {
        return SCHEMAS.computeIfAbsent(revision, r -> {
            Path file = Path.of(System.getProperty("mcplet.shared.dir", "../../shared"), "spec", r, "schema.json");
            try {
                return Json.parse(Files.readAllBytes(file));
            } catch (Exception e) {
                throw new AssertionError("cannot read " + file, e);
            }
        });
    }

    /** The validator for one definition of one revision, in the dialect its file declares. */
    private static JsonSchema definition(String revision, String name) {
        return COMPILED.computeIfAbsent(revision + "#" + name, key -> {
            JsonNode file = schemaFile(revision);
            String dialect = file.path("$schema").textValue();
            SpecVersion.VersionFlag flag;
            if ("http://json-schema.org/draft-07/schema#".equals(dialect)) {
                flag = SpecVersion.VersionFlag.V7;
            } else if ("https://json-schema.org/draft/2020-12/schema".equals(dialect)) {
                flag = SpecVersion.VersionFlag.V202012;
            } else {
                throw new AssertionError("unexpected dialect " + dialect + " in " + revision);
            }
            String defs = file.has("$defs") ? "$defs" : "definitions";
            if (!file.path(defs).has(name)) {
                throw new AssertionError(revision + " has no definition " + name);
            }
            ObjectNode root = file.deepCopy();
            root.put("$ref", "#/" + defs + "/" + name);
            return JsonSchemaFactory.getInstance(flag).getSchema(root);
        });
    }

    static Set<ValidationMessage> validate(String revision, String definition, JsonNode value) {
        return definition(revision, definition).validate(value);
    }

    static void assertValid(String revision, String definition, JsonNode value) {
        Set<ValidationMessage> problems = validate(revision, definition, value);
        assertTrue(problems.isEmpty(), () -> revision + " " + definition + ": " + problems + "\n" + Json.toJson(value));
    }

    private static boolean isLatest(String revision) {
        return revision.equals("2025-11-25");
    }

    /** Checks a response: its envelope, and its result against the definition of its type. */
    private static void assertResponse(String revision, JsonNode response, String resultType) {
        if (response.has("error")) {
            assertTrue(JsonRpc.isValidId(response.get("id")), "errors answering a request carry its id");
            assertValid(revision, isLatest(revision) ? "JSONRPCErrorResponse" : "JSONRPCError", response);
        } else {
            assertValid(revision, isLatest(revision) ? "JSONRPCResultResponse" : "JSONRPCResponse", response);
            assertValid(revision, resultType, response.get("result"));
        }
    }

    /** Checks an error that answers unreadable input: null id, valid error object, valid 2025-11-25 message without id. */
    private static void assertErrorWithoutId(JsonNode response) {
        assertEquals(Set.of("jsonrpc", "id", "error"), fieldNames(response));
        assertTrue(response.get("id").isNull());
        ObjectNode withoutId = response.deepCopy();
        withoutId.remove("id");
        assertValid("2025-11-25", "JSONRPCErrorResponse", withoutId);
        for (String revision : REVISIONS) {
            ObjectNode withSomeId = response.deepCopy();
            withSomeId.put("id", 0);
            assertValid(revision, isLatest(revision) ? "JSONRPCErrorResponse" : "JSONRPCError", withSomeId);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode send(McpProtocol protocol, String body, String header) {
        return Wire.json(Wire.send(protocol, body, header));
    }

    @TestFactory
    Stream<DynamicTest> everyResponseOfEveryRevisionMatchesItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String revision : REVISIONS) {
            McpProtocol protocol = Wire.protocol(new CalculatorTools(), new ShowcaseTools(), new ManyTools("many_", 3));
            McpProtocol paged = new McpProtocol(Wire.INFO, List.of(new CalculatorTools(), new ManyTools("t", 3)), 2);
            tests.add(DynamicTest.dynamicTest(revision + " initialize", () ->
                    assertResponse(revision, send(protocol, Wire.initialize(0, revision), null), "InitializeResult")));
            tests.add(DynamicTest.dynamicTest(revision + " initialize without title and instructions", () -> {
                McpProtocol plain = new McpProtocol(new ServerInfo("p", "1", null, null), List.of(), 1);
                assertResponse(revision, send(plain, Wire.initialize(1, revision), null), "InitializeResult");
            }));
            tests.add(DynamicTest.dynamicTest(revision + " ping", () ->
                    assertResponse(revision, send(protocol, Wire.request(1, "ping", null), revision), "EmptyResult")));
            tests.add(DynamicTest.dynamicTest(revision + " tools/list, every page", () -> {
                JsonNode first = send(paged, Wire.request(1, "tools/list", null), revision);
                assertResponse(revision, first, "ListToolsResult");
                String cursor = first.path("result").path("nextCursor").textValue();
                JsonNode second = send(paged, Wire.request(2, "tools/list", "{\"cursor\":\"" + cursor + "\"}"), revision);
                assertResponse(revision, second, "ListToolsResult");
                assertResponse(revision, send(protocol, "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"tools/list\"}", revision), "ListToolsResult");
            }));
            for (String tool : callableTools()) {
                tests.add(DynamicTest.dynamicTest(revision + " tools/call " + tool, () -> CapturedErr.quietlyRun(() ->
                        assertResponse(revision, send(protocol, Wire.call(7, tool, "{\"a\":1,\"b\":2}"), revision),
                                "CallToolResult"))));
            }
            tests.add(DynamicTest.dynamicTest(revision + " tools/call with invalid arguments", () ->
                    assertResponse(revision, send(protocol, Wire.call(7, "add", "{\"a\":\"x\"}"), revision),
                            "CallToolResult")));
            String[][] errors = {
                {"method not found", Wire.request(1, "nope", null)},
                {"invalid params", Wire.request(2, "tools/call", "{}")},
                {"unknown tool", Wire.call(3, "nope", null)},
                {"invalid cursor", Wire.request(4, "tools/list", "{\"cursor\":\"bad\"}")},
                {"internal error", Wire.call(5, "stack_overflow", null)},
                {"invalid request with readable id", "{\"jsonrpc\":\"1.0\",\"id\":6,\"method\":\"ping\"}"},
                {"initialize without protocolVersion", Wire.request(7, "initialize", "{}")},
            };
            for (String[] error : errors) {
                tests.add(DynamicTest.dynamicTest(revision + " error: " + error[0], () -> CapturedErr.quietlyRun(() -> {
                    JsonNode response = send(protocol, error[1], revision);
                    assertTrue(response.has("error"));
                    assertResponse(revision, response, null);
                })));
            }
        }
        for (String revision : REVISIONS) {
            tests.addAll(resourcesPromptsCompletionsAndNotifications(revision));
        }
        tests.add(DynamicTest.dynamicTest("2025-03-26 batch response", () -> {
            McpProtocol protocol = Wire.calculator();
            JsonNode batch = send(protocol, "[" + Wire.request(1, "ping", null) + "," + Wire.call(2, "add",
                    "{\"a\":1,\"b\":2}") + "," + Wire.request(3, "nope", null) + "," + Wire.initialize(4, "2025-03-26")
                    + "]", "2025-03-26");
            assertValid("2025-03-26", "JSONRPCBatchResponse", batch);
            assertValid("2025-03-26", "CallToolResult", batch.get(1).get("result"));
        }));
        return tests.stream();
    }

    /** Every new method's answers, and the notifications the request context sends, for one revision. */
    private static List<DynamicTest> resourcesPromptsCompletionsAndNotifications(String revision) {
        McpProtocol protocol = Wire.everything();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(revision + " initialize with every primitive", () ->
                assertResponse(revision, send(protocol, Wire.initialize(0, revision), null), "InitializeResult")));
        String[][] answers = {
            {"resources/list", null, "ListResourcesResult"},
            {"resources/templates/list", null, "ListResourceTemplatesResult"},
            {"resources/read", "{\"uri\":\"test://static-text\"}", "ReadResourceResult"},
            {"resources/read", "{\"uri\":\"test://static-binary\"}", "ReadResourceResult"},
            {"resources/read", "{\"uri\":\"test://template/123/data\"}", "ReadResourceResult"},
            {"resources/read", "{\"uri\":\"file:///a/b\"}", "ReadResourceResult"},
            {"resources/subscribe", "{\"uri\":\"test://watched-resource\"}", "EmptyResult"},
            {"resources/unsubscribe", "{\"uri\":\"test://watched-resource\"}", "EmptyResult"},
            {"prompts/list", null, "ListPromptsResult"},
            {"prompts/get", "{\"name\":\"test_simple_prompt\"}", "GetPromptResult"},
            {"prompts/get", "{\"name\":\"test_prompt_with_arguments\",\"arguments\":{\"arg1\":\"a\",\"arg2\":\"b\"}}",
                "GetPromptResult"},
            {"prompts/get", "{\"name\":\"test_prompt_with_embedded_resource\",\"arguments\":{\"resourceUri\":\"test://x\"}}",
                "GetPromptResult"},
            {"prompts/get", "{\"name\":\"test_prompt_with_image\"}", "GetPromptResult"},
            {"prompts/get", "{\"name\":\"media\",\"arguments\":{\"style\":\"s\"}}", "GetPromptResult"},
            {"completion/complete", "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"test_prompt_with_arguments\"},"
                + "\"argument\":{\"name\":\"arg2\",\"value\":\"a\"}}", "CompleteResult"},
            {"completion/complete", "{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"test://orders/{number}\"},"
                + "\"argument\":{\"name\":\"number\",\"value\":\"\"}}", "CompleteResult"},
            {"logging/setLevel", "{\"level\":\"debug\"}", "EmptyResult"},
        };
        for (String[] answer : answers) {
            tests.add(DynamicTest.dynamicTest(revision + " " + answer[0] + " " + answer[1], () -> {
                JsonNode response = send(protocol, Wire.request(3, answer[0], answer[1]), revision);
                assertFalse(response.has("error"), () -> Json.toJson(response));
                assertResponse(revision, response, answer[2]);
            }));
        }
        String[][] errors = {
            {"resource not found", "resources/read", "{\"uri\":\"test://nope\"}"},
            {"undecodable variable", "resources/read", "{\"uri\":\"test://orders/x\"}"},
            {"failing resource", "resources/read", "{\"uri\":\"test://failing\"}"},
            {"unknown prompt", "prompts/get", "{\"name\":\"nope\"}"},
            {"missing argument", "prompts/get", "{\"name\":\"test_prompt_with_arguments\"}"},
            {"unknown completion ref", "completion/complete", "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"x\"},"
                + "\"argument\":{\"name\":\"a\",\"value\":\"\"}}"},
            {"bad log level", "logging/setLevel", "{\"level\":\"loud\"}"},
            {"unsupported protocol version", "ping", null},
        };
        for (String[] error : errors) {
            tests.add(DynamicTest.dynamicTest(revision + " error: " + error[0], () -> CapturedErr.quietlyRun(() -> {
                String header = error[0].equals("unsupported protocol version") ? "1999-01-01" : revision;
                JsonNode response = send(protocol, Wire.request(4, error[1], error[2]), header);
                assertTrue(response.has("error"));
                assertEquals(4, response.path("id").intValue());
                assertResponse(revision, response, null);
            })));
        }
        tests.add(DynamicTest.dynamicTest(revision + " notifications/message and notifications/progress", () -> {
            List<byte[]> sent = new ArrayList<>();
            sent.addAll(Wire.send(protocol, Wire.call(5, "logs", null), revision).notifications());
            sent.addAll(Wire.send(protocol, Wire.request(6, "tools/call",
                    "{\"name\":\"progress\",\"_meta\":{\"progressToken\":\"p\"}}"), revision).notifications());
            assertEquals(11, sent.size());
            for (byte[] bytes : sent) {
                JsonNode notification = Json.parse(bytes);
                assertValid(revision, "JSONRPCNotification", notification);
                boolean log = notification.path("method").textValue().equals("notifications/message");
                assertValid(revision, log ? "LoggingMessageNotification" : "ProgressNotification", notification);
            }
        }));
        return tests;
    }

    @TestFactory
    Stream<DynamicTest> everyErrorWithoutIdHasAValidErrorObject() {
        McpProtocol protocol = Wire.calculator();
        McpServer server = McpServer.builder().tools(new CalculatorTools()).maxBodyBytes(64).build();
        List<DynamicTest> tests = new ArrayList<>();
        String[][] protocolErrors = {
            {"parse error", "{oops"},
            {"invalid id", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}"},
            {"not an object", "42"},
            {"empty batch", "[]"},
            {"batch in 2025-11-25", "[" + Wire.request(1, "ping", null) + "]"},
        };
        for (String[] error : protocolErrors) {
            tests.add(DynamicTest.dynamicTest(error[0], () ->
                    assertErrorWithoutId(send(protocol, error[1], "2025-11-25"))));
        }
        tests.add(DynamicTest.dynamicTest("unsupported MCP-Protocol-Version on a batch", () ->
                assertErrorWithoutId(send(protocol, "[" + Wire.request(1, "ping", null) + "]", "1999-01-01"))));
        String ping = Wire.request(1, "ping", null);
        Object[][] httpErrors = {
            {"404", request("POST", "/other", "application/json", null, ping)},
            {"403 origin", request("POST", "/mcp", "application/json", "https://evil.example", ping)},
            {"405", request("GET", "/mcp", null, null, "")},
            {"406", request("POST", "/mcp", "application/json", null, ping).withAccept("text/event-stream")},
            {"413", request("POST", "/mcp", "application/json", null, "[" + "1,".repeat(40) + "1]")},
            {"415", request("POST", "/mcp", "text/plain", null, ping)},
        };
        for (Object[] error : httpErrors) {
            tests.add(DynamicTest.dynamicTest("HTTP " + error[0], () -> {
                HttpResponse response = server.handle(((RequestBuilder) error[1]).build());
                assertFalse(response.status() < 400, "status " + response.status());
                assertErrorWithoutId(Json.parse(response.body()));
            }));
        }
        return tests.stream();
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        // Guards against a vacuous setup (a $ref that resolves to nothing validates everything).
        JsonNode noContent = parse("{\"isError\":false}");
        JsonNode badItem = parse("{\"content\":[{\"type\":\"bogus\",\"text\":1}]}");
        JsonNode stringId = parse("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"result\":{}}");
        for (String revision : REVISIONS) {
            assertFalse(validate(revision, "CallToolResult", noContent).isEmpty(), revision);
            assertFalse(validate(revision, "CallToolResult", badItem).isEmpty(), revision);
            assertFalse(validate(revision, isLatest(revision) ? "JSONRPCResultResponse" : "JSONRPCResponse", stringId)
                    .isEmpty(), revision);
            assertFalse(validate(revision, "InitializeResult", parse("{\"protocolVersion\":\"x\"}")).isEmpty());
        }
        JsonNode resourceLink = parse("{\"content\":[{\"type\":\"resource_link\",\"uri\":\"a:b\",\"name\":\"n\"}]}");
        assertFalse(validate("2025-03-26", "CallToolResult", resourceLink).isEmpty(), "no resource_link before 2025-06-18");
        assertTrue(validate("2025-06-18", "CallToolResult", resourceLink).isEmpty());
    }

    private static List<String> callableTools() {
        List<String> names = new ArrayList<>();
        for (ToolDescriptor tool : new CalculatorTools().tools()) {
            names.add(tool.name());
        }
        for (ToolDescriptor tool : new ShowcaseTools().tools()) {
            // rendezvous waits for concurrent callers; the two others are JSON-RPC errors, checked below.
            if (!tool.name().equals("rendezvous") && !tool.name().equals("stack_overflow")
                    && !tool.name().equals("listed_but_unknown")) {
                names.add(tool.name());
            }
        }
        return names;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static RequestBuilder request(String method, String path, String contentType, String origin, String body) {
        return new RequestBuilder(method, path, contentType, origin, body);
    }

    /** A small HttpRequest builder for the HTTP error cases. */
    private static final class RequestBuilder {
        private final String method;
        private final String path;
        private final Headers headers = new Headers();
        private final String body;

        RequestBuilder(String method, String path, String contentType, String origin, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
            if (contentType != null) {
                headers.set("Content-Type", contentType);
            }
            if (origin != null) {
                headers.set("Origin", origin);
            }
        }

        RequestBuilder withAccept(String accept) {
            headers.set("Accept", accept);
            return this;
        }

        HttpRequest build() throws IOException {
            return new HttpRequest(method, path, headers, body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
