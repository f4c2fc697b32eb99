package dev.mcplet.server.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpCaller;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.protocol.McpProtocol;
import dev.mcplet.server.protocol.RequestFailures;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resource-server side of MCP authorization, for the HTTP layer: who the caller of a request
 * is (or the 401 that refuses it), the 403 of a call that lacks a scope, and the protected
 * resource metadata document. Built by {@code McpServer} from an {@link Authorization}; not for
 * applications. Immutable and safe to share.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization">MCP: Authorization</a>
 */
public final class AuthGate {

    /** RFC 9728 section 3: the well-known URI suffix of protected resource metadata. */
    static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";
    private static final String BEARER = "bearer ";

    private final Authorization authorization;
    private final String endpointPath;
    /** RFC 9728 {@code scopes_supported}: the tools' scopes (collected at compile time) and any configured ones. */
    private final List<String> scopesSupported;

    private AuthGate(Authorization authorization, String endpointPath, List<String> scopesSupported) {
        this.authorization = authorization;
        this.endpointPath = endpointPath;
        this.scopesSupported = scopesSupported;
    }

    /**
     * @param toolScopes every scope the server's tools declare
     */
    public static AuthGate of(Authorization authorization, String endpointPath, Collection<String> toolScopes) {
        Set<String> scopes = new TreeSet<>(toolScopes);
        scopes.addAll(authorization.scopesSupported());
        return new AuthGate(authorization, endpointPath, List.copyOf(scopes));
    }

    /** Whether the transport must hand over the API Gateway authorizer's output. */
    public boolean trustsGateway() {
        return authorization.verifier() == null;
    }

    /**
     * Whether {@code path} is where the metadata is served: RFC 9728 section 3.1 inserts the
     * well-known suffix before the resource's path ({@code /.well-known/oauth-protected-resource/mcp});
     * the root form ({@code /.well-known/oauth-protected-resource}) is served too, the second
     * place MCP clients look (authorization, Protected Resource Metadata Discovery Requirements).
     */
    public boolean isMetadataPath(String path) {
        return path.startsWith(WELL_KNOWN) && (path.length() == WELL_KNOWN.length()
                || path.regionMatches(WELL_KNOWN.length(), endpointPath, 0, endpointPath.length())
                        && path.length() == WELL_KNOWN.length() + endpointPath.length());
    }

    /**
     * The metadata document (RFC 9728 section 2), to GET (and HEAD, OPTIONS) without a token and
     * from any origin: it is public, and browser-based clients read it across origins.
     */
    public HttpResponse metadata(HttpRequest request) {
        Headers out = new Headers();
        out.set("Access-Control-Allow-Origin", "*");
        String method = request.method();
        if (method.equals("OPTIONS")) {
            out.set("Access-Control-Allow-Methods", "GET, OPTIONS");
            out.set("Access-Control-Allow-Headers", "MCP-Protocol-Version");
            return new HttpResponse(204, out, null);
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            out.set("Allow", "GET, OPTIONS");
            out.set("Content-Type", "application/json");
            return new HttpResponse(405, out, McpProtocol.transportError(
                    "Method Not Allowed: the protected resource metadata is read with GET"));
        }
        ObjectNode document = Json.NODES.objectNode();
        document.put("resource", resource(request));
        ArrayNode servers = document.putArray("authorization_servers");
        for (String server : authorization.authorizationServers()) {
            servers.add(server);
        }
        if (!scopesSupported.isEmpty()) {
            ArrayNode scopes = document.putArray("scopes_supported");
            for (String scope : scopesSupported) {
                scopes.add(scope);
            }
        }
        // MCP authorization, Access Token Usage: tokens go in the Authorization header only.
        document.putArray("bearer_methods_supported").add("header");
        out.set("Content-Type", "application/json");
        out.set("Cache-Control", "max-age=300");
        return new HttpResponse(200, out, method.equals("HEAD") ? null : Json.toBytes(document));
    }

    /**
     * Who sent the request, or the 401 answer that refuses it.
     *
     * @param headers headers to add to a refusal (CORS), or null
     */
    public Outcome authenticate(HttpRequest request, Headers headers) {
        if (trustsGateway()) {
            McpCaller caller = GatewayClaims.caller(request.authorizer());
            if (caller == null) {
                // The gateway should have refused it: the route has no authorizer, or the event
                // does not come from API Gateway. Never serve it unauthenticated.
                return Outcome.refused(unauthorized(request, null, null, headers));
            }
            return Outcome.of(caller);
        }
        String token = bearerToken(request.headers().all("authorization"));
        if (token == null) {
            // RFC 6750 section 3.1: "If the request lacks any authentication information ...
            // the resource server SHOULD NOT include an error code".
            return Outcome.refused(unauthorized(request, null, null, headers));
        }
        if (token.isEmpty()) {
            return Outcome.refused(unauthorized(request, "invalid_token", "the bearer token is malformed", headers));
        }
        try {
            return Outcome.of(authorization.verifier().verify(token, audience(request)));
        } catch (InvalidTokenException e) {
            // MCP authorization, Token Handling: "Invalid or expired tokens MUST receive a HTTP 401 response".
            return Outcome.refused(unauthorized(request, "invalid_token", e.getMessage(), headers));
        } catch (RuntimeException e) {
            RequestFailures.serverFault("cannot verify access tokens", e, false);
            Headers out = headers == null ? new Headers() : headers;
            out.set("Retry-After", "5");
            out.set("Content-Type", "application/json");
            return Outcome.refused(new HttpResponse(503, out, McpProtocol.transportError(
                    "Service Unavailable: access tokens cannot be verified right now; try again shortly")));
        }
    }

    /**
     * The 403 of a call whose token lacks a scope (MCP authorization, Runtime Insufficient Scope
     * Errors: 403 with {@code error="insufficient_scope"} and the scopes needed).
     *
     * @param scope the value of the challenge's {@code scope}: space-separated scopes
     * @param body the JSON-RPC error answer of the call
     */
    public HttpResponse insufficientScope(HttpRequest request, String scope, byte[] body, Headers headers) {
        Headers out = headers == null ? new Headers() : headers;
        out.set("WWW-Authenticate", Challenge.of("insufficient_scope", "the token lacks a scope this tool needs",
                scope, metadataUrl(request)));
        out.set("Content-Type", "application/json");
        return new HttpResponse(403, out, body);
    }

    private HttpResponse unauthorized(HttpRequest request, String error, String description, Headers headers) {
        Headers out = headers == null ? new Headers() : headers;
        out.set("WWW-Authenticate", Challenge.of(error, description, null, metadataUrl(request)));
        out.set("Content-Type", "application/json");
        String message = description == null ? "Unauthorized: this MCP server needs an OAuth access token"
                + " (Authorization: Bearer ...); see the WWW-Authenticate header"
                : "Unauthorized: " + description;
        return new HttpResponse(401, out, McpProtocol.transportError(message));
    }

    /**
     * The token of {@code Authorization: Bearer <token>} (RFC 6750 section 2.1; the scheme is
     * case-insensitive), "" when the header names Bearer but the token is malformed, null when
     * there is no Bearer credential. Two Authorization headers are malformed.
     */
    static String bearerToken(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            return "";
        }
        String value = values.get(0).trim();
        if (value.length() < BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return value.equalsIgnoreCase("bearer") ? "" : null;
        }
        String token = value.substring(BEARER.length()).trim();
        // RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
            if (!ok || token.length() > 16 * 1024) {
                return "";
            }
        }
        return token;
    }

    /** The resource identifier: configured, else this request's endpoint URL. */
    String resource(HttpRequest request) {
        String configured = authorization.resource();
        return configured != null ? configured : origin(request) + request.pathPrefix() + endpointPath;
    }

    private String audience(HttpRequest request) {
        String configured = authorization.audience();
        return configured != null ? configured : resource(request);
    }

    /**
     * Where this function serves the metadata, as the client reaches it: behind an API Gateway
     * stage ({@code /Prod}) the suffix follows the stage, because the gateway routes a URL to a
     * stage by its first segment; at the root of a host it is RFC 9728's own URL.
     */
    String metadataUrl(HttpRequest request) {
        return origin(request) + request.pathPrefix() + WELL_KNOWN + endpointPath;
    }

    /**
     * {@code scheme://host} of the request: API Gateway, function URLs and ALB set
     * {@code X-Forwarded-Proto}; the local server is plain http.
     */
    private static String origin(HttpRequest request) {
        Headers in = request.headers();
        String proto = in.first("x-forwarded-proto");
        String scheme = proto != null && proto.trim().equalsIgnoreCase("https") ? "https" : "http";
        String host = in.first("host");
        return scheme + "://" + (host == null ? "localhost" : host.trim());
    }

    /** A caller, or the refusal of one. */
    public static final class Outcome {

        private final McpCaller caller;
        private final HttpResponse refusal;

        private Outcome(McpCaller caller, HttpResponse refusal) {
            this.caller = caller;
            this.refusal = refusal;
        }

        static Outcome of(McpCaller caller) {
            return new Outcome(caller, null);
        }

        static Outcome refused(HttpResponse refusal) {
            return new Outcome(null, refusal);
        }

        /** The verified caller, or null when refused. */
        public McpCaller caller() {
            return caller;
        }

        /** The answer that refuses the request, or null when it may go on. */
        public HttpResponse refusal() {
            return refusal;
        }
    }
}
