package dev.mcplet.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.mcplet.McpCaller;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies JWT access tokens (RFC 9068) signed with an authorization server's published keys,
 * through the Nimbus JOSE+JWT library: no cryptography of our own.
 *
 * <pre>{@code
 * TokenVerifier verifier = JwtVerifier.builder()
 *         .issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf")
 *         .build();                         // keys from the issuer's metadata (RFC 8414 / OIDC discovery)
 * }</pre>
 *
 * <p>A token is accepted only when all of these hold:
 * <ul>
 *   <li>it is a signed JWT (JWS) with one of the allowed algorithms: by default the asymmetric
 *       RS256/384/512, PS256/384/512 and ES256/384/512 only, so {@code alg: none} and
 *       {@code HS256} keyed with a public key (algorithm confusion) are refused, as is any
 *       encrypted or unsigned JWT;</li>
 *   <li>its signature verifies with a key of the JWK set (its {@code kid}, when present, picks
 *       the key);</li>
 *   <li>{@code typ}, when present, is {@code JWT} or {@code at+jwt};</li>
 *   <li>{@code iss} equals the configured issuer; {@code exp} is present and not past, and
 *       {@code nbf}, when present, is not ahead, each within the clock skew;</li>
 *   <li>{@code aud} contains the audience (the configured one, else this server's URL: RFC 8707,
 *       MCP authorization, Token Handling).</li>
 * </ul>
 *
 * <p>Keys: the JWK set is fetched on first use (not when the server is built, so that a cold
 * start does no network I/O before it is needed), with connect and read timeouts and a size
 * limit, and cached for {@link Builder#jwksCacheTime}; a token whose {@code kid} is not in the
 * cached set makes it fetched again at once (key rotation), at most twice every 30 seconds so
 * that random key ids cannot flood the authorization server. Without a JWKS URL, the issuer's
 * metadata gives it: {@code /.well-known/oauth-authorization-server} (RFC 8414), then
 * {@code /.well-known/openid-configuration} (OpenID Connect Discovery), whose {@code issuer}
 * must equal the configured issuer.
 *
 * <p>Scopes come from the {@code scope} claim (space-separated, RFC 9068 section 2.2.3) or, for
 * authorization servers that send it instead, {@code scp} (a list or a space-separated string).
 *
 * <p>Immutable once built, safe to share between threads.
 */
public final class JwtVerifier implements TokenVerifier {

    /** The allowed algorithms when none are configured: asymmetric only. */
    static final List<String> DEFAULT_ALGORITHMS = List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");
    private static final List<String> HMAC_ALGORITHMS = List.of("HS256", "HS384", "HS512");
    /** Default {@link Builder#clockSkew}. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    /** Default {@link Builder#connectTimeout} and {@link Builder#readTimeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** Default {@link Builder#jwksCacheTime}. */
    public static final Duration DEFAULT_JWKS_CACHE_TIME = Duration.ofMinutes(5);
    /** The largest JWK set or metadata document read. */
    private static final int SIZE_LIMIT = 256 * 1024;

    private final String issuer;
    private final URL configuredJwksUrl;
    private final Set<JWSAlgorithm> algorithms;
    private final byte[] hmacSecret;
    private final int clockSkewSeconds;
    private final long cacheMillis;
    private final DefaultResourceRetriever retriever;
    /** Built on first use, since finding the JWK set may need the issuer's metadata. */
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    private JwtVerifier(Builder builder) {
        this.issuer = builder.issuer;
        this.configuredJwksUrl = builder.jwksUrl;
        this.hmacSecret = builder.hmacSecret;
        Set<JWSAlgorithm> algs = new LinkedHashSet<>();
        for (String name : builder.algorithms) {
            algs.add(JWSAlgorithm.parse(name));
        }
        this.algorithms = algs;
        this.clockSkewSeconds = (int) builder.clockSkew.getSeconds();
        this.cacheMillis = builder.jwksCacheTime.toMillis();
        this.retriever = new DefaultResourceRetriever((int) builder.connectTimeout.toMillis(),
                (int) builder.readTimeout.toMillis(), SIZE_LIMIT);
    }

    /** A builder; {@link Builder#issuer} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The issuer tokens must come from. */
    public String issuer() {
        return issuer;
    }

    @Override
    public McpCaller verify(String token, String audience) throws InvalidTokenException {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("the token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT)) {
            // An unsecured JWT (alg: none) or an encrypted one: neither proves who issued it.
            throw new InvalidTokenException("the token is not a signed JWT");
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(jwt, null);
        } catch (BadJWTException e) {
            throw new InvalidTokenException(claimsProblem(e.getMessage()));
        } catch (RateLimitReachedException e) {
            // Its key id was not in the cached set, and the set was fetched again very recently.
            throw new InvalidTokenException("no key of the authorization server matches the token");
        } catch (KeySourceException e) {
            // The JWK set could not be fetched: the server's trouble, not the client's (answered 503).
            throw new IllegalStateException("the JWK set of " + issuer + " could not be fetched: " + e.getMessage(), e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("the token's signature or algorithm is not accepted");
        } catch (JOSEException e) {
            throw new InvalidTokenException("the token's signature could not be verified");
        }
        List<String> audiences = claims.getAudience();
        if (audience != null && !containsAudience(audiences, audience)) {
            // RFC 8707; MCP authorization, Token Handling: tokens "issued specifically for them".
            throw new InvalidTokenException("the token is not issued for this resource (" + audience + ")");
        }
        return new McpCaller(claims.getSubject(), scopes(claims), claims.toJSONObject());
    }

    /** Audiences compare as written, except for one trailing slash. */
    private static boolean containsAudience(List<String> audiences, String expected) {
        String wanted = withoutTrailingSlash(expected);
        for (String aud : audiences) {
            if (aud != null && withoutTrailingSlash(aud).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** Our own words for Nimbus's claim checks, so that no configuration is echoed to clients. */
    private static String claimsProblem(String message) {
        String text = message == null ? "" : message;
        if (text.contains("Expired")) {
            return "the token has expired";
        }
        if (text.contains("before use time")) {
            return "the token is not valid yet (nbf)";
        }
        if (text.contains("iss")) {
            return "the token is issued by another authorization server";
        }
        if (text.contains("missing required claims")) {
            return "the token lacks a required claim (iss, exp)";
        }
        return "the token's claims are not accepted";
    }

    static Set<String> scopes(JWTClaimsSet claims) {
        Set<String> scopes = new LinkedHashSet<>();
        Scopes.add(scopes, claims.getClaim("scope"));
        Scopes.add(scopes, claims.getClaim("scp"));
        return scopes;
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            synchronized (this) {
                current = processor;
                if (current == null) {
                    current = newProcessor();
                    processor = current;
                }
            }
        }
        return current;
    }

    private DefaultJWTProcessor<SecurityContext> newProcessor() {
        JWSKeySelector<SecurityContext> keys;
        if (hmacSecret != null) {
            keys = new JWSVerificationKeySelector<>(algorithms, new ImmutableSecret<>(hmacSecret));
        } else {
            URL jwks = configuredJwksUrl != null ? configuredJwksUrl : IssuerMetadata.jwksUri(issuer, retriever);
            JWKSource<SecurityContext> source = JWKSourceBuilder.<SecurityContext>create(jwks, retriever)
                    .cache(cacheMillis, JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                    .retrying(false)
                    .build();
            keys = new JWSVerificationKeySelector<>(algorithms, source);
        }
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(keys);
        // RFC 9068 section 4: "at+jwt"; most authorization servers still send "JWT" or nothing.
        jwtProcessor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(null,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("iss", "exp"), null);
        claims.setMaxClockSkew(clockSkewSeconds);
        jwtProcessor.setJWTClaimsSetVerifier(claims);
        return jwtProcessor;
    }

    @Override
    public String toString() {
        return "JwtVerifier[" + issuer + "]";
    }

    /** Configures a {@link JwtVerifier}. */
    public static final class Builder {

        private String issuer;
        private URL jwksUrl;
        private List<String> algorithms = DEFAULT_ALGORITHMS;
        private byte[] hmacSecret;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private Duration connectTimeout = DEFAULT_TIMEOUT;
        private Duration readTimeout = DEFAULT_TIMEOUT;
        private Duration jwksCacheTime = DEFAULT_JWKS_CACHE_TIME;

        private Builder() {
        }

        /** The authorization server's issuer identifier, exactly as its tokens' {@code iss}; required. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Where the authorization server publishes its keys (a JWK set, RFC 7517); default: the
         * {@code jwks_uri} of the issuer's metadata. Must be https, or http on a loopback host.
         */
        public Builder jwksUrl(String url) {
            this.jwksUrl = url == null ? null : httpsUrl(url, "jwksUrl");
            return this;
        }

        /**
         * The signature algorithms accepted; default the asymmetric RS, PS and ES families. HMAC
         * ({@code HS*}) is refused here: it needs a shared secret, see {@link #hmacSecret}.
         */
        public Builder algorithms(String... names) {
            List<String> list = new ArrayList<>();
            for (String name : names) {
                if (!DEFAULT_ALGORITHMS.contains(name)) {
                    throw new IllegalArgumentException("algorithm " + name + " is not an asymmetric JWS algorithm;"
                            + " choose among " + DEFAULT_ALGORITHMS + (HMAC_ALGORITHMS.contains(name)
                                    ? " (HMAC needs a shared secret: use hmacSecret(...))" : ""));
                }
                list.add(name);
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException("algorithms must name at least one algorithm");
            }
            this.algorithms = List.copyOf(list);
            return this;
        }

        /**
         * Verifies HS256/384/512 tokens with this shared secret (at least 32 bytes) instead of a
         * JWK set: only for authorization servers that share a secret with this server. Public
         * keys are then never used, so no algorithm confusion is possible.
         */
        public Builder hmacSecret(byte[] secret) {
            if (secret == null || secret.length < 32) {
                throw new IllegalArgumentException("hmacSecret must be at least 32 bytes (256 bits)");
            }
            this.hmacSecret = secret.clone();
            this.algorithms = HMAC_ALGORITHMS;
            return this;
        }

        /** How far {@code exp} and {@code nbf} may be off the local clock; default 60 s. */
        public Builder clockSkew(Duration skew) {
            this.clockSkew = requireRange(skew, Duration.ZERO, Duration.ofMinutes(10), "clockSkew");
            return this;
        }

        /** The connect timeout of fetching keys and metadata; default 2 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requireRange(timeout, Duration.ofMillis(1), Duration.ofSeconds(20), "connectTimeout");
            return this;
        }

        /** The read timeout of fetching keys and metadata; default 2 s. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = requireRange(timeout, Duration.ofMillis(1), Duration.ofSeconds(20), "readTimeout");
            return this;
        }

        /** How long a fetched JWK set is used before it is fetched again; default 5 minutes. */
        public Builder jwksCacheTime(Duration time) {
            this.jwksCacheTime = requireRange(time, Duration.ofSeconds(1), Duration.ofDays(1), "jwksCacheTime");
            return this;
        }

        /**
         * @throws IllegalArgumentException when the issuer is missing or not an https URL (http
         *     only on a loopback host)
         */
        public JwtVerifier build() {
            if (issuer == null || issuer.isEmpty()) {
                throw new IllegalArgumentException("issuer is required: the iss of the authorization server's tokens");
            }
            httpsUrl(issuer, "issuer");
            return new JwtVerifier(this);
        }

        private static Duration requireRange(Duration value, Duration min, Duration max, String option) {
            Objects.requireNonNull(value, option);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(option + " must be from " + min + " to " + max + "; was " + value);
            }
            return value;
        }
    }

    /**
     * An https URL, or http to a loopback host (tests, local development): keys fetched over
     * plain http could be replaced on the way.
     */
    static URL httpsUrl(String text, String option) {
        try {
            URI uri = new URI(text);
            String host = uri.getHost();
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
            if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
                throw new IllegalArgumentException(option + " must be an https URL (http only on localhost); was '"
                        + text + "'");
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(option)) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException(option + " is not a URL: '" + text + "'", e);
        }
    }
}
