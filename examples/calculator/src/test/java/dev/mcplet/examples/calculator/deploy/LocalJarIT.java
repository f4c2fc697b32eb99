package dev.mcplet.examples.calculator.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command: {@code java -jar} on the packaged jar starts the local server, prints
 * one line saying where it listens, answers MCP over HTTP, and stops cleanly on SIGTERM (Ctrl-C
 * sends SIGINT, which the JVM handles the same way).
 */
class LocalJarIT {

    private static final Pattern ENDPOINT = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/mcp");

    private Process server;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void javaDashJarServesTheCalculatorLocally() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", System.getProperty("mcplet.calculator.jar"))
                .redirectErrorStream(true);
        builder.environment().remove("HOST");
        builder.environment().put("PORT", "0"); // a free port; the line printed says which
        server = builder.start();
        server.getOutputStream().close();
        Thread reader = new Thread(this::readLines, "local server output");
        reader.setDaemon(true);
        reader.start();

        String first = lines.poll(60, TimeUnit.SECONDS);
        assertNotNull(first, "the server printed nothing");
        System.out.println("[local] " + first);
        Matcher endpoint = ENDPOINT.matcher(first);
        assertTrue(endpoint.find(), "the first line should say where it listens: " + first);
        URI uri = URI.create(endpoint.group());

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> initialize = post(client, uri,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"LocalJarIT\",\"version\":\"1\"}}}");
        assertEquals(200, initialize.statusCode(), initialize.body());
        assertTrue(initialize.body().contains("\"calculator\""), initialize.body());

        HttpResponse<String> add = post(client, uri,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}");
        assertEquals(200, add.statusCode(), add.body());
        assertTrue(add.body().contains("\"text\":\"5\""), add.body());

        HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri).GET()
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode(), get.body());
        assertEquals(List.of("POST"), get.headers().allValues("Allow"));

        // SIGTERM through the handle (Process.destroy would also close the pipes we read).
        server.toHandle().destroy();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
        reader.join(5000);
        String last = lines.poll();
        System.out.println("[local] " + last + " (exit status " + server.exitValue() + ")");
        assertNotNull(last, "the server printed nothing on shutdown");
        assertTrue(last.contains("stopped"), "the shutdown hook should say the server stopped: " + last);
    }

    private static HttpResponse<String> post(HttpClient client, URI uri, String json)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
