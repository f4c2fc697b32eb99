package dev.mcplet.server.http;

import dev.mcplet.server.protocol.McpProtocol;
import java.util.List;
import java.util.Objects;

/**
 * Answers 403 to any request whose {@code Host} header is not an allowed name, and passes the
 * others on: protection against DNS rebinding for a server reachable from a browser's machine
 * (a page on {@code evil.example}, its name pointed at 127.0.0.1, arrives with
 * {@code Host: evil.example}). The local development server puts one in front of the
 * {@code McpServer} by default, for {@link #LOOPBACK} names.
 *
 * <p>Entries are host names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]},
 * {@code mcp.example.com}), which match on any port, or {@code name:port}, which match that port.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#security-warning">MCP: Transports, Security Warning</a>
 */
public final class HostGuard implements HttpEndpoint {

    /** The names of this machine's loopback interface. */
    public static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final HttpEndpoint next;
    private final HostPolicy hosts;

    /**
     * @param next the endpoint that answers requests with an allowed Host
     * @param allowedHosts the allowed names
     * @throws IllegalArgumentException when an entry is not a host name
     */
    public HostGuard(HttpEndpoint next, List<String> allowedHosts) {
        this.next = Objects.requireNonNull(next, "next");
        this.hosts = HostPolicy.of(allowedHosts);
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String host = request.headers().first("host");
        if (!hosts.allows(host)) {
            return forbidden(host);
        }
        return next.handle(request);
    }

    static HttpResponse forbidden(String host) {
        String message = host == null ? "Forbidden: the request has no Host header"
                : "Forbidden: Host '" + StreamableHttp.clip(host) + "' is not allowed";
        return StreamableHttp.json(403, McpProtocol.transportError(message), null);
    }
}
