package dev.mcplet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcplet.server.http.Headers;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.testing.CalculatorTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start is the headline, so a server with tools only (the calculator) must not pay for the
 * other primitives: in a fresh JVM, building it and answering initialize, tools/list and a
 * tools/call loads no class of resources, prompts, completions, logging or the SSE answer.
 */
class ToolsOnlyPathTest {

    /** What only servers with resources, prompts or completions, or methods that log, may load. */
    private static final Pattern OTHER_PRIMITIVES = Pattern.compile("dev\\.mcplet\\.("
            + "server\\.resource\\.|server\\.prompt\\."
            + "|server\\.protocol\\.(Resource|Prompt|Completions|UriTemplate|PagedList|LogLevels|ClientRequests|MethodFailures)"
            + "|server\\.http\\.SseBody|server\\.json\\.JsonValues"
            + "|(LogLevel|InputUnavailableException|ResourceContents|PromptMessage|PromptResult|Completion)\\b)");

    @Test
    void aToolsOnlyServerLoadsNothingOfTheOtherPrimitives(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Calculator.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        String output = Files.readString(dir.resolve("out.txt"));
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("answered 3"), output);
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(line -> line.contains("dev.mcplet.server.protocol.ToolCalls ")),
                "the log shows the classes the conversation loaded");
        List<String> loaded = new ArrayList<>();
        for (String line : lines) {
            if (OTHER_PRIMITIVES.matcher(line).find()) {
                loaded.add(line);
            }
        }
        assertEquals(List.of(), loaded);
    }

    /** The child: a calculator server answering the cold-start conversation through {@link McpServer#handle}. */
    static final class Calculator {
        public static void main(String[] args) {
            McpServer server = McpServer.builder().name("calculator").tools(new CalculatorTools()).build();
            String[] bodies = {
                "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}",
            };
            int answered = 0;
            for (String body : bodies) {
                Headers headers = new Headers().set("Content-Type", "application/json")
                        .set("Accept", "application/json, text/event-stream").set("MCP-Protocol-Version", "2025-11-25");
                HttpResponse response = server.handle(new HttpRequest("POST", "/mcp", headers,
                        body.getBytes(StandardCharsets.UTF_8)));
                if (response.status() == 200 && response.headers().first("content-type").equals("application/json")) {
                    answered++;
                }
            }
            System.out.println("answered " + answered);
        }
    }
}
