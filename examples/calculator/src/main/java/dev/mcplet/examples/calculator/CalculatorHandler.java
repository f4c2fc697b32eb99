package dev.mcplet.examples.calculator;

import dev.mcplet.server.lambda.McpLambdaHandler;

/**
 * The AWS Lambda entry point named in {@code template.yaml}
 * ({@code dev.mcplet.examples.calculator.CalculatorHandler::handleRequest}).
 *
 * <p>The Lambda runtime creates it once per execution environment, during the init phase (which
 * SnapStart snapshots), so the server is built before the first request.
 */
public final class CalculatorHandler extends McpLambdaHandler {

    public CalculatorHandler() {
        super(CalculatorServer.create());
    }
}
