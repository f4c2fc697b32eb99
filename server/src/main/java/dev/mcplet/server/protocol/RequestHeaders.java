package dev.mcplet.server.protocol;

/**
 * The transport's request metadata that the protocol core reads: for HTTP, the header fields
 * ({@code MCP-Protocol-Version}, and under 2026-07-28 {@code Mcp-Method}, {@code Mcp-Name} and
 * {@code Mcp-Param-*}, which must match the body). Names are compared ignoring case (RFC 9110
 * section 5.1).
 */
public interface RequestHeaders {

    /** The first value of the named field, or null when there is none. */
    String first(String name);
}
