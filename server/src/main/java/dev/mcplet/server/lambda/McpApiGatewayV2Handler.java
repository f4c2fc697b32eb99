package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A typed AWS Lambda entry point for API Gateway HTTP APIs (payload format 2.0) and Lambda
 * function URLs, on the {@code aws-lambda-java-events} types, which the function must then
 * depend on. It answers like {@link McpLambdaHandler}, which is the better choice for most
 * functions (see {@link McpApiGatewayV1Handler} for why).
 *
 * <p>A named stage is stripped from {@code rawPath} ({@code /prod/mcp} is {@code /mcp}); the
 * {@code cookies} array becomes the {@code Cookie} header again; base64 bodies are decoded. The
 * response has no {@code multiValueHeaders} (the 2.0 format has none): repeated values are
 * joined with commas and {@code Set-Cookie} values go in {@code cookies}.
 */
public abstract class McpApiGatewayV2Handler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final HttpEndpoint endpoint;
    /** Whether the authorizer's output and the stage are read: only when the server has authorization. */
    private final boolean gatewayContext;
    /** Strong reference: the CRaC contexts hold registered resources weakly. Null unless SnapStart. */
    private final SnapStartPriming priming;

    /**
     * @param server the MCP server that answers every request
     */
    protected McpApiGatewayV2Handler(McpServer server) {
        this(Objects.requireNonNull(server, "server"), server.endpointPath(),
                McpLambdaHandler.firstHost(server.allowedHosts()), System.getenv(SnapStartPriming.INITIALIZATION_TYPE),
                server.authorization() != null);
    }

    /** For tests: any endpoint; see {@link McpLambdaHandler}'s twin. */
    McpApiGatewayV2Handler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType) {
        this(endpoint, endpointPath, host, initializationType, false);
    }

    /** @param gatewayContext whether to read the authorizer's output and the stage (authorization on) */
    McpApiGatewayV2Handler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType,
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
     * Answers one HTTP API or function URL event.
     *
     * @throws IllegalArgumentException when the event has no method or path (not a payload 2.0 event)
     */
    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String gatewayRequestId = event == null || event.getRequestContext() == null ? null
                : event.getRequestContext().getRequestId();
        HttpRequest request = HttpEvents.withLambdaDeadline(
                HttpEvents.withIds(request(event), context, gatewayRequestId, priming), context,
                HttpEvents.deadlineMarginMillis(endpoint));
        if (gatewayContext) {
            // For authorization: the authorizer's output, and the stage the client's URL has.
            request = request.withGateway(LambdaHttpEvent.prefix(event.getRawPath(), request.path()),
                    authorizer(event.getRequestContext().getAuthorizer()));
        }
        return response(endpoint.handle(request));
    }

    /** The authorizer's output in the shape of the raw event's {@code requestContext.authorizer}. */
    private static Map<String, Object> authorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer) {
        if (authorizer == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (authorizer.getJwt() != null) {
            Map<String, Object> jwt = new LinkedHashMap<>();
            jwt.put("claims", authorizer.getJwt().getClaims() == null ? null
                    : new LinkedHashMap<String, Object>(authorizer.getJwt().getClaims()));
            jwt.put("scopes", authorizer.getJwt().getScopes());
            out.put("jwt", jwt);
        }
        if (authorizer.getLambda() != null) {
            out.put("lambda", authorizer.getLambda());
        }
        if (authorizer.getIam() != null) {
            Map<String, Object> iam = new LinkedHashMap<>();
            iam.put("userArn", authorizer.getIam().getUserArn());
            iam.put("userId", authorizer.getIam().getUserId());
            iam.put("accountId", authorizer.getIam().getAccountId());
            iam.put("callerId", authorizer.getIam().getCallerId());
            out.put("iam", iam);
        }
        return out;
    }

    /** The priming resource, or null when the function does not initialize for SnapStart. */
    final SnapStartPriming priming() {
        return priming;
    }

    static HttpRequest request(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event == null ? null : event.getRequestContext();
        if (context == null || context.getHttp() == null || context.getHttp().getMethod() == null
                || event.getRawPath() == null) {
            throw new UnsupportedEventException("it is not an API Gateway HTTP API 2.0 or function URL event"
                    + " (no requestContext.http.method or rawPath)");
        }
        Headers headers = HttpEvents.headers(null, event.getHeaders());
        HttpEvents.addCookies(headers, event.getCookies());
        byte[] body = HttpEvents.body(event.getBody(), event.getIsBase64Encoded());
        return new HttpRequest(context.getHttp().getMethod(), HttpEvents.stripStage(event.getRawPath(),
                context.getStage()), headers, body);
    }

    static APIGatewayV2HTTPResponse response(HttpResponse response) {
        Headers headers = response.headers();
        boolean text = HttpEvents.isText(headers.first("content-type"), response.body().length);
        APIGatewayV2HTTPResponse out = new APIGatewayV2HTTPResponse();
        out.setStatusCode(response.status());
        out.setHeaders(HttpEvents.singleValues(headers, true, true));
        if (headers.contains("set-cookie")) {
            out.setCookies(new ArrayList<>(headers.all("set-cookie")));
        }
        out.setBody(HttpEvents.bodyString(response.body(), text));
        out.setIsBase64Encoded(!text);
        return out;
    }

    /** Priming through {@link #handleRequest} with HTTP API events. */
    private static final class Priming extends SnapStartPriming.Target {

        private final McpApiGatewayV2Handler handler;
        private final String path;
        private final String host;

        Priming(McpApiGatewayV2Handler handler, String path, String host) {
            super("API Gateway HTTP API");
            this.handler = handler;
            this.path = path;
            this.host = host;
        }

        @Override
        SnapStartPriming.Answer post(String body, String protocolVersion) {
            APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
            http.setMethod("POST");
            http.setPath(path);
            APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
            context.setHttp(http);
            context.setStage(HttpEvents.DEFAULT_STAGE);
            APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
            event.setVersion("2.0");
            event.setRawPath(path);
            event.setHeaders(SnapStartPriming.headers(protocolVersion, host));
            event.setRequestContext(context);
            event.setBody(body);
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            return SnapStartPriming.answer(response.getStatusCode(), response.getBody(), response.getIsBase64Encoded());
        }
    }
}
