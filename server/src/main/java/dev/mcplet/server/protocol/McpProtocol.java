package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.LogLevel;
import dev.mcplet.McpCaller;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.json.JsonReadException;
import dev.mcplet.server.prompt.PromptSet;
import dev.mcplet.server.resource.ResourceSet;
import dev.mcplet.server.tool.ToolSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import dev.mcplet.server.json.JsonWriter;

/**
 * The MCP protocol core: one request body in, one {@link Reply} out, with no I/O and no
 * knowledge of HTTP. It validates JSON-RPC 2.0 messages, negotiates the revision in
 * {@code initialize}, answers {@code ping} and {@code logging/setLevel}, and dispatches each
 * primitive's methods to its own class: tools ({@link ToolCatalog}, {@link ToolCalls}), resources
 * ({@link ResourceCatalog}, {@link ResourceReads}, {@link ResourceSubscriptions}), prompts
 * ({@link PromptCatalog}, {@link PromptGets}) and {@link Completions}. A primitive the server has
 * none of is neither advertised nor answered (-32601), and its classes are never loaded.
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
    /** Whether any tool is served (only then may a request need a deadline worker). */
    private final boolean hasTools;
    /** Null when the server has no resources; likewise the others. */
    private final ResourceCatalog resources;
    private final ResourceReads resourceReads;
    private final ResourceSubscriptions subscriptions;
    private final PromptCatalog prompts;
    private final PromptGets promptGets;
    /** Null when the server has neither prompts nor resources. */
    private final Completions completions;
    /** The wire name of the least severe level a request that names none gets, or null (see {@link RequestContext}). */
    private final String defaultLogLevel;
    private final Limits limits;
    /** The {@code InitializeResult} of each revision, by ordinal (null for revisions without initialize). */
    private final byte[][] initializeResults;
    private final ServerInfo info;
    private final ProtocolOptions options;
    /** The 2026-07-28 request boundary, made on the first request that speaks it (a benign race: any copy will do). */
    private volatile StatelessRequests stateless;

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
        this(info, toolSets, List.of(), List.of(), "info", pageSize, limits, exposeExceptionMessages);
    }

    /** Every primitive, with the default limits; see the full constructor. */
    public McpProtocol(ServerInfo info, List<? extends ToolSet> toolSets, List<? extends ResourceSet> resourceSets,
            List<? extends PromptSet> promptSets, String defaultLogLevel, int pageSize) {
        this(info, toolSets, resourceSets, promptSets, defaultLogLevel, pageSize, Limits.DEFAULT, false);
    }

    /**
     * Checks every primitive and precomputes every constant answer.
     *
     * @param info what {@code initialize} says about the server
     * @param toolSets the tools, in the order {@code tools/list} shows them
     * @param resourceSets the resources and templates, in listing (and template matching) order
     * @param promptSets the prompts, in listing order
     * @param defaultLogLevel the wire name ({@link LogLevel#wireName()}, such as {@code "info"}) of
     *     the least severe log level sent to a request that names none in its {@code _meta}; null
     *     to send log messages only to requests that ask. A name, not the enum, so that a server
     *     whose methods never log does not load it.
     * @param pageSize the number of items per page of every list method
     * @param limits what one request may ask (see {@link Limits})
     * @param exposeExceptionMessages whether the message of an unexpected exception thrown by
     *     application code reaches the client (for development); otherwise the client gets a
     *     reference that the server log repeats
     * @throws IllegalStateException when two tools, prompts, resource URIs or templates clash, or
     *     a descriptor is unusable; the message names it and its set(s)
     */
    public McpProtocol(ServerInfo info, List<? extends ToolSet> toolSets, List<? extends ResourceSet> resourceSets,
            List<? extends PromptSet> promptSets, String defaultLogLevel, int pageSize, Limits limits,
            boolean exposeExceptionMessages) {
        this(info, toolSets, resourceSets, promptSets, defaultLogLevel, pageSize, limits, exposeExceptionMessages, null);
    }

    /**
     * @param options what the stateless revision lets a server choose (cache hints, state keys),
     *     or null for {@link ProtocolOptions#DEFAULTS} (null keeps the class off a 2025-only
     *     server's start-up)
     * @see #McpProtocol(ServerInfo, List, List, List, String, int, Limits, boolean)
     */
    public McpProtocol(ServerInfo info, List<? extends ToolSet> toolSets, List<? extends ResourceSet> resourceSets,
            List<? extends PromptSet> promptSets, String defaultLogLevel, int pageSize, Limits limits,
            boolean exposeExceptionMessages, ProtocolOptions options) {
        this.info = info;
        this.options = options;
        this.catalog = new ToolCatalog(toolSets, pageSize);
        this.limits = limits;
        this.calls = new ToolCalls(catalog, limits, exposeExceptionMessages);
        this.hasTools = !toolSets.isEmpty();
        if (resourceSets.isEmpty()) {
            this.resources = null;
            this.resourceReads = null;
            this.subscriptions = null;
        } else {
            this.resources = new ResourceCatalog(resourceSets, pageSize);
            this.resourceReads = new ResourceReads(resources, exposeExceptionMessages);
            this.subscriptions = new ResourceSubscriptions(resources);
        }
        if (promptSets.isEmpty()) {
            this.prompts = null;
            this.promptGets = null;
        } else {
            this.prompts = new PromptCatalog(promptSets, pageSize);
            this.promptGets = new PromptGets(prompts, exposeExceptionMessages);
        }
        this.completions = prompts == null && resources == null ? null : new Completions(prompts, resources, exposeExceptionMessages);
        this.defaultLogLevel = defaultLogLevel;
        ProtocolVersion[] versions = ProtocolVersion.values();
        this.initializeResults = new byte[versions.length][];
        for (ProtocolVersion version : versions) {
            if (version.defines("initialize")) {
                initializeResults[version.ordinal()] = initializeResult(info, version, resources != null, prompts != null);
            }
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
        return handle(body, new OnlyVersionHeader(protocolVersionHeader), NO_DEADLINE);
    }

    /**
     * Handles one body that must be answered by a deadline: a tool still running then is
     * answered with a tool error (see {@code ToolCalls}).
     *
     * @param deadlineNanos in {@link System#nanoTime()} terms, or {@link HttpRequest#NO_DEADLINE}
     */
    public Reply handle(byte[] body, String protocolVersionHeader, long deadlineNanos) {
        return handle(body, new OnlyVersionHeader(protocolVersionHeader), deadlineNanos);
    }

    /** Handles one body, with the transport's request headers and no deadline; see {@link #handle(byte[], RequestHeaders, long)}. */
    public Reply handle(byte[] body, RequestHeaders headers) {
        return handle(body, headers, NO_DEADLINE);
    }

    /**
     * Handles one body that must be answered by a deadline, with the transport's request headers
     * ({@code MCP-Protocol-Version}, and the {@code Mcp-Method}/{@code Mcp-Name}/{@code Mcp-Param-*}
     * of 2026-07-28).
     *
     * @param deadlineNanos in {@link System#nanoTime()} terms, or {@link HttpRequest#NO_DEADLINE}
     */
    public Reply handle(byte[] body, RequestHeaders headers, long deadlineNanos) {
        return handle(body, headers, deadlineNanos, null);
    }

    /**
     * Handles one body by a deadline for a caller whose identity the transport verified (see
     * {@code AuthGate}): tool calls check its scopes, and a call it lacks one for is answered
     * with {@link Reply.Kind#INSUFFICIENT_SCOPE}.
     *
     * @param caller the verified caller, or null when the server has no authorization
     */
    public Reply handle(byte[] body, RequestHeaders headers, long deadlineNanos, McpCaller caller) {
        if (deadlineNanos != NO_DEADLINE && hasTools) {
            ToolWorkers.expectCall(); // a tool call would run on a worker: wake one while the body is read
        }
        String protocolVersionHeader = headers.first("mcp-protocol-version");
        JsonNode root;
        try {
            root = Json.parse(body, limits.json());
        } catch (JsonReadException e) {
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.PARSE_ERROR, "Parse error: " + e.getMessage()));
        }
        if (root.isObject()) {
            ObjectNode message = (ObjectNode) root;
            JsonNode meta = metaOf(message);
            if ((meta != null && meta.has(StatelessRequests.PROTOCOL_VERSION))
                    || ProtocolVersion.isStatelessHeader(protocolVersionHeader)) {
                Reply reply = statelessMessage(message, meta, headers, deadlineNanos, caller);
                if (reply != null) {
                    return reply;
                }
                // _meta names a revision negotiated in initialize: served as that revision, below.
            }
            if (isInitialize(message)) {
                // The revision of an initialize request is negotiated from its params, and the
                // header is only required on the requests that follow it (transports, Protocol
                // Version Header: "on all subsequent requests").
                return message(message, null, false, deadlineNanos, caller);
            }
            ProtocolVersion version = inForce(protocolVersionHeader);
            if (version == null) {
                // JSON-RPC 2.0, section 5: the id "MUST be the same as the value of the id member in
                // the Request Object"; it was read, so it is echoed.
                return unsupportedVersion(message.get("id"), protocolVersionHeader);
            }
            return message(message, version, false, deadlineNanos, caller);
        }
        if (root.isArray()) {
            return batch(root, protocolVersionHeader, deadlineNanos, caller);
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
    private static Reply unsupportedVersion(JsonNode id, String header) {
        // data as the 2026-07-28 UnsupportedProtocolVersionError has it: {supported, requested}.
        return Reply.unsupportedVersion(JsonRpc.error(id, JsonRpc.SERVER_ERROR,
                "Bad Request: unsupported MCP-Protocol-Version '" + JsonRpc.clip(header)
                        + "'; this server supports " + ProtocolVersion.supportedList(),
                ProtocolVersion.unsupportedData(header)));
    }

    /**
     * A message that speaks a stateless revision (versioning, Backward Compatibility: "A request
     * carrying modern per-request _meta is served statelessly according to this revision"), or
     * null when its {@code _meta} names a revision of the 2025 era instead.
     */
    private Reply statelessMessage(ObjectNode message, JsonNode meta, RequestHeaders headers, long deadlineNanos,
            McpCaller caller) {
        JsonNode requested = meta == null ? null : meta.get(StatelessRequests.PROTOCOL_VERSION);
        if (requested != null && requested.isTextual()) {
            ProtocolVersion version = ProtocolVersion.forId(requested.textValue());
            if (version != null && !version.isStateless()) {
                if (ProtocolVersion.isStatelessHeader(headers.first("mcp-protocol-version"))) {
                    return StatelessRequests.headerMismatch(message.get("id"), "MCP-Protocol-Version header value '"
                            + headers.first("mcp-protocol-version").trim() + "' does not match body value '"
                            + version.id() + "'");
                }
                return null;
            }
        }
        JsonNode method = message.get("method");
        if (method == null || !method.isTextual() || !message.has("id") || !JsonRpc.isValidId(message.get("id"))
                || !isJsonRpc20(message)) {
            // Notifications and malformed messages: the common rules (202, or the JSON-RPC error).
            return message(message, ProtocolVersion.V2026_07_28, false, deadlineNanos, caller);
        }
        StatelessRequests boundary = stateless();
        Reply refused = boundary.check(message, meta, headers);
        if (refused != null) {
            return refused.about(method.textValue(), message.get("params"), ProtocolVersion.V2026_07_28);
        }
        Reply reply = message(message, ProtocolVersion.V2026_07_28, false, deadlineNanos, caller);
        if (reply.kind() != Reply.Kind.ANSWER) {
            return reply;
        }
        return boundary.finish(message.get("id"), method.textValue(), message.get("params"), reply);
    }

    private StatelessRequests stateless() {
        StatelessRequests boundary = stateless;
        if (boundary == null) {
            JsonNode capabilities;
            try {
                capabilities = Json.parse(initializeResults[ProtocolVersion.LATEST.ordinal()]).get("capabilities");
            } catch (JsonReadException e) {
                throw new IllegalStateException("the precomputed initialize result is not JSON", e);
            }
            ProtocolOptions chosen = options == null ? ProtocolOptions.DEFAULTS : options;
            boundary = new StatelessRequests(info, capabilities, chosen, catalog, resources);
            stateless = boundary;
        }
        return boundary;
    }

    /** The request's {@code params._meta} when it is an object, else null. */
    private static JsonNode metaOf(ObjectNode message) {
        JsonNode params = message.get("params");
        if (params == null || !params.isObject()) {
            return null;
        }
        JsonNode meta = params.get("_meta");
        return meta != null && meta.isObject() ? meta : null;
    }

    private static boolean isInitialize(ObjectNode message) {
        JsonNode method = message.get("method");
        return method != null && "initialize".equals(method.textValue()) && message.has("id");
    }

    /**
     * A JSON-RPC batch, answered with an array of responses (JSON-RPC 2.0, section 6), only in a
     * revision that has batches.
     */
    private Reply batch(JsonNode items, String protocolVersionHeader, long deadlineNanos, McpCaller caller) {
        if (items.size() == 0) {
            // JSON-RPC 2.0, section 6: an empty array is an Invalid Request, answered with one error.
            return Reply.malformed(JsonRpc.errorWithoutId(JsonRpc.INVALID_REQUEST, "Invalid Request: empty batch"));
        }
        ProtocolVersion version = inForce(protocolVersionHeader);
        if (version == null) {
            return unsupportedVersion(null, protocolVersionHeader);
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
                Reply reply = message((ObjectNode) item, version, true, deadlineNanos, caller);
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
    private Reply message(ObjectNode message, ProtocolVersion version, boolean inBatch, long deadlineNanos,
            McpCaller caller) {
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
        try {
            return request(id, method.textValue(), params, version, inBatch, deadlineNanos, caller)
                    .about(method.textValue(), params, version);
        } catch (RuntimeException e) {
            // Tested with instanceof, not a catch clause, which would load the class on every
            // server's start-up path.
            if (!(e instanceof ToolCalls.ScopeRefusal)) {
                throw e;
            }
            ToolCalls.ScopeRefusal refusal = (ToolCalls.ScopeRefusal) e;
            // In a batch the refusal is one entry's error; the HTTP status belongs to the whole batch.
            Reply reply = inBatch ? Reply.answer(refusal.body()) : Reply.insufficientScope(refusal.body(), refusal.scope());
            return reply.about(method.textValue(), params, version);
        }
    }

    /**
     * One request. The methods that run application code get a {@link RequestContext}, whose
     * notifications travel with the answer.
     *
     * @param deadlineNanos when the answer is due, or {@link #NO_DEADLINE}
     * @param caller the verified caller, or null when the server has no authorization
     */
    private Reply request(JsonNode id, String method, JsonNode params, ProtocolVersion version, boolean inBatch,
            long deadlineNanos, McpCaller caller) {
        if (version != null && !version.defines(method)) {
            return Reply.answer(JsonRpc.error(id, JsonRpc.METHOD_NOT_FOUND, "Method not found: " + JsonRpc.clip(method)
                    + " is not part of MCP " + version.id()));
        }
        switch (method) {
            case "initialize":
                if (inBatch) {
                    // lifecycle 2025-03-26, Initialization: "The initialize request MUST NOT be part of a JSON-RPC batch".
                    return Reply.answer(JsonRpc.error(id, JsonRpc.INVALID_REQUEST,
                            "Invalid Request: initialize must not be part of a JSON-RPC batch"));
                }
                return Reply.answer(initialize(id, params));
            case "ping":
                // utilities/ping: "The receiver MUST respond promptly with an empty response".
                return Reply.answer(JsonRpc.result(id, EMPTY_OBJECT));
            case "server/discover":
                return Reply.answer(stateless().discover(id));
            case "subscriptions/listen":
                return stateless().listen(id, params);
            case "tools/list":
                // Every caller sees every tool, scoped or not: MCP authorization, Scope Challenge
                // Handling, has clients step up by calling and getting a 403 that names the scope,
                // which a tool hidden from the list would never give (and the pages stay constants).
                return Reply.answer(toolsList(id, params, version));
            case "tools/call": {
                RequestContext context = new RequestContext(params, version, defaultLogLevel, caller, deadlineNanos);
                Reply refused = acceptInput(context, id, method, params, version);
                if (refused != null) {
                    return refused;
                }
                return context.answer(calls.call(id, params, version, deadlineNanos, context, caller));
            }
            case "logging/setLevel":
                return Reply.answer(LogLevels.setLevel(id, params));
            default:
                return otherPrimitive(id, method, params, version, caller);
        }
    }

    /**
     * Lets the context of a {@code tools/call}, {@code resources/read} or {@code prompts/get} ask
     * the client for input, where the revision has multi round-trip requests (mrtr, Supported
     * Requests: these three only). Returns the -32602 error when the request's
     * {@code inputResponses} or {@code requestState} is not acceptable, before any method runs.
     */
    private Reply acceptInput(RequestContext context, JsonNode id, String method, JsonNode params,
            ProtocolVersion version) {
        if (!version.hasInputRequests() || params == null || !params.isObject()) {
            return null;
        }
        return stateless().acceptInput(context, id, method, params);
    }

    /** The methods of resources, prompts and completions; -32601 for those the server has none of. */
    private Reply otherPrimitive(JsonNode id, String method, JsonNode params, ProtocolVersion version,
            McpCaller caller) {
        switch (method) {
            case "resources/list":
                return Reply.answer(resources == null ? notFound(id, method) : resources.list(id, params, version));
            case "resources/templates/list":
                return Reply.answer(resources == null ? notFound(id, method)
                        : resources.listTemplates(id, params, version));
            case "resources/read": {
                if (resources == null) {
                    return Reply.answer(notFound(id, method));
                }
                RequestContext context = new RequestContext(params, version, defaultLogLevel, caller);
                Reply refused = acceptInput(context, id, method, params, version);
                if (refused != null) {
                    return refused;
                }
                return context.answer(resourceReads.read(id, params, version, context));
            }
            case "resources/subscribe":
            case "resources/unsubscribe":
                return Reply.answer(resources == null ? notFound(id, method) : subscriptions.answer(id, params, version));
            case "prompts/list":
                return Reply.answer(prompts == null ? notFound(id, method) : prompts.list(id, params, version));
            case "prompts/get": {
                if (prompts == null) {
                    return Reply.answer(notFound(id, method));
                }
                RequestContext context = new RequestContext(params, version, defaultLogLevel, caller);
                Reply refused = acceptInput(context, id, method, params, version);
                if (refused != null) {
                    return refused;
                }
                return context.answer(promptGets.get(id, params, version, context));
            }
            case "completion/complete": {
                if (completions == null) {
                    return Reply.answer(notFound(id, method));
                }
                RequestContext context = new RequestContext(params, version, defaultLogLevel, caller);
                return context.answer(completions.complete(id, params, context));
            }
            default:
                return Reply.answer(notFound(id, method));
        }
    }

    private static byte[] notFound(JsonNode id, String method) {
        return JsonRpc.error(id, JsonRpc.METHOD_NOT_FOUND, "Method not found: " + JsonRpc.clip(method));
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
     * The {@code InitializeResult} of one revision. The capabilities say exactly what this server
     * does: {@code tools} always; {@code resources} and {@code prompts} when it has any, without
     * {@code listChanged} (the lists never change while it runs) and without
     * {@code resources.subscribe} (a stateless server has no stream to send updates on; see
     * {@link ResourceSubscriptions}); {@code completions} when it has prompts or resources (from
     * 2025-03-26, which defines the capability); {@code logging} always, as any tool may log
     * through its context.
     */
    private static byte[] initializeResult(ServerInfo info, ProtocolVersion version, boolean hasResources,
            boolean hasPrompts) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeStringField("protocolVersion", version.id());
            out.writeObjectFieldStart("capabilities");
            if ((hasResources || hasPrompts) && version.hasCompletionsCapability()) {
                out.writeObjectFieldStart("completions");
                out.writeEndObject();
            }
            out.writeObjectFieldStart("logging");
            out.writeEndObject();
            if (hasPrompts) {
                out.writeObjectFieldStart("prompts");
                out.writeEndObject();
            }
            if (hasResources) {
                out.writeObjectFieldStart("resources");
                out.writeEndObject();
            }
            out.writeObjectFieldStart("tools");
            out.writeEndObject();
            out.writeEndObject();
            info.writeImplementation(out, "serverInfo", version.hasTitles());
            if (info.instructions() != null) {
                out.writeStringField("instructions", info.instructions());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every scope the tools declare (collected from their annotations at compile time), sorted. */
    public Set<String> toolScopes() {
        return catalog.allScopes();
    }

    /** The {@link RequestHeaders} of a transport that reports only {@code MCP-Protocol-Version}. */
    private static final class OnlyVersionHeader implements RequestHeaders {

        private final String protocolVersion;

        OnlyVersionHeader(String protocolVersion) {
            this.protocolVersion = protocolVersion;
        }

        @Override
        public String first(String name) {
            return "mcp-protocol-version".equalsIgnoreCase(name) ? protocolVersion : null;
        }
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
