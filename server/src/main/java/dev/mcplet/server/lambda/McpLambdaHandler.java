package dev.mcplet.server.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.protocol.McpProtocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The AWS Lambda entry point of an MCP server: extend it with a public no-argument constructor
 * that builds the server, and name that class in the function's handler setting.
 *
 * <pre>{@code
 * public final class CalculatorHandler extends McpLambdaHandler {
 *     public CalculatorHandler() {
 *         super(CalculatorServer.create());
 *     }
 * }
 * }</pre>
 *
 * <p>{@code Handler: com.example.CalculatorHandler::handleRequest} in {@code template.yaml}. The
 * Lambda runtime creates the handler once per execution environment, in the init phase, so the
 * server is built (and with SnapStart, snapshotted) before the first request.
 *
 * <p>It reads the raw event bytes rather than a typed event: the runtime's reflective event
 * binding costs hundreds of milliseconds on a cold start (about 2x the time to the first
 * response). The event may come from API Gateway (REST API, or HTTP API with payload 1.0 or
 * 2.0), a Lambda function URL, or an Application Load Balancer (with or without multi-value
 * headers); the answer goes back in the same shape. Any other event is a function error.
 *
 * <p>The handler holds no state of its own and the server is immutable, so one instance may
 * answer concurrent invocations (as Lambda's multi-concurrency modes do).
 *
 * <p>With SnapStart, the handler primes itself before the snapshot (see {@code SnapStartPriming}):
 * a synthetic {@code initialize}, {@code tools/list} and {@code tools/call} go through this same
 * entry point, without running any tool.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html">Lambda: Java handlers</a>
 */
public abstract class McpLambdaHandler implements RequestStreamHandler {

    private final HttpEndpoint endpoint;
    /** Whether events' requestContext (authorizer, stage) is read: only when the server has authorization. */
    private final boolean gatewayContext;
    private final long deadlineMarginMillis;
    /** Strong reference: the CRaC contexts hold registered resources weakly. Null unless SnapStart. */
    private final SnapStartPriming priming;

    /**
     * @param server the MCP server that answers every request
     */
    protected McpLambdaHandler(McpServer server) {
        this(Objects.requireNonNull(server, "server"), server.endpointPath(), firstHost(server.allowedHosts()),
                System.getenv(SnapStartPriming.INITIALIZATION_TYPE), server.authorization() != null);
    }

    McpLambdaHandler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType) {
        this(endpoint, endpointPath, host, initializationType, false);
    }

    /**
     * For tests: any endpoint, with what priming needs to know about it.
     *
     * @param endpointPath the path priming requests go to
     * @param host the Host header priming requests carry, or null for none
     * @param initializationType {@code snap-start} to register SnapStart priming
     * @param gatewayContext whether to read the authorizer's output and the stage of each event
     */
    McpLambdaHandler(HttpEndpoint endpoint, String endpointPath, String host, String initializationType,
            boolean gatewayContext) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.gatewayContext = gatewayContext;
        this.deadlineMarginMillis = HttpEvents.deadlineMarginMillis(endpoint);
        if (SnapStartPriming.SNAP_START.equals(initializationType)) {
            priming = new SnapStartPriming(new PrimingEvents(this, false, endpointPath, host),
                    new PrimingEvents(this, true, endpointPath, host));
            priming.register();
        } else {
            priming = null;
        }
    }

    /**
     * Answers one Lambda event: reads the HTTP request it carries, hands it to the server, and
     * writes the response in the event source's shape.
     *
     * @throws IllegalArgumentException when the event is not an HTTP event of a supported shape,
     *     with a message that says so; the runtime reports it as a function error
     */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        LambdaHttpEvent event = LambdaHttpEvent.read(input.readAllBytes(), gatewayContext);
        HttpResponse response = endpoint.handle(HttpEvents.withLambdaDeadline(
                HttpEvents.withIds(event.request(), context, event.requestId(), priming), context, deadlineMarginMillis));
        if (response.body().length <= DIRECT_BODY_BYTES) {
            event.writeResponse(response, output);
            return;
        }
        // The body is escaped (or base64-encoded) in the envelope, so only the envelope's size
        // tells whether Lambda can return it.
        ByteArrayOutputStream envelope = new ByteArrayOutputStream(response.body().length + 1024);
        event.writeResponse(response, envelope);
        if (envelope.size() > MAX_RESPONSE_PAYLOAD) {
            System.err.println("mcplet: a " + envelope.size() + "-byte response exceeds AWS Lambda's "
                    + MAX_RESPONSE_PAYLOAD + "-byte limit; answered with an error instead (" + event.request() + ")");
            event.writeResponse(tooLarge(envelope.size()), output);
            return;
        }
        envelope.writeTo(output);
    }

    /** Lambda's limit on a synchronous invocation's response payload: 6 MB. */
    static final int MAX_RESPONSE_PAYLOAD = 6 * 1024 * 1024;
    /** Bodies up to this size fit the payload limit however they are escaped (at most 6 bytes per byte). */
    private static final int DIRECT_BODY_BYTES = 1024 * 1024;

    private static HttpResponse tooLarge(int size) {
        byte[] body = McpProtocol.internalError("Internal error: the response (" + size + " bytes in its Lambda"
                + " envelope) exceeds AWS Lambda's 6 MB response limit; ask for less at a time, or lower"
                + " maxResponseBytes");
        return new HttpResponse(500, new Headers().set("Content-Type", "application/json"), body);
    }

    /** The priming resource, or null when the function does not initialize for SnapStart. */
    final SnapStartPriming priming() {
        return priming;
    }

    /** A Host the server accepts, when it checks Host at all. */
    static String firstHost(List<String> allowedHosts) {
        return allowedHosts == null || allowedHosts.isEmpty() ? null : allowedHosts.get(0);
    }
}
