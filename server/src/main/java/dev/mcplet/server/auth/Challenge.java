package dev.mcplet.server.auth;

/**
 * The {@code WWW-Authenticate: Bearer ...} challenge (RFC 6750 section 3) with the
 * {@code resource_metadata} parameter (RFC 9728 section 5.1).
 */
final class Challenge {

    private Challenge() {
    }

    /**
     * @param error {@code invalid_token}, {@code insufficient_scope}, or null when the request
     *     had no credentials
     * @param description for {@code error_description}, or null
     * @param scope for {@code scope} (space-separated), or null
     * @param resourceMetadata the metadata URL
     */
    static String of(String error, String description, String scope, String resourceMetadata) {
        StringBuilder out = new StringBuilder("Bearer resource_metadata=");
        quote(out, resourceMetadata);
        if (error != null) {
            out.append(", error=");
            quote(out, error);
        }
        if (description != null) {
            out.append(", error_description=");
            quote(out, description);
        }
        if (scope != null && !scope.isEmpty()) {
            out.append(", scope=");
            quote(out, scope);
        }
        return out.toString();
    }

    /**
     * An RFC 9110 quoted-string. RFC 6750 section 3 limits error_description and scope to
     * printable ASCII without {@code "} and backslash, so anything else becomes {@code ?}
     * (a host name or path from the request could carry it; it must not end the header).
     */
    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
        }
        out.append('"');
    }
}
