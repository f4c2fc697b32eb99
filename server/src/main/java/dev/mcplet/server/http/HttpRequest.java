package dev.mcplet.server.http;

import java.util.Objects;

/**
 * A transport-neutral HTTP request: what every transport (Lambda event adapters, the local
 * server) turns its input into before handing it to the {@link HttpEndpoint}.
 */
public final class HttpRequest {

    private final String method;
    private final String path;
    private final Headers headers;
    private final byte[] body;
    private final String invocationId;
    private final String gatewayRequestId;

    /**
     * @param method the HTTP method, upper-case ({@code POST})
     * @param path the request path without query string and without any API Gateway stage
     *     prefix ({@code /mcp})
     * @param headers the request headers
     * @param body the decoded body bytes (never base64); empty when there is none
     */
    public HttpRequest(String method, String path, Headers headers, byte[] body) {
        this(method, path, headers, body, null, null);
    }

    private HttpRequest(String method, String path, Headers headers, byte[] body, String invocationId,
            String gatewayRequestId) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : body;
        this.invocationId = invocationId;
        this.gatewayRequestId = gatewayRequestId;
    }

    /**
     * This request with the ids its front door gave it, for the request log.
     *
     * @param invocationId the id of the invocation that carries it (the Lambda request id), or null
     * @param gatewayRequestId the id the HTTP front door gave it (API Gateway's
     *     {@code requestContext.requestId}), or null
     */
    public HttpRequest withIds(String invocationId, String gatewayRequestId) {
        return new HttpRequest(method, path, headers, body, invocationId, gatewayRequestId);
    }

    /** The id of the invocation that carries this request (on Lambda, the AWS request id), or null. */
    public String invocationId() {
        return invocationId;
    }

    /** The id the HTTP front door gave this request (API Gateway's request id), or null. */
    public String gatewayRequestId() {
        return gatewayRequestId;
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

    @Override
    public String toString() {
        return method + " " + path;
    }
}
