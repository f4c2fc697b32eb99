package dev.mcplet.server.http;

import dev.mcplet.server.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A transport-neutral HTTP response, written back by each transport in its own shape. */
public final class HttpResponse {

    private static final byte[] EMPTY = new byte[0];

    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final Reply reply;

    /**
     * @param status the HTTP status code
     * @param headers the response headers, including {@code Content-Type} when there is a body
     * @param body the body bytes; empty for none
     */
    public HttpResponse(int status, Headers headers, byte[] body) {
        this(status, headers, body, null);
    }

    HttpResponse(int status, Headers headers, byte[] body, Reply reply) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? EMPTY : body;
        this.reply = reply;
    }

    /**
     * What the protocol core made of the request (method, revision, outcome), for monitoring;
     * null when the request was refused before any message was read (403, 404, 405, 406, ...).
     */
    public Reply reply() {
        return reply;
    }

    public int status() {
        return status;
    }

    public Headers headers() {
        return headers;
    }

    /** The body bytes; not copied, do not modify. */
    public byte[] body() {
        return body;
    }

    /** The body as UTF-8 text (for tests and logs). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + ", " + body.length + " bytes]";
    }
}
