package dev.mcplet.examples.conformance;

import dev.mcplet.server.local.LocalServer;

/**
 * Serves the conformance fixture on the local development server, by default at
 * {@code http://127.0.0.1:8080/mcp} ({@code HOST} and {@code PORT} change it); the
 * {@code Main-Class} of {@code examples/conformance/target/mcplet-example-conformance.jar}.
 */
public final class ConformanceLocal {

    private ConformanceLocal() {
    }

    public static void main(String[] args) {
        LocalServer.start(ConformanceServer.create());
    }
}
