package dev.mcplet.server.hardening;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.Decode;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Tools that misbehave on purpose: huge results, internal exceptions, slowness, echoes of what was sent. */
final class HostileTools implements ToolSet {

    private static final String ANY = "{\"type\":\"object\"}";

    private static final List<ToolDescriptor> TOOLS = List.of(
            new ToolDescriptor("shout", null, "Upper-cases text.", ANY, null, ToolHints.NONE),
            new ToolDescriptor("big", null, "Returns that many bytes of text.", ANY, null, ToolHints.NONE),
            new ToolDescriptor("disk_full", null, "Fails with an internal error.", ANY, null, ToolHints.NONE),
            new ToolDescriptor("slow", null, "Sleeps that many milliseconds.", ANY, null, ToolHints.NONE));

    @Override
    public List<ToolDescriptor> tools() {
        return TOOLS;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        switch (name) {
            case "shout":
                return CallResult.text(Decode.toText(arguments.get("text")).toUpperCase(Locale.ROOT) + "!");
            case "big":
                return CallResult.text("x".repeat(Decode.toInt(arguments.get("bytes"))));
            case "disk_full":
                throw new IOException("disk /var/orders is full");
            case "slow":
                Thread.sleep(Decode.toLong(arguments.get("millis")));
                return CallResult.text("done");
            default:
                throw new UnknownToolException(name);
        }
    }
}
