package dev.mcplet.server.protocol;

/**
 * The MCP protocol revisions this server speaks, oldest first, and everything that differs
 * between them. Every version-specific decision of the server is a method here, so that a new
 * revision (2026-07-28: stateless, {@code server/discover}, the version in each request's
 * {@code _meta}) is a new constant plus answers to these questions, not a hunt through the code.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#version-negotiation">MCP: Version negotiation</a>
 */
public enum ProtocolVersion {

    /** The first revision: HTTP+SSE transport, no audio, no tool annotations. */
    V2024_11_05("2024-11-05"),
    /** Streamable HTTP, JSON-RPC batches, audio content, tool annotations. */
    V2025_03_26("2025-03-26"),
    /** No batches; titles, structured tool output, resource links, {@code MCP-Protocol-Version} header. */
    V2025_06_18("2025-06-18"),
    /** Icons, tasks, implementation descriptions; the last revision negotiated in {@code initialize}. */
    V2025_11_25("2025-11-25"),
    /**
     * Stateless by design: no {@code initialize}, the version and the client's capabilities in
     * every request's {@code _meta}, {@code server/discover}, {@code resultType} and cache hints on
     * results, multi round-trip requests, {@code Mcp-Method}/{@code Mcp-Name} headers.
     */
    V2026_07_28("2026-07-28");

    /**
     * The revision an {@code initialize} is answered with when the client asks for one this server
     * does not negotiate there: the latest revision that has {@code initialize}.
     */
    public static final ProtocolVersion LATEST = V2025_11_25;

    /**
     * The revision assumed for an HTTP request without an {@code MCP-Protocol-Version} header,
     * as <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#protocol-version-header">basic/transports,
     * Protocol Version Header</a> says: "the server SHOULD assume protocol version 2025-03-26".
     */
    public static final ProtocolVersion WITHOUT_HEADER = V2025_03_26;

    private static final ProtocolVersion[] ALL = values();

    private final String id;

    ProtocolVersion(String id) {
        this.id = id;
    }

    /** The revision's identifier as it appears on the wire, e.g. {@code 2025-11-25}. */
    public String id() {
        return id;
    }

    /** The revision with this identifier, or null when this server does not speak it. */
    public static ProtocolVersion forId(String id) {
        if (id == null) {
            return null;
        }
        for (ProtocolVersion version : ALL) {
            if (version.id.equals(id)) {
                return version;
            }
        }
        return null;
    }

    /**
     * The revision to answer an {@code initialize} that asks for {@code requested}: the same one
     * when supported, otherwise the latest (lifecycle, Version Negotiation: "If the server
     * supports the requested protocol version, it MUST respond with the same version. Otherwise,
     * the server MUST respond with another protocol version it supports. This SHOULD be the
     * latest version supported by the server").
     */
    public static ProtocolVersion negotiate(String requested) {
        ProtocolVersion version = forId(requested);
        // 2026-07-28 has no initialize (versioning, Backward Compatibility: "An initialize request
        // selects legacy semantics"), so a client asking for it there gets the latest legacy revision.
        return version == null || version.isStateless() ? LATEST : version;
    }

    /** The identifiers of all supported revisions, newest first, for error messages. */
    public static String supportedList() {
        StringBuilder out = new StringBuilder(64);
        for (int i = ALL.length - 1; i >= 0; i--) {
            out.append(ALL[i].id);
            if (i > 0) {
                out.append(", ");
            }
        }
        return out.toString();
    }

    /**
     * Whether an {@code MCP-Protocol-Version} header names a stateless revision, so that the
     * request is checked as one even without {@code _meta}. Here, not in the 2026 code, so that a
     * 2025 request loads nothing more.
     */
    static boolean isStatelessHeader(String header) {
        ProtocolVersion version = header == null ? null : forId(header.trim());
        return version != null && version.isStateless();
    }

    /** The identifiers of all supported revisions, newest first, as a JSON array (discover, -32022). */
    static String supportedJsonArray() {
        StringBuilder out = new StringBuilder(96).append('[');
        for (int i = ALL.length - 1; i >= 0; i--) {
            out.append('"').append(ALL[i].id).append('"');
            if (i > 0) {
                out.append(',');
            }
        }
        return out.append(']').toString();
    }

    /**
     * The {@code data} of an unsupported-version error: {@code {"supported":[...],"requested":...}}
     * (the requested value clipped, as it is the client's).
     */
    static byte[] unsupportedData(String requested) {
        return JsonRpc.concat(JsonRpc.ascii("{\"supported\":" + supportedJsonArray() + ",\"requested\":"),
                JsonRpc.quoted(JsonRpc.clip(requested)), JsonRpc.ascii("}"));
    }

    private boolean since(ProtocolVersion first) {
        return ordinal() >= first.ordinal();
    }

    /**
     * Whether a POST body may be a JSON-RPC batch (an array). Only 2025-03-26 has batches: they
     * were added in it and removed in 2025-06-18 (changelog), and the 2024-11-05 schema's
     * {@code JSONRPCMessage} has no batch type.
     */
    public boolean allowsBatches() {
        return this == V2025_03_26;
    }

    /** Whether {@code AudioContent} exists (added in 2025-03-26). */
    public boolean hasAudioContent() {
        return since(V2025_03_26);
    }

    /** Whether {@code Tool.annotations} ({@code ToolAnnotations}, hints and a title) exists (added in 2025-03-26). */
    public boolean hasToolAnnotations() {
        return since(V2025_03_26);
    }

    /**
     * Whether {@code title} exists on tools, implementations and resource links (added in
     * 2025-06-18). Before it, a tool's title travels as {@code annotations.title} where that exists.
     */
    public boolean hasTitles() {
        return since(V2025_06_18);
    }

    /** Whether {@code CallToolResult.structuredContent} and {@code Tool.outputSchema} exist (added in 2025-06-18). */
    public boolean hasStructuredContent() {
        return since(V2025_06_18);
    }

    /**
     * Whether {@code structuredContent} may be any JSON value and {@code outputSchema} any JSON
     * Schema root (2026-07-28: "This can be any JSON value (object, array, string, number,
     * boolean, or null)"); before, both are objects, so a value that is not one is wrapped as
     * {@code {"result": value}} (see {@link WrappedOutput}).
     */
    boolean allowsAnyStructuredValue() {
        return since(V2026_07_28);
    }

    /** Whether the {@code resource_link} content type exists (added in 2025-06-18). */
    public boolean hasResourceLinks() {
        return since(V2025_06_18);
    }

    /** Whether content {@code Annotations.lastModified} exists (added in 2025-06-18). */
    public boolean hasLastModified() {
        return since(V2025_06_18);
    }

    /** Whether {@code ProgressNotification.params.message} exists (added in 2025-03-26). */
    public boolean hasProgressMessages() {
        return since(V2025_03_26);
    }

    /**
     * Whether {@code ServerCapabilities.completions} exists (added in 2025-03-26; in 2024-11-05
     * {@code completion/complete} is answered without a capability to declare it).
     */
    public boolean hasCompletionsCapability() {
        return since(V2025_03_26);
    }

    /**
     * Whether the revision is chosen per request from {@code _meta}
     * {@code io.modelcontextprotocol/protocolVersion} (and the matching header) instead of being
     * negotiated in {@code initialize} ("modern" in basic/versioning; 2026-07-28 on). Everything
     * that follows from it is one of the methods below, not a check of this flag elsewhere.
     */
    public boolean isStateless() {
        return since(V2026_07_28);
    }

    /**
     * Whether this revision defines the method. 2026-07-28 removed {@code initialize},
     * {@code ping}, {@code logging/setLevel} and {@code resources/subscribe}/{@code unsubscribe}
     * (changelog, Major changes 2, 4, 5) and added {@code server/discover} and
     * {@code subscriptions/listen}; older revisions have neither of the two.
     */
    boolean defines(String method) {
        switch (method) {
            case "initialize":
            case "ping":
            case "logging/setLevel":
            case "resources/subscribe":
            case "resources/unsubscribe":
                return !isStateless();
            case "server/discover":
            case "subscriptions/listen":
                return isStateless();
            default:
                return true;
        }
    }

    /**
     * Whether a method may ask the client for input within the request (an
     * {@code InputRequiredResult}, basic/patterns/mrtr). Older revisions would need a
     * server-to-client request on a session, which a stateless server does not keep.
     */
    public boolean hasInputRequests() {
        return isStateless();
    }

    /**
     * The error code of {@code resources/read} for an unknown URI: -32002 up to 2025-11-25,
     * -32602 from 2026-07-28 (changelog, Minor changes 6; basic, Error Codes: implementations of
     * this version "MUST NOT emit" -32002).
     */
    public int resourceNotFoundCode() {
        return isStateless() ? JsonRpc.INVALID_PARAMS : JsonRpc.RESOURCE_NOT_FOUND;
    }

    /**
     * Whether log notifications are sent only for a request whose {@code _meta} names
     * {@code io.modelcontextprotocol/logLevel} (2026-07-28 changelog, Major changes 5: "servers
     * MUST NOT emit notifications/message for requests that did not include this field").
     */
    public boolean logLevelFromMeta() {
        return isStateless();
    }

    @Override
    public String toString() {
        return id;
    }
}
