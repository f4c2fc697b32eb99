package dev.mcplet.examples.interop;

import dev.mcplet.examples.calculator.CalculatorServer;
import dev.mcplet.examples.conformance.ConformanceServer;
import dev.mcplet.server.McpServer;
import dev.mcplet.server.local.LocalServer;
import java.net.URI;

/** An example server on the local server, in this JVM, on a free loopback port. */
final class OnLoopback implements AutoCloseable {

    private final LocalServer server;

    private OnLoopback(LocalServer server) {
        this.server = server;
    }

    /** The calculator example: the tools add and multiply. */
    static OnLoopback calculator() {
        return start(CalculatorServer.create());
    }

    /** The conformance example: tools, resources, prompts and completions. */
    static OnLoopback conformance() {
        return start(ConformanceServer.create());
    }

    private static OnLoopback start(McpServer mcp) {
        return new OnLoopback(LocalServer.builder(mcp)
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
