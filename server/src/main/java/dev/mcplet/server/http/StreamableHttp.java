package dev.mcplet.server.http;

import dev.mcplet.McpCaller;
import dev.mcplet.server.auth.AuthGate;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.protocol.McpProtocol;
import dev.mcplet.server.protocol.RequestFailures;
import dev.mcplet.server.protocol.Reply;
import java.util.List;

/**
 * The Streamable HTTP transport rules for a stateless server that answers with
 * {@code application/json}, or with a buffered SSE body when a request produced notifications and
 * the client accepts {@code text/event-stream} (see {@link SseBody}): which requests reach the protocol core,
 * with which status codes and headers they are answered, and what is refused before that.
 *
 * <p>This is the http package's door for {@code McpServer}; applications use {@code McpServer}.
 * Immutable and safe to share between threads.
 *
 * <table>
 *   <caption>Answers, in the order the checks run</caption>
 *   <tr><th>request</th><th>answer</th></tr>
 *   <tr><td>{@code Host} not allowed (only when a host allow-list is set)</td><td>403</td></tr>
 *   <tr><td>a path other than the endpoint</td><td>404</td></tr>
 *   <tr><td>{@code Origin} present and not allowed</td><td>403</td></tr>
 *   <tr><td>{@code OPTIONS} with CORS on</td><td>204 with the CORS preflight headers</td></tr>
 *   <tr><td>any method but {@code POST}</td><td>405, {@code Allow: POST}</td></tr>
 *   <tr><td>{@code Accept} that rules out {@code application/json}</td><td>406</td></tr>
 *   <tr><td>{@code Content-Type} other than {@code application/json}</td><td>415</td></tr>
 *   <tr><td>body over the limit</td><td>413</td></tr>
 *   <tr><td>unsupported {@code MCP-Protocol-Version}; unparseable JSON; invalid JSON-RPC; under
 *   2026-07-28 headers that do not match the body, missing required {@code _meta}</td><td>400</td></tr>
 *   <tr><td>under 2026-07-28, a method the revision does not define</td><td>404, -32601</td></tr>
 *   <tr><td>only notifications or responses</td><td>202, no body</td></tr>
 *   <tr><td>one request (or a 2025-03-26 batch with requests)</td><td>200 {@code application/json}</td></tr>
 *   <tr><td>one request whose method sent notifications, {@code Accept} listing {@code text/event-stream}</td><td>200 {@code text/event-stream}: the notifications, then the response</td></tr>
 * </table>
 *
 * <p>Every error body is a JSON-RPC error object with a null id, but the unsupported-version
 * error, which answers a request whose id was read and carries it. No {@code Mcp-Session-Id} is
 * ever issued and one sent by a client is ignored: the server holds no session (transports,
 * Session Management: a server "MAY assign a session ID").
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#streamable-http">MCP: Streamable HTTP</a>
 */
public final class StreamableHttp implements HttpEndpoint {

    private static final String JSON = "application/json";
    /** What CORS preflights are told browsers may send: every header an MCP client uses. */
    static final String ALLOWED_HEADERS =
            "Content-Type, Accept, Authorization, Mcp-Protocol-Version, Mcp-Method, Mcp-Name, Mcp-Session-Id, Last-Event-ID";
    /** GET and DELETE are allowed through CORS so that a browser client gets the real 405, not a CORS failure. */
    static final String ALLOWED_METHODS = "POST, GET, DELETE, OPTIONS";
    /**
     * Exposed to browser scripts although this server never sends it: browser MCP clients read it
     * after {@code initialize}, and a gateway in front may add one. Costs nothing when absent.
     */
    static final String EXPOSED_HEADERS = "Mcp-Session-Id";

    private final McpProtocol protocol;
    private final String endpointPath;
    private final int maxBodyBytes;
    private final OriginPolicy origins;
    private final HostPolicy hosts;
    private final boolean cors;
    private final String corsMaxAge;
    /** Authorization, or null when anyone may call (then no class of the auth package is loaded). */
    private final AuthGate auth;

    /**
     * @param protocol the protocol core that answers the messages
     * @param endpointPath the MCP endpoint, e.g. {@code /mcp}
     * @param maxBodyBytes the largest body accepted
     * @param allowedOrigins the {@code Origin} allow-list (see {@link OriginPolicy})
     * @param allowedHosts the {@code Host} allow-list, or null to accept any Host
     * @param cors whether to answer CORS preflights and add CORS headers for allowed origins
     * @param corsMaxAgeSeconds how long browsers may cache a preflight answer
     * @throws IllegalArgumentException when an origin or host entry is malformed
     */
    public StreamableHttp(McpProtocol protocol, String endpointPath, int maxBodyBytes, List<String> allowedOrigins,
            List<String> allowedHosts, boolean cors, int corsMaxAgeSeconds) {
        this(protocol, endpointPath, maxBodyBytes, allowedOrigins, allowedHosts, cors, corsMaxAgeSeconds, null);
    }

    /**
     * The same, with authorization.
     *
     * @param auth the bearer-token (or API Gateway authorizer) checks, or null for none
     */
    public StreamableHttp(McpProtocol protocol, String endpointPath, int maxBodyBytes, List<String> allowedOrigins,
            List<String> allowedHosts, boolean cors, int corsMaxAgeSeconds, AuthGate auth) {
        this.auth = auth;
        this.protocol = protocol;
        this.endpointPath = endpointPath;
        this.maxBodyBytes = maxBodyBytes;
        this.origins = OriginPolicy.of(allowedOrigins);
        this.hosts = allowedHosts == null ? null : HostPolicy.of(allowedHosts);
        this.cors = cors;
        this.corsMaxAge = Integer.toString(corsMaxAgeSeconds);
    }

    /** The default {@code Origin} allow-list: http and https on localhost, 127.0.0.1 and [::1], any port. */
    public static List<String> loopbackOrigins() {
        return OriginPolicy.LOOPBACK;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        try {
            return route(request);
        } catch (RuntimeException e) {
            // Only a bug of ours gets here: tool failures are answered by the protocol core.
            RequestFailures.serverFault("internal error answering " + request, e, true);
            return json(500, McpProtocol.internalError(), null);
        }
    }

    private HttpResponse route(HttpRequest request) {
        Headers in = request.headers();
        if (hosts != null && !hosts.allows(in.first("host"))) {
            return HostGuard.forbidden(in.first("host"));
        }
        if (auth != null && auth.isMetadataPath(request.path())) {
            return auth.metadata(request);
        }
        if (!isEndpoint(request.path())) {
            return error(404, "Not Found: the MCP endpoint is " + endpointPath, null);
        }
        String origin = in.first("origin");
        if (origin != null && !origins.allows(origin)) {
            // transports, Security Warning: "If the Origin header is present and invalid, servers MUST respond with HTTP 403".
            return error(403, "Forbidden: origin '" + clip(origin) + "' is not allowed", null);
        }
        Headers corsHeaders = cors && origin != null ? corsHeaders(origin) : null;
        if (corsHeaders != null && auth != null) {
            // Browser clients read the challenge of a 401 or 403 (MCP authorization, Protected Resource Metadata Discovery).
            corsHeaders.set("Access-Control-Expose-Headers", EXPOSED_HEADERS + ", WWW-Authenticate");
        }
        String method = request.method();
        McpCaller caller = null;
        if (auth != null && !(cors && method.equals("OPTIONS"))) {
            // MCP authorization, Token Requirements: "authorization MUST be included in every
            // HTTP request from client to server", so every method but a CORS preflight is checked.
            AuthGate.Outcome outcome = auth.authenticate(request, corsHeaders);
            if (outcome.refusal() != null) {
                return outcome.refusal();
            }
            caller = outcome.caller();
        }
        if (method.equals("POST")) {
            return post(request, corsHeaders, caller);
        }
        if (cors && method.equals("OPTIONS")) {
            return preflight(corsHeaders);
        }
        // transports, Listening for Messages from the Server: GET "MUST either return
        // text/event-stream ... or else return HTTP 405"; Session Management: DELETE "MAY" get 405.
        Headers out = corsHeaders == null ? new Headers() : corsHeaders;
        out.set("Allow", cors ? "POST, OPTIONS" : "POST");
        return json(405, McpProtocol.transportError("Method Not Allowed: this stateless MCP endpoint accepts POST only"),
                out);
    }

    private HttpResponse post(HttpRequest request, Headers corsHeaders, McpCaller caller) {
        Headers in = request.headers();
        // transports, Sending Messages to the Server: clients list application/json and
        // text/event-stream; this server only ever answers JSON, so JSON must be acceptable.
        if (!MediaTypes.acceptsJson(in.all("accept"))) {
            return error(406, "Not Acceptable: this server answers with application/json;"
                    + " send Accept: application/json, text/event-stream", corsHeaders);
        }
        if (!MediaTypes.isJson(in.first("content-type"))) {
            return error(415, "Unsupported Media Type: send the JSON-RPC message as Content-Type: application/json",
                    corsHeaders);
        }
        if (request.body().length > maxBodyBytes || declaredLength(in) > maxBodyBytes) {
            return error(413, "Payload Too Large: this server accepts bodies of at most " + maxBodyBytes + " bytes",
                    corsHeaders);
        }
        Reply reply = protocol.handle(request.body(), in, request.deadlineNanos(), caller);
        Reply.Kind kind = reply.kind();
        if (kind == Reply.Kind.INSUFFICIENT_SCOPE) {
            return auth.insufficientScope(request, reply.scope(), reply.body(), corsHeaders);
        }
        if (kind == Reply.Kind.ANSWER) {
            if (!reply.notifications().isEmpty() && MediaTypes.acceptsEventStream(in.all("accept"))) {
                // The call sent progress or log messages: the notifications, then the response, as
                // one buffered SSE body (see SseBody). A client that accepts only JSON gets the
                // response alone; the notifications are dropped.
                Headers out = corsHeaders == null ? new Headers() : corsHeaders;
                out.set("Content-Type", SseBody.MEDIA_TYPE);
                out.set("Cache-Control", "no-cache");
                return new HttpResponse(200, out, SseBody.of(reply.notifications(), reply.body()), reply);
            }
            return json(200, reply.body(), corsHeaders, reply);
        }
        if (kind == Reply.Kind.ACCEPTED) {
            // transports, Sending Messages to the Server, 4: "the server MUST return HTTP status
            // code 202 Accepted with no body".
            return new HttpResponse(202, corsHeaders == null ? new Headers() : corsHeaders, null, reply);
        }
        if (kind == Reply.Kind.NOT_FOUND) {
            // 2026-07-28 streamable-http, Protocol Version Header: "If the server does not implement
            // the requested RPC method, it MUST respond with 404 Not Found and a JSON-RPC error".
            return json(404, reply.body(), corsHeaders, reply);
        }
        // Unparseable or invalid JSON-RPC, or transports, Protocol Version Header: "an invalid or
        // unsupported MCP-Protocol-Version ... MUST respond with 400 Bad Request".
        return json(400, reply.body(), corsHeaders, reply);
    }

    private HttpResponse preflight(Headers corsHeaders) {
        Headers out = corsHeaders == null ? new Headers() : corsHeaders;
        out.set("Access-Control-Allow-Methods", ALLOWED_METHODS);
        out.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        out.set("Access-Control-Max-Age", corsMaxAge);
        return new HttpResponse(204, out, null);
    }

    /** The CORS headers of an answer to an allowed origin; credentials are never allowed. */
    private static Headers corsHeaders(String origin) {
        Headers out = new Headers();
        out.set("Access-Control-Allow-Origin", origin);
        out.set("Vary", "Origin");
        out.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        return out;
    }

    /** The endpoint path, with or without one trailing slash. */
    private boolean isEndpoint(String path) {
        int length = endpointPath.length();
        return path.equals(endpointPath)
                || (path.length() == length + 1 && path.charAt(length) == '/' && path.startsWith(endpointPath));
    }

    /** The Content-Length header's value, or -1 when absent or unreadable. */
    private static long declaredLength(Headers in) {
        String value = in.first("content-length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static HttpResponse error(int status, String message, Headers headers) {
        return json(status, McpProtocol.transportError(message), headers);
    }

    static HttpResponse json(int status, byte[] body, Headers headers) {
        return json(status, body, headers, null);
    }

    private static HttpResponse json(int status, byte[] body, Headers headers, Reply reply) {
        Headers out = headers == null ? new Headers() : headers;
        out.set("Content-Type", JSON);
        return new HttpResponse(status, out, body, reply);
    }

    static String clip(String text) {
        return Json.clip(text, 100);
    }
}
