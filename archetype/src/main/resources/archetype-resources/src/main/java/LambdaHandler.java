package ${package};

import dev.mcplet.server.lambda.McpLambdaHandler;

/**
 * The AWS Lambda entry point that {@code template.yaml} names
 * ({@code ${package}.LambdaHandler::handleRequest}). Lambda creates it once per execution
 * environment, in the init phase that SnapStart snapshots, so the server is built before the
 * first request. It answers API Gateway REST and HTTP API events, function URLs and ALB.
 */
public final class LambdaHandler extends McpLambdaHandler {

    public LambdaHandler() {
        super(ServerFactory.create());
    }
}
