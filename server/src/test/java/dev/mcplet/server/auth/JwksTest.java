package dev.mcplet.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.mcplet.McpCaller;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.testing.ScopedTools;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fetching keys: caching, key rotation, discovery from the issuer's metadata, and timeouts. */
class JwksTest {

    private static final String AUDIENCE = BearerAuthTest.RESOURCE;

    @Test
    void keysAreFetchedOnFirstUseAndCached() throws Exception {
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            JwtVerifier verifier = JwtVerifier.builder().issuer(as.issuer()).jwksUrl(as.jwksUrl()).build();
            assertEquals(0, as.jwksFetches.get(), "nothing is fetched before the first token");
            for (int i = 0; i < 5; i++) {
                McpCaller caller = verifier.verify(as.rs256(as.claims(AUDIENCE).claim("scope", "a b").build()),
                        AUDIENCE);
                assertEquals("user-42", caller.subject());
                assertEquals(List.of("a", "b"), List.copyOf(caller.scopes()));
                assertEquals("test-client", caller.claim("client_id"));
                assertTrue(caller.claim("exp") instanceof Long, String.valueOf(caller.claim("exp")));
            }
            assertEquals(1, as.jwksFetches.get());
        }
    }

    @Test
    void anUnknownKeyIdFetchesTheKeysAgainAtOnce() throws Exception {
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            JwtVerifier verifier = JwtVerifier.builder().issuer(as.issuer()).jwksUrl(as.jwksUrl()).build();
            verifier.verify(as.rs256(as.claims(AUDIENCE).build()), AUDIENCE);
            assertEquals(1, as.jwksFetches.get());
            // the authorization server rotates to a new key
            RSAKey next = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
            as.publish(next);
            McpCaller caller = verifier.verify(AuthorizationServerDouble.sign(next, JWSAlgorithm.RS256,
                    as.claims(AUDIENCE).build()), AUDIENCE);
            assertEquals("user-42", caller.subject());
            assertEquals(2, as.jwksFetches.get());
            // a flood of unknown key ids does not become a flood of fetches (rate limit: 2 per 30 s)
            RSAKey unknown = new RSAKeyGenerator(2048).keyID("never-published").generate();
            for (int i = 0; i < 10; i++) {
                String token = AuthorizationServerDouble.sign(unknown, JWSAlgorithm.RS256, as.claims(AUDIENCE).build());
                assertThrows(InvalidTokenException.class, () -> verifier.verify(token, AUDIENCE));
            }
            assertTrue(as.jwksFetches.get() <= 3, "fetches: " + as.jwksFetches.get());
        }
    }

    @Test
    void withoutAJwksUrlTheIssuersMetadataNamesIt() throws Exception {
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            JwtVerifier verifier = JwtVerifier.builder().issuer(as.issuer()).build();
            assertEquals("user-42", verifier.verify(as.rs256(as.claims(AUDIENCE).build()), AUDIENCE).subject());
            assertEquals(1, as.metadataFetches.get());
            verifier.verify(as.rs256(as.claims(AUDIENCE).build()), AUDIENCE);
            assertEquals(1, as.metadataFetches.get(), "the metadata is read once");
        }
    }

    @Test
    void theDiscoveryUrlsFollowRfc8414ThenOpenIdConnect() {
        assertEquals(List.of("https://as.example.com/.well-known/oauth-authorization-server",
                "https://as.example.com/.well-known/openid-configuration"),
                IssuerMetadata.candidates("https://as.example.com"));
        assertEquals(List.of("https://as.example.com/.well-known/oauth-authorization-server/tenant1",
                "https://as.example.com/.well-known/openid-configuration/tenant1",
                "https://as.example.com/tenant1/.well-known/openid-configuration"),
                IssuerMetadata.candidates("https://as.example.com/tenant1"));
    }

    @Test
    void aSlowKeyServerIsGivenUpOnAfterTheReadTimeoutWith503() throws Exception {
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            as.jwksDelayMillis = 3_000;
            McpServer server = McpServer.builder().tools(new ScopedTools())
                    .authorization(Authorization.jwt(JwtVerifier.builder().issuer(as.issuer()).jwksUrl(as.jwksUrl())
                            .readTimeout(Duration.ofMillis(300)).build()).build())
                    .build();
            long start = System.nanoTime();
            HttpResponse response = BearerAuthTest.post(server, "Bearer " + as.rs256(as.claims(AUDIENCE).build()),
                    BearerAuthTest.LIST);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, response.status(), response::bodyText);
            assertEquals("5", response.headers().first("retry-after"));
            assertTrue(millis < 2_500, "took " + millis + " ms");
            // once the key server answers again, tokens are accepted
            as.jwksDelayMillis = 0;
            assertEquals(200, BearerAuthTest.post(server, "Bearer " + as.rs256(as.claims(AUDIENCE).build()),
                    BearerAuthTest.LIST).status());
        }
    }

    @Test
    void anUnreachableIssuerIsA503NotA500() throws Exception {
        JwtVerifier verifier;
        String token;
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            verifier = JwtVerifier.builder().issuer(as.issuer()).connectTimeout(Duration.ofMillis(300)).build();
            token = as.rs256(as.claims(AUDIENCE).build());
        }
        McpServer server = McpServer.builder().tools(new ScopedTools())
                .authorization(Authorization.jwt(verifier).build()).build();
        assertEquals(503, BearerAuthTest.post(server, "Bearer " + token, BearerAuthTest.LIST).status());
    }

    @Test
    void configurationMistakesAreReportedWithTheOption() {
        assertThrows(IllegalArgumentException.class, () -> JwtVerifier.builder().build());
        IllegalArgumentException http = assertThrows(IllegalArgumentException.class,
                () -> JwtVerifier.builder().issuer("http://as.example.com").build());
        assertTrue(http.getMessage().startsWith("issuer must be an https URL"), http.getMessage());
        IllegalArgumentException hmac = assertThrows(IllegalArgumentException.class,
                () -> JwtVerifier.builder().algorithms("HS256"));
        assertTrue(hmac.getMessage().contains("hmacSecret"), hmac.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JwtVerifier.builder().algorithms("none"));
        // MCP authorization: the metadata must name at least one authorization server
        IllegalArgumentException noServer = assertThrows(IllegalArgumentException.class,
                () -> Authorization.apiGateway().build());
        assertTrue(noServer.getMessage().contains("authorizationServers"), noServer.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Authorization.fromEnvironment(Map.of(
                Authorization.ENV_ISSUER, "https://as.example.com", Authorization.ENV_MODE, "magic")));
    }

    @Test
    void theEnvironmentContract() throws Exception {
        assertEquals(null, Authorization.fromEnvironment(Map.of()));
        assertEquals(null, Authorization.fromEnvironment(Map.of(Authorization.ENV_ISSUER, " ")));
        // The template's open default: mode jwt and empty settings, no issuer.
        assertEquals(null, Authorization.fromEnvironment(Map.of(Authorization.ENV_ISSUER, "", Authorization.ENV_MODE,
                "jwt", Authorization.ENV_JWKS_URL, "", Authorization.ENV_AUDIENCE, "")));
        // Fail closed: a setting that means authorization, without the issuer that turns it on.
        IllegalArgumentException gatewayWithoutIssuer = assertThrows(IllegalArgumentException.class,
                () -> Authorization.fromEnvironment(Map.of(Authorization.ENV_MODE, "api-gateway")));
        assertTrue(gatewayWithoutIssuer.getMessage().contains("MCPLET_AUTH_ISSUER"), gatewayWithoutIssuer.getMessage());
        for (String meant : List.of(Authorization.ENV_JWKS_URL, Authorization.ENV_AUDIENCE)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> Authorization.fromEnvironment(Map.of(meant, "https://as.example.com/x")));
            assertTrue(error.getMessage().startsWith(meant + " is set but MCPLET_AUTH_ISSUER is not"), error.getMessage());
        }
        try (AuthorizationServerDouble as = new AuthorizationServerDouble()) {
            Authorization auth = Authorization.fromEnvironment(Map.of(Authorization.ENV_ISSUER, as.issuer(),
                    Authorization.ENV_JWKS_URL, as.jwksUrl(), Authorization.ENV_AUDIENCE, "api://calc"));
            McpServer server = McpServer.builder().tools(new ScopedTools()).authorization(auth).build();
            assertEquals(200, BearerAuthTest.post(server, "Bearer " + as.rs256(as.claims("api://calc").build()),
                    BearerAuthTest.LIST).status());
            assertEquals(0, as.metadataFetches.get());
            Authorization gateway = Authorization.fromEnvironment(Map.of(Authorization.ENV_ISSUER, as.issuer(),
                    Authorization.ENV_MODE, "api-gateway"));
            assertEquals(null, gateway.verifier());
            assertEquals(List.of(as.issuer()), gateway.authorizationServers());
        }
    }

    @Test
    void sharedSecretTokensOnlyWhenConfigured() throws Exception {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JwtVerifier verifier = JwtVerifier.builder().issuer("https://as.example.com").hmacSecret(secret).build();
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader(JWSAlgorithm.HS256),
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("https://as.example.com").audience(AUDIENCE)
                        .expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000)).subject("s").build());
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(secret));
        assertEquals("s", verifier.verify(jwt.serialize(), AUDIENCE).subject());
    }
}
