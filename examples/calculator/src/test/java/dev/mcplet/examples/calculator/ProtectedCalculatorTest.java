package dev.mcplet.examples.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.mcplet.server.auth.AuthorizationServerDouble;
import dev.mcplet.server.local.LocalServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calculator deployed protected without code: {@code MCPLET_AUTH_ISSUER} set (keys found
 * through the issuer's metadata, the audience being the endpoint's URL), served by the local
 * server over real HTTP on loopback, with an authorization server double on another port.
 */
class ProtectedCalculatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CALL_ADD = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}";

    static AuthorizationServerDouble as;
    static LocalServer local;
    static String endpoint;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        as = new AuthorizationServerDouble();
        local = LocalServer.builder(CalculatorServer.create(Map.of("MCPLET_AUTH_ISSUER", as.issuer())))
                .host("127.0.0.1").port(0).shutdownHook(false).start();
        endpoint = "http://127.0.0.1:" + local.port() + "/mcp";
    }

    @AfterAll
    static void stop() {
        local.close();
        as.close();
    }

    static HttpResponse<String> post(String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-11-25").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidTokenIsServed() throws Exception {
        HttpResponse<String> response = post(as.rs256(as.claims(endpoint).build()), CALL_ADD);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("5", MAPPER.readTree(response.body()).path("result").path("content").path(0).path("text").asText());
    }

    @Test
    void everyBadTokenIs401WithTheChallenge() throws Exception {
        Instant now = Instant.now();
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(as.rsa.getKeyID()).generate();
        JWTClaimsSet good = as.claims(endpoint).build();
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("forged", AuthorizationServerDouble.sign(attacker, JWSAlgorithm.RS256, good));
        tokens.put("expired", as.rs256(as.claims(endpoint).expirationTime(Date.from(now.minusSeconds(3600))).build()));
        tokens.put("wrong audience", as.rs256(as.claims("http://127.0.0.1:1/mcp").build()));
        tokens.put("wrong issuer", as.rs256(as.claims(endpoint).issuer("https://evil.example.com").build()));
        tokens.put("alg none", AuthorizationServerDouble.unsigned(good));
        List<String> confused = as.hs256WithPublicKey(good);
        for (int i = 0; i < confused.size(); i++) {
            tokens.put("HS256 keyed with the RSA public key #" + i, confused.get(i));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            HttpResponse<String> response = post(token.getValue(), CALL_ADD);
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            if (response.statusCode() != 401 || !challenge.contains("error=\"invalid_token\"")
                    || !challenge.contains("resource_metadata=\"http://127.0.0.1:" + local.port()
                            + "/.well-known/oauth-protected-resource/mcp\"")) {
                wrong.add(token.getKey() + ": " + response.statusCode() + " " + challenge);
            }
        }
        assertEquals(List.of(), wrong);
        HttpResponse<String> none = post(null, CALL_ADD);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer resource_metadata="));
    }

    @Test
    void theMetadataDocumentPointsToTheIssuer() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + local.port()
                + "/.well-known/oauth-protected-resource/mcp")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode document = MAPPER.readTree(response.body());
        assertEquals(endpoint, document.path("resource").asText());
        assertEquals(as.issuer(), document.path("authorization_servers").path(0).asText());
        assertEquals("[\"header\"]", document.path("bearer_methods_supported").toString());
    }
}
