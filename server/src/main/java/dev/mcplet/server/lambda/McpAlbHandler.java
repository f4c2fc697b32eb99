package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.util.Objects;

/**
 * A typed AWS Lambda entry point for Application Load Balancer targets, on the
 * {@code aws-lambda-java-events} types, which the function must then depend on. It answers like
 * {@link McpLambdaHandler}, which is the better choice for most functions (see
 * {@link McpApiGatewayV1Handler} for why).
 *
 * <p>The response carries {@code statusDescription} ({@code 200 OK}) and uses
 * {@code multiValueHeaders} exactly when the request had them (the target group's
 * {@code lambda.multi_value_headers.enabled}), {@code headers} otherwise.
 */
public abstract class McpAlbHandler
        implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {

    private final HttpEndpoint endpoint;
    /** Strong reference: the CRaC contexts hold registered resources weakly. Null unless SnapStart. */
    private final SnapStartPriming priming;

    /**
     * @param server the MCP server that answers every request
     */
    protected McpAlbHandler(McpServer server) {
        this(Objects.requireNonNull(server, "server"), server.endpointPath(),
                McpLambdaHandler.firstHost(server.allowedHosts()), System.getenv(SnapStartPriming.INITIALIZATION_TYPE));
    }

    /** For tests: any endpoint; see {@link McpLambdaHandler}'s twin. */
    McpAlbHandler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        if (SnapStartPriming.SNAP_START.equals(initializationType)) {
            priming = new SnapStartPriming(new Priming(this, endpointPath, host));
            priming.register();
        } else {
            priming = null;
        }
    }

    /**
     * Answers one ALB event.
     *
     * @throws IllegalArgumentException when the event has no method or path (not an ALB event)
     */
    @Override
    public final ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event,
            Context context) {
        // An ALB event carries no request id of its own (the X-Amzn-Trace-Id header stands for one).
        HttpResponse response = endpoint.handle(HttpEvents.withLambdaDeadline(
                HttpEvents.withIds(request(event), context, null, priming), context, HttpEvents.deadlineMarginMillis(endpoint)));
        return response(response, event.getMultiValueHeaders() != null);
    }

    /** The priming resource, or null when the function does not initialize for SnapStart. */
    final SnapStartPriming priming() {
        return priming;
    }

    static HttpRequest request(ApplicationLoadBalancerRequestEvent event) {
        if (event == null || event.getHttpMethod() == null || event.getPath() == null) {
            throw new UnsupportedEventException("it is not an ALB event (no httpMethod or path)");
        }
        Headers headers = HttpEvents.headers(event.getMultiValueHeaders(), event.getHeaders());
        byte[] body = HttpEvents.body(event.getBody(), event.getIsBase64Encoded());
        return new HttpRequest(event.getHttpMethod(), event.getPath(), headers, body);
    }

    static ApplicationLoadBalancerResponseEvent response(HttpResponse response, boolean multiValueHeaders) {
        Headers headers = response.headers();
        boolean text = HttpEvents.isText(headers.first("content-type"), response.body().length);
        ApplicationLoadBalancerResponseEvent out = new ApplicationLoadBalancerResponseEvent();
        out.setStatusCode(response.status());
        out.setStatusDescription(HttpEvents.statusDescription(response.status()));
        if (multiValueHeaders) {
            out.setMultiValueHeaders(HttpEvents.multiValues(headers, true));
        } else {
            out.setHeaders(HttpEvents.singleValues(headers, true, false));
        }
        out.setBody(HttpEvents.bodyString(response.body(), text));
        out.setIsBase64Encoded(!text);
        return out;
    }

    /** Priming through {@link #handleRequest} with single-value-header ALB events. */
    private static final class Priming extends SnapStartPriming.Target {

        private final McpAlbHandler handler;
        private final String path;
        private final String host;

        Priming(McpAlbHandler handler, String path, String host) {
            super("ALB");
            this.handler = handler;
            this.path = path;
            this.host = host;
        }

        @Override
        SnapStartPriming.Answer post(String body, String protocolVersion) {
            ApplicationLoadBalancerRequestEvent event = new ApplicationLoadBalancerRequestEvent();
            event.setHttpMethod("POST");
            event.setPath(path);
            event.setHeaders(SnapStartPriming.headers(protocolVersion, host));
            event.setBody(body);
            ApplicationLoadBalancerResponseEvent response = handler.handleRequest(event, null);
            return SnapStartPriming.answer(response.getStatusCode(), response.getBody(), response.getIsBase64Encoded());
        }
    }
}
