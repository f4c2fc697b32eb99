package dev.mcplet.server.lambda;

/**
 * The Lambda event is not an HTTP request this server can answer: not JSON, not one of the
 * shapes API Gateway (REST, HTTP API), Function URLs and ALB send, or malformed. Thrown out of
 * the handler, so that the Lambda runtime reports a function error (the front door answers 502)
 * and CloudWatch shows this message: there is no HTTP response shape to answer in.
 */
final class UnsupportedEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnsupportedEventException(String problem) {
        super("mcplet: cannot answer this Lambda event: " + problem
                + ". The MCP server answers HTTP events from API Gateway (REST API or HTTP API, payload 1.0 or 2.0),"
                + " Lambda function URLs and Application Load Balancers; invoke it through one of those.");
    }
}
