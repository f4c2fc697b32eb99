package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.auth.Authorization;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.ScopedTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API Gateway authorization mode: the function trusts what the gateway's authorizer put in
 * {@code requestContext.authorizer}, in every shape API Gateway sends it, from real event
 * payloads, and the default path does not read it at all.
 */
class GatewayAuthorizerTest {

    private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E";

    static byte[] event(String name) {
        try (InputStream in = GatewayAuthorizerTest.class.getResourceAsStream("/lambda-events/authorizers/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static McpLambdaHandler handler(ScopedTools tools) {
        McpServer server = McpServer.builder().tools(tools)
                .authorization(Authorization.apiGateway().authorizationServers(ISSUER).build()).build();
        return new McpLambdaHandler(server) {
        };
    }

    private static JsonNode invoke(McpLambdaHandler handler, String event) {
        return Fixtures.json(McpLambdaHandlerTest.invoke(handler, event(event)));
    }

    private static JsonNode body(JsonNode response) {
        try {
            return Json.parse(response.path("body").textValue());
        } catch (Exception e) {
            throw new AssertionError(response.toString(), e);
        }
    }

    @Test
    void aCognitoUserPoolAuthorizerOfARestApiGrantsItsScopes() {
        ScopedTools tools = new ScopedTools();
        JsonNode response = invoke(handler(tools), "rest-v1-cognito-authorizer.json");
        // "calculator/admin" is not "calc:admin": refused before the tool ran, with the challenge
        assertEquals(403, response.path("statusCode").intValue(), response::toString);
        String challenge = response.path("headers").path("www-authenticate").textValue();
        assertTrue(challenge.contains("error=\"insufficient_scope\", error_description=\"the token lacks a scope"
                + " this tool needs\", scope=\"calc:admin\""), challenge);
        // the stage is in the metadata URL: the client reaches this function under /Prod
        assertTrue(challenge.startsWith("Bearer resource_metadata=\"https://a1b2c3d4e5.execute-api.us-east-1"
                + ".amazonaws.com/Prod/.well-known/oauth-protected-resource/mcp\""), challenge);
        assertEquals(0, tools.ran.get());
    }

    @Test
    void everyAuthorizerShapeGivesTheCallerAndItsScopes() {
        for (String file : List.of("rest-v1-cognito-authorizer.json", "http-api-v2-jwt-authorizer.json",
                "rest-v1-lambda-authorizer.json", "http-api-v2-lambda-authorizer.json")) {
            LambdaHttpEvent event = LambdaHttpEvent.read(event(file), true);
            Map<String, Object> authorizer = event.request().authorizer();
            assertTrue(authorizer != null && !authorizer.isEmpty(), file);
        }
        HttpRequest rest = LambdaHttpEvent.read(event("rest-v1-cognito-authorizer.json"), true).request();
        assertEquals("/Prod", rest.pathPrefix());
        assertEquals("/mcp", rest.path());
        HttpRequest httpApi = LambdaHttpEvent.read(event("http-api-v2-jwt-authorizer.json"), true).request();
        assertEquals("/prod", httpApi.pathPrefix());
        assertEquals("/mcp", httpApi.path());
        assertEquals(List.of("calculator/admin", "openid"),
                ((Map<?, ?>) httpApi.authorizer().get("jwt")).get("scopes"));
        HttpRequest lambda = LambdaHttpEvent.read(event("rest-v1-lambda-authorizer.json"), true).request();
        assertEquals(12L, lambda.authorizer().get("integrationLatency"));
        assertEquals(Boolean.FALSE, lambda.authorizer().get("admin"));
    }

    @Test
    void theSharedJwtAuthorizerSampleIsReadToo() {
        byte[] sample = Fixtures.read(Fixtures.dir().resolve("samples/http-api-v2.aws-lambda-go.jwt-authorizer.json"));
        Map<String, Object> authorizer = LambdaHttpEvent.read(sample, true).request().authorizer();
        Map<?, ?> jwt = (Map<?, ?>) authorizer.get("jwt");
        assertEquals(List.of("scope1", "scope2"), jwt.get("scopes"));
        assertEquals(Map.of("claim1", "value1", "claim2", "value2"), jwt.get("claims"));
    }

    @Test
    void withTheNeededScopeTheCallRuns() {
        ScopedTools tools = new ScopedTools();
        McpServer server = McpServer.builder().tools(new ScopedToolsWith("calculator/admin", tools))
                .authorization(Authorization.apiGateway().authorizationServers(ISSUER).build()).build();
        McpLambdaHandler handler = new McpLambdaHandler(server) {
        };
        for (String file : List.of("rest-v1-cognito-authorizer.json", "http-api-v2-jwt-authorizer.json",
                "http-api-v2-lambda-authorizer.json")) {
            JsonNode response = invoke(handler, file);
            assertEquals(200, response.path("statusCode").intValue(), file + ": " + response);
            assertEquals("reset", body(response).path("result").path("content").path(0).path("text").textValue());
        }
        // the REST Lambda authorizer granted only calculator/read
        assertEquals(403, invoke(handler, "rest-v1-lambda-authorizer.json").path("statusCode").intValue());
        assertEquals(3, tools.ran.get());
    }

    /** The typed handlers read the same authorizer output from the aws-lambda-java-events types. */
    @Test
    void theTypedHandlersTrustTheAuthorizerToo() {
        ScopedTools tools = new ScopedTools();
        McpServer server = McpServer.builder().tools(new ScopedToolsWith("calculator/admin", tools))
                .authorization(Authorization.apiGateway().authorizationServers(ISSUER).build()).build();
        McpApiGatewayV1Handler v1 = new McpApiGatewayV1Handler(server) {
        };
        McpApiGatewayV2Handler v2 = new McpApiGatewayV2Handler(server) {
        };
        com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent rest = TypedHandlersTest
                .serializer(com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.class)
                .fromJson(new java.io.ByteArrayInputStream(event("rest-v1-cognito-authorizer.json")));
        assertEquals(200, v1.handleRequest(rest, null).getStatusCode());
        com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent lambda = TypedHandlersTest
                .serializer(com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.class)
                .fromJson(new java.io.ByteArrayInputStream(event("rest-v1-lambda-authorizer.json")));
        var refused = v1.handleRequest(lambda, null);
        assertEquals(403, refused.getStatusCode());
        assertTrue(refused.getHeaders().get("www-authenticate").contains("/Prod/.well-known/"),
                refused.getHeaders().toString());
        for (String file : List.of("http-api-v2-jwt-authorizer.json", "http-api-v2-lambda-authorizer.json")) {
            com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent httpApi = TypedHandlersTest
                    .serializer(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.class)
                    .fromJson(new java.io.ByteArrayInputStream(event(file)));
            assertEquals(200, v2.handleRequest(httpApi, null).getStatusCode(), file);
        }
        assertEquals(3, tools.ran.get());
    }

    @Test
    void anEventWithoutAnAuthorizerIsRefusedInGatewayMode() {
        ScopedTools tools = new ScopedTools();
        JsonNode response = invoke(handler(tools), "rest-v1-no-authorizer.json");
        assertEquals(401, response.path("statusCode").intValue());
        assertTrue(response.path("headers").path("www-authenticate").textValue().startsWith("Bearer resource_metadata="));
        assertEquals(0, tools.ran.get());
    }

    @Test
    void withoutAuthorizationTheRequestContextIsNotRead() {
        HttpRequest request = LambdaHttpEvent.read(event("rest-v1-cognito-authorizer.json")).request();
        assertNull(request.authorizer());
        assertEquals("", request.pathPrefix());
    }

    /** {@link ScopedTools} whose {@code reset} needs another scope, as a Cognito resource server names it. */
    private static final class ScopedToolsWith implements dev.mcplet.server.tool.ToolSet {

        private final ScopedTools delegate;
        private final List<dev.mcplet.server.tool.ToolDescriptor> tools;

        ScopedToolsWith(String scope, ScopedTools delegate) {
            this.delegate = delegate;
            dev.mcplet.server.tool.ToolDescriptor reset = delegate.tools().get(1);
            this.tools = List.of(new dev.mcplet.server.tool.ToolDescriptor(reset.name(), null, reset.description(),
                    reset.inputSchema(), null, reset.hints(), List.of(scope)));
        }

        @Override
        public List<dev.mcplet.server.tool.ToolDescriptor> tools() {
            return tools;
        }

        @Override
        public dev.mcplet.server.tool.CallResult call(String name, com.fasterxml.jackson.databind.node.ObjectNode arguments)
                throws Exception {
            return delegate.call(name, arguments);
        }
    }
}
