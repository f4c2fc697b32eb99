package dev.mcplet.server.auth;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.lambda.McpLambdaHandler;
import dev.mcplet.server.testing.CalculatorTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link ClassLoadingTest}: builds a calculator server as the example does
 * ({@code Authorization.fromEnvironment()} with the given variables), and answers initialize,
 * tools/list and tools/call of add through {@code McpServer.handle} and the Lambda handler.
 * Prints each answer's status so the test can tell the requests ran.
 */
public final class ClassLoadingMain {

    private ClassLoadingMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = args.length == 0 ? Map.of()
                : Map.of(Authorization.ENV_ISSUER, args[0], Authorization.ENV_JWKS_URL, args[0] + "/jwks");
        McpServer server = McpServer.builder().name("calculator").tools(new CalculatorTools())
                .authorization(Authorization.fromEnvironment(env)).build();
        String[] bodies = {
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}"
        };
        McpLambdaHandler lambda = new McpLambdaHandler(server) {
        };
        for (String body : bodies) {
            Headers headers = new Headers().set("Content-Type", "application/json")
                    .set("Accept", "application/json, text/event-stream").set("Host", "127.0.0.1:8080")
                    .set("MCP-Protocol-Version", "2025-11-25");
            if (args.length > 1) {
                headers.set("Authorization", "Bearer " + args[1]);
            }
            System.out.println("status " + server.handle(new HttpRequest("POST", "/mcp", headers,
                    body.getBytes(StandardCharsets.UTF_8))).status());
            String event = "{\"version\":\"2.0\",\"rawPath\":\"/mcp\",\"headers\":{\"content-type\":\"application/json\","
                    + "\"accept\":\"application/json\",\"host\":\"127.0.0.1:8080\",\"mcp-protocol-version\":\"2025-11-25\""
                    + (args.length > 1 ? ",\"authorization\":\"Bearer " + args[1] + "\"" : "")
                    + "},\"requestContext\":{\"http\":{\"method\":\"POST\"},\"stage\":\"$default\"},\"body\":"
                    + com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(body).length
                    + "}";
            event = event.substring(0, event.lastIndexOf("\"body\":")) + "\"body\":\""
                    + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(body))
                    + "\"}";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lambda.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            String response = out.toString(StandardCharsets.UTF_8);
            System.out.println("lambda " + response.substring(0, response.indexOf(',')));
        }
    }
}
