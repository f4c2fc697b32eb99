package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.local.LocalServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A server on a free loopback port and an HTTP client for it, for the tests that go over real HTTP. */
final class Loopback implements AutoCloseable {

    private final LocalServer local;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Loopback(McpServer server) {
        this.local = LocalServer.builder(server).host(LocalServer.DEFAULT_HOST).port(0).shutdownHook(false).start();
    }

    /** POSTs a JSON body with these headers (name, value, ...); the answer must be 200, and its body is returned. */
    String post(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local.uri())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Override
    public void close() {
        local.close();
    }
}
