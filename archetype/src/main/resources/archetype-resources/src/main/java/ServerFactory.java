package ${package};

import dev.mcplet.server.McpServer;
import dev.mcplet.server.auth.Authorization;

/**
 * Builds the MCP server once, for both entry points: {@link LambdaHandler} on AWS Lambda and
 * {@link LocalMain} on your machine.
 */
public final class ServerFactory {

    private ServerFactory() {
    }

    /**
     * The server named {@code ${artifactId}}, with every tool class registered; it requires OAuth
     * bearer tokens when the environment sets {@code MCPLET_AUTH_ISSUER}.
     */
    public static McpServer create() {
        return McpServer.builder()
                .name("${artifactId}")
                .version("${version}")
                // One line per tool class: the processor generates <Class>_McpTools.
                .tools(new GreetingTools_McpTools(new GreetingTools()))
                // Bearer tokens when MCPLET_AUTH_ISSUER is set (template.yaml: AuthIssuer); else open.
                .authorization(Authorization.fromEnvironment())
                .build();
    }
}
