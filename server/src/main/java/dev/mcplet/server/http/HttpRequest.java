package dev.mcplet.server.http;

import java.util.Map;
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
    private final String pathPrefix;
    private final Map<String, Object> authorizer;

    /**
     * @param method the HTTP method, upper-case ({@code POST})
     * @param path the request path without query string and without any API Gateway stage
     *     prefix ({@code /mcp})
     * @param headers the request headers
     * @param body the decoded body bytes (never base64); empty when there is none
     */
    public HttpRequest(String method, String path, Headers headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : body;
        this.pathPrefix = "";
        this.authorizer = null;
    }

    private HttpRequest(HttpRequest request, String pathPrefix, Map<String, Object> authorizer) {
        this.method = request.method;
        this.path = request.path;
        this.headers = request.headers;
        this.body = request.body;
        this.pathPrefix = Objects.requireNonNull(pathPrefix, "pathPrefix");
        this.authorizer = authorizer;
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
        return new HttpRequest(this, pathPrefix, authorizer);
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
