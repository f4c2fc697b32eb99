package dev.mcplet.examples.interop;

import dev.mcplet.examples.calculator.CalculatorServer;
import dev.mcplet.server.local.LocalServer;
import java.net.URI;

/** The calculator example on the local server, in this JVM, on a free loopback port. */
final class CalculatorOnLoopback implements AutoCloseable {

    private final LocalServer server;

    private CalculatorOnLoopback(LocalServer server) {
        this.server = server;
    }

    static CalculatorOnLoopback start() {
        return new CalculatorOnLoopback(LocalServer.builder(CalculatorServer.create())
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .start());
    }

    /** The MCP endpoint, e.g. {@code http://127.0.0.1:49152/mcp}. */
    URI endpoint() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
