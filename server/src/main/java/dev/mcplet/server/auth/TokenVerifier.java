package dev.mcplet.server.auth;

import dev.mcplet.McpCaller;

/**
 * Verifies the bearer access token of one request: {@link JwtVerifier} for JWTs signed by an
 * authorization server's published keys; implement it for other kinds of token (opaque tokens
 * checked by introspection, RFC 7662, for example) and pass it to
 * {@link Authorization#bearer(TokenVerifier)}.
 *
 * <p>Implementations must be safe to call from several threads at once, and must check that the
 * token was issued for this server: MCP authorization, Token Handling, "MCP servers MUST validate
 * that access tokens were issued specifically for them as the intended audience" (RFC 8707).
 */
@FunctionalInterface
public interface TokenVerifier {

    /**
     * @param token the access token, as sent after {@code Authorization: Bearer}
     * @param audience the audience the token must be issued for: the configured audience, or
     *     else this server's resource identifier (its endpoint URL, e.g.
     *     {@code https://api.example.com/mcp})
     * @return the caller the token identifies
     * @throws InvalidTokenException when the token is malformed, forged, expired, not yet valid,
     *     or issued by or for someone else; the request is answered with 401
     */
    McpCaller verify(String token, String audience) throws InvalidTokenException;
}
