package dev.mcplet.server.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcplet.deploychecks.FreePort;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.testing.CalculatorTools;
import dev.mcplet.server.testing.ShowcaseTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The development server over real HTTP on loopback, with the JDK's HTTP client. */
class LocalServerTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    private static McpServer server;
    private static LocalServer local;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = McpServer.builder().name("calculator").version("1.0.0").maxBodyBytes(64 * 1024)
                .tools(new CalculatorTools(), new ShowcaseTools()).build();
        local = new LocalServer.Builder(server, Map.of()).port(0).shutdownHook(false).start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    private static HttpResponse<String> post(String body, String version) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local.uri())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (version != null) {
            request.header("MCP-Protocol-Version", version);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String call(int id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    private static String text(HttpResponse<String> response) throws Exception {
        JsonNode body = Json.parse(response.body());
        return body.path("result").path("content").get(0).path("text").textValue();
    }

    @Test
    void listensOnLoopbackAtTheEndpointPath() {
        assertEquals("127.0.0.1", local.uri().getHost());
        assertEquals("/mcp", local.uri().getPath());
        assertTrue(local.port() > 0);
    }

    @Test
    void servesTheWholeClientSequence() throws Exception {
        HttpResponse<String> initialize = post(INITIALIZE, null);
        assertEquals(200, initialize.statusCode());
        assertEquals("application/json", initialize.headers().firstValue("Content-Type").orElse(""));
        assertFalse(initialize.headers().firstValue("Mcp-Session-Id").isPresent());
        assertEquals("2025-11-25", Json.parse(initialize.body()).path("result").path("protocolVersion").textValue());

        HttpResponse<String> initialized = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "2025-11-25");
        assertEquals(202, initialized.statusCode());
        assertEquals("", initialized.body());

        HttpResponse<String> stream = client.send(HttpRequest.newBuilder(local.uri()).header("Accept", "text/event-stream")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, stream.statusCode());
        assertEquals("POST", stream.headers().firstValue("Allow").orElse(""));

        HttpResponse<String> list = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "2025-11-25");
        assertEquals(200, list.statusCode());
        assertEquals("add", Json.parse(list.body()).path("result").path("tools").get(0).path("name").textValue());

        assertEquals("5", text(post(call(2, "add", "{\"a\":2,\"b\":3}"), "2025-11-25")));
        HttpResponse<String> bad = post(call(3, "add", "{\"a\":\"two\",\"b\":3}"), "2025-11-25");
        assertEquals(200, bad.statusCode());
        assertTrue(Json.parse(bad.body()).path("result").path("isError").booleanValue());

        HttpResponse<String> delete = client.send(HttpRequest.newBuilder(local.uri()).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
    }

    @Test
    void otherPathsGet404() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(local.uri().resolve("/other"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
    }

    @Test
    void bodiesOverTheLimitGet413() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(100_000)
                + "\"}}";
        assertEquals(413, post(big, "2025-11-25").statusCode());
        // The connection is still usable afterwards.
        assertEquals(200, post(INITIALIZE, null).statusCode());
    }

    @Test
    void chunkedBodiesOverTheLimitGet413() throws Exception {
        byte[] big = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(100_000)
                + "\"}}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(local.uri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        assertEquals(413, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void callsRunConcurrently() throws Exception {
        // rendezvous only returns when RENDEZVOUS_PARTIES calls are inside the tool at once.
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < ShowcaseTools.RENDEZVOUS_PARTIES; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(local.uri()).header("Content-Type", "application/json")
                    .header("MCP-Protocol-Version", "2025-11-25")
                    .POST(HttpRequest.BodyPublishers.ofString(call(i, "rendezvous", "{}"))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertEquals("met", text(call.get()));
        }
    }

    @Test
    void manyConcurrentCallsGetTheirOwnAnswers() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        int count = 64;
        for (int i = 0; i < count; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(local.uri()).header("Content-Type", "application/json")
                    .header("MCP-Protocol-Version", "2025-06-18")
                    .POST(HttpRequest.BodyPublishers.ofString(call(i, "multiply", "{\"a\":" + i + ",\"b\":3}"))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = calls.get(i).get();
            assertEquals(i, Json.parse(response.body()).path("id").intValue());
            assertEquals(Integer.toString(i * 3), text(response));
        }
    }

    @Test
    void refusesForeignHostsAgainstDnsRebinding() throws Exception {
        // The conformance suite's dns-rebinding scenario: a foreign Host and Origin get a 4xx,
        // loopback ones a 2xx. HttpClient will not set Host, so this speaks HTTP/1.1 itself.
        String evil = rawPost("evil.example.com", "http://evil.example.com", INITIALIZE);
        assertTrue(evil.startsWith("HTTP/1.1 403"), evil);
        assertTrue(evil.contains("evil.example.com' is not allowed"), evil);
        String good = rawPost("127.0.0.1:" + local.port(), "http://127.0.0.1:" + local.port(), INITIALIZE);
        assertTrue(good.startsWith("HTTP/1.1 200"), good);
        String localhost = rawPost("localhost:" + local.port(), null, INITIALIZE);
        assertTrue(localhost.startsWith("HTTP/1.1 200"), localhost);
    }

    private static String rawPost(String host, String origin, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", local.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /mcp HTTP/1.1\r\nHost: " + host + "\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theHostGuardCanBeConfiguredOrTurnedOff() throws Exception {
        try (LocalServer open = new LocalServer.Builder(server, Map.of()).port(0).shutdownHook(false).hostGuard(false)
                .start()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(open.uri())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
        }
        try (LocalServer strict = new LocalServer.Builder(server, Map.of()).port(0).shutdownHook(false)
                .allowedHosts("localhost").start()) {
            HttpResponse<String> byAddress = client.send(HttpRequest.newBuilder(strict.uri())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, byAddress.statusCode(), "127.0.0.1 is not in the configured list");
            HttpResponse<String> byName = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + strict.port() + "/mcp"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, byName.statusCode());
        }
    }

    @Test
    void hostAndPortComeFromTheEnvironment() {
        try (LocalServer fromEnv = new LocalServer.Builder(server, Map.of("HOST", "localhost", "PORT", "0"))
                .shutdownHook(false).start()) {
            assertEquals("localhost", fromEnv.uri().getHost());
            assertTrue(fromEnv.port() > 0);
        }
        try (LocalServer explicit = new LocalServer.Builder(server, Map.of("HOST", "localhost", "PORT", "1"))
                .host("127.0.0.1").port(0).shutdownHook(false).start()) {
            assertEquals("127.0.0.1", explicit.uri().getHost(), "the builder wins over the environment");
        }
    }

    @Test
    void anInvalidPortIsExplained() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LocalServer.Builder(server, Map.of("PORT", "eighty")).start());
        assertTrue(error.getMessage().contains("PORT"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LocalServer.Builder(server, Map.of()).port(70000).start());
    }

    @Test
    void aPortInUseIsExplained() {
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> new LocalServer.Builder(server, Map.of()).port(local.port()).shutdownHook(false).start());
        assertTrue(error.getMessage().contains("Cannot listen on 127.0.0.1:" + local.port()), error.getMessage());
    }

    @Test
    void stopReleasesThePort() throws Exception {
        // A port the kernel hands out (port 0) could be taken by another process the moment it is
        // freed; one below the ephemeral range cannot, so binding it again tests the release alone.
        int port = FreePort.outsideTheEphemeralRange();
        LocalServer temporary = new LocalServer.Builder(server, Map.of()).port(port).shutdownHook(true).start();
        assertEquals(port, temporary.port());
        temporary.stop(Duration.ofMillis(100));
        temporary.stop(Duration.ofMillis(100)); // a second stop does nothing
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the port is free again at once");
        }
    }
}
