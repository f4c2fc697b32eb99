package dev.mcplet.server.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Translates one JDK {@link HttpExchange} into an {@link HttpRequest}, and the endpoint's
 * {@link HttpResponse} back. Nothing else: status codes, headers and bodies are the endpoint's.
 */
final class ExchangeHandler implements HttpHandler {

    private static final byte[] NO_BODY = new byte[0];
    /** How much of an oversized body is read and dropped so the client can read the 413. */
    private static final long DISCARD_LIMIT = 1024 * 1024;

    private final HttpEndpoint endpoint;
    private final int maxBodyBytes;
    /** Exchanges in progress; guarded by {@code this}. */
    private int active;

    ExchangeHandler(HttpEndpoint endpoint, int maxBodyBytes) {
        this.endpoint = endpoint;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        synchronized (this) {
            active++;
        }
        try {
            HttpResponse response = endpoint.handle(request(exchange));
            write(exchange, response);
        } finally {
            exchange.close();
            synchronized (this) {
                if (--active == 0) {
                    notifyAll();
                }
            }
        }
    }

    /** Waits until no exchange is in progress, or the deadline ({@link System#nanoTime()}) passes. */
    synchronized void awaitIdle(long deadlineNanos) throws InterruptedException {
        while (active > 0) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private HttpRequest request(HttpExchange exchange) throws IOException {
        Headers headers = new Headers();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                headers.add(header.getKey(), value);
            }
        }
        String path = exchange.getRequestURI().getPath();
        return new HttpRequest(exchange.getRequestMethod(), path == null ? "" : path, headers, body(exchange, headers));
    }

    /**
     * Reads at most one byte more than the endpoint accepts, so an oversized body is recognised
     * (and answered 413) without being held in memory. The excess of an oversized body is read
     * and discarded up to {@link #DISCARD_LIMIT}: a client still sending its body must finish
     * before it reads the answer, and a connection closed under it would turn the 413 into a
     * broken pipe (Tomcat's {@code maxSwallowSize} does the same). Beyond that limit the body is
     * left unread and the connection is closed after the answer ({@code Connection: close}).
     */
    private byte[] body(HttpExchange exchange, Headers headers) throws IOException {
        InputStream in = exchange.getRequestBody();
        String length = headers.first("content-length");
        if (length != null) {
            try {
                long declared = Long.parseLong(length.trim());
                if (declared == 0) {
                    return NO_BODY;
                }
                if (declared > maxBodyBytes) {
                    if (declared - maxBodyBytes > DISCARD_LIMIT || !discard(in, declared)) {
                        closeAfterwards(exchange);
                    }
                    return NO_BODY; // the endpoint answers 413 from the Content-Length header
                }
            } catch (NumberFormatException e) {
                // Unreadable length: read the body as it comes.
            }
        }
        byte[] body = in.readNBytes(maxBodyBytes == Integer.MAX_VALUE ? maxBodyBytes : maxBodyBytes + 1);
        if (body.length > maxBodyBytes && !discard(in, DISCARD_LIMIT)) {
            closeAfterwards(exchange);
        }
        return body;
    }

    /** Reads and drops up to {@code limit} bytes; true when the body ended within them. */
    private static boolean discard(InputStream in, long limit) throws IOException {
        long left = limit;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return true;
            }
            left -= read;
        }
        return in.read() < 0;
    }

    private static void closeAfterwards(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Connection", "close");
    }

    private static void write(HttpExchange exchange, HttpResponse response) throws IOException {
        com.sun.net.httpserver.Headers out = exchange.getResponseHeaders();
        Headers headers = response.headers();
        for (String name : headers.names()) {
            for (String value : headers.all(name)) {
                out.add(name, value);
            }
        }
        // A HEAD answer has headers only (RFC 9110 section 9.3.2).
        byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? NO_BODY : response.body();
        // -1: no body at all (the JDK server then sends no Content-Length for 202 and 204).
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }
}
