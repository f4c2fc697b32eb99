package dev.mcplet.server.lambda;

import dev.mcplet.server.McpServer;

/**
 * What a user writes: the Lambda handler class, here over {@link StrictCalculatorTools}. The
 * runtime interface client loads it by name in {@link LambdaRuntimeTest}.
 */
public final class RicTestHandler extends McpLambdaHandler {

    public RicTestHandler() {
        super(McpServer.builder().name("calculator").version("1.0.0").tools(new StrictCalculatorTools()).build());
    }
}
