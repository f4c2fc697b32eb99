package dev.mcplet.examples.calculator;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.auth.Authorization;
import java.util.Map;

/**
 * The calculator's MCP server, built once here for both entry points: {@link CalculatorHandler}
 * on AWS Lambda and {@link CalculatorLocal} on the local development server.
 */
public final class CalculatorServer {

    private CalculatorServer() {
    }

    /**
     * A server named {@code calculator} with the tools {@code add} and {@code multiply}; it
     * requires OAuth bearer tokens when the environment sets {@code MCPLET_AUTH_ISSUER} (see
     * {@link Authorization#fromEnvironment()}), and is open otherwise.
     */
    public static McpServer create() {
        return create(System.getenv());
    }

    /** {@link #create()} with these environment variables (for tests). */
    static McpServer create(Map<String, String> environment) {
        return McpServer.builder()
                .name("calculator")
                .version("1.0.0")
                .tools(new Calculator_McpTools(new Calculator()))
                .authorization(Authorization.fromEnvironment(environment))
                .build();
    }
}
