package dev.mcplet.examples.calculator.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.deploychecks.JarServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's run command: {@code java -jar} on the packaged jar starts the local server, prints
 * one line saying where it listens, answers MCP over HTTP, and stops cleanly on SIGTERM (Ctrl-C
 * sends SIGINT, which the JVM handles the same way).
 */
class LocalJarIT {

    @Test
    void javaDashJarServesTheCalculatorLocally() throws Exception {
        // PORT=0: a free port; the line printed says which.
        try (JarServer server = JarServer.start(Path.of(System.getProperty("mcplet.calculator.jar")), Map.of("PORT", "0"))) {
            System.out.println("[local] " + server.firstLine());
            assertTrue(server.endpoint().toString().startsWith("http://127.0.0.1:"), server.firstLine());

            HttpResponse<String> initialize = server.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"LocalJarIT\",\"version\":\"1\"}}}");
            assertEquals(200, initialize.statusCode(), initialize.body());
            assertTrue(initialize.body().contains("\"calculator\""), initialize.body());

            HttpResponse<String> add = server.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}");
            assertEquals(200, add.statusCode(), add.body());
            assertTrue(add.body().contains("\"text\":\"5\""), add.body());

            HttpResponse<String> get = server.get();
            assertEquals(405, get.statusCode(), get.body());
            assertEquals(List.of("POST"), get.headers().allValues("Allow"));

            String last = server.terminate();
            System.out.println("[local] " + last + " (exit status " + server.exitValue() + ")");
            assertNotNull(last, "the server printed nothing on shutdown");
            assertTrue(last.contains("stopped"), "the shutdown hook should say the server stopped: " + last);
        }
    }
}
