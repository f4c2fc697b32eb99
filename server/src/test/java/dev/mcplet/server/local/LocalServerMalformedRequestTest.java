package dev.mcplet.server.local;

import static dev.mcplet.server.local.LocalServerSlowClientTest.closedByServer;
import static dev.mcplet.server.local.LocalServerSlowClientTest.read;
import static dev.mcplet.server.local.LocalServerSlowClientTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.testing.CalculatorTools;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the local server cannot read get a 4xx with a JSON-RPC body, and their connection closes. */
class LocalServerMalformedRequestTest {

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    private static LocalServer local;

    @BeforeAll
    static void start() {
        local = new LocalServer.Builder(McpServer.builder().tools(new CalculatorTools()).build(), Map.of()).port(0)
                .shutdownHook(false).start();
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    private static LocalServerSlowClientTest.Raw send(String raw) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            LocalServerSlowClientTest.Raw response = read(socket.getInputStream());
            if (response.status() >= 400) {
                assertTrue(response.closes(), response.head);
                assertTrue(closedByServer(socket, 3000));
                assertTrue(response.body.startsWith("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":"), response.body);
            }
            return response;
        }
    }

    @Test
    void malformedHeadsGet400Or431() throws Exception {
        assertEquals(400, send("GARBAGE\r\n\r\n").status());
        assertEquals(400, send("POST /mcp HTTP/2.0\r\n\r\n").status());
        assertEquals(400, send("POST /mcp HTTP/1.1\r\nNo colon here\r\n\r\n").status());
        assertEquals(400, send("POST /mcp HTTP/1.1\r\nContent-Length: -5\r\n\r\n").status());
        assertEquals(400, send("POST /mcp HTTP/1.1\r\nContent-Length: 12x\r\n\r\n").status());
        assertEquals(400, send("POST /mcp HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}").status());
        assertEquals(400, send("POST /mcp HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").status());
        assertEquals(400, send("POST /m%zz HTTP/1.1\r\n\r\n").status());
        assertEquals(431, send("POST /mcp HTTP/1.1\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n").status());
        StringBuilder many = new StringBuilder("POST /mcp HTTP/1.1\r\n");
        for (int i = 0; i < 101; i++) {
            many.append("X-H").append(i).append(": 1\r\n");
        }
        assertEquals(431, send(many.append("\r\n").toString()).status());
    }

    @Test
    void chunkedBodiesAndAbsoluteTargetsAreRead() throws Exception {
        String head = "POST http://127.0.0.1:" + local.port() + "/mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        String body = Integer.toHexString(10) + "\r\n" + PING.substring(0, 10) + "\r\n"
                + Integer.toHexString(PING.length() - 10) + ";ext=1\r\n" + PING.substring(10) + "\r\n0\r\n\r\n";
        LocalServerSlowClientTest.Raw response = send(head + body);
        assertEquals(200, response.status(), response.head);
        assertTrue(response.body.contains("\"result\":{}"), response.body);
    }

    @Test
    void contentLengthAndChunkedTogetherIsAnsweredThenClosed() throws Exception {
        String raw = request(local, PING, "Transfer-Encoding: chunked\r\n");
        String chunked = raw.substring(0, raw.indexOf("\r\n\r\n") + 4) + Integer.toHexString(PING.length()) + "\r\n"
                + PING + "\r\n0\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(chunked.getBytes(StandardCharsets.ISO_8859_1));
            LocalServerSlowClientTest.Raw response = read(socket.getInputStream());
            assertEquals(200, response.status(), response.head);
            assertTrue(response.closes(), "RFC 9112 section 6.1: close after a request with both");
        }
    }

    @Test
    void headAnswersCarryNoBody() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("HEAD /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    + "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + PING.length() + "\r\n\r\n" + PING).getBytes(StandardCharsets.ISO_8859_1));
            java.io.InputStream in = socket.getInputStream();
            // The HEAD answer's Content-Length describes a body that is not sent: read only its head.
            StringBuilder text = new StringBuilder();
            while (!text.toString().endsWith("\r\n\r\n")) {
                text.append((char) in.read());
            }
            assertTrue(text.toString().startsWith("HTTP/1.1 405"), text.toString());
            LocalServerSlowClientTest.Raw next = read(in);
            assertEquals(200, next.status(), next.head);
        }
    }
}
