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
    /** Icons, tasks, implementation descriptions; the latest revision this server speaks. */
    V2025_11_25("2025-11-25");

    /** The revision answered when a client asks for one this server does not speak. */
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
        return version == null ? LATEST : version;
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
     * The error code of {@code resources/read} for a URI the server does not have: -32002 in every
     * revision from 2024-11-05 to 2025-11-25 (resources, Error Handling).
     */
    public int resourceNotFoundCode() {
        return -32002;
    }

    @Override
    public String toString() {
        return id;
    }
}
