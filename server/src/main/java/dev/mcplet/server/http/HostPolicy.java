package dev.mcplet.server.http;

import java.util.List;
import java.util.Locale;

/**
 * Which names the {@code Host} header may carry: the defence against DNS rebinding for a server
 * on a developer's machine. A web page on {@code evil.example} whose name is made to resolve to
 * 127.0.0.1 reaches the local server with {@code Host: evil.example}; only the names the server
 * really has ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) get through.
 *
 * <p>An entry without a port admits the host on any port; an entry with one
 * ({@code mcp.example.com:8443}) admits that port only. Names compare case-insensitively.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/security_best_practices">MCP: Security Best Practices</a>
 */
final class HostPolicy {

    private final String[] hosts;

    private HostPolicy(String[] hosts) {
        this.hosts = hosts;
    }

    /** @throws IllegalArgumentException when an entry is empty or holds a scheme or path */
    static HostPolicy of(List<String> entries) {
        String[] hosts = new String[entries.size()];
        for (int i = 0; i < hosts.length; i++) {
            String entry = entries.get(i);
            String host = entry == null ? "" : entry.trim().toLowerCase(Locale.ROOT);
            if (host.isEmpty() || host.indexOf('/') >= 0 || host.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("allowedHosts: '" + entry + "' is not a host name; write a name"
                        + " such as mcp.example.com, localhost or [::1], optionally with :port");
            }
            hosts[i] = host;
        }
        return new HostPolicy(hosts);
    }

    /** Whether a {@code Host} header value is allowed; a missing Host is not. */
    boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        String name = nameOf(host);
        for (String allowed : hosts) {
            if (allowed.equals(host) || allowed.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The host without its port: {@code [::1]:8080} -> {@code [::1]}, {@code localhost:8080} -> {@code localhost}. */
    private static String nameOf(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
