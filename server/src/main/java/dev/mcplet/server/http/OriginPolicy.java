package dev.mcplet.server.http;

import java.util.List;
import java.util.Locale;

/**
 * Which browser origins may call the endpoint. Transports, Security Warning: "Servers MUST
 * validate the Origin header on all incoming connections to prevent DNS rebinding attacks. If
 * the Origin header is present and invalid, servers MUST respond with HTTP 403 Forbidden."
 *
 * <p>Entries are origins as browsers send them ({@code https://app.example.com},
 * {@code http://localhost:6274}), origins with any port ({@code http://localhost:*}), or
 * {@code *} for every origin. Scheme and host compare case-insensitively; a default port
 * ({@code :80} for http, {@code :443} for https) is the same as none.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#security-warning">MCP: Transports, Security Warning</a>
 */
final class OriginPolicy {

    /** Browser tools on this machine (the MCP Inspector, a local web app), on any port. */
    static final List<String> LOOPBACK = List.of(
            "http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*",
            "https://localhost:*", "https://127.0.0.1:*", "https://[::1]:*");

    private final boolean any;
    /** Normalized origins that must match exactly. */
    private final String[] exact;
    /** Normalized {@code scheme://host} of entries that admit any port. */
    private final String[] anyPort;

    private OriginPolicy(boolean any, String[] exact, String[] anyPort) {
        this.any = any;
        this.exact = exact;
        this.anyPort = anyPort;
    }

    /**
     * @throws IllegalArgumentException when an entry is not an origin, with what to write instead
     */
    static OriginPolicy of(List<String> entries) {
        boolean any = false;
        int exactCount = 0;
        int anyPortCount = 0;
        String[] exact = new String[entries.size()];
        String[] anyPort = new String[entries.size()];
        for (String entry : entries) {
            if (entry == null) {
                throw new IllegalArgumentException("allowedOrigins: an entry is null");
            }
            String origin = entry.trim().toLowerCase(Locale.ROOT);
            if (origin.equals("*")) {
                any = true;
                continue;
            }
            int schemeEnd = origin.indexOf("://");
            if (schemeEnd <= 0 || schemeEnd + 3 >= origin.length() || origin.indexOf('/', schemeEnd + 3) >= 0) {
                throw new IllegalArgumentException("allowedOrigins: '" + entry + "' is not an origin; write"
                        + " scheme://host[:port] with no path, e.g. https://app.example.com or http://localhost:*,"
                        + " or * for any origin");
            }
            if (origin.endsWith(":*")) {
                anyPort[anyPortCount++] = origin.substring(0, origin.length() - 2);
            } else {
                exact[exactCount++] = withoutDefaultPort(origin);
            }
        }
        return new OriginPolicy(any, copy(exact, exactCount), copy(anyPort, anyPortCount));
    }

    /** Whether an {@code Origin} header value is allowed. */
    boolean allows(String origin) {
        if (any) {
            return true;
        }
        String normalized = withoutDefaultPort(origin.trim().toLowerCase(Locale.ROOT));
        for (String allowed : exact) {
            if (allowed.equals(normalized)) {
                return true;
            }
        }
        for (String base : anyPort) {
            if (normalized.startsWith(base) && isPortSuffix(normalized, base.length())) {
                return true;
            }
        }
        return false;
    }

    /** Nothing after the host, or {@code :} and digits. */
    private static boolean isPortSuffix(String origin, int from) {
        if (from == origin.length()) {
            return true;
        }
        if (origin.charAt(from) != ':' || from + 1 == origin.length()) {
            return false;
        }
        for (int i = from + 1; i < origin.length(); i++) {
            char c = origin.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutDefaultPort(String origin) {
        if (origin.startsWith("http://") && origin.endsWith(":80")) {
            return origin.substring(0, origin.length() - 3);
        }
        if (origin.startsWith("https://") && origin.endsWith(":443")) {
            return origin.substring(0, origin.length() - 4);
        }
        return origin;
    }

    private static String[] copy(String[] values, int count) {
        String[] out = new String[count];
        System.arraycopy(values, 0, out, 0, count);
        return out;
    }
}
