package dev.mcplet.server.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed entry points, fed the fixtures the way the Lambda Java runtime feeds them: deserialized
 * by its own serialization library ({@code LambdaEventSerializers}, which the runtime uses for
 * {@code aws-lambda-java-events} types), and their responses serialized by it. Each must hand the
 * endpoint exactly the request the raw-bytes handler hands it, and answer with the same JSON.
 */
class TypedHandlersTest {

    static <T> PojoSerializer<T> serializer(Class<T> type) {
        return LambdaEventSerializers.serializerFor(type, TypedHandlersTest.class.getClassLoader());
    }

    static McpApiGatewayV1Handler v1(HttpEndpoint endpoint) {
        return new McpApiGatewayV1Handler(endpoint, "/mcp", null, null) {
        };
    }

    static McpApiGatewayV2Handler v2(HttpEndpoint endpoint) {
        return new McpApiGatewayV2Handler(endpoint, "/mcp", null, null) {
        };
    }

    static McpAlbHandler alb(HttpEndpoint endpoint) {
        return new McpAlbHandler(endpoint, "/mcp", null, null) {
        };
    }

    /** What the typed handler for the event's shape answers, serialized as the runtime does it. */
    static byte[] invokeTyped(Fixtures.Expected fixture, HttpEndpoint endpoint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (fixture.shape()) {
            case REST -> {
                APIGatewayProxyRequestEvent event = serializer(APIGatewayProxyRequestEvent.class)
                        .fromJson(new ByteArrayInputStream(fixture.bytes()));
                serializer(APIGatewayProxyResponseEvent.class).toJson(v1(endpoint).handleRequest(event, null), out);
            }
            case HTTP_API -> {
                APIGatewayV2HTTPEvent event = serializer(APIGatewayV2HTTPEvent.class)
                        .fromJson(new ByteArrayInputStream(fixture.bytes()));
                serializer(APIGatewayV2HTTPResponse.class).toJson(v2(endpoint).handleRequest(event, null), out);
            }
            case ALB -> {
                ApplicationLoadBalancerRequestEvent event = serializer(ApplicationLoadBalancerRequestEvent.class)
                        .fromJson(new ByteArrayInputStream(fixture.bytes()));
                serializer(ApplicationLoadBalancerResponseEvent.class).toJson(alb(endpoint).handleRequest(event, null),
                        out);
            }
            default -> throw new AssertionError(fixture.shape());
        }
        return out.toByteArray();
    }

    /** Headers as a plain map of lower-case names to values, for comparing. */
    static Map<String, List<String>> asMap(Headers headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : headers.names()) {
            map.put(name, headers.all(name));
        }
        return map;
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void theEndpointGetsWhatTheRawHandlerGives(Fixtures.Expected fixture) {
        RecordingEndpoint raw = new RecordingEndpoint();
        McpLambdaHandlerTest.invoke(McpLambdaHandlerTest.handler(raw), fixture.bytes());
        RecordingEndpoint typed = new RecordingEndpoint();
        invokeTyped(fixture, typed);

        HttpRequest expected = raw.only();
        HttpRequest actual = typed.only();
        assertEquals(fixture.method(), actual.method());
        assertEquals(fixture.path(), actual.path());
        assertArrayEquals(fixture.body(), actual.body(), "base64 decoded, text as is");
        assertEquals(asMap(expected.headers()), asMap(actual.headers()), "every header, names case-insensitive");
        assertEquals(fixture.cookie(), actual.headers().first("cookie"));
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void theAnswerIsTheRawHandlersAnswer(Fixtures.Expected fixture) {
        JsonNode raw = Fixtures.json(McpLambdaHandlerTest.invoke(
                McpLambdaHandlerTest.handler(new RecordingEndpoint(McpLambdaHandlerTest.trickyResponse())),
                fixture.bytes()));
        JsonNode typed = withoutNulls(Fixtures.json(invokeTyped(fixture,
                new RecordingEndpoint(McpLambdaHandlerTest.trickyResponse()))));
        assertEquals(Fixtures.json(Json(raw)), typed, () -> "typed " + Json(typed) + "\nraw   " + Json(raw));
    }

    @ParameterizedTest
    @MethodSource("dev.mcplet.server.lambda.Fixtures#events")
    void binaryAnswersAreBase64(Fixtures.Expected fixture) {
        byte[] png = Base64.getDecoder().decode(dev.mcplet.server.testing.ShowcaseTools.PNG);
        HttpResponse image = new HttpResponse(200, new Headers().set("Content-Type", "image/png"), png);
        JsonNode typed = Fixtures.json(invokeTyped(fixture, new RecordingEndpoint(image)));
        assertTrue(typed.get("isBase64Encoded").booleanValue());
        assertArrayEquals(png, Base64.getDecoder().decode(typed.get("body").textValue()));
    }

    private static byte[] Json(JsonNode node) {
        return dev.mcplet.server.json.Json.toBytes(node);
    }

    /** The runtime's serializer writes unset fields as null; API Gateway and ALB read them as absent. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = dev.mcplet.server.json.Json.NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            }
            return copy;
        }
        return node;
    }

    @Test
    void theV2AnswerHasNoMultiValueHeadersEvenAsNull() {
        Fixtures.Expected fixture = Fixtures.EVENTS.get(3);
        JsonNode typed = Fixtures.json(invokeTyped(fixture, new RecordingEndpoint(McpLambdaHandlerTest.trickyResponse())));
        JsonNode multi = typed.get("multiValueHeaders");
        assertTrue(multi == null || multi.isNull(), "payload 2.0 has no multiValueHeaders: " + typed);
    }

    @Test
    void eventsWithoutMethodOrPathAreAClearError() {
        assertThrows(UnsupportedEventException.class, () -> v1(new RecordingEndpoint())
                .handleRequest(new APIGatewayProxyRequestEvent(), null));
        assertThrows(UnsupportedEventException.class, () -> v2(new RecordingEndpoint())
                .handleRequest(new APIGatewayV2HTTPEvent(), null));
        assertThrows(UnsupportedEventException.class, () -> alb(new RecordingEndpoint())
                .handleRequest(new ApplicationLoadBalancerRequestEvent(), null));
    }

    @Test
    void noPrimingUnlessSnapStart() {
        assertNull(v1(new RecordingEndpoint()).priming());
        assertNull(v2(new RecordingEndpoint()).priming());
        assertNull(alb(new RecordingEndpoint()).priming());
    }
}
