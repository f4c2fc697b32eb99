package ${package};

import dev.mcplet.server.McpServer;

/**
 * Builds the MCP server once, for both entry points: {@link LambdaHandler} on AWS Lambda and
 * {@link LocalMain} on your machine.
 */
public final class ServerFactory {

    private ServerFactory() {
    }

    /** The server named {@code ${artifactId}}, with every tool class registered. */
    public static McpServer create() {
        return McpServer.builder()
                .name("${artifactId}")
                .version("${version}")
                // One line per tool class: the processor generates <Class>_McpTools.
                .tools(new GreetingTools_McpTools(new GreetingTools()))
                .build();
    }
}
