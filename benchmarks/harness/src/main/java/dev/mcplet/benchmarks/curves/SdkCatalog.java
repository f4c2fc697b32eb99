package dev.mcplet.benchmarks.curves;

import java.util.List;

/**
 * The source of the same catalog on the official MCP Java SDK: one typed API Gateway handler (the
 * SDK peer's transport) registering every tool with the exact name, description and schemas that
 * mcplet's processor generated for it, so both list the same tools. Handlers do what an SDK user
 * writes: {@code add} and {@code multiply} compute, {@code importItems} counts the items the SDK
 * decoded, every other tool answers a fixed text (never called in the benchmark).
 */
final class SdkCatalog {

  static final String HANDLER = "dev.mcplet.benchmarks.sdk.SdkCatalogHandler::handleRequest";
  static final String FILE = "dev/mcplet/benchmarks/sdk/SdkCatalogHandler.java";

  /** One tool as the processor described it. */
  record Tool(String name, String description, String inputSchema, String outputSchema) {}

  private SdkCatalog() {}

  static String source(List<Tool> tools) {
    StringBuilder out = new StringBuilder();
    out.append("package dev.mcplet.benchmarks.sdk;\n\n")
        .append("import com.amazonaws.services.lambda.runtime.Context;\n")
        .append("import com.amazonaws.services.lambda.runtime.RequestHandler;\n")
        .append("import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;\n")
        .append("import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;\n")
        .append("import io.modelcontextprotocol.json.McpJsonDefaults;\n")
        .append("import io.modelcontextprotocol.json.McpJsonMapper;\n")
        .append("import io.modelcontextprotocol.server.McpServer;\n")
        .append("import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;\n")
        .append("import io.modelcontextprotocol.spec.McpSchema;\n")
        .append("import java.util.ArrayList;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n\n")
        .append("public final class SdkCatalogHandler implements RequestHandler<APIGatewayProxyRequestEvent,"
            + " APIGatewayProxyResponseEvent> {\n\n")
        .append("  private final LambdaStatelessTransport transport;\n\n")
        .append("  public SdkCatalogHandler() {\n")
        .append("    McpJsonMapper json = McpJsonDefaults.getMapper();\n")
        .append("    transport = new LambdaStatelessTransport(json);\n")
        .append("    List<SyncToolSpecification> tools = new ArrayList<>();\n");
    for (Tool tool : tools) {
      out.append("    tools.add(tool(json, ").append(literal(tool.name())).append(", ")
          .append(literal(tool.description())).append(", ").append(literal(tool.inputSchema())).append(", ")
          .append(tool.outputSchema() == null ? "null" : literal(tool.outputSchema())).append("));\n");
    }
    out.append("    McpServer.sync(transport)\n")
        .append("        .serverInfo(\"catalog\", \"1.0.0\")\n")
        .append("        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())\n")
        .append("        .tools(tools)\n")
        .append("        .build();\n")
        .append("  }\n\n")
        .append("  @Override\n")
        .append("  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {\n")
        .append("    return transport.handle(event);\n")
        .append("  }\n\n")
        .append("  private static SyncToolSpecification tool(McpJsonMapper json, String name, String description,\n")
        .append("      String input, String output) {\n")
        .append("    McpSchema.Tool.Builder tool = McpSchema.Tool.builder().name(name).description(description)\n")
        .append("        .inputSchema(json, input);\n")
        .append("    if (output != null) {\n")
        .append("      tool.outputSchema(json, output);\n")
        .append("    }\n")
        .append("    return SyncToolSpecification.builder()\n")
        .append("        .tool(tool.build())\n")
        .append("        .callHandler((exchange, request) -> {\n")
        .append("          Map<String, Object> args = request.arguments();\n")
        .append("          String text;\n")
        .append("          if (name.equals(\"add\") || name.equals(\"multiply\")) {\n")
        .append("            int a = ((Number) args.get(\"a\")).intValue();\n")
        .append("            int b = ((Number) args.get(\"b\")).intValue();\n")
        .append("            text = Integer.toString(name.equals(\"add\") ? a + b : a * b);\n")
        .append("          } else if (name.equals(\"importItems\")) {\n")
        .append("            text = Integer.toString(((List<?>) args.get(\"items\")).size());\n")
        .append("          } else {\n")
        .append("            text = \"ok\";\n")
        .append("          }\n")
        .append("          return McpSchema.CallToolResult.builder().addTextContent(text).isError(false).build();\n")
        .append("        })\n")
        .append("        .build();\n")
        .append("  }\n")
        .append("}\n");
    return out.toString();
  }

  /** A Java string literal. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
