package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.LogLevel;
import dev.mcplet.McpContext;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.List;

/**
 * A hand-written {@link ToolSet} whose tools use their {@link McpContext}, as generated code for
 * tools with a context parameter does: log, report progress, read {@code _meta}, and ask for
 * elicitation and sampling (which a stateless server refuses at once).
 */
public final class ContextTools implements ToolSet {

    private static final String NONE = "{\"type\":\"object\",\"properties\":{}}";

    private static final List<ToolDescriptor> TOOLS = List.of(
            new ToolDescriptor("logs", null, "Logs at every level.", NONE, null, ToolHints.NONE),
            new ToolDescriptor("progress", null, "Reports progress three times.", NONE, null, ToolHints.NONE),
            new ToolDescriptor("meta", null, "Echoes its _meta.", NONE, null, ToolHints.NONE),
            new ToolDescriptor("elicit", null, "Asks the user.", NONE, null, ToolHints.NONE),
            new ToolDescriptor("sample", null, "Asks the model.", NONE, null, ToolHints.NONE),
            new ToolDescriptor("quiet", null, "Sends nothing.", NONE, null, ToolHints.NONE));

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        throw new AssertionError("the server always calls with a context");
    }

    @Override
    public CallResult call(String name, ObjectNode arguments, McpContext context) throws Exception {
        switch (name) {
            case "logs":
                for (LogLevel level : LogLevel.values()) {
                    context.log(level, "at " + level.wireName());
                }
                context.log(LogLevel.ERROR, "db", "with a logger\nand a line break");
                return CallResult.text("logged");
            case "progress":
                for (int step = 0; step <= 2; step++) {
                    context.progress(step * 50, 100.0, "Completed step " + (step + 1) + " of 3");
                    context.progress(step * 50, 100.0, "not sent: progress must increase");
                }
                context.progress(Double.NaN, null, "not sent: not a number");
                return CallResult.text(String.valueOf(context.progressRequested()));
            case "meta":
                return CallResult.text(context.protocolVersion() + " " + context.meta());
            case "elicit":
                return CallResult.text(context.elicit("Your name?", "{\"type\":\"object\"}").action());
            case "sample":
                return CallResult.text(context.sample("Say hi", 10));
            case "quiet":
                return CallResult.text("quiet");
            default:
                throw new UnknownToolException(name);
        }
    }
}
