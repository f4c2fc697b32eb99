package dev.mcplet.server.local;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.testing.CalculatorTools;

/** What a developer's main method looks like; run in a child JVM by {@link LocalServerShutdownTest}. */
public final class LocalServerMain {

    private LocalServerMain() {
    }

    public static void main(String[] args) {
        LocalServer.start(McpServer.builder().name("calculator").version("1.0.0").tools(new CalculatorTools()).build());
    }
}
