package dev.mcplet.examples.conformance;

import dev.mcplet.server.McpServer;

/** The conformance fixture server: every tool, resource and prompt the official suite calls. */
public final class ConformanceServer {

    private ConformanceServer() {
    }

    /** A server named as the suite's reference server, with the fixture's tools, resources and prompts. */
    public static McpServer create() {
        return McpServer.builder()
                .name("mcp-conformance-test-server")
                .version("1.0.0")
                .tools(new ConformanceTools_McpTools(new ConformanceTools()),
                        new InputRequiredTools_McpTools(new InputRequiredTools()),
                        new HeaderParamTools_McpTools(new HeaderParamTools()))
                .resources(new ConformanceResources_McpResources(new ConformanceResources()))
                .prompts(new ConformancePrompts_McpPrompts(new ConformancePrompts()),
                        new InputRequiredPrompts_McpPrompts(new InputRequiredPrompts()))
                .build();
    }
}
