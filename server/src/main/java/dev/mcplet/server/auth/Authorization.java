package dev.mcplet.server.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an MCP server authorizes its callers (MCP authorization, 2025-11-25 and 2026-07-28): it is
 * an OAuth 2.1 resource server that accepts bearer access tokens (RFC 6750) in the
 * {@code Authorization} header, answers requests without a valid one with 401 and a
 * {@code WWW-Authenticate} challenge that points to its protected resource metadata (RFC 9728),
 * which it serves itself, and refuses a tool call whose token lacks the tool's scopes with 403.
 *
 * <pre>{@code
 * McpServer.builder()
 *         .tools(new Orders_McpTools(orders))
 *         .authorization(Authorization.jwt("https://auth.example.com").build())
 *         .build();
 * }</pre>
 *
 * <p>Two ways to verify a caller:
 * <ul>
 *   <li>{@link #jwt(String)} / {@link #bearer(TokenVerifier)}: the function verifies the token
 *       itself, on every transport (Lambda behind any front door, the local server);</li>
 *   <li>{@link #apiGateway()}: API Gateway has verified it already (a JWT authorizer of an HTTP
 *       API, a Cognito user pool or Lambda authorizer of a REST API), and the function trusts
 *       the authorizer's output in the event's {@code requestContext.authorizer}. Only safe when
 *       every route to the function has that authorizer.</li>
 * </ul>
 *
 * <p>Immutable.
 */
public final class Authorization {

    /** Environment: the issuer; when set, bearer tokens are required. */
    public static final String ENV_ISSUER = "MCPLET_AUTH_ISSUER";
    /** Environment: the JWK set URL; default from the issuer's metadata. */
    public static final String ENV_JWKS_URL = "MCPLET_AUTH_JWKS_URL";
    /** Environment: the audience tokens must be issued for; default the endpoint's URL. */
    public static final String ENV_AUDIENCE = "MCPLET_AUTH_AUDIENCE";
    /** Environment: {@code jwt} (the default: the function verifies tokens) or {@code api-gateway}. */
    public static final String ENV_MODE = "MCPLET_AUTH_MODE";

    private final TokenVerifier verifier;
    private final List<String> authorizationServers;
    private final String resource;
    private final String audience;
    private final List<String> scopesSupported;

    private Authorization(Builder builder) {
        this.verifier = builder.verifier;
        this.authorizationServers = List.copyOf(builder.authorizationServers);
        this.resource = builder.resource;
        this.audience = builder.audience;
        this.scopesSupported = List.copyOf(builder.scopesSupported);
    }

    /**
     * Bearer JWTs from this issuer, verified in the function with the issuer's published keys
     * (see {@link JwtVerifier}); the issuer is also the metadata's authorization server.
     */
    public static Builder jwt(String issuer) {
        return jwt(JwtVerifier.builder().issuer(issuer).build());
    }

    /** Bearer JWTs verified by this verifier; its issuer is the metadata's authorization server. */
    public static Builder jwt(JwtVerifier verifier) {
        return new Builder(verifier).authorizationServers(verifier.issuer());
    }

    /**
     * Bearer tokens of any kind, verified by {@code verifier}; name the authorization servers
     * with {@link Builder#authorizationServers}.
     */
    public static Builder bearer(TokenVerifier verifier) {
        return new Builder(Objects.requireNonNull(verifier, "verifier"));
    }

    /**
     * Trusts the identity that an API Gateway authorizer put in the Lambda event (see the class
     * comment); a request without one is refused with 401. Name the authorization servers with
     * {@link Builder#authorizationServers} so that clients find them in the metadata.
     */
    public static Builder apiGateway() {
        return new Builder(null);
    }

    /**
     * The authorization the environment asks for, or null when {@value #ENV_ISSUER} is not set
     * (no authorization: anyone who reaches the endpoint may call it):
     * <ul>
     *   <li>{@value #ENV_ISSUER}: the authorization server's issuer; bearer tokens are required;</li>
     *   <li>{@value #ENV_JWKS_URL} (optional): its JWK set; default from its metadata;</li>
     *   <li>{@value #ENV_AUDIENCE} (optional): the audience of the tokens; default the endpoint's URL;</li>
     *   <li>{@value #ENV_MODE} (optional): {@code jwt} (default) or {@code api-gateway}, to trust an
     *       API Gateway authorizer instead of verifying tokens in the function.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when a variable is set to something unusable, naming it
     */
    public static Authorization fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** {@link #fromEnvironment()} from these variables (for tests). */
    public static Authorization fromEnvironment(Map<String, String> env) {
        String issuer = blankToNull(env.get(ENV_ISSUER));
        String mode = blankToNull(env.get(ENV_MODE));
        if (issuer == null) {
            // Fail closed: settings that only make sense with authorization, without the issuer
            // that turns it on, would otherwise leave the endpoint open to anyone.
            for (String meant : List.of(ENV_JWKS_URL, ENV_AUDIENCE)) {
                if (blankToNull(env.get(meant)) != null) {
                    throw new IllegalArgumentException(meant + " is set but " + ENV_ISSUER + " is not, so nothing would"
                            + " be verified; set " + ENV_ISSUER + " to the authorization server's issuer URL");
                }
            }
            if ("api-gateway".equals(mode)) {
                throw new IllegalArgumentException(ENV_MODE + "=api-gateway needs " + ENV_ISSUER + " (the issuer of"
                        + " the tokens the authorizer checks, named in the metadata); without it nothing would be"
                        + " checked and the endpoint would be open");
            }
            return null;
        }
        Builder builder;
        if (mode == null || mode.equals("jwt")) {
            JwtVerifier.Builder jwt = JwtVerifier.builder().issuer(issuer);
            String jwks = blankToNull(env.get(ENV_JWKS_URL));
            if (jwks != null) {
                jwt.jwksUrl(jwks);
            }
            builder = jwt(jwt.build());
        } else if (mode.equals("api-gateway")) {
            builder = apiGateway().authorizationServers(issuer);
        } else {
            throw new IllegalArgumentException(ENV_MODE + " must be 'jwt' or 'api-gateway'; was '" + mode + "'");
        }
        String audience = blankToNull(env.get(ENV_AUDIENCE));
        if (audience != null) {
            builder.audience(audience);
        }
        return builder.build();
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    /** The verifier of bearer tokens, or null when API Gateway's authorizer is trusted. */
    TokenVerifier verifier() {
        return verifier;
    }

    List<String> authorizationServers() {
        return authorizationServers;
    }

    /** The configured resource identifier, or null to use the endpoint's URL. */
    String resource() {
        return resource;
    }

    /** The configured audience, or null to use the resource identifier. */
    String audience() {
        return audience;
    }

    List<String> scopesSupported() {
        return scopesSupported;
    }

    @Override
    public String toString() {
        return "Authorization[" + (verifier == null ? "API Gateway authorizer" : verifier) + "]";
    }

    /** Configures an {@link Authorization}. */
    public static final class Builder {

        private final TokenVerifier verifier;
        private final List<String> authorizationServers = new ArrayList<>();
        private String resource;
        private String audience;
        private final List<String> scopesSupported = new ArrayList<>();

        private Builder(TokenVerifier verifier) {
            this.verifier = verifier;
        }

        /**
         * The issuers of the authorization servers that clients get tokens from, listed in the
         * metadata's {@code authorization_servers} (replaces the default).
         */
        public Builder authorizationServers(String... issuers) {
            authorizationServers.clear();
            for (String issuer : issuers) {
                authorizationServers.add(Objects.requireNonNull(issuer, "issuer"));
            }
            return this;
        }

        /**
         * This server's resource identifier (RFC 8707, RFC 9728 {@code resource}), the URL
         * clients connect to, such as {@code https://mcp.example.com/mcp}. Default: worked out
         * from each request (the {@code Host}, the API Gateway stage and the endpoint path),
         * which is right behind API Gateway and on the local server; set it behind a proxy that
         * rewrites the host.
         */
        public Builder resource(String uri) {
            this.resource = uri;
            return this;
        }

        /**
         * The audience ({@code aud}) tokens must carry; default the resource identifier. Set it
         * when the authorization server puts another identifier there (an API identifier).
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Scopes to list in the metadata's {@code scopes_supported} besides those the tools
         * declare (which are always listed).
         */
        public Builder scopesSupported(String... scopes) {
            for (String scope : scopes) {
                scopesSupported.add(Objects.requireNonNull(scope, "scope"));
            }
            return this;
        }

        /**
         * @throws IllegalArgumentException when a URL option is not an absolute http(s) URL, or
         *     no authorization server is named (MCP authorization, Authorization Server
         *     Location: the metadata "MUST include the authorization_servers field containing at
         *     least one authorization server")
         */
        public Authorization build() {
            if (authorizationServers.isEmpty()) {
                throw new IllegalArgumentException("name at least one authorization server (its issuer URL) with"
                        + " authorizationServers(...): clients find where to get tokens in the metadata");
            }
            if (resource != null) {
                JwtVerifier.httpsUrl(resource, "resource");
            }
            for (String issuer : authorizationServers) {
                JwtVerifier.httpsUrl(issuer, "authorizationServers");
            }
            return new Authorization(this);
        }
    }
}
