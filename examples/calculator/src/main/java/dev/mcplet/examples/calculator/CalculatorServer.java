package dev.mcplet.examples.calculator;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.monitor.Monitoring;

/**
 * The calculator's MCP server, built once here for both entry points: {@link CalculatorHandler}
 * on AWS Lambda and {@link CalculatorLocal} on the local development server.
 */
public final class CalculatorServer {

    private CalculatorServer() {
    }

    /**
     * A server named {@code calculator} with the tools {@code add} and {@code multiply}, monitored
     * as the environment says: a JSON request log on Lambda (or with {@code MCPLET_LOG=json}),
     * CloudWatch metrics with {@code MCPLET_METRICS=emf} (which {@code template.yaml} sets).
     */
    public static McpServer create() {
        return McpServer.builder()
                .name("calculator")
                .version("1.0.0")
                .tools(new Calculator_McpTools(new Calculator()))
                .monitoring(Monitoring.fromEnvironment())
                .build();
    }
}
