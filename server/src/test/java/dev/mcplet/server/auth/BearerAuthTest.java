package dev.mcplet.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.ScopedTools;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bearer-token authorization through {@link McpServer#handle}: every kind of bad token gets 401
 * with the RFC 6750 / RFC 9728 challenge, a good one is served, a missing scope is 403, and the
 * protected resource metadata is served at its well-known URI. Keys come from a JWK set on a
 * loopback HTTP server.
 */
class BearerAuthTest {

    static final String RESOURCE = "http://127.0.0.1:8080/mcp";
    static final String METADATA_URL = "http://127.0.0.1:8080/.well-known/oauth-protected-resource/mcp";
    static final String CALL_ADD = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}";
    static final String CALL_RESET = "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"reset\"}}";
    static final String CALL_AUDIT = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"audit\"}}";
    static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

    static AuthorizationServerDouble as;
    static ScopedTools tools;
    static McpServer server;

    @BeforeAll
    static void start() throws Exception {
        as = new AuthorizationServerDouble();
        tools = new ScopedTools();
        server = McpServer.builder().name("calc").tools(tools)
                .authorization(Authorization.jwt(JwtVerifier.builder().issuer(as.issuer()).jwksUrl(as.jwksUrl())
                        .build()).build())
                .build();
    }

    @AfterAll
    static void stop() {
        as.close();
    }

    static Headers headers(String authorization) {
        Headers headers = new Headers().set("Content-Type", "application/json")
                .set("Accept", "application/json, text/event-stream").set("Host", "127.0.0.1:8080")
                .set("MCP-Protocol-Version", "2025-11-25");
        if (authorization != null) {
            headers.set("Authorization", authorization);
        }
        return headers;
    }

    static HttpResponse post(McpServer server, String authorization, String body) {
        return server.handle(new HttpRequest("POST", "/mcp", headers(authorization),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse call(String token, String body) {
        return post(server, token == null ? null : "Bearer " + token, body);
    }

    static JsonNode json(HttpResponse response) {
        try {
            return Json.parse(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.bodyText(), e);
        }
    }

    /** A 401 with an {@code invalid_token} challenge that points to the metadata; the tool never ran. */
    static void assertInvalidToken(HttpResponse response) {
        assertEquals(401, response.status(), response::bodyText);
        String challenge = response.headers().first("www-authenticate");
        assertTrue(challenge.startsWith("Bearer "), challenge);
        assertTrue(challenge.contains("resource_metadata=\"" + METADATA_URL + "\""), challenge);
        assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
        JsonNode body = json(response);
        assertTrue(body.get("id").isNull());
        assertEquals(-32000, body.path("error").path("code").intValue());
    }

    @Test
    void aRequestWithoutATokenGets401WithTheMetadataUrlAndNoErrorCode() {
        int ran = tools.ran.get();
        HttpResponse response = call(null, CALL_ADD);
        assertEquals(401, response.status());
        // RFC 6750 section 3.1: no error code when the request had no credentials.
        assertEquals("Bearer resource_metadata=\"" + METADATA_URL + "\"", response.headers().first("www-authenticate"));
        assertTrue(json(response).path("error").path("message").textValue().startsWith("Unauthorized"));
        assertEquals(ran, tools.ran.get());
        // Other schemes are not bearer credentials either.
        assertEquals(401, post(server, "Basic dXNlcjpwYXNz", CALL_ADD).status());
        assertFalse(post(server, "Basic dXNlcjpwYXNz", CALL_ADD).headers().first("www-authenticate")
                .contains("error="));
    }

    @Test
    void aValidTokenIsServed() throws Exception {
        HttpResponse response = call(as.rs256(as.claims(RESOURCE).build()), CALL_ADD);
        assertEquals(200, response.status(), response::bodyText);
        assertEquals("5", json(response).path("result").path("content").path(0).path("text").textValue());
        // ES256 and the RFC 9068 typ "at+jwt" too
        assertEquals(200, call(as.es256(as.claims(RESOURCE).build()), LIST).status());
        // the scheme is case-insensitive (RFC 6750 section 2.1 / RFC 9110 section 11.1)
        assertEquals(200, post(server, "bearer " + as.rs256(as.claims(RESOURCE).build()), LIST).status());
    }

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(as.rsa.getKeyID()).generate();
        assertInvalidToken(call(AuthorizationServerDouble.sign(attacker, JWSAlgorithm.RS256,
                as.claims(RESOURCE).build()), CALL_ADD));
        // a valid token with one claim changed after signing
        String good = as.rs256(as.claims(RESOURCE).build());
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                as.claims(RESOURCE).subject("admin").build().toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertInvalidToken(call(tampered, CALL_ADD));
    }

    @Test
    void expiredAndNotYetValidTokensAreRefusedBeyondTheClockSkew() throws Exception {
        Instant now = Instant.now();
        HttpResponse expired = call(as.rs256(as.claims(RESOURCE).expirationTime(Date.from(now.minusSeconds(120)))
                .build()), CALL_ADD);
        assertInvalidToken(expired);
        assertTrue(expired.headers().first("www-authenticate").contains("error_description=\"the token has expired\""));
        // within the 60 s skew: accepted
        assertEquals(200, call(as.rs256(as.claims(RESOURCE).expirationTime(Date.from(now.minusSeconds(20)))
                .build()), CALL_ADD).status());
        assertInvalidToken(call(as.rs256(as.claims(RESOURCE).notBeforeTime(Date.from(now.plusSeconds(600))).build()),
                CALL_ADD));
        // a token without exp never expires, so it is not accepted
        assertInvalidToken(call(as.rs256(as.claims(RESOURCE).expirationTime(null).build()), CALL_ADD));
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherIssuerIsRefused() throws Exception {
        HttpResponse wrongAudience = call(as.rs256(as.claims("https://other.example.com/mcp").build()), CALL_ADD);
        assertInvalidToken(wrongAudience);
        assertTrue(wrongAudience.headers().first("www-authenticate").contains("not issued for this resource"));
        assertInvalidToken(call(as.rs256(as.claims(null).build()), CALL_ADD));
        assertInvalidToken(call(as.rs256(as.claims(RESOURCE).issuer("https://evil.example.com").build()), CALL_ADD));
    }

    @Test
    void unsignedAndAlgorithmConfusionTokensAreRefused() throws Exception {
        JWTClaimsSet claims = as.claims(RESOURCE).build();
        assertInvalidToken(call(AuthorizationServerDouble.unsigned(claims), CALL_ADD));
        // "alg":"none" with a signature part that is not empty
        assertInvalidToken(call(AuthorizationServerDouble.unsigned(claims) + "c2ln", CALL_ADD));
        List<String> confused = as.hs256WithPublicKey(claims);
        for (String token : confused) {
            assertInvalidToken(call(token, CALL_ADD));
        }
    }

    @Test
    void malformedTokensAreRefused() {
        assertInvalidToken(call("not-a-jwt", CALL_ADD));
        assertInvalidToken(call("a.b.c", CALL_ADD));
        assertInvalidToken(post(server, "Bearer ", CALL_ADD));
        assertInvalidToken(post(server, "Bearer two tokens", CALL_ADD));
        assertInvalidToken(post(server, "Bearer \"quoted\"", CALL_ADD));
    }

    @Test
    void aMissingScopeIs403WithTheScopesToAskForAndTheToolNeverRuns() throws Exception {
        int ran = tools.ran.get();
        HttpResponse response = call(as.rs256(as.claims(RESOURCE).claim("scope", "calc:audit profile").build()),
                CALL_RESET);
        assertEquals(403, response.status(), response::bodyText);
        String challenge = response.headers().first("www-authenticate");
        // the needed scope, plus the granted scopes the tools know (not "profile"), so none is lost
        assertTrue(challenge.contains("error=\"insufficient_scope\""), challenge);
        assertTrue(challenge.contains("scope=\"calc:admin calc:audit\""), challenge);
        assertTrue(challenge.contains("resource_metadata=\"" + METADATA_URL + "\""), challenge);
        JsonNode body = json(response);
        assertEquals(8, body.path("id").intValue());
        assertTrue(body.path("error").path("message").textValue().contains("calc:admin"));
        assertEquals(ran, tools.ran.get());

        assertEquals(200, call(as.rs256(as.claims(RESOURCE).claim("scope", "calc:admin").build()), CALL_RESET)
                .status());
        // both scopes needed; "scp" as a list (Okta, Entra ID) counts too
        assertEquals(403, call(as.rs256(as.claims(RESOURCE).claim("scp", List.of("calc:admin")).build()), CALL_AUDIT)
                .status());
        assertEquals(200, call(as.rs256(as.claims(RESOURCE).claim("scp", List.of("calc:admin", "calc:audit"))
                .build()), CALL_AUDIT).status());
    }

    @Test
    void toolsListShowsEveryToolToAnyAuthenticatedCaller() throws Exception {
        HttpResponse response = call(as.rs256(as.claims(RESOURCE).build()), LIST);
        assertEquals(200, response.status());
        assertEquals(5, json(response).path("result").path("tools").size());
    }

    @Test
    void theCallerIsReadableFromTheContext() throws Exception {
        String whoami = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"whoami\"}}";
        HttpResponse response = call(as.rs256(as.claims(RESOURCE).claim("scope", "calc:audit openid").build()), whoami);
        assertEquals(200, response.status(), response::bodyText);
        assertEquals("user-42 [calc:audit, openid] test-client",
                json(response).path("result").path("content").path(0).path("text").textValue());
        // the context also carries the request's deadline, on the worker thread that runs the tool
        McpServer timed = McpServer.builder().tools(new ScopedTools()).requestTimeout(Duration.ofSeconds(30)).build();
        String remaining = "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"remaining\"}}";
        long left = Long.parseLong(json(post(timed, null, remaining)).path("result").path("content").path(0).path("text")
                .textValue());
        assertTrue(left > 25_000 && left <= 30_000, "remaining " + left);
        McpServer open = McpServer.builder().tools(new ScopedTools()).build();
        assertEquals(Long.toString(Long.MAX_VALUE), json(post(open, null, remaining)).path("result").path("content")
                .path(0).path("text").textValue());
        assertEquals("anonymous", json(post(open, null, whoami)).path("result").path("content").path(0).path("text")
                .textValue());
    }

    @Test
    void theMetadataDocumentIsServedWithoutAToken() throws Exception {
        for (String path : List.of("/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource")) {
            HttpResponse response = server.handle(new HttpRequest("GET", path, headers(null), null));
            assertEquals(200, response.status(), response::bodyText);
            assertEquals("application/json", response.headers().first("content-type"));
            assertEquals("*", response.headers().first("access-control-allow-origin"));
            JsonNode document = json(response);
            assertEquals(RESOURCE, document.path("resource").textValue());
            assertEquals(as.issuer(), document.path("authorization_servers").path(0).textValue());
            assertEquals("[\"calc:admin\",\"calc:audit\"]", document.path("scopes_supported").toString());
            assertEquals("[\"header\"]", document.path("bearer_methods_supported").toString());
        }
        assertEquals(405, server.handle(new HttpRequest("POST", "/.well-known/oauth-protected-resource/mcp",
                headers(null), null)).status());
        assertEquals(404, server.handle(new HttpRequest("GET", "/.well-known/oauth-protected-resource/other",
                headers(null), null)).status());
    }

    @Test
    void behindAGatewayStageTheUrlsCarryTheStage() throws Exception {
        Headers headers = headers(null).set("Host", "abc123.execute-api.eu-west-1.amazonaws.com")
                .set("X-Forwarded-Proto", "https");
        HttpRequest request = new HttpRequest("POST", "/mcp", headers, CALL_ADD.getBytes(StandardCharsets.UTF_8))
                .withGateway("/Prod", null);
        HttpResponse response = server.handle(request);
        assertEquals(401, response.status());
        assertEquals("Bearer resource_metadata=\"https://abc123.execute-api.eu-west-1.amazonaws.com/Prod"
                + "/.well-known/oauth-protected-resource/mcp\"", response.headers().first("www-authenticate"));
        // and the audience is the stage's endpoint URL
        String token = as.rs256(as.claims("https://abc123.execute-api.eu-west-1.amazonaws.com/Prod/mcp").build());
        headers.set("Authorization", "Bearer " + token);
        assertEquals(200, server.handle(request).status());
        HttpResponse metadata = server.handle(new HttpRequest("GET", "/.well-known/oauth-protected-resource/mcp",
                headers, null).withGateway("/Prod", null));
        assertEquals("https://abc123.execute-api.eu-west-1.amazonaws.com/Prod/mcp",
                json(metadata).path("resource").textValue());
    }

    @Test
    void aConfiguredAudienceAndResourceReplaceTheEndpointUrl() throws Exception {
        McpServer configured = McpServer.builder().tools(new ScopedTools())
                .authorization(Authorization.jwt(JwtVerifier.builder().issuer(as.issuer()).jwksUrl(as.jwksUrl())
                        .build()).audience("api://calculator").resource("https://mcp.example.com/mcp").build())
                .build();
        assertEquals(200, post(configured, "Bearer " + as.rs256(as.claims("api://calculator").build()), LIST).status());
        assertInvalidToken(post(configured, "Bearer " + as.rs256(as.claims(RESOURCE).build()), LIST));
        HttpResponse metadata = configured.handle(new HttpRequest("GET", "/.well-known/oauth-protected-resource/mcp",
                headers(null), null));
        assertEquals("https://mcp.example.com/mcp", json(metadata).path("resource").textValue());
    }

    @Test
    void cors401sExposeTheChallengeToBrowserScripts() {
        McpServer browser = McpServer.builder().tools(new ScopedTools()).cors(true)
                .authorization(Authorization.jwt(JwtVerifier.builder().issuer(as.issuer()).jwksUrl(as.jwksUrl())
                        .build()).build())
                .build();
        Headers headers = headers(null).set("Origin", "http://localhost:6274");
        HttpResponse response = browser.handle(new HttpRequest("POST", "/mcp", headers,
                CALL_ADD.getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, response.status());
        assertEquals("http://localhost:6274", response.headers().first("access-control-allow-origin"));
        assertTrue(response.headers().first("access-control-expose-headers").contains("WWW-Authenticate"));
        // the preflight itself needs no token
        assertEquals(204, browser.handle(new HttpRequest("OPTIONS", "/mcp", headers, null)).status());
    }

    @Test
    void withoutAuthorizationScopedToolsRefuseAndOpenToolsWork() {
        McpServer open = McpServer.builder().tools(new ScopedTools()).build();
        HttpResponse add = post(open, null, CALL_ADD);
        assertEquals(200, add.status());
        HttpResponse reset = post(open, null, CALL_RESET);
        assertEquals(200, reset.status());
        JsonNode result = json(reset).path("result");
        assertTrue(result.path("isError").booleanValue(), reset::bodyText);
        assertTrue(result.path("content").path(0).path("text").textValue().contains("no authorization configured"));
        assertNull(reset.headers().first("www-authenticate"));
        // and there is no metadata document
        assertEquals(404, open.handle(new HttpRequest("GET", "/.well-known/oauth-protected-resource/mcp",
                headers(null), null)).status());
    }

    @Test
    void theTimeoutsAreBuilderOptions() {
        JwtVerifier verifier = JwtVerifier.builder().issuer(as.issuer()).connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofMillis(300)).clockSkew(Duration.ZERO).build();
        assertEquals(as.issuer(), verifier.issuer());
    }
}
