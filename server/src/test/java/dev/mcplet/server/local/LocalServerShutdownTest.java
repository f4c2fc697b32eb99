package dev.mcplet.server.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The development server as a developer runs it: a JVM whose main starts it (port from
 * {@code PORT}), which keeps running after main returns, and stops cleanly on a termination
 * signal (what Ctrl-C sends, through the same shutdown hook).
 */
class LocalServerShutdownTest {

    @Test
    void startsFromMainAnnouncesItselfAndStopsOnSignal() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = Files.createTempFile("mcplet-local", ".out");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LocalServerMain.class.getName());
        builder.environment().put("PORT", "0");
        builder.environment().remove("HOST");
        builder.redirectErrorStream(true);
        // A file, not a pipe: destroying the process closes our end of its pipes.
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        try {
            String first = firstLine(output, process);
            assertTrue(first.startsWith("mcplet: MCP server \"calculator\" listening on http://127.0.0.1:"), first);
            URI uri = URI.create(first.substring(first.indexOf("http://")));
            assertEquals("/mcp", uri.getPath(), first);

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "still serving after main returned");

            process.destroy(); // SIGTERM: runs the shutdown hooks, as Ctrl-C's SIGINT does
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exits after the signal");
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            assertTrue(lines.contains("mcplet: MCP server \"calculator\" stopped"), lines.toString());
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    /** Waits (bounded) for the child's first line of output. */
    private static String firstLine(Path output, Process process) throws Exception {
        for (int i = 0; i < 300; i++) {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && (lines.size() > 1 || Files.readString(output).endsWith("\n"))) {
                return lines.get(0);
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server exited: " + lines);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no output within 30 s");
    }
}
