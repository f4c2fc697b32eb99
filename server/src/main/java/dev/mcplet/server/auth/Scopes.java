package dev.mcplet.server.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** OAuth scope values (RFC 6749 section 3.3): space-separated strings, or lists of them. */
final class Scopes {

    private Scopes() {
    }

    /** Adds the scopes of a space-separated string, or of each item of a list. */
    static void add(Set<String> scopes, Object value) {
        if (value instanceof String) {
            for (String scope : ((String) value).split(" ")) {
                if (!scope.isEmpty()) {
                    scopes.add(scope);
                }
            }
        } else if (value instanceof List) {
            for (Object item : (List<?>) value) {
                add(scopes, item);
            }
        }
    }

    /** The scopes as one space-separated string. */
    static String join(Collection<String> scopes) {
        return String.join(" ", scopes);
    }
}
