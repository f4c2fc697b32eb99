package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.util.Map;
import java.util.Objects;

/**
 * A typed AWS Lambda entry point for API Gateway REST APIs (and HTTP APIs with payload format
 * 1.0), on the {@code aws-lambda-java-events} types, which the function must then depend on.
 * It answers like {@link McpLambdaHandler}, which is the better choice for most functions: the
 * runtime's reflective binding of the typed event costs hundreds of milliseconds on a cold
 * start. Use this one when other code of the function needs the typed event.
 *
 * <pre>{@code
 * public final class CalculatorHandler extends McpApiGatewayV1Handler {
 *     public CalculatorHandler() {
 *         super(CalculatorServer.create());
 *     }
 * }
 * }</pre>
 *
 * <p>Header names are matched case-insensitively and {@code multiValueHeaders} win over
 * {@code headers}; base64 bodies are decoded; with SnapStart it primes itself like
 * {@link McpLambdaHandler}, through {@link #handleRequest}.
 */
public abstract class McpApiGatewayV1Handler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final HttpEndpoint endpoint;
    /** Whether the authorizer's output and the stage are read: only when the server has authorization. */
    private final boolean gatewayContext;
    /** Strong reference: the CRaC contexts hold registered resources weakly. Null unless SnapStart. */
    private final SnapStartPriming priming;

    /**
     * @param server the MCP server that answers every request
     */
    protected McpApiGatewayV1Handler(McpServer server) {
        this(Objects.requireNonNull(server, "server"), server.endpointPath(),
                McpLambdaHandler.firstHost(server.allowedHosts()), System.getenv(SnapStartPriming.INITIALIZATION_TYPE),
                server.authorization() != null);
    }

    /** For tests: any endpoint; see {@link McpLambdaHandler}'s twin. */
    McpApiGatewayV1Handler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType) {
        this(endpoint, endpointPath, host, initializationType, false);
    }

    /** @param gatewayContext whether to read the authorizer's output and the stage (authorization on) */
    McpApiGatewayV1Handler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType,
            boolean gatewayContext) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.gatewayContext = gatewayContext;
        if (SnapStartPriming.SNAP_START.equals(initializationType)) {
            priming = new SnapStartPriming(new Priming(this, endpointPath, host));
            priming.register();
        } else {
            priming = null;
        }
    }

    /**
     * Answers one API Gateway event.
     *
     * @throws IllegalArgumentException when the event has no method or path (not an API Gateway event)
     */
    @Override
    public final APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String gatewayRequestId = event == null || event.getRequestContext() == null ? null
                : event.getRequestContext().getRequestId();
        HttpRequest request = HttpEvents.withLambdaDeadline(
                HttpEvents.withIds(request(event), context, gatewayRequestId, priming), context,
                HttpEvents.deadlineMarginMillis(endpoint));
        if (gatewayContext && event.getRequestContext() != null) {
            // For authorization: the authorizer's output, and the stage the client's URL has.
            ProxyRequestContext proxy = event.getRequestContext();
            String clientPath = "1.0".equals(event.getVersion()) ? event.getPath() : proxy.getPath();
            request = request.withGateway(clientPath == null ? "" : LambdaHttpEvent.prefix(clientPath, request.path()),
                    proxy.getAuthorizer());
        }
        return response(endpoint.handle(request));
    }

    /** The priming resource, or null when the function does not initialize for SnapStart. */
    final SnapStartPriming priming() {
        return priming;
    }

    static HttpRequest request(APIGatewayProxyRequestEvent event) {
        if (event == null || event.getHttpMethod() == null || event.getPath() == null) {
            throw new UnsupportedEventException("it is not an API Gateway REST API or HTTP API 1.0 event"
                    + " (no httpMethod or path)");
        }
        String path = event.getPath();
        if ("1.0".equals(event.getVersion()) && event.getRequestContext() != null) {
            // HTTP API payload 1.0 keeps a named stage in path; REST APIs never do.
            path = HttpEvents.stripStage(path, event.getRequestContext().getStage());
        }
        Headers headers = HttpEvents.headers(event.getMultiValueHeaders(), event.getHeaders());
        byte[] body = HttpEvents.body(event.getBody(), Boolean.TRUE.equals(event.getIsBase64Encoded()));
        return new HttpRequest(event.getHttpMethod(), path, headers, body);
    }

    /** Single values in headers, repeated names in multiValueHeaders (API Gateway merges the two). */
    static APIGatewayProxyResponseEvent response(HttpResponse response) {
        Headers headers = response.headers();
        boolean text = HttpEvents.isText(headers.first("content-type"), response.body().length);
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(response.status())
                .withHeaders(HttpEvents.singleValues(headers, false, false))
                .withMultiValueHeaders(HttpEvents.multiValues(headers, false))
                .withBody(HttpEvents.bodyString(response.body(), text))
                .withIsBase64Encoded(!text);
    }

    /** Priming through {@link #handleRequest} with REST API events. */
    private static final class Priming extends SnapStartPriming.Target {

        private final McpApiGatewayV1Handler handler;
        private final String path;
        private final String host;

        Priming(McpApiGatewayV1Handler handler, String path, String host) {
            super("API Gateway REST API");
            this.handler = handler;
            this.path = path;
            this.host = host;
        }

        @Override
        SnapStartPriming.Answer post(String body, String protocolVersion) {
            Map<String, String> headers = SnapStartPriming.headers(protocolVersion, host);
            APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                    .withHttpMethod("POST")
                    .withPath(path)
                    .withResource(path)
                    .withHeaders(headers)
                    .withBody(body)
                    .withIsBase64Encoded(false);
            APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
            return SnapStartPriming.answer(response.getStatusCode(), response.getBody(),
                    Boolean.TRUE.equals(response.getIsBase64Encoded()));
        }
    }
}
