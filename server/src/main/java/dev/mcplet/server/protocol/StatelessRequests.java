package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import dev.mcplet.server.json.JsonWriter;

/**
 * The request boundary of the stateless revisions (2026-07-28): what a request must carry before
 * it is served (its {@code _meta} and the HTTP headers that mirror the body), and what every
 * answer carries after ({@code resultType}, the server's identity, cache hints, the HTTP status
 * of an error). The methods themselves are served by the same code as under the 2025 revisions;
 * what differs per revision inside them is asked of {@link ProtocolVersion}.
 *
 * <p>Built on the first 2026-07-28 request, so a server whose clients all speak a 2025 revision
 * never loads it; everything constant (the {@code server/discover} result, the result envelope)
 * is serialized then, once.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic#meta">MCP 2026-07-28: _meta</a>
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http#request-metadata">MCP 2026-07-28: Request Metadata</a>
 */
final class StatelessRequests {

    static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
    static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";

    /** basic, Error Codes: the HTTP headers do not match the body, or required headers are missing. */
    static final int HEADER_MISMATCH = -32020;
    /** basic, Error Codes: the request needs a capability the client did not declare. */
    static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
    /** basic, Error Codes: the requested protocol version is not one the server implements. */
    static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";

    private final byte[] envelope;
    private final byte[] listMembers;
    private final byte[] readMembers;
    private final byte[] discoverResult;
    private final byte[] metaMembers;
    private final ProtocolOptions options;
    /** Made on the first request that needs it (crypto is not loaded for requests that never ask). */
    private volatile StateSeal seal;
    private final long stateTtlMillis;

    private final ToolCatalog tools;
    /** The resources, or null when the server has none. */
    private final ResourceCatalog resources;
    /** The {@code ttlMs}/{@code cacheScope} members of the resources and templates that set their own, by key; usually empty. */
    private final Map<String, byte[]> ownReadMembers = new HashMap<>();

    /**
     * @param info the server's identity, for {@code _meta["io.modelcontextprotocol/serverInfo"]}
     * @param capabilities the server's capabilities, a JSON object (the same as {@code initialize} announces)
     * @param options the cache hints of the lists and reads, and the state keys
     * @param resources the resources, whose own cache hints override the server's reads hint; null for none
     */
    StatelessRequests(ServerInfo info, JsonNode capabilities, ProtocolOptions options, ToolCatalog tools,
            ResourceCatalog resources) {
        this.tools = tools;
        this.resources = resources;
        if (resources != null) {
            for (Map.Entry<String, CacheHint> own : resources.ownReadHints(options.readCacheHint()).entrySet()) {
                ownReadMembers.put(own.getKey(), JsonRpc.ascii("," + own.getValue().members()));
            }
        }
        this.envelope = envelope(info);
        // "_meta":{...} alone, for results that carry their own resultType.
        this.metaMembers = java.util.Arrays.copyOfRange(envelope, envelope.length - metaLength(envelope), envelope.length);
        this.listMembers = JsonRpc.ascii("," + options.listCacheHint().members());
        this.readMembers = JsonRpc.ascii("," + options.readCacheHint().members());
        this.discoverResult = discoverResult(info, capabilities);
        this.options = options;
        this.stateTtlMillis = options.stateTtl().toMillis();
    }

    /** The seal of multi round-trip state, made on first use (a benign race: any copy opens the other's states). */
    StateSeal seal() {
        StateSeal made = seal;
        if (made == null) {
            made = StateSeal.of(options.stateKeys(), System.getenv(StateSeal.KEYS_ENV));
            seal = made;
        }
        return made;
    }

    /** The length of the trailing {@code "_meta":{...}} member of the envelope. */
    private static int metaLength(byte[] envelope) {
        byte[] key = JsonRpc.ascii("\"_meta\"");
        for (int at = 0; at + key.length <= envelope.length; at++) {
            if (java.util.Arrays.equals(envelope, at, at + key.length, key, 0, key.length)) {
                return envelope.length - at;
            }
        }
        throw new IllegalStateException("the result envelope has no _meta");
    }

    /**
     * Gives the context of a {@code tools/call}, {@code prompts/get} or {@code resources/read}
     * request its multi round-trip state, checked before the method runs; returns the -32602
     * refusal when {@code inputResponses} or {@code requestState} is not acceptable, else null.
     * (The catch is here, not in McpProtocol, so a 2025 request does not load the exception.)
     */
    Reply acceptInput(RequestContext context, JsonNode id, String method, JsonNode params) {
        try {
            context.acceptInput(InputRound.open(id, method, params, this, stateTtlMillis, System.currentTimeMillis()));
            return null;
        } catch (InputRound.Refused e) {
            return Reply.answer(e.error);
        }
    }

    /**
     * Checks what a request must carry before it is served, in the order the specification
     * gives the errors. Returns null when it may be served under {@link ProtocolVersion#V2026_07_28}.
     *
     * @param message a JSON-RPC request (it has an id and a method)
     * @param meta its {@code params._meta}, or null
     */
    Reply check(ObjectNode message, JsonNode meta, RequestHeaders headers) {
        JsonNode id = message.get("id");
        JsonNode requested = meta == null ? null : meta.get(PROTOCOL_VERSION);
        if (requested == null || !requested.isTextual()) {
            // basic, _meta: "A request missing any required field is malformed; the server MUST
            // reject it with JSON-RPC error code -32602 (Invalid params). On HTTP, the response
            // status MUST be 400 Bad Request."
            return Reply.rejected(JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: a "
                    + ProtocolVersion.V2026_07_28.id() + " request carries the protocol version in params._meta[\""
                    + PROTOCOL_VERSION + "\"]"));
        }
        String version = requested.textValue();
        String header = headers.first("mcp-protocol-version");
        if (header == null || !header.trim().equals(version)) {
            // streamable-http, Protocol Version Header: "The header value MUST match the
            // io.modelcontextprotocol/protocolVersion field ... If the values do not match, the
            // server MUST reject the request with 400 Bad Request and a HeaderMismatch error".
            return headerMismatch(id, header == null
                    ? "the MCP-Protocol-Version header is missing; send MCP-Protocol-Version: " + JsonRpc.clip(version)
                    : "MCP-Protocol-Version header value '" + JsonRpc.clip(header) + "' does not match body value '"
                            + JsonRpc.clip(version) + "'");
        }
        ProtocolVersion known = ProtocolVersion.forId(version);
        if (known == null || !known.isStateless()) {
            // versioning, Protocol Version Negotiation: "it MUST respond with an
            // UnsupportedProtocolVersionError listing the versions it does support".
            return Reply.rejected(JsonRpc.error(id, UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version '" + JsonRpc.clip(version) + "'; this server supports "
                            + ProtocolVersion.supportedList(),
                    ProtocolVersion.unsupportedData(version)));
        }
        JsonNode capabilities = meta.get(CLIENT_CAPABILITIES);
        if (capabilities == null || !capabilities.isObject()) {
            return Reply.rejected(JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: a " + version
                    + " request carries the client's capabilities in params._meta[\"" + CLIENT_CAPABILITIES
                    + "\"], an object ({} for none)"));
        }
        JsonNode level = meta.get(LOG_LEVEL);
        if (level != null && (!level.isTextual() || LogLevels.parse(level.textValue()) == null)) {
            return Reply.rejected(JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: params._meta[\""
                    + LOG_LEVEL + "\"] must be one of " + LogLevels.NAMES));
        }
        return checkStandardHeaders(id, message, headers);
    }

    /**
     * streamable-http, Standard Request Headers and Server Validation: {@code Mcp-Method} on every
     * request, {@code Mcp-Name} on {@code tools/call}, {@code resources/read} and
     * {@code prompts/get}, each equal to its body field ("Servers that process the request body
     * MUST reject requests where the values specified in the headers do not match").
     */
    private Reply checkStandardHeaders(JsonNode id, ObjectNode message, RequestHeaders headers) {
        String method = message.get("method").textValue();
        String methodHeader = headers.first("mcp-method");
        if (methodHeader == null) {
            return headerMismatch(id, "the Mcp-Method header is missing; send Mcp-Method: " + JsonRpc.clip(method));
        }
        if (!methodHeader.equals(method)) {
            return headerMismatch(id, "Mcp-Method header value '" + JsonRpc.clip(methodHeader)
                    + "' does not match body value '" + JsonRpc.clip(method) + "'");
        }
        String nameField = nameField(method);
        if (nameField == null) {
            return null;
        }
        JsonNode params = message.get("params");
        JsonNode bodyName = params == null ? null : params.get(nameField);
        if (bodyName == null || !bodyName.isTextual()) {
            return null; // the method's own check reports the missing or malformed field
        }
        String nameHeader = headers.first("mcp-name");
        if (nameHeader == null) {
            return headerMismatch(id, "the Mcp-Name header is missing; a " + method + " request repeats params."
                    + nameField + " in it");
        }
        String decoded = decodeHeaderValue(nameHeader);
        if (decoded == null) {
            return headerMismatch(id, "the Mcp-Name header has characters a header value cannot carry;"
                    + " encode it as =?base64?...?=");
        }
        if (!decoded.equals(bodyName.textValue())) {
            return headerMismatch(id, "Mcp-Name header value '" + JsonRpc.clip(decoded) + "' does not match body value '"
                    + JsonRpc.clip(bodyName.textValue()) + "'");
        }
        ParamHeaders mirrored = "tools/call".equals(method) ? tools.paramHeaders(bodyName.textValue()) : null;
        if (mirrored != null) {
            String mismatch = mirrored.mismatch(params.get("arguments"), headers);
            if (mismatch != null) {
                return headerMismatch(id, mismatch);
            }
        }
        return null;
    }

    /** The body field {@code Mcp-Name} mirrors, or null for a method without one. */
    private static String nameField(String method) {
        switch (method) {
            case "tools/call":
            case "prompts/get":
                return "name";
            case "resources/read":
                return "uri";
            default:
                return null;
        }
    }

    /**
     * A header value as the client meant it: the UTF-8 text of a {@code =?base64?...?=} value, or
     * a plain value as is; null when the value is neither (streamable-http, Value Encoding:
     * visible ASCII, space and tab only, and servers "MUST decode an encoded ... value before
     * comparing it").
     */
    static String decodeHeaderValue(String value) {
        if (value.startsWith(BASE64_PREFIX) && value.endsWith(BASE64_SUFFIX)
                && value.length() >= BASE64_PREFIX.length() + BASE64_SUFFIX.length()) {
            String encoded = value.substring(BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length());
            if (encoded.length() % 4 != 0) {
                return null; // unpadded or truncated: not the Base64 a client must send (RFC 4648 section 4)
            }
            try {
                return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c > 0x7e) && c != '\t') {
                return null;
            }
        }
        return value;
    }

    static Reply headerMismatch(JsonNode id, String detail) {
        return Reply.rejected(JsonRpc.error(id, HEADER_MISMATCH, "Header mismatch: " + detail));
    }

    /**
     * {@code subscriptions/listen} for a server whose lists never change: the acknowledgment
     * first, with an empty filter (subscriptions, Acknowledgment: "Notification types the server
     * does not support are omitted"), then at once the graceful end of the subscription
     * (Graceful Closure: "it SHOULD respond to the original subscriptions/listen request with a
     * completion result"), both tagged with the subscription id, the request's id. A client that
     * takes {@code text/event-stream} gets both; a plain JSON client, the end.
     */
    Reply listen(JsonNode id, JsonNode params) {
        if (params == null || !params.path("notifications").isObject()) {
            return Reply.answer(JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                    "Invalid params: subscriptions/listen needs params.notifications, an object of the notification"
                            + " types to receive"));
        }
        byte[] subscriptionId = JsonRpc.idBytes(id);
        byte[] ack = JsonRpc.concat(JsonRpc.ascii("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/subscriptions/acknowledged\","
                + "\"params\":{\"_meta\":{\"io.modelcontextprotocol/subscriptionId\":"), subscriptionId,
                JsonRpc.ascii("},\"notifications\":{}}}"));
        byte[] meta = java.util.Arrays.copyOfRange(metaMembers, "\"_meta\":{".length(), metaMembers.length);
        byte[] result = JsonRpc.concat(JsonRpc.ascii("{\"resultType\":\"complete\",\"_meta\":{"
                + "\"io.modelcontextprotocol/subscriptionId\":"), subscriptionId, JsonRpc.ascii(","), meta,
                JsonRpc.ascii("}"));
        return Reply.answer(JsonRpc.result(id, result), java.util.List.of(ack));
    }

    /** The {@code DiscoverResult} (server/discover: "supportedVersions", "capabilities", identity, instructions). */
    byte[] discover(JsonNode id) {
        return JsonRpc.result(id, discoverResult);
    }

    /**
     * What every answer carries under this revision: a result gets {@code resultType},
     * {@code _meta} with the server's identity and, for a cacheable method, {@code ttlMs} and
     * {@code cacheScope} (for {@code resources/read}, those of the resource {@code params.uri}
     * names when it sets its own); an error gets the HTTP status its code calls for.
     */
    Reply finish(JsonNode id, String method, JsonNode params, Reply reply) {
        if ("subscriptions/listen".equals(method)) {
            return reply; // written whole by listen
        }
        byte[] response = reply.body();
        int start = JsonRpc.resultStart(response, id);
        if (start < 0) {
            return errorReply(reply);
        }
        if (JsonRpc.startsWith(response, start, RESULT_TYPE_KEY)) {
            // Already typed by its writer (an InputRequiredResult), and, as an interim result, not
            // cacheable (caching: interim results "carry no caching hints"): only the identity.
            byte[] out = new byte[response.length + 1 + metaMembers.length];
            int split = response.length - 2; // before the result's and the envelope's closing braces
            System.arraycopy(response, 0, out, 0, split);
            out[split] = ',';
            System.arraycopy(metaMembers, 0, out, split + 1, metaMembers.length);
            System.arraycopy(response, split, out, split + 1 + metaMembers.length, 2);
            return reply.with(Reply.Kind.ANSWER, out);
        }
        byte[] members = cacheMembers(method, params);
        boolean empty = response[start + 1] == '}';
        int extra = envelope.length + (members == null ? 0 : members.length) + (empty ? 0 : 1);
        byte[] out = new byte[response.length + extra];
        int at = start + 1;
        System.arraycopy(response, 0, out, 0, at);
        System.arraycopy(envelope, 0, out, at, envelope.length);
        at += envelope.length;
        if (members != null) {
            System.arraycopy(members, 0, out, at, members.length);
            at += members.length;
        }
        if (!empty) {
            out[at++] = ',';
        }
        System.arraycopy(response, start + 1, out, at, response.length - start - 1);
        return reply.with(Reply.Kind.ANSWER, out);
    }

    /** An error answer with the HTTP status its code calls for, still saying which request it answers. */
    private static Reply errorReply(Reply reply) {
        switch (reply.errorCode()) {
            case JsonRpc.METHOD_NOT_FOUND:
                return reply.with(Reply.Kind.NOT_FOUND, reply.body());
            case HEADER_MISMATCH:
            case MISSING_REQUIRED_CLIENT_CAPABILITY:
            case UNSUPPORTED_PROTOCOL_VERSION:
                // Each "For HTTP, the response status code MUST be 400 Bad Request" (schema).
                return reply.with(Reply.Kind.REJECTED, reply.body());
            default:
                return reply;
        }
    }

    /** caching, Cacheable Results: the operations whose complete results carry hints. */
    private byte[] cacheMembers(String method, JsonNode params) {
        switch (method) {
            case "server/discover":
            case "tools/list":
            case "prompts/list":
            case "resources/list":
            case "resources/templates/list":
                return listMembers;
            case "resources/read":
                return ownReadMembers.isEmpty() ? readMembers : readMembers(params);
            default:
                return null;
        }
    }

    /** The hints of reading the resource {@code params.uri} names: its own when it sets one, else the server's. */
    private byte[] readMembers(JsonNode params) {
        String uri = ResourceReads.uri(params);
        ResourceCatalog.Match match = uri == null ? null : resources.find(uri);
        byte[] own = match == null ? null : ownReadMembers.get(match.key);
        return own == null ? readMembers : own;
    }

    private static final byte[] RESULT_TYPE_KEY = JsonRpc.ascii("{\"resultType\"");

    /** {@code "resultType":"complete","_meta":{"io.modelcontextprotocol/serverInfo":{...}}}, without braces. */
    private static byte[] envelope(ServerInfo info) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(128);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeStringField("resultType", "complete");
            out.writeObjectFieldStart("_meta");
            info.writeImplementation(out, SERVER_INFO, true);
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] object = bytes.toByteArray();
        byte[] members = new byte[object.length - 2];
        System.arraycopy(object, 1, members, 0, members.length);
        return members;
    }


    private static byte[] discoverResult(ServerInfo info, JsonNode capabilities) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        try (JsonWriter out = Json.writer(bytes)) {
            out.writeStartObject();
            out.writeFieldName("supportedVersions");
            out.writeRawValue(ProtocolVersion.supportedJsonArray());
            out.writeFieldName("capabilities");
            Json.write(out, capabilities);
            if (info.instructions() != null) {
                out.writeStringField("instructions", info.instructions());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
