package dev.mcplet.test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A real Lambda HTTP event (API Gateway REST API, HTTP API payload 2.0, function URL or ALB)
 * around one HTTP request, built in the shape the service sends, and run through a handler the
 * way the Lambda runtime does: event bytes in, response bytes out, with a {@link Context}.
 *
 * <pre>{@code
 * LambdaResponse response = LambdaEvent.httpApi()
 *         .jsonRpc("tools/call", Map.of("name", "add", "arguments", Map.of("a", 2, "b", 3)))
 *         .sendTo(new MyHandler());
 * assertEquals(200, response.statusCode());
 * assertEquals("5", response.jsonRpc().result().path("content").path(0).path("text").asText());
 * }</pre>
 *
 * <p>By default: {@code POST /mcp} with {@code Content-Type: application/json},
 * {@code Accept: application/json, text/event-stream} and
 * {@code MCP-Protocol-Version: 2025-11-25}, as an MCP client sends it.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format">API Gateway REST: proxy input format</a>
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">API Gateway HTTP API: payload format 2.0</a>
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html">Lambda function URLs: request payload</a>
 * @see <a href="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html">ALB: Lambda functions as targets</a>
 */
public final class LambdaEvent {

    /** The front door that sends the event, which decides its shape and the answer's. */
    public enum Source {
        /** API Gateway REST API, Lambda proxy integration (SAM {@code Type: Api}); stage {@code Prod}. */
        REST_API,
        /** API Gateway HTTP API, payload format 2.0 (SAM {@code Type: HttpApi}); stage {@code $default}. */
        HTTP_API,
        /** A Lambda function URL (the 2.0 shape, {@code AuthType: NONE}). */
        FUNCTION_URL,
        /** An Application Load Balancer target group, multi-value headers off. */
        ALB,
        /** An Application Load Balancer target group with {@code lambda.multi_value_headers.enabled}. */
        ALB_MULTI_VALUE
    }

    private static final String SOURCE_IP = "203.0.113.10";
    private static final String TIME = "01/Jan/2026:08:00:00 +0000";
    private static final long TIME_EPOCH = 1767254400000L;

    private final Source source;
    private String method = "POST";
    private String path = "/mcp";
    private String stage;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body;
    private boolean base64;

    private LambdaEvent(Source source) {
        this.source = Objects.requireNonNull(source, "source");
        this.stage = source == Source.REST_API ? "Prod" : null;
        header("Content-Type", "application/json");
        header("Accept", "application/json, text/event-stream");
        header("MCP-Protocol-Version", McpTestClient.DEFAULT_PROTOCOL_VERSION);
        header("User-Agent", "mcplet-test");
    }

    public static LambdaEvent of(Source source) {
        return new LambdaEvent(source);
    }

    public static LambdaEvent restApi() {
        return of(Source.REST_API);
    }

    public static LambdaEvent httpApi() {
        return of(Source.HTTP_API);
    }

    public static LambdaEvent functionUrl() {
        return of(Source.FUNCTION_URL);
    }

    public static LambdaEvent alb() {
        return of(Source.ALB);
    }

    public Source source() {
        return source;
    }

    /** The HTTP method; default {@code POST}. */
    public LambdaEvent method(String method) {
        this.method = method.toUpperCase(Locale.ROOT);
        return this;
    }

    /** The request path after any stage; default {@code /mcp}. */
    public LambdaEvent path(String path) {
        this.path = path;
        return this;
    }

    /**
     * The API Gateway stage. REST API: {@code requestContext.stage} (default {@code Prod}); HTTP
     * API: a named stage, which HTTP APIs put at the start of the path ({@code /prod/mcp});
     * ignored for function URLs and ALB.
     */
    public LambdaEvent stage(String stage) {
        this.stage = stage;
        return this;
    }

    /** Sets a request header, replacing any value of that name (names are case-insensitive). */
    public LambdaEvent header(String name, String value) {
        removeHeader(name);
        headers.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    /** Adds a value to a request header (a header line sent twice). */
    public LambdaEvent addHeader(String name, String value) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                entry.getValue().add(value);
                return this;
            }
        }
        return header(name, value);
    }

    public LambdaEvent removeHeader(String name) {
        headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        return this;
    }

    /** The body, as UTF-8 text (null for none). */
    public LambdaEvent body(String body) {
        this.body = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** A JSON-RPC request with id 1 as the body; {@code params} as for {@link McpTestClient#request}. */
    public LambdaEvent jsonRpc(String method, Map<String, ?> params) {
        return body(McpTestClient.message(1L, method, params == null ? null : Json.toJson(params)));
    }

    /** Sends the body base64-encoded ({@code isBase64Encoded: true}), as API Gateway does for binary media types. */
    public LambdaEvent base64Encoded(boolean base64) {
        this.base64 = base64;
        return this;
    }

    /** The event as the Lambda runtime hands it to a handler. */
    public byte[] toBytes() {
        return Json.bytes(toJson());
    }

    /** The event's JSON. */
    public ObjectNode toJson() {
        switch (source) {
            case REST_API:
                return restApi(event());
            case HTTP_API:
            case FUNCTION_URL:
                return version2(event());
            default:
                return alb(event());
        }
    }

    /** Runs this event through a handler with a fresh {@link TestLambdaContext}. */
    public LambdaResponse sendTo(RequestStreamHandler handler) {
        return sendTo(handler, new TestLambdaContext());
    }

    /**
     * Runs this event through a handler as the Lambda runtime does: the event's bytes in, the
     * response's bytes out. An exception of the handler (a function error) is thrown as it is.
     */
    public LambdaResponse sendTo(RequestStreamHandler handler, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(toBytes()), out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LambdaResponse(source, describe(), out.toByteArray());
    }

    /** For messages: {@code POST /mcp (API Gateway HTTP API event)}. */
    String describe() {
        return method + " " + path + " (" + source.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " event)";
    }

    private ObjectNode event() {
        return Json.object();
    }

    private ObjectNode restApi(ObjectNode event) {
        event.put("resource", "/{proxy+}");
        event.put("path", path);
        event.put("httpMethod", method);
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers("a1b2c3d4e5.execute-api.us-east-1.amazonaws.com").forEach((name, values) -> {
            single.put(name, values.get(values.size() - 1));
            ArrayNode array = multi.putArray(name);
            values.forEach(array::add);
        });
        event.putNull("queryStringParameters");
        event.putNull("multiValueQueryStringParameters");
        event.putObject("pathParameters").put("proxy", path.startsWith("/") ? path.substring(1) : path);
        event.putNull("stageVariables");
        ObjectNode context = event.putObject("requestContext");
        context.put("resourceId", "x1y2z3");
        context.put("resourcePath", "/{proxy+}");
        context.put("httpMethod", method);
        context.put("extendedRequestId", "BxTq1GxyIAMFfRw=");
        context.put("requestTime", TIME);
        context.put("path", (stage == null ? "" : "/" + stage) + path);
        context.put("accountId", "123456789012");
        context.put("protocol", "HTTP/1.1");
        context.put("stage", stage == null ? "Prod" : stage);
        context.put("domainPrefix", "a1b2c3d4e5");
        context.put("requestTimeEpoch", TIME_EPOCH);
        context.put("requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        context.putObject("identity").put("sourceIp", SOURCE_IP).put("userAgent", userAgent());
        context.put("domainName", "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
        context.put("apiId", "a1b2c3d4e5");
        context.put("deploymentId", "d1e2f3");
        return body(event);
    }

    private ObjectNode version2(ObjectNode event) {
        boolean url = source == Source.FUNCTION_URL;
        String domainPrefix = url ? "abcdefghijklmnopqrstuvwxyz012345" : "f6g7h8i9j0";
        String domain = domainPrefix + (url ? ".lambda-url.us-east-1.on.aws" : ".execute-api.us-east-1.amazonaws.com");
        boolean namedStage = !url && stage != null && !stage.equals("$default");
        String rawPath = (namedStage ? "/" + stage : "") + path;
        String routeKey = url ? "$default" : "ANY /{proxy+}";
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", rawPath);
        event.put("rawQueryString", "");
        ObjectNode single = event.putObject("headers");
        // Payload 2.0: lower-case names; a header sent more than once is joined with commas.
        headers(domain).forEach((name, values) -> single.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", url ? "anonymous" : "123456789012");
        context.put("apiId", domainPrefix);
        context.put("domainName", domain);
        context.put("domainPrefix", domainPrefix);
        context.putObject("http").put("method", method).put("path", rawPath).put("protocol", "HTTP/1.1")
                .put("sourceIp", SOURCE_IP).put("userAgent", userAgent());
        context.put("requestId", "BxTq1GxyIAMEJ2Q=");
        context.put("routeKey", routeKey);
        context.put("stage", namedStage ? stage : "$default");
        context.put("time", TIME);
        context.put("timeEpoch", TIME_EPOCH);
        if (!url) {
            event.putObject("pathParameters").put("proxy", path.startsWith("/") ? path.substring(1) : path);
        }
        return body(event);
    }

    private ObjectNode alb(ObjectNode event) {
        event.putObject("requestContext").putObject("elb").put("targetGroupArn",
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/mcp-tg/6d0ecf831eec9f09");
        event.put("httpMethod", method);
        event.put("path", path);
        Map<String, List<String>> all = headers("mcp-alb-1234567890.us-east-1.elb.amazonaws.com");
        if (source == Source.ALB_MULTI_VALUE) {
            event.putObject("multiValueQueryStringParameters");
            ObjectNode multi = event.putObject("multiValueHeaders");
            all.forEach((name, values) -> {
                ArrayNode array = multi.putArray(name.toLowerCase(Locale.ROOT));
                values.forEach(array::add);
            });
        } else {
            event.putObject("queryStringParameters");
            ObjectNode single = event.putObject("headers");
            all.forEach((name, values) -> single.put(name.toLowerCase(Locale.ROOT), values.get(values.size() - 1)));
        }
        return body(event);
    }

    /** The request's headers with the front door's own: Host, and the forwarding headers. */
    private Map<String, List<String>> headers(String host) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("Host", List.of(host));
        all.put("X-Forwarded-For", List.of(SOURCE_IP));
        all.put("X-Forwarded-Port", List.of("443"));
        all.put("X-Forwarded-Proto", List.of("https"));
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            all.keySet().removeIf(name -> name.equalsIgnoreCase(header.getKey()));
            all.put(header.getKey(), List.copyOf(header.getValue()));
        }
        return all;
    }

    private String userAgent() {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("User-Agent")) {
                return header.getValue().get(0);
            }
        }
        return "";
    }

    private ObjectNode body(ObjectNode event) {
        if (body == null) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
        } else if (base64) {
            event.put("body", Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", true);
        } else {
            event.put("body", new String(body, StandardCharsets.UTF_8));
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    @Override
    public String toString() {
        return "LambdaEvent[" + describe() + "]";
    }
}
