package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.tool.ToolSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The MCP protocol core: one request body in, one {@link Reply} out, with no I/O and no
 * knowledge of HTTP. It validates JSON-RPC 2.0 messages, negotiates the revision in
 * {@code initialize}, and answers {@code ping}, {@code tools/list} and {@code tools/call}.
 *
 * <p>This class is the protocol package's one door, for {@code McpServer}; applications use
 * {@code McpServer} instead. Instances are immutable and safe to share between threads; what
 * never changes (the {@code initialize} result of each revision, every page of {@code tools/list}
 * for each revision, the latter on first use) is serialized once, so answering it is a copy with
 * the request's id.
 *
 * <p>Stateless: nothing is remembered between calls. A request needs no prior {@code initialize}
 * (each HTTP request may reach a different Lambda instance); the revision in force is the one the
 * transport names (the {@code MCP-Protocol-Version} header), or the default it implies.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic">MCP: Base protocol</a>
 */
public final class McpProtocol {

    /** The deadline of a request that has none. */
    public static final long NO_DEADLINE = Long.MIN_VALUE;

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final ToolCatalog catalog;
    private final ToolCalls calls;
    private final Limits limits;
    /** The {@code InitializeResult} of each revision, by ordinal. */
    private final byte[][] initializeResults;

    /**
     * Checks the tools and precomputes every constant answer.
     *
     * @param info what {@code initialize} says about the server
     * @param toolSets the tools, in the order {@code tools/list} shows them
     * @param pageSize the number of tools per {@code tools/list} page
     * @throws IllegalStateException when two tools share a name or a tool's schema is unusable;
     *     the message names the tool and its {@code ToolSet}
     */
    public McpProtocol(ServerInfo info, List<? extends ToolSet> toolSets, int pageSize) {
        this(info, toolSets, pageSize, Limits.DEFAULT, false);
    }

    /**
     * @param limits what one request may ask (see {@link Limits})
     * @param exposeExceptionMessages whether the message of an unexpected exception thrown by a
     *     tool reaches the client (for development); otherwise the client is told the tool failed,
     *     with a reference that the server log repeats
     */
    public McpProtocol(ServerInfo info, List<? extends ToolSet> toolSets, int pageSize, Limits limits,
            boolean exposeExceptionMessages) {
        this.catalog = new ToolCatalog(toolSets, pageSize);
        this.limits = limits;
        this.calls = new ToolCalls(catalog, limits, exposeExceptionMessages);
        ProtocolVersion[] versions = ProtocolVersion.values();
        this.initializeResults = new byte[versions.length][];
        for (ProtocolVersion version : versions) {
            initializeResults[version.ordinal()] = initializeResult(info, version);
        }
    }

    /**
     * Handles one body: a JSON-RPC message or, where the revision allows, a batch.
     *
     * @param body the raw bytes, UTF-8 JSON
     * @param protocolVersionHeader the {@code MCP-Protocol-Version} the transport received, or
     *     null when there was none
     */
    public Reply handle(byte[] body, String protocolVersionHeader) {
        return handle(body, protocolVersionHeader, NO_DEADLINE);
    }

    /**
     * Handles one body that must be answered by a deadline: a tool still running then is
     * answered with a tool error (see {@code ToolCalls}).
     *
     * @param deadlineNanos in {@link System#nanoTime()} terms, or {@link HttpRequest#NO_DEADLINE}
     */
    public Reply handle(byte[] body, String protocolVersionHeader, long deadlineNanos) {
        JsonNode root;
        try {
            root = Json.parse(body, limits.json());
        } catch (JsonReadException e) {
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.PARSE_ERROR, "Parse error: " + e.getMessage()));
        }
        if (root.isObject()) {
            ObjectNode message = (ObjectNode) root;
            if (isInitialize(message)) {
                // The revision of an initialize request is negotiated from its params, and the
                // header is only required on the requests that follow it (transports, Protocol
                // Version Header: "on all subsequent requests").
                return message(message, null, false, deadlineNanos);
            }
            ProtocolVersion version = inForce(protocolVersionHeader);
            if (version == null) {
                return unsupportedVersion(protocolVersionHeader);
            }
            return message(message, version, false, deadlineNanos);
        }
        if (root.isArray()) {
            return batch(root, protocolVersionHeader, deadlineNanos);
        }
        return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST,
                "Invalid Request: the body must be a JSON-RPC message, a JSON object"));
    }

    /**
     * The revision a request speaks: the header's, or 2025-03-26 without one (transports,
     * Protocol Version Header); null when the header names a revision this server does not speak.
     */
    private static ProtocolVersion inForce(String header) {
        if (header == null) {
            return ProtocolVersion.WITHOUT_HEADER;
        }
        return ProtocolVersion.forId(header.trim());
    }

    /** transports, Protocol Version Header: "invalid or unsupported MCP-Protocol-Version ... MUST respond with 400 Bad Request". */
    private static Reply unsupportedVersion(String header) {
        return Reply.unsupportedVersion(JsonRpc.errorWithoutId(JsonRpc.SERVER_ERROR,
                "Bad Request: unsupported MCP-Protocol-Version '" + JsonRpc.clip(header)
                        + "'; this server supports " + ProtocolVersion.supportedList()));
    }

    private static boolean isInitialize(ObjectNode message) {
        JsonNode method = message.get("method");
        return method != null && "initialize".equals(method.textValue()) && message.has("id");
    }

    /**
     * A JSON-RPC batch, answered with an array of responses (JSON-RPC 2.0, section 6), only in a
     * revision that has batches.
     */
    private Reply batch(JsonNode items, String protocolVersionHeader, long deadlineNanos) {
        if (items.size() == 0) {
            // JSON-RPC 2.0, section 6: an empty array is an Invalid Request, answered with one error.
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST, "Invalid Request: empty batch"));
        }
        ProtocolVersion version = inForce(protocolVersionHeader);
        if (version == null) {
            return unsupportedVersion(protocolVersionHeader);
        }
        if (!version.allowsBatches()) {
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST,
                    "Invalid Request: JSON-RPC batches are not part of MCP " + version.id()
                            + "; send one message per request"));
        }
        if (items.size() > limits.maxBatchEntries()) {
            // Refused whole, before any entry runs: a batch of a million 1s would otherwise be a
            // million error answers.
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST, "Invalid Request: the batch has "
                    + items.size() + " entries; this server accepts at most " + limits.maxBatchEntries()
                    + " (maxBatchEntries)"));
        }
        byte[][] answers = new byte[items.size()][];
        int count = 0;
        long size = 2;
        for (int i = 0, n = items.size(); i < n; i++) {
            JsonNode item = items.get(i);
            byte[] answer;
            if (!item.isObject()) {
                answer = JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST,
                        "Invalid Request: each batch entry must be a JSON-RPC message, a JSON object");
            } else {
                Reply reply = message((ObjectNode) item, version, true, deadlineNanos);
                if (reply.kind() == Reply.Kind.ACCEPTED) {
                    continue;
                }
                answer = reply.body();
            }
            if (size + answer.length + 1 > limits.maxResponseBytes() - 200L * (n - i)) {
                // Keep room for a short error per remaining entry, so that the whole answer stays
                // under the limit and every request still gets an answer.
                answer = JsonRpc.error(item.get("id"), JsonRpc.INTERNAL_ERROR, "Internal error: the answers to this"
                        + " batch would exceed " + limits.maxResponseBytes() + " bytes (maxResponseBytes);"
                        + " send this request again on its own");
            }
            size += answer.length + 1;
            answers[count++] = answer;
        }
        // Only notifications and responses: nothing to answer (transports 2025-03-26, Sending
        // Messages to the Server, 4: 202 Accepted with no body).
        return count == 0 ? Reply.accepted() : Reply.answer(JsonRpc.array(answers, count));
    }

    /**
     * One JSON-RPC message. {@code version} is null only for a lone {@code initialize} request,
     * whose revision comes from its params.
     */
    private Reply message(ObjectNode message, ProtocolVersion version, boolean inBatch, long deadlineNanos) {
        JsonNode id = message.get("id");
        JsonNode method = message.get("method");
        if (method == null) {
            if (message.has("result") || message.has("error")) {
                return isValidResponse(message) ? Reply.accepted() : Reply.malformed(JsonRpc.errorWithoutId(
                        JsonRpc.INVALID_REQUEST, "Invalid Request: malformed JSON-RPC response"));
            }
            return Reply.malformed(JsonRpc.error(id, JsonRpc.INVALID_REQUEST,
                    "Invalid Request: a JSON-RPC message needs a method (or a result or an error)"));
        }
        if (!isJsonRpc20(message)) {
            return Reply.malformed(JsonRpc.error(id, JsonRpc.INVALID_REQUEST, "Invalid Request: jsonrpc must be \"2.0\""));
        }
        if (!method.isTextual()) {
            return Reply.malformed(JsonRpc.error(id, JsonRpc.INVALID_REQUEST, "Invalid Request: method must be a string"));
        }
        JsonNode params = message.get("params");
        if (params != null && params.isNull()) {
            params = null; // "params": null is read as no params, as lenient clients send it
        }
        if (params != null && !params.isContainerNode()) {
            // JSON-RPC 2.0, section 4.2: params, when present, is a structured value.
            return Reply.malformed(JsonRpc.error(id, JsonRpc.INVALID_REQUEST,
                    "Invalid Request: params must be an object"));
        }
        if (!message.has("id")) {
            // A notification (notifications/initialized, notifications/cancelled, ...): accepted,
            // and never answered (basic, Notifications: "The receiver MUST NOT send a response").
            return Reply.accepted();
        }
        if (!JsonRpc.isValidId(id)) {
            // basic, Requests: "Requests MUST include a string or integer ID"; "the ID MUST NOT be null".
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST,
                    "Invalid Request: id must be a string or an integer"));
        }
        if (params != null && !params.isObject()) {
            return Reply.answer(JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: params must be an object of named parameters"));
        }
        return Reply.answer(request(id, method.textValue(), params, version, inBatch, deadlineNanos),
                method.textValue(), params, version);
    }

    private byte[] request(JsonNode id, String method, JsonNode params, ProtocolVersion version, boolean inBatch,
            long deadlineNanos) {
        switch (method) {
            case "initialize":
                if (inBatch) {
                    // lifecycle 2025-03-26, Initialization: "The initialize request MUST NOT be part of a JSON-RPC batch".
                    return JsonRpc.error(id, JsonRpc.INVALID_REQUEST,
                            "Invalid Request: initialize must not be part of a JSON-RPC batch");
                }
                return initialize(id, params);
            case "ping":
                // utilities/ping: "The receiver MUST respond promptly with an empty response".
                return JsonRpc.result(id, EMPTY_OBJECT);
            case "tools/list":
                return toolsList(id, params, version);
            case "tools/call":
                return calls.call(id, params, version, deadlineNanos);
            default:
                return JsonRpc.error(id, JsonRpc.METHOD_NOT_FOUND, "Method not found: " + JsonRpc.clip(method));
        }
    }

    private byte[] initialize(JsonNode id, JsonNode params) {
        JsonNode requested = params == null ? null : params.get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: initialize needs params.protocolVersion, a string such as \""
                            + ProtocolVersion.LATEST.id() + "\"");
        }
        ProtocolVersion version = ProtocolVersion.negotiate(requested.textValue());
        return JsonRpc.result(id, initializeResults[version.ordinal()]);
    }

    private byte[] toolsList(JsonNode id, JsonNode params, ProtocolVersion version) {
        int page = 0;
        JsonNode cursor = params == null ? null : params.get("cursor");
        if (cursor != null && !cursor.isNull()) {
            if (!cursor.isTextual()) {
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: cursor must be a string");
            }
            page = catalog.pageOf(cursor.textValue());
            if (page < 0) {
                // pagination, Error Handling: "Invalid cursors SHOULD result in an error with code -32602".
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                        "Invalid params: unknown cursor; list the tools again without a cursor");
            }
        }
        return JsonRpc.result(id, catalog.page(version, page));
    }

    private static boolean isJsonRpc20(ObjectNode message) {
        JsonNode jsonrpc = message.get("jsonrpc");
        return jsonrpc != null && "2.0".equals(jsonrpc.textValue());
    }

    /** A response sent by the client: a result with a valid id, or an error with a valid or null id. */
    private static boolean isValidResponse(ObjectNode message) {
        if (!isJsonRpc20(message) || message.has("result") == message.has("error")) {
            return false;
        }
        JsonNode id = message.get("id");
        if (message.has("result")) {
            return JsonRpc.isValidId(id);
        }
        JsonNode error = message.get("error");
        return (JsonRpc.isValidId(id) || (id != null && id.isNull())) && error.isObject()
                && error.path("code").isIntegralNumber() && error.path("message").isTextual();
    }

    /**
     * The {@code InitializeResult} of one revision: {@code tools: {}} is the only capability,
     * without {@code listChanged}, because the tool list never changes while the server runs.
     */
    private static byte[] initializeResult(ServerInfo info, ProtocolVersion version) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonGenerator out = Json.factory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("protocolVersion", version.id());
            out.writeObjectFieldStart("capabilities");
            out.writeObjectFieldStart("tools");
            out.writeEndObject();
            out.writeEndObject();
            out.writeObjectFieldStart("serverInfo");
            out.writeStringField("name", info.name());
            if (version.hasTitles() && info.title() != null) {
                out.writeStringField("title", info.title());
            }
            out.writeStringField("version", info.version());
            out.writeEndObject();
            if (info.instructions() != null) {
                out.writeStringField("instructions", info.instructions());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A JSON-RPC error with a null id and code -32000, for refusals made by a transport before
     * any message was read (HTTP 403, 404, 405, 406, 413, 415).
     */
    public static byte[] transportError(String message) {
        return JsonRpc.errorWithoutId(JsonRpc.SERVER_ERROR, message);
    }

    /** A JSON-RPC internal error (-32603) with a null id, for a transport's last-resort 500. */
    public static byte[] internalError() {
        return JsonRpc.errorWithoutId(JsonRpc.INTERNAL_ERROR, "Internal error; the server log has the details");
    }

    /** A JSON-RPC internal error (-32603) with a null id and this message. */
    public static byte[] internalError(String message) {
        return JsonRpc.errorWithoutId(JsonRpc.INTERNAL_ERROR, message);
    }
}
