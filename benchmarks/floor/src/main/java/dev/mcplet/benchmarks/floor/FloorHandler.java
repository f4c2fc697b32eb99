package dev.mcplet.benchmarks.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * "The floor": the least a Jackson-based Java MCP function does, written by hand the way a
 * careful Lambda developer would without any framework — one {@link ObjectMapper}, {@code
 * readTree}, {@link ObjectNode} results — answering API Gateway REST (v1) proxy events.
 *
 * <p>Minimal but correct JSON-RPC 2.0 for the methods the benchmark sends: {@code initialize}
 * (version negotiation), notifications (202, no body), {@code ping}, {@code tools/list} and
 * {@code tools/call} with the {@code add} and {@code multiply} tools; parse errors, unknown
 * methods and unknown tools get their JSON-RPC errors, bad arguments an {@code isError} result
 * (<a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools">server/tools</a>).
 * It exists to be measured against, not to be used.
 */
public final class FloorHandler implements RequestStreamHandler {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LATEST = "2025-11-25";
  private static final String[] SUPPORTED = {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"};

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonNode event = MAPPER.readTree(input);
    ObjectNode response = handle(event);
    MAPPER.writeValue(output, response);
  }

  private static ObjectNode handle(JsonNode event) {
    if (!"POST".equals(event.path("httpMethod").asText())) {
      ObjectNode r = httpResponse(405, null);
      ((ObjectNode) r.get("headers")).put("Allow", "POST");
      return r;
    }
    String body = event.path("body").asText("");
    if (event.path("isBase64Encoded").asBoolean(false)) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    JsonNode message;
    try {
      message = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return httpResponse(400, error(null, -32700, "Parse error"));
    }
    if (message == null || !message.isObject() || !"2.0".equals(message.path("jsonrpc").asText())
        || !message.path("method").isTextual()) {
      return httpResponse(400, error(message == null ? null : message.get("id"), -32600, "Invalid Request"));
    }
    JsonNode id = message.get("id");
    if (id == null) {
      return httpResponse(202, null); // a notification: accepted, no body
    }
    JsonNode params = message.path("params");
    switch (message.get("method").asText()) {
      case "initialize":
        return httpResponse(200, result(id, initialize(params.path("protocolVersion").asText(""))));
      case "ping":
        return httpResponse(200, result(id, MAPPER.createObjectNode()));
      case "tools/list":
        return httpResponse(200, result(id, toolsList()));
      case "tools/call":
        return httpResponse(200, toolsCall(id, params));
      default:
        return httpResponse(200, error(id, -32601, "Method not found"));
    }
  }

  private static ObjectNode initialize(String requested) {
    String version = LATEST;
    for (String supported : SUPPORTED) {
      if (supported.equals(requested)) {
        version = requested;
      }
    }
    ObjectNode result = MAPPER.createObjectNode();
    result.put("protocolVersion", version);
    result.putObject("capabilities").putObject("tools");
    ObjectNode info = result.putObject("serverInfo");
    info.put("name", "calculator");
    info.put("version", "1.0.0");
    return result;
  }

  private static ObjectNode toolsList() {
    ObjectNode result = MAPPER.createObjectNode();
    ArrayNode tools = result.putArray("tools");
    tools.add(tool("add", "Add two integers."));
    tools.add(tool("multiply", "Multiply two integers."));
    return result;
  }

  private static ObjectNode tool(String name, String description) {
    ObjectNode tool = MAPPER.createObjectNode();
    tool.put("name", name);
    tool.put("description", description);
    ObjectNode schema = tool.putObject("inputSchema");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("a").put("type", "integer");
    properties.putObject("b").put("type", "integer");
    schema.putArray("required").add("a").add("b");
    return tool;
  }

  private static ObjectNode toolsCall(JsonNode id, JsonNode params) {
    String name = params.path("name").asText("");
    if (!"add".equals(name) && !"multiply".equals(name)) {
      return error(id, -32602, "Unknown tool: " + name);
    }
    JsonNode a = params.path("arguments").path("a");
    JsonNode b = params.path("arguments").path("b");
    if (!a.canConvertToInt() || !a.isIntegralNumber() || !b.canConvertToInt() || !b.isIntegralNumber()) {
      return result(id, toolResult("Arguments 'a' and 'b' must both be integers.", true));
    }
    int value = "add".equals(name) ? a.intValue() + b.intValue() : a.intValue() * b.intValue();
    return result(id, toolResult(Integer.toString(value), false));
  }

  private static ObjectNode toolResult(String text, boolean isError) {
    ObjectNode result = MAPPER.createObjectNode();
    ObjectNode content = result.putArray("content").addObject();
    content.put("type", "text");
    content.put("text", text);
    result.put("isError", isError);
    return result;
  }

  private static ObjectNode result(JsonNode id, JsonNode result) {
    ObjectNode message = MAPPER.createObjectNode();
    message.put("jsonrpc", "2.0");
    message.set("id", id);
    message.set("result", result);
    return message;
  }

  private static ObjectNode error(JsonNode id, int code, String text) {
    ObjectNode message = MAPPER.createObjectNode();
    message.put("jsonrpc", "2.0");
    message.set("id", id);
    ObjectNode error = message.putObject("error");
    error.put("code", code);
    error.put("message", text);
    return message;
  }

  private static ObjectNode httpResponse(int status, ObjectNode body) {
    ObjectNode response = MAPPER.createObjectNode();
    response.put("statusCode", status);
    ObjectNode headers = response.putObject("headers");
    if (body != null) {
      headers.put("Content-Type", "application/json");
      try {
        response.put("body", MAPPER.writeValueAsString(body));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e); // a tree of plain nodes always serializes
      }
    } else {
      response.put("body", "");
    }
    response.put("isBase64Encoded", false);
    return response;
  }
}
