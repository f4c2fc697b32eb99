package dev.mcplet.server.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.testing.CalculatorTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slow, stalled and many clients against the local server, over raw sockets on loopback. */
class LocalServerSlowClientTest {

    private static final McpServer SERVER = McpServer.builder().tools(new CalculatorTools()).build();
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    private static LocalServer start(LocalServer.Builder builder) {
        return builder.port(0).shutdownHook(false).start();
    }

    private static LocalServer.Builder builder() {
        return new LocalServer.Builder(SERVER, Map.of()).threads(4);
    }

    static String request(LocalServer local, String body, String extraHeaders) {
        return "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + local.port() + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, text/event-stream\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n" + extraHeaders + "\r\n" + body;
    }

    /** A response read off a raw socket: its head (lower-cased) and its body. */
    static final class Raw {
        final String head;
        final String body;

        Raw(String head, String body) {
            this.head = head;
            this.body = body;
        }

        int status() {
            return Integer.parseInt(head.substring(9, 12));
        }

        boolean closes() {
            return head.contains("\r\nconnection: close\r\n");
        }
    }

    static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes of head: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int length = 0;
        int at = text.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            length = Integer.parseInt(text.substring(at + 17, text.indexOf('\r', at + 2)).trim());
        }
        byte[] body = in.readNBytes(length);
        return new Raw(text, new String(body, StandardCharsets.UTF_8));
    }

    /** Whether the server closed the connection (true) or keeps it open (false), within the timeout. */
    static boolean closedByServer(Socket socket, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    void stalledClientsDoNotLockOthersOut() throws Exception {
        try (LocalServer local = start(builder())) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    Socket socket = new Socket("127.0.0.1", local.port());
                    socket.getOutputStream().write(("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                            .getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }
                for (int i = 0; i < 6; i++) {
                    Socket socket = new Socket("127.0.0.1", local.port());
                    String full = request(local, PING, "");
                    socket.getOutputStream().write(full.substring(0, full.length() - 10).getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }
                Thread.sleep(300);
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(3)).build();
                long started = System.nanoTime();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(local.uri())
                        .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(PING)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(millis < 3000, "answered after " + millis + " ms");
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void keptAliveRequestsAreAnsweredWithoutDelay() throws Exception {
        try (LocalServer local = start(builder()); Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] request = request(local, PING, "").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5; i++) { // warm up
                out.write(request);
                assertEquals(200, read(in).status());
            }
            int count = 50;
            long[] micros = new long[count];
            for (int i = 0; i < count; i++) {
                long started = System.nanoTime();
                out.write(request);
                Raw response = read(in);
                micros[i] = (System.nanoTime() - started) / 1_000;
                assertEquals(200, response.status(), response.head);
            }
            java.util.Arrays.sort(micros);
            long median = micros[count / 2];
            // With Nagle's algorithm and a head and body written apart, every answer waited ~40 ms
            // for the client's delayed ACK. The median, not the total: a busy machine's stalls
            // delay a few requests, never half of them by 20 ms.
            assertTrue(median < 20_000, "the median request on one kept-alive connection took " + median + " us");
        }
    }

    @Test
    void everyConnectionTheServerClosesWasToldSo() throws Exception {
        try (LocalServer local = start(builder())) {
            List<Socket> sockets = new ArrayList<>();
            List<Raw> responses = new ArrayList<>();
            try {
                for (int i = 0; i < 230; i++) {
                    Socket socket = new Socket("127.0.0.1", local.port());
                    socket.setSoTimeout(10_000);
                    socket.getOutputStream().write(request(local, PING, "").getBytes(StandardCharsets.UTF_8));
                    sockets.add(socket);
                    responses.add(read(socket.getInputStream()));
                }
                Thread.sleep(500);
                int closed = 0;
                for (int i = 0; i < sockets.size(); i++) {
                    Raw response = responses.get(i);
                    assertEquals(200, response.status());
                    if (closedByServer(sockets.get(i), 20)) {
                        closed++;
                        assertTrue(response.closes(), "connection " + i + " was closed without Connection: close: "
                                + response.head);
                    } else {
                        assertTrue(!response.closes(), "connection " + i + " said close but stayed open");
                    }
                }
                assertTrue(closed > 0, "expected the server to shed some of 230 idle connections");
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aRequestThatDoesNotArriveInTimeGets408AndIsClosed() throws Exception {
        try (LocalServer local = start(builder().readTimeout(Duration.ofMillis(500)));
                Socket headers = new Socket("127.0.0.1", local.port())) {
            headers.setSoTimeout(5000);
            long started = System.nanoTime();
            OutputStream out = headers.getOutputStream();
            out.write("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 3; i++) { // one header byte at a time, each well within a read timeout
                Thread.sleep(200);
                out.write('X');
            }
            Raw slow = read(headers.getInputStream());
            assertEquals(408, slow.status(), slow.head);
            assertTrue(slow.closes());
            assertTrue(closedByServer(headers, 2000));
            assertTrue((System.nanoTime() - started) / 1_000_000 < 3000);

            try (Socket body = new Socket("127.0.0.1", local.port())) {
                body.setSoTimeout(5000);
                String full = request(local, PING, "");
                body.getOutputStream().write(full.substring(0, full.length() - 5).getBytes(StandardCharsets.US_ASCII));
                Raw partial = read(body.getInputStream());
                assertEquals(408, partial.status(), partial.head);
                assertTrue(closedByServer(body, 2000));
            }
            try (Socket silent = new Socket("127.0.0.1", local.port())) {
                assertTrue(closedByServer(silent, 3000), "a connection that sends nothing is closed");
            }
        }
    }

    @Test
    void connectionsPastTheLimitAreTurnedAwayAtOnceNotQueued() throws Exception {
        try (LocalServer local = start(builder().maxConnections(3).readTimeout(Duration.ofMillis(1500)))) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket socket = new Socket("127.0.0.1", local.port());
                    socket.getOutputStream().write("POST /mcp HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    stalled.add(socket);
                }
                Thread.sleep(200);
                try (Socket extra = new Socket("127.0.0.1", local.port())) {
                    extra.setSoTimeout(2000);
                    Raw busy = read(extra.getInputStream());
                    assertEquals(503, busy.status(), busy.head);
                    assertTrue(busy.body.contains("too many connections"), busy.body);
                }
                // The stalled ones time out (1.5 s) and make room: a later connection is served.
                // Asked again until then rather than after one fixed sleep, which a busy machine can outlast.
                Thread.sleep(1500);
                long giveUp = System.nanoTime() + 10_000_000_000L;
                int status;
                do {
                    try (Socket later = new Socket("127.0.0.1", local.port())) {
                        later.setSoTimeout(5000);
                        later.getOutputStream().write(request(local, PING, "").getBytes(StandardCharsets.UTF_8));
                        status = read(later.getInputStream()).status();
                    } catch (java.net.SocketException turnedAway) {
                        status = 503; // closed by the 503 before the request was read: reset
                    }
                    if (status == 503) {
                        Thread.sleep(100);
                    }
                } while (status == 503 && System.nanoTime() < giveUp);
                assertEquals(200, status, "the timed-out connections never made room");
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void expectContinueHttp10AndConnectionCloseAreHonoured() throws Exception {
        try (LocalServer local = start(builder()); Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setSoTimeout(5000);
            String full = request(local, PING, "Expect: 100-continue\r\n");
            int split = full.indexOf("\r\n\r\n") + 4;
            socket.getOutputStream().write(full.substring(0, split).getBytes(StandardCharsets.US_ASCII));
            Raw interim = read(socket.getInputStream());
            assertEquals(100, interim.status(), interim.head);
            socket.getOutputStream().write(full.substring(split).getBytes(StandardCharsets.US_ASCII));
            Raw answer = read(socket.getInputStream());
            assertEquals(200, answer.status());
            assertTrue(answer.body.contains("\"result\":{}"), answer.body);

            socket.getOutputStream().write(request(local, PING, "Connection: close\r\n").getBytes(StandardCharsets.UTF_8));
            Raw last = read(socket.getInputStream());
            assertTrue(last.closes(), last.head);
            assertTrue(closedByServer(socket, 2000));
        }
        try (LocalServer local = start(builder()); Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request(local, PING, "").replace("HTTP/1.1", "HTTP/1.0")
                    .getBytes(StandardCharsets.UTF_8));
            Raw answer = read(socket.getInputStream());
            assertTrue(answer.head.startsWith("http/1.0 200"), answer.head);
            assertTrue(answer.closes(), answer.head);
        }
    }
}
