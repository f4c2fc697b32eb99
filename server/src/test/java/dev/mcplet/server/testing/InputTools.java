package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpContext;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tools that ask the client for input through their {@link McpContext}, as a generated class
 * would call them: one answer, several at once, one round after another, what the client allows.
 */
public final class InputTools implements ToolSet {

    public static final String NAME_SCHEMA = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
            + "\"required\":[\"name\"]}";
    private static final String NO_ARGUMENTS = "{\"type\":\"object\",\"properties\":{}}";
    private static final String ONE_STRING = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}";

    /** How often a tool ran to its end: a test checks that user code does not run on a refused request. */
    public final AtomicInteger completed = new AtomicInteger();

    private static final List<ToolDescriptor> TOOLS = List.of(
            new ToolDescriptor("greet", null, "Asks the user's name, then greets.", ONE_STRING, null, ToolHints.NONE),
            new ToolDescriptor("all_at_once", null, "Asks for a name, a greeting and the roots in one round.",
                    NO_ARGUMENTS, null, ToolHints.NONE),
            new ToolDescriptor("two_rounds", null, "Asks a name, then a color.", NO_ARGUMENTS, null, ToolHints.NONE),
            new ToolDescriptor("what_is_allowed", null, "Asks only what the client can answer.", NO_ARGUMENTS, null,
                    ToolHints.NONE),
            new ToolDescriptor("needs_sampling", null, "Needs the model.", NO_ARGUMENTS, null, ToolHints.NONE),
            new ToolDescriptor("swallows", null, "Catches everything, and still asks.", NO_ARGUMENTS, null,
                    ToolHints.NONE));

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        throw new UnsupportedOperationException("called with a context");
    }

    @Override
    public CallResult call(String name, ObjectNode arguments, McpContext context) throws Exception {
        switch (name) {
            case "greet": {
                McpContext.Elicitation answer = context.elicit("user_name", "What is your name?", NAME_SCHEMA);
                completed.incrementAndGet();
                String city = arguments.path("city").asText("nowhere");
                return CallResult.text(answer.accepted() ? "Hello, " + answer.content().get("name") + " from " + city + "!"
                        : "No name (" + answer.action() + ")");
            }
            case "all_at_once": {
                context.ask(McpContext.Input.elicitation("user_name", "What is your name?", NAME_SCHEMA),
                        McpContext.Input.sampling("greeting", "Generate a greeting", 50),
                        McpContext.Input.roots("client_roots"));
                String who = String.valueOf(context.elicit("user_name", "What is your name?", NAME_SCHEMA).content()
                        .get("name"));
                String greeting = context.sample("greeting", "Generate a greeting", 50);
                List<McpContext.Root> roots = context.roots("client_roots");
                completed.incrementAndGet();
                return CallResult.text(greeting + ", " + who + "; roots: " + roots.size() + " " + roots.get(0).uri());
            }
            case "two_rounds": {
                Object who = context.elicit("step1", "Step 1: What is your name?", NAME_SCHEMA).content().get("name");
                Object color = context.elicit("step2", "Step 2: What is your favorite color?",
                        "{\"type\":\"object\",\"properties\":{\"color\":{\"type\":\"string\"}},\"required\":[\"color\"]}")
                        .content().get("color");
                completed.incrementAndGet();
                return CallResult.text(who + " likes " + color);
            }
            case "what_is_allowed": {
                if (context.canElicit()) {
                    context.elicit("user_name", "What is your name?", NAME_SCHEMA);
                }
                if (context.canSample()) {
                    context.sample("capital", "What is the capital of France?", 20);
                }
                completed.incrementAndGet();
                return CallResult.text("allowed: elicit=" + context.canElicit() + " sample=" + context.canSample());
            }
            case "needs_sampling":
                return CallResult.text(context.sample("answer", "Say hi", 10));
            case "swallows":
                try {
                    context.elicit("user_name", "What is your name?", NAME_SCHEMA);
                } catch (Exception e) {
                    return CallResult.text("swallowed " + e.getClass().getSimpleName());
                }
                return CallResult.text("answered");
            default:
                throw new UnknownToolException(name);
        }
    }
}
