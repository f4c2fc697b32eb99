package dev.mcplet.benchmarks.sdk;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * The same {@code add}/{@code multiply} tools on the official MCP Java SDK's stateless server,
 * behind a typed API Gateway REST handler: what a Lambda developer following the SDK's
 * documentation writes today. Defaults are kept wherever the SDK has them (JSON mapper and
 * schema validator from its service loader, tool execution scheduling), because that is what
 * users deploy.
 */
public final class SdkHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

  private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},"
      + "\"b\":{\"type\":\"integer\"}},\"required\":[\"a\",\"b\"]}";

  private final LambdaStatelessTransport transport;
  private final McpStatelessSyncServer server;

  public SdkHandler() {
    McpJsonMapper json = McpJsonDefaults.getMapper();
    transport = new LambdaStatelessTransport(json);
    server = McpServer.sync(transport)
        .serverInfo("calculator", "1.0.0")
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(
            tool(json, "add", "Add two integers.", true),
            tool(json, "multiply", "Multiply two integers.", false))
        .build();
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    return transport.handle(event);
  }

  private static SyncToolSpecification tool(McpJsonMapper json, String name, String description, boolean add) {
    McpSchema.Tool tool = McpSchema.Tool.builder()
        .name(name)
        .description(description)
        .inputSchema(json, SCHEMA)
        .build();
    return SyncToolSpecification.builder()
        .tool(tool)
        .callHandler((exchange, request) -> {
          Map<String, Object> args = request.arguments();
          int a = ((Number) args.get("a")).intValue();
          int b = ((Number) args.get("b")).intValue();
          return McpSchema.CallToolResult.builder()
              .addTextContent(Integer.toString(add ? a + b : a * b))
              .isError(false)
              .build();
        })
        .build();
  }
}
