package dev.mcplet.server.local;

import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.protocol.McpProtocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One client connection of the local server, on a thread of its own: reads HTTP/1.1 requests
 * (RFC 9112) one after another, hands each to the endpoint, and writes each answer in one write.
 *
 * <p>Every read has a deadline, so a slow or stalled client holds only its own connection: the
 * first byte of a request must come within the idle timeout, and the whole request (head and
 * body) within the read timeout after it; otherwise the answer is 408 and the connection closes.
 * A connection that will not be kept says so with {@code Connection: close} on its last answer.
 */
final class Http11Connection implements Runnable {

    /** The most bytes of request line and headers (431 beyond). */
    static final int MAX_HEAD_BYTES = 16 * 1024;
    /** The most header lines (431 beyond). */
    static final int MAX_HEADERS = 100;
    /** How much of an oversized body is read and dropped so the client can read the 413 (Tomcat's maxSwallowSize). */
    private static final long DISCARD_LIMIT = 1024 * 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Http11Server server;
    private final Socket socket;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private InputStream in;
    private OutputStream out;

    Http11Connection(Http11Server server, Socket socket) {
        this.server = server;
        this.socket = socket;
    }

    @Override
    public void run() {
        try {
            in = socket.getInputStream();
            out = socket.getOutputStream();
            boolean first = true;
            while (serveOne(first)) {
                first = false;
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or broke the protocol mid-answer: nothing more to say to it.
        } finally {
            server.closed(this);
            lingeringClose();
        }
    }

    /**
     * Closes after the last answer without losing it: closing a socket with unread input makes
     * the kernel send a reset, which can discard the answer before the client reads it. So the
     * sending side is shut first and what the client still sends is read and dropped, briefly.
     */
    private void lingeringClose() {
        try {
            if (!socket.isClosed()) {
                socket.shutdownOutput();
                long deadline = System.nanoTime() + 2_000_000_000L;
                long dropped = 0;
                while (dropped < DISCARD_LIMIT && fill(deadline)) {
                    dropped += limit;
                }
            }
        } catch (IOException e) {
            // Timed out or reset: close anyway.
        }
        close();
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    /** Reads and answers one request; false when the connection is to be closed. */
    private boolean serveOne(boolean first) throws IOException {
        // A new connection gets the read timeout to start; a kept-alive one may idle longer.
        long wait = first ? server.readTimeoutMillis() : server.idleTimeoutMillis();
        if (!awaitFirstByte(System.nanoTime() + wait * 1_000_000)) {
            return false;
        }
        long deadline = System.nanoTime() + server.readTimeoutMillis() * 1_000_000;
        Request request;
        HttpRequest httpRequest;
        try {
            request = readRequest(deadline);
            httpRequest = request.toHttpRequest();
        } catch (SocketTimeoutException e) {
            refuse(408, "Request Timeout: the request did not arrive within " + server.readTimeoutMillis() + " ms");
            return false;
        } catch (BadRequest e) {
            refuse(e.status, e.getMessage());
            return false;
        }
        HttpResponse response = server.handle(httpRequest);
        boolean keep = request.keepAlive && server.keepsConnections();
        write(response, request.head, keep, request.http10);
        return keep;
    }

    /** Waits for the next request's first byte; false when the client closed or stayed silent. */
    private boolean awaitFirstByte(long deadline) throws IOException {
        if (position < limit) {
            return true;
        }
        try {
            return fill(deadline);
        } catch (SocketTimeoutException e) {
            return false; // idle: closed without an answer, as no request is pending
        }
    }

    private Request readRequest(long deadline) throws IOException, BadRequest {
        String requestLine;
        do {
            requestLine = readLine(deadline);
        } while (requestLine.isEmpty()); // RFC 9112 section 2.2: empty lines before a request are ignored
        int first = requestLine.indexOf(' ');
        int second = first < 0 ? -1 : requestLine.indexOf(' ', first + 1);
        if (first <= 0 || second < 0 || requestLine.indexOf(' ', second + 1) >= 0
                || !requestLine.startsWith("HTTP/1.", second + 1) || requestLine.length() != second + 9) {
            throw new BadRequest(400, "Bad Request: malformed request line");
        }
        Request request = new Request(requestLine.substring(0, first), requestLine.substring(first + 1, second),
                requestLine.endsWith("HTTP/1.0"));
        int count = 0;
        String line;
        while (!(line = readLine(deadline)).isEmpty()) {
            int colon = line.indexOf(':');
            if (colon <= 0 || ++count > MAX_HEADERS || line.charAt(colon - 1) == ' ' || line.charAt(0) == ' '
                    || line.charAt(0) == '\t') {
                throw count > MAX_HEADERS ? new BadRequest(431, "Request Header Fields Too Large")
                        : new BadRequest(400, "Bad Request: malformed header line");
            }
            request.headers.add(line.substring(0, colon), line.substring(colon + 1).trim());
        }
        request.readConnectionTokens();
        request.body = readBody(request, deadline);
        return request;
    }

    private byte[] readBody(Request request, long deadline) throws IOException, BadRequest {
        Headers headers = request.headers;
        String transfer = headers.first("transfer-encoding");
        String length = headers.first("content-length");
        int max = server.maxBodyBytes();
        if (transfer != null) {
            if (!transfer.trim().toLowerCase(Locale.ROOT).endsWith("chunked")) {
                throw new BadRequest(400, "Bad Request: unsupported Transfer-Encoding");
            }
            if (length != null) {
                // RFC 9112 section 6.1: both is a sign of request smuggling; answer, then close.
                request.keepAlive = false;
                headers.remove("content-length");
            }
            continueIfExpected(request);
            return readChunked(request, max, deadline);
        }
        if (length == null) {
            return new byte[0];
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "Bad Request: malformed Content-Length");
        }
        if (declared < 0 || headers.all("content-length").size() > 1) {
            throw new BadRequest(400, "Bad Request: malformed Content-Length");
        }
        if (declared > max) {
            // The endpoint answers 413 from the header. Without 100-continue the client is sending
            // the body anyway: drop a little so it can read the answer, else close after it.
            if (request.expectsContinue || declared - max > DISCARD_LIMIT || !skip(declared, deadline)) {
                request.keepAlive = false;
            }
            return new byte[0];
        }
        continueIfExpected(request);
        byte[] body = new byte[(int) declared];
        readFully(body, 0, body.length, deadline);
        return body;
    }

    private void continueIfExpected(Request request) throws IOException {
        if (request.expectsContinue && !request.http10) {
            out.write(CONTINUE);
        }
    }

    /** A chunked body (RFC 9112 section 7.1), keeping at most {@code max + 1} bytes. */
    private byte[] readChunked(Request request, int max, long deadline) throws IOException, BadRequest {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long total = 0;
        while (true) {
            String sizeLine = readLine(deadline);
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "Bad Request: malformed chunk size");
            }
            if (size < 0) {
                throw new BadRequest(400, "Bad Request: malformed chunk size");
            }
            if (size == 0) {
                while (!readLine(deadline).isEmpty()) {
                    // trailer fields, ignored
                }
                return body.toByteArray();
            }
            total += size;
            if (total > max + DISCARD_LIMIT) {
                request.keepAlive = false;
                byte[] kept = body.toByteArray();
                return kept.length > max ? kept : padded(kept, max + 1);
            }
            long keep = Math.max(0, Math.min(size, (long) max + 1 - body.size()));
            byte[] chunk = new byte[(int) keep];
            readFully(chunk, 0, chunk.length, deadline);
            body.write(chunk, 0, chunk.length);
            if (!skip(size - keep, deadline)) {
                throw new SocketTimeoutException();
            }
            if (!readLine(deadline).isEmpty()) {
                throw new BadRequest(400, "Bad Request: malformed chunk");
            }
        }
    }

    private static byte[] padded(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    /** A line ending in CRLF (or LF), as ISO-8859-1, without the line end. */
    private String readLine(long deadline) throws IOException, BadRequest {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit && !fill(deadline)) {
                throw new BadRequest(400, "Bad Request: the connection closed mid-request");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_HEAD_BYTES) {
                throw new BadRequest(431, "Request Header Fields Too Large");
            }
            line.append((char) (b & 0xff));
        }
    }

    private void readFully(byte[] into, int offset, int length, long deadline) throws IOException, BadRequest {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (position == limit && !fill(deadline)) {
                throw new BadRequest(400, "Bad Request: the body ended before its Content-Length");
            }
            int n = Math.min(end - at, limit - position);
            System.arraycopy(buffer, position, into, at, n);
            position += n;
            at += n;
        }
    }

    /** Reads and drops {@code count} bytes; false when the client closed first. */
    private boolean skip(long count, long deadline) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit && !fill(deadline)) {
                return false;
            }
            int n = (int) Math.min(left, limit - position);
            position += n;
            left -= n;
        }
        return true;
    }

    /** Reads more bytes before the deadline; false at end of stream. */
    private boolean fill(long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Answers a request that could not be read, and the connection closes after it. */
    private void refuse(int status, String message) throws IOException {
        byte[] body = McpProtocol.transportError(message);
        Headers headers = new Headers().set("Content-Type", "application/json");
        write(new HttpResponse(status, headers, body), false, false, false);
    }

    /** Status line, headers and body in one write: with TCP_NODELAY, one segment for a small answer. */
    private void write(HttpResponse response, boolean head, boolean keep, boolean http10) throws IOException {
        int status = response.status();
        byte[] body = response.body();
        StringBuilder text = new StringBuilder(256);
        text.append(http10 ? "HTTP/1.0 " : "HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        Headers headers = response.headers();
        for (int i = 0, n = headers.size(); i < n; i++) {
            text.append(headers.name(i)).append(": ").append(headers.value(i)).append("\r\n");
        }
        text.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        if (status != 204 && status != 304) {
            text.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (!keep) {
            text.append("Connection: close\r\n");
        } else {
            if (http10) {
                text.append("Connection: keep-alive\r\n");
            }
            text.append("Keep-Alive: timeout=").append(server.idleTimeoutMillis() / 1000).append("\r\n");
        }
        text.append("\r\n");
        byte[] headBytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int bodyLength = head || status == 204 || status == 304 ? 0 : body.length;
        byte[] all = new byte[headBytes.length + bodyLength];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, bodyLength);
        out.write(all);
        out.flush();
    }

    private static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 400: return "Bad Request";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 406: return "Not Acceptable";
            case 408: return "Request Timeout";
            case 413: return "Content Too Large";
            case 415: return "Unsupported Media Type";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Status";
        }
    }

    /** A request that cannot be read; answered with its status, then the connection closes. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** What was read of one request. */
    private static final class Request {
        final String method;
        final String target;
        final boolean http10;
        final boolean head;
        final Headers headers = new Headers();
        boolean keepAlive;
        boolean expectsContinue;
        byte[] body;

        Request(String method, String target, boolean http10) {
            this.method = method;
            this.target = target;
            this.http10 = http10;
            this.head = method.equals("HEAD");
        }

        /** RFC 9112 section 9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive". */
        void readConnectionTokens() {
            String connection = String.join(",", headers.all("connection")).toLowerCase(Locale.ROOT);
            keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
            String expect = headers.first("expect");
            expectsContinue = expect != null && expect.trim().equalsIgnoreCase("100-continue");
        }

        HttpRequest toHttpRequest() throws BadRequest {
            String path;
            try {
                path = new URI(target).getPath();
            } catch (URISyntaxException e) {
                throw new BadRequest(400, "Bad Request: malformed request target");
            }
            return new HttpRequest(method, path == null ? "" : path, headers, body);
        }
    }
}
