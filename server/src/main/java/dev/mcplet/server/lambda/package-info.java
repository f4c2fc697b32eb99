/**
 * AWS Lambda entry points: translate the HTTP events of API Gateway (REST API, HTTP API payload
 * 1.0 and 2.0), Lambda function URLs and Application Load Balancers to and from the
 * transport-neutral {@link dev.mcplet.server.http.HttpRequest} and
 * {@link dev.mcplet.server.http.HttpResponse}, and hand each request to one
 * {@link dev.mcplet.server.http.HttpEndpoint} (the {@link dev.mcplet.server.McpServer}). Nothing
 * here knows MCP.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Raw bytes by default.</b> {@link dev.mcplet.server.lambda.McpLambdaHandler} is a
 *       {@code RequestStreamHandler}: it parses the event with the server's streaming JSON seam
 *       and writes the response with a {@code JsonWriter} straight to the runtime's stream.
 *       The runtime's reflective binding of typed events costs hundreds of milliseconds on a
 *       cold start; the typed handlers ({@code McpApiGatewayV1Handler},
 *       {@code McpApiGatewayV2Handler}, {@code McpAlbHandler}) exist for functions that want the
 *       {@code aws-lambda-java-events} types anyway, and answer identically.</li>
 *   <li><b>One event, one shape.</b> The front door is recognized from the event itself
 *       ({@code requestContext.elb}: ALB; {@code version} "2.0": HTTP API or function URL;
 *       {@code httpMethod}: REST API or HTTP API 1.0), and the response is written in that front
 *       door's shape. Header names are case-insensitive, {@code multiValueHeaders} win over
 *       {@code headers}, base64 bodies are decoded, stage prefixes are stripped where the front
 *       door leaves them in the path. Anything else is a function error with a plain message.</li>
 *   <li><b>SnapStart priming.</b> When the function initializes for a SnapStart snapshot, each
 *       handler registers an {@code org.crac} resource that sends {@code initialize},
 *       {@code tools/list} and a refused {@code tools/call} through its own entry point before the
 *       snapshot, so restored functions answer their first request from warm code paths.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html">Lambda: Java handlers</a>
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html">Lambda SnapStart</a>
 */
package dev.mcplet.server.lambda;
