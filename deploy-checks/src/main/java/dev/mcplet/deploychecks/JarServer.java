package dev.mcplet.deploychecks;

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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar} on a packaged MCP server: started with the given environment (HOST, PORT),
 * its first line read for the endpoint it prints, MCP POSTs to it on loopback, and a SIGTERM to
 * stop it, whose last line is kept. Closing it stops the process if it still runs.
 */
public final class JarServer implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("http://[^\\s/]+:(\\d+)/mcp");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final String firstLine;
    private final URI endpoint;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private JarServer(Path jar, Map<String, String> environment) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().remove("HOST");
        builder.environment().remove("PORT");
        builder.environment().putAll(environment);
        process = builder.start();
        process.getOutputStream().close();
        reader = new Thread(this::readLines, "output of " + jar.getFileName());
        reader.setDaemon(true);
        reader.start();
        String first = lines.poll(60, TimeUnit.SECONDS);
        if (first == null) {
            close();
            throw new AssertionError("java -jar " + jar + " printed nothing in 60 s");
        }
        firstLine = first;
        Matcher matcher = ENDPOINT.matcher(first);
        if (!matcher.find()) {
            close();
            throw new AssertionError("the first line should say where the server listens: " + first);
        }
        endpoint = URI.create(matcher.group());
    }

    /** Starts {@code java -jar jar} with these environment variables (HOST and PORT are unset unless given). */
    public static JarServer start(Path jar, Map<String, String> environment) throws IOException, InterruptedException {
        return new JarServer(jar, environment);
    }

    /** The line the server printed first (where it listens). */
    public String firstLine() {
        return firstLine;
    }

    /** The endpoint URL printed in the first line. */
    public URI endpoint() {
        return endpoint;
    }

    /** POSTs a JSON-RPC message as an MCP client does (protocol version 2025-11-25). */
    public HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET on the endpoint (a stateless server answers 405). */
    public HttpResponse<String> get() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends SIGTERM (what Ctrl-C's SIGINT also triggers: the shutdown hook) and waits for the
     * process to end; returns the last line it printed, or null.
     */
    public String terminate() throws InterruptedException {
        // Through the handle: Process.destroy would also close the pipes we read.
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not stop on SIGTERM");
        }
        reader.join(5000);
        String last = null;
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            last = line;
        }
        return last;
    }

    public int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
