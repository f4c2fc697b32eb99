package dev.mcplet.server.http;

import dev.mcplet.server.protocol.McpProtocol;
import java.util.Map;
import java.util.Objects;

/**
 * A transport-neutral HTTP request: what every transport (Lambda event adapters, the local
 * server) turns its input into before handing it to the {@link HttpEndpoint}.
 */
public final class HttpRequest {

    /** {@link #deadlineNanos()} of a request without a deadline. */
    public static final long NO_DEADLINE = McpProtocol.NO_DEADLINE;

    private final String method;
    private final String path;
    private final Headers headers;
    private final byte[] body;
    private final long deadlineNanos;
    private final String pathPrefix;
    private final Map<String, Object> authorizer;
    private final String invocationId;
    private final String gatewayRequestId;
    private final boolean priming;

    /**
     * @param method the HTTP method, upper-case ({@code POST})
     * @param path the request path without query string and without any API Gateway stage
     *     prefix ({@code /mcp})
     * @param headers the request headers
     * @param body the decoded body bytes (never base64); empty when there is none
     */
    public HttpRequest(String method, String path, Headers headers, byte[] body) {
        this(method, path, headers, body, NO_DEADLINE, "", null, null, null, false);
    }

    private HttpRequest(String method, String path, Headers headers, byte[] body, long deadlineNanos,
            String pathPrefix, Map<String, Object> authorizer, String invocationId, String gatewayRequestId,
            boolean priming) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : body;
        this.deadlineNanos = deadlineNanos;
        this.pathPrefix = Objects.requireNonNull(pathPrefix, "pathPrefix");
        this.authorizer = authorizer;
        this.invocationId = invocationId;
        this.gatewayRequestId = gatewayRequestId;
        this.priming = priming;
    }

    /**
     * This request with the ids its front door gave it, for the request log.
     *
     * @param invocationId the id of the invocation that carries it (the Lambda request id), or null
     * @param gatewayRequestId the id the HTTP front door gave it (API Gateway's
     *     {@code requestContext.requestId}), or null
     */
    public HttpRequest withIds(String invocationId, String gatewayRequestId) {
        return new HttpRequest(method, path, headers, body, deadlineNanos, pathPrefix, authorizer, invocationId,
                gatewayRequestId, priming);
    }

    /** The id of the invocation that carries this request (on Lambda, the AWS request id), or null. */
    public String invocationId() {
        return invocationId;
    }

    /**
     * This request as one the server sends itself to warm up (SnapStart priming, just before the
     * snapshot): answered like any other, but left out of the request log and the metrics, which
     * report what clients asked.
     */
    public HttpRequest asPriming() {
        return new HttpRequest(method, path, headers, body, deadlineNanos, pathPrefix, authorizer, invocationId,
                gatewayRequestId, true);
    }

    /** Whether this request is the server's own warm-up ({@link #asPriming()}), not a client's. */
    public boolean isPriming() {
        return priming;
    }

    /** The id the HTTP front door gave this request (API Gateway's request id), or null. */
    public String gatewayRequestId() {
        return gatewayRequestId;
    }

    /**
     * This request as it came through API Gateway, for authorization: what the gateway puts
     * before {@link #path()} in the client's URL, and its authorizer's output.
     *
     * @param pathPrefix the stage or base path a client's URL has before {@link #path()}
     *     ({@code /Prod}), or "" for none
     * @param authorizer the event's {@code requestContext.authorizer} as plain Java values
     *     ({@code Map}, {@code List}, {@code String}, {@code Boolean}, numbers), or null when it
     *     had none
     */
    public HttpRequest withGateway(String pathPrefix, Map<String, Object> authorizer) {
        return new HttpRequest(method, path, headers, body, deadlineNanos, pathPrefix, authorizer, invocationId,
                gatewayRequestId, priming);
    }

    /**
     * This request with a deadline ({@link System#nanoTime()} terms) no later than
     * {@code deadlineNanos}: a tool still running then is answered with a tool error, so that
     * the client hears back before a front door (API Gateway's 29 s) or Lambda's timeout cuts
     * the request off.
     */
    public HttpRequest withDeadline(long deadlineNanos) {
        if (this.deadlineNanos != NO_DEADLINE && this.deadlineNanos - deadlineNanos <= 0) {
            return this;
        }
        return new HttpRequest(method, path, headers, body, deadlineNanos, pathPrefix, authorizer, invocationId,
                gatewayRequestId, priming);
    }

    /** When the answer is due, in {@link System#nanoTime()} terms, or {@link #NO_DEADLINE}. */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Headers headers() {
        return headers;
    }

    /** The body bytes; not copied, do not modify. */
    public byte[] body() {
        return body;
    }

    /** What a client's URL has before {@link #path()} (an API Gateway stage: {@code /Prod}); "" when nothing. */
    public String pathPrefix() {
        return pathPrefix;
    }

    /**
     * The API Gateway authorizer's output ({@code requestContext.authorizer}), or null when the
     * event had none or the transport does not read it (only servers with API Gateway
     * authorization ask for it).
     */
    public Map<String, Object> authorizer() {
        return authorizer;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
