package dev.mcplet.test;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An MCP client for tests: sends JSON-RPC messages to an {@link McpServer} in process (no
 * network, no port) or through a Lambda handler as real events, and reads the answers.
 *
 * <pre>{@code
 * McpTestClient client = McpTestClient.of(MyServer.create());
 * assertEquals(List.of("add", "multiply"), client.toolNames());
 * client.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess().assertText("5");
 * client.callTool("add", "{\"a\": 2}").assertToolError().assertTextContains("b: required");
 * }</pre>
 *
 * <p>Each message is a POST to the server's endpoint with {@code Content-Type: application/json},
 * {@code Accept: application/json, text/event-stream} and
 * {@code MCP-Protocol-Version: 2025-11-25}, as a Streamable HTTP client sends it; the server is
 * stateless, so no {@code initialize} is needed first. Methods without a shortcut here go
 * through {@link #request(String, Map)}. Thread-safe; ids increase from 1.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#streamable-http">MCP: Streamable HTTP</a>
 */
public final class McpTestClient {

    /** The protocol revision the client speaks unless {@link #withProtocolVersion(String)} says otherwise. */
    public static final String DEFAULT_PROTOCOL_VERSION = "2025-11-25";

    /** Sends one POST body with these headers and returns the answer. */
    private interface Transport {
        HttpAnswer post(Map<String, String> headers, byte[] body);
    }

    private static final int MAX_PAGES = 1000;

    private final Transport transport;
    private final Map<String, String> headers;
    private final AtomicLong ids;

    private McpTestClient(Transport transport, Map<String, String> headers, AtomicLong ids) {
        this.transport = transport;
        this.headers = headers;
        this.ids = ids;
    }

    /** A client of this server, in process: each message goes straight to {@link McpServer#handle}. */
    public static McpTestClient of(McpServer server) {
        Objects.requireNonNull(server, "server");
        return new McpTestClient((headers, body) -> {
            Headers request = new Headers();
            headers.forEach(request::set);
            HttpResponse response = server.handle(new HttpRequest("POST", server.endpointPath(), request, body));
            Map<String, List<String>> answer = new LinkedHashMap<>();
            for (int i = 0; i < response.headers().size(); i++) {
                answer.computeIfAbsent(response.headers().name(i), n -> new ArrayList<>()).add(response.headers().value(i));
            }
            return new HttpAnswer(response.status(), answer, response.body());
        }, defaultHeaders(), new AtomicLong());
    }

    /**
     * A client that sends every message through a Lambda handler (your {@code McpLambdaHandler}
     * subclass) as an event of this source, and reads the handler's answer as the front door
     * would. For one-off events, see {@link LambdaEvent}.
     */
    public static McpTestClient throughLambda(RequestStreamHandler handler, LambdaEvent.Source source) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(source, "source");
        return new McpTestClient((headers, body) -> {
            LambdaEvent event = LambdaEvent.of(source);
            headers.forEach(event::header);
            return event.body(new String(body, StandardCharsets.UTF_8)).sendTo(handler).answer();
        }, defaultHeaders(), new AtomicLong());
    }

    private static Map<String, String> defaultHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json, text/event-stream");
        headers.put("MCP-Protocol-Version", DEFAULT_PROTOCOL_VERSION);
        return headers;
    }

    /** A client like this one that sends another {@code MCP-Protocol-Version} header (null: none). */
    public McpTestClient withProtocolVersion(String version) {
        return version == null ? withoutHeader("MCP-Protocol-Version") : withHeader("MCP-Protocol-Version", version);
    }

    /** A client like this one that also sends this header (replacing one of the same name). */
    public McpTestClient withHeader(String name, String value) {
        Map<String, String> copy = copyWithout(name);
        copy.put(name, value);
        return new McpTestClient(transport, copy, ids);
    }

    /** A client like this one without this header. */
    public McpTestClient withoutHeader(String name) {
        return new McpTestClient(transport, copyWithout(name), ids);
    }

    private Map<String, String> copyWithout(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        return copy;
    }

    /** Sends {@code initialize} for this client's protocol revision and returns its result. */
    public JsonNode initialize() {
        String version = headers.getOrDefault("MCP-Protocol-Version", DEFAULT_PROTOCOL_VERSION);
        return request("initialize", Map.of("protocolVersion", version, "capabilities", Map.of(),
                "clientInfo", Map.of("name", "mcplet-test", "version", "1.0.0"))).result();
    }

    /** Every tool the server lists, in its order, following {@code nextCursor} through all pages. */
    public List<ListedTool> listTools() {
        List<ListedTool> tools = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode result = request("tools/list", cursor == null ? null : Map.of("cursor", cursor)).result();
            result.path("tools").forEach(tool -> tools.add(new ListedTool(tool)));
            JsonNode next = result.get("nextCursor");
            if (next == null || next.isNull()) {
                return tools;
            }
            cursor = next.asText();
        }
        throw Failures.fail("tools/list still had a nextCursor after " + MAX_PAGES + " pages");
    }

    /** The names of every listed tool, in order. */
    public List<String> toolNames() {
        List<String> names = new ArrayList<>();
        listTools().forEach(tool -> names.add(tool.name()));
        return names;
    }

    /** One listed tool; fails, naming the tools there are, when none has this name. */
    public ListedTool tool(String name) {
        List<ListedTool> tools = listTools();
        for (ListedTool tool : tools) {
            if (tool.name().equals(name)) {
                return tool;
            }
        }
        List<String> names = new ArrayList<>();
        tools.forEach(tool -> names.add(tool.name()));
        throw Failures.fail("the server lists no tool '" + name + "'; it lists " + names);
    }

    /**
     * Calls a tool with arguments given as Java values: {@code Map.of("a", 2, "b", 3)}. Values may
     * be strings, numbers, booleans, enums, lists, arrays, maps, records, {@code Optional}s, JSON
     * nodes, or anything whose {@code toString()} is its JSON text form ({@code UUID},
     * {@code LocalDate}, ...). Fails when the answer is a JSON-RPC error rather than a tool result.
     */
    public CallToolResult callTool(String name, Map<String, ?> arguments) {
        ObjectNode params = Json.object();
        params.put("name", name);
        params.set("arguments", arguments == null ? Json.object() : Json.toJson(arguments));
        return new CallToolResult(name, request("tools/call", params).result());
    }

    /** Calls a tool with arguments given as JSON text: {@code "{\"a\": 2, \"b\": 3}"}. */
    public CallToolResult callTool(String name, String argumentsJson) {
        ObjectNode params = Json.object();
        params.put("name", name);
        params.set("arguments", Json.parse(argumentsJson, "the arguments of " + name));
        return new CallToolResult(name, request("tools/call", params).result());
    }

    /**
     * Sends any JSON-RPC request ({@code params} as Java values, as for
     * {@link #callTool(String, Map)}, or null for none) and returns the whole answer, errors
     * included: {@code client.request("tools/call", Map.of("name", "nope")).assertError(-32602)}.
     */
    public JsonRpcResponse request(String method, Map<String, ?> params) {
        return request(method, params == null ? null : Json.toJson(params));
    }

    /** Sends any JSON-RPC request with {@code params} given as JSON text. */
    public JsonRpcResponse request(String method, String paramsJson) {
        return request(method, paramsJson == null ? null : Json.parse(paramsJson, "the params of " + method));
    }

    private JsonRpcResponse request(String method, JsonNode params) {
        long id = ids.incrementAndGet();
        return exchange(method + " (id " + id + ")", message(id, method, params));
    }

    /** Sends a JSON-RPC notification (no id); the answer is normally 202 with no body. */
    public JsonRpcResponse notify(String method, Map<String, ?> params) {
        return exchange(method + " (notification)", message(null, method, params == null ? null : Json.toJson(params)));
    }

    /** Sends a raw body as it is (any JSON, or not JSON at all), for testing what the server makes of it. */
    public JsonRpcResponse send(String body) {
        return exchange("the message " + JsonRpcResponse.abbreviate(body), body);
    }

    private JsonRpcResponse exchange(String description, String body) {
        return new JsonRpcResponse(description, transport.post(headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    static String message(Long id, String method, JsonNode params) {
        ObjectNode message = Json.object();
        message.put("jsonrpc", "2.0");
        if (id != null) {
            message.put("id", id);
        }
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return Json.compact(message);
    }
}
