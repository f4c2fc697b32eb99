package dev.mcplet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who made the request being served: the subject and scopes of its verified access token (or of
 * the API Gateway authorizer that verified it), and the token's claims. Read it from
 * {@link McpContext#caller()}.
 *
 * <p>On a server without authorization every request is {@link #ANONYMOUS}. Immutable.
 */
public final class McpCaller {

    /** The caller of a request that carried no verified identity: no subject, no scopes, no claims. */
    public static final McpCaller ANONYMOUS = new McpCaller(null, Set.of(), Map.of());

    private final String subject;
    private final Set<String> scopes;
    private final Map<String, Object> claims;

    /**
     * @param subject the {@code sub} claim (or the authorizer's principal), or null when unknown
     * @param scopes the granted scopes (the token's {@code scope} or {@code scp} claim)
     * @param claims every claim, as plain Java values ({@code String}, {@code Boolean}, {@code Long},
     *     {@code Double}, {@code List}, {@code Map}); dates as seconds since the epoch
     */
    public McpCaller(String subject, Set<String> scopes, Map<String, Object> claims) {
        this.subject = subject;
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(scopes, "scopes")));
        this.claims = withoutNulls(Objects.requireNonNull(claims, "claims"));
    }

    /** A claim whose value is JSON null counts as absent. */
    private static Map<String, Object> withoutNulls(Map<String, Object> claims) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> claim : claims.entrySet()) {
            if (claim.getKey() != null && claim.getValue() != null) {
                copy.put(claim.getKey(), claim.getValue());
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Whether the request carried a verified identity. */
    public boolean isAuthenticated() {
        return this != ANONYMOUS;
    }

    /** The subject ({@code sub}), or null. */
    public String subject() {
        return subject;
    }

    /** The granted scopes; empty when none. */
    public Set<String> scopes() {
        return scopes;
    }

    /** Whether {@code scope} was granted. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** The claims of the token (or the authorizer's context); empty when anonymous. */
    public Map<String, Object> claims() {
        return claims;
    }

    /** One claim, or null when absent. */
    public Object claim(String name) {
        return claims.get(name);
    }

    @Override
    public String toString() {
        return this == ANONYMOUS ? "McpCaller[anonymous]" : "McpCaller[" + subject + ", scopes=" + scopes + "]";
    }
}
