package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpCaller;
import dev.mcplet.McpContext;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tools with scopes, shaped like what the processor generates for {@code @McpTool(scopes = ...)}:
 * {@code add} for anyone with a token, {@code reset} only with {@code calc:admin}, and
 * {@code audit} with both {@code calc:admin} and {@code calc:audit}, {@code whoami} (the
 * caller from the context) for anyone. Counts the calls that ran,
 * so tests can tell a refused call never reached the method.
 */
public final class ScopedTools implements ToolSet {

    private static final String NO_ARGUMENTS = "{\"type\":\"object\",\"additionalProperties\":false}";
    private static final List<ToolDescriptor> TOOLS = List.of(
            new ToolDescriptor("add", null, "Adds two integers.", CalculatorTools.TWO_INTEGERS, null, ToolHints.NONE),
            new ToolDescriptor("reset", null, "Resets the memory.", NO_ARGUMENTS, null, ToolHints.NONE,
                    List.of("calc:admin")),
            new ToolDescriptor("audit", null, "Shows the audit log.", NO_ARGUMENTS, null, ToolHints.NONE,
                    List.of("calc:admin", "calc:audit")),
            new ToolDescriptor("whoami", null, "Says who the caller is.", NO_ARGUMENTS, null, ToolHints.NONE),
            new ToolDescriptor("remaining", null, "Says how long is left.", NO_ARGUMENTS, null, ToolHints.NONE));

    public final AtomicInteger ran = new AtomicInteger();

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    /** {@code whoami} reads the caller from the context, as a generated tool with an {@code McpContext} parameter does. */
    @Override
    public CallResult call(String name, ObjectNode arguments, McpContext context) throws Exception {
        if (name.equals("whoami")) {
            ran.incrementAndGet();
            McpCaller caller = context.caller();
            return CallResult.text(caller.isAuthenticated() ? caller.subject() + " " + caller.scopes() + " "
                    + caller.claim("client_id") : "anonymous");
        }
        if (name.equals("remaining")) {
            return CallResult.text(Long.toString(context.remainingMillis()));
        }
        return call(name, arguments);
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        ran.incrementAndGet();
        switch (name) {
            case "add":
                return CallResult.text(Long.toString(CalculatorTools.integer(arguments, "a")
                        + CalculatorTools.integer(arguments, "b")));
            case "reset":
                return CallResult.text("reset");
            case "audit":
                return CallResult.text("audit log: empty");
            default:
                throw new UnknownToolException(name);
        }
    }
}
