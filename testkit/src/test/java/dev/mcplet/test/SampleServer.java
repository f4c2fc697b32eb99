package dev.mcplet.test;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.lambda.McpLambdaHandler;

/** The sample tools as a server, and as the Lambda handler a user would write for it. */
final class SampleServer {

    private SampleServer() {
    }

    static McpServer create() {
        return McpServer.builder().name("sample").version("1.2.3").pageSize(2)
                .tools(new SampleTools_McpTools(new SampleTools())).build();
    }

    /** What a user writes: a subclass with a no-argument constructor. */
    public static final class Handler extends McpLambdaHandler {
        public Handler() {
            super(create());
        }
    }
}
