package dev.mcplet.server.monitor;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.testing.CalculatorTools;
import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM by {@link LogSinkDetectionTest} with or without SLF4J on its class path:
 * prints which sink {@link LogSink#auto()} chose, then answers one request with the request log on.
 */
public final class AutoSinkMain {

    private AutoSinkMain() {
    }

    public static void main(String[] args) {
        System.out.println("sink " + LogSink.auto());
        McpServer server = McpServer.builder().name("calculator").tools(new CalculatorTools())
                .monitoring(Monitoring.off().requestLog(LogLevel.INFO)).build();
        server.handle(new HttpRequest("POST", "/mcp", new Headers().set("Content-Type", "application/json"),
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
