package ${package};

import dev.mcplet.server.local.LocalServer;

/**
 * Runs the server on your machine, by default at {@code http://127.0.0.1:8080/mcp}; the
 * {@code HOST} and {@code PORT} environment variables change the address ({@code PORT=0} picks a
 * free port). It is the jar's Main-Class:
 *
 * <pre>{@code
 * java -jar target/${artifactId}.jar
 * }</pre>
 *
 * <p>Ctrl-C stops it.
 */
public final class LocalMain {

    private LocalMain() {
    }

    public static void main(String[] args) {
        LocalServer.start(ServerFactory.create());
    }
}
