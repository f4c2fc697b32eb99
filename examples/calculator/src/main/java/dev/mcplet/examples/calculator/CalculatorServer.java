package dev.mcplet.examples.calculator;

import dev.mcplet.server.McpServer;

/**
 * The calculator's MCP server, built once here for both entry points: {@link CalculatorHandler}
 * on AWS Lambda and {@link CalculatorLocal} on the local development server.
 */
public final class CalculatorServer {

    private CalculatorServer() {
    }

    /** A server named {@code calculator} with the tools {@code add} and {@code multiply}. */
    public static McpServer create() {
        return McpServer.builder()
                .name("calculator")
                .version("1.0.0")
                .tools(new Calculator_McpTools(new Calculator()))
                .build();
    }
}
