package dev.mcplet.benchmarks.sdk;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * An API Gateway REST event transport for the SDK's stateless server: the SDK ships a servlet
 * transport ({@code HttpServletStatelessServerTransport}) but nothing for Lambda, so an SDK user
 * writes this. It follows the servlet transport's rules (POST only, {@code Accept} must admit
 * both JSON and SSE, requests answered with 200 JSON, notifications with 202) and its calls into
 * the SDK ({@code deserializeJsonRpcMessage}, {@code handleRequest(...).block()}).
 */
final class LambdaStatelessTransport implements McpStatelessServerTransport {

  private final McpJsonMapper json;
  private McpStatelessServerHandler handler;

  LambdaStatelessTransport(McpJsonMapper json) {
    this.json = json;
  }

  @Override
  public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
    this.handler = mcpHandler;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.empty();
  }

  APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event) {
    if (!"POST".equals(event.getHttpMethod())) {
      return response(405, null).withHeaders(Map.of("Allow", "POST"));
    }
    String accept = header(event, "Accept");
    if (accept == null || !(accept.contains("application/json") && accept.contains("text/event-stream"))) {
      return error(400, McpError.builder(McpSchema.ErrorCodes.INVALID_REQUEST)
          .message("Both application/json and text/event-stream required in Accept header").build());
    }
    String body = event.getBody() == null ? "" : event.getBody();
    if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    McpTransportContext context = McpTransportContext.EMPTY;
    try {
      McpSchema.JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(json, body);
      if (message instanceof McpSchema.JSONRPCRequest request) {
        McpSchema.JSONRPCResponse response = handler.handleRequest(context, request)
            .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
            .block();
        return response(200, json.writeValueAsString(response));
      }
      if (message instanceof McpSchema.JSONRPCNotification notification) {
        handler.handleNotification(context, notification)
            .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
            .block();
        return response(202, null);
      }
      return error(400, McpError.builder(McpSchema.ErrorCodes.INVALID_REQUEST)
          .message("The server accepts either requests or notifications").build());
    } catch (IOException | IllegalArgumentException e) {
      return error(400, McpError.builder(McpSchema.ErrorCodes.INVALID_REQUEST)
          .message("Invalid message format").build());
    }
  }

  private APIGatewayProxyResponseEvent error(int status, McpError error) {
    try {
      return response(status, json.writeValueAsString(error));
    } catch (IOException e) {
      return response(500, null);
    }
  }

  private static APIGatewayProxyResponseEvent response(int status, String body) {
    APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(status);
    if (body != null) {
      response.withHeaders(Map.of("Content-Type", "application/json")).withBody(body);
    }
    return response.withIsBase64Encoded(false);
  }

  private static String header(APIGatewayProxyRequestEvent event, String name) {
    Map<String, String> headers = event.getHeaders();
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
