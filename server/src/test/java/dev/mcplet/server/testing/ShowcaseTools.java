package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.Content;
import dev.mcplet.ContentAnnotations;
import dev.mcplet.ToolException;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A hand-written {@link ToolSet} with one tool per kind of outcome the server must render or
 * report: structured values, every content type, tool exceptions, plain exceptions, a thrown
 * {@link Error}, a null result, and a rendezvous that only succeeds when calls run concurrently.
 */
public final class ShowcaseTools implements ToolSet {

    /** 1x1 red PNG. */
    public static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    /** A 44-byte WAV header. */
    public static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    public static final String NO_ARGUMENTS = "{\"type\":\"object\",\"additionalProperties\":false}";
    public static final String ANY_ARGUMENTS = "{\"type\":\"object\"}";
    public static final String SUM_SCHEMA = "{\"type\":\"object\",\"properties\":{\"sum\":{\"type\":\"integer\"},"
            + "\"items\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},\"required\":[\"sum\",\"items\"]}";

    /** How many concurrent calls {@code rendezvous} waits for. */
    public static final int RENDEZVOUS_PARTIES = 4;

    private final CyclicBarrier barrier = new CyclicBarrier(RENDEZVOUS_PARTIES);

    private static final List<ToolDescriptor> TOOLS = List.of(
            tool("structured", "Structured sum", SUM_SCHEMA, new ToolHints(true, false, true, false)),
            tool("structured_with_text", null, SUM_SCHEMA, ToolHints.NONE),
            tool("everything", "Every content type", null, ToolHints.NONE),
            tool("echo", null, null, ToolHints.NONE),
            tool("explicit_error", null, null, ToolHints.NONE),
            tool("tool_exception", null, null, ToolHints.NONE),
            tool("tool_exception_with_cause", null, null, ToolHints.NONE),
            tool("tool_exception_without_message", null, null, ToolHints.NONE),
            tool("runtime_exception", null, null, ToolHints.NONE),
            tool("checked_exception", null, null, ToolHints.NONE),
            tool("null_message", null, null, ToolHints.NONE),
            tool("stack_overflow", null, null, ToolHints.NONE),
            tool("returns_null", null, null, ToolHints.NONE),
            tool("listed_but_unknown", null, null, ToolHints.NONE),
            tool("rendezvous", null, null, new ToolHints(null, null, null, true)));

    private static ToolDescriptor tool(String name, String title, String outputSchema, ToolHints hints) {
        String input = name.equals("echo") ? ANY_ARGUMENTS : NO_ARGUMENTS;
        return new ToolDescriptor(name, title, "Test tool " + name + ".", input, outputSchema, hints);
    }

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        switch (name) {
            case "structured":
                return CallResult.structured(sum());
            case "structured_with_text":
                return CallResult.of(List.of(Content.text("The sum is 6.")), sum(), false);
            case "everything":
                return CallResult.content(everything());
            case "echo":
                return CallResult.text(Json.toJson(arguments));
            case "explicit_error":
                return CallResult.error("Nothing to do here; call add instead.");
            case "tool_exception":
                throw new ToolException("Quota exceeded; try again in 5 minutes.");
            case "tool_exception_with_cause":
                throw new ToolException("The upstream service is unavailable.", new IOException("connection refused"));
            case "tool_exception_without_message":
                throw new ToolException(null);
            case "runtime_exception":
                throw new IllegalStateException("The disk is full.");
            case "checked_exception":
                throw new IOException("Connection reset by peer.");
            case "null_message":
                throw new NullPointerException();
            case "stack_overflow":
                return recurse(0);
            case "returns_null":
                return null;
            case "rendezvous":
                return rendezvous();
            default:
                throw new UnknownToolException(name);
        }
    }

    private static ObjectNode sum() {
        ObjectNode value = Json.NODES.objectNode();
        value.put("sum", 6);
        value.putArray("items").add(1).add(2).add(3);
        return value;
    }

    private static List<Content> everything() {
        List<Content> content = new ArrayList<>();
        content.add(Content.text("Every content type follows.").withAnnotations(
                new ContentAnnotations(List.of(ContentAnnotations.Role.USER, ContentAnnotations.Role.ASSISTANT), 0.5,
                        "2025-01-12T15:00:58Z")));
        content.add(Content.imageBase64(PNG, "image/png"));
        content.add(Content.audioBase64(WAV, "audio/wav")
                .withAnnotations(ContentAnnotations.audience(ContentAnnotations.Role.USER)));
        content.add(Content.resourceLink("file:///project/src/main.rs", "main.rs").withTitle("Main source")
                .withDescription("Primary application entry point").withMimeType("text/x-rust").withSize(1024));
        content.add(Content.embeddedText("test://embedded-resource", "text/plain", "This is an embedded resource."));
        content.add(Content.embeddedBlob("test://static-binary", "image/png", new byte[] {1, 2, 3}));
        return content;
    }

    private static CallResult recurse(int depth) {
        CallResult result = recurse(depth + 1);
        return depth < 0 ? result : result; // keeps the recursive call from being a tail call
    }

    private CallResult rendezvous() throws InterruptedException {
        try {
            barrier.await(20, TimeUnit.SECONDS);
            return CallResult.text("met");
        } catch (BrokenBarrierException | TimeoutException e) {
            barrier.reset();
            throw new ToolException("The other calls did not arrive: calls are not running concurrently.");
        }
    }
}
