package dev.mcplet.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolHints;
import dev.mcplet.server.tool.ToolSet;
import dev.mcplet.server.tool.UnknownToolException;
import java.util.ArrayList;
import java.util.List;

/** {@code count} trivial tools named {@code prefix000}, {@code prefix001}, ..., for pagination tests. */
public final class ManyTools implements ToolSet {

    private final List<ToolDescriptor> tools;

    public ManyTools(String prefix, int count) {
        List<ToolDescriptor> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + (i < 10 ? "00" : i < 100 ? "0" : "") + i;
            list.add(new ToolDescriptor(name, null, "Tool number " + i + ".", ShowcaseTools.NO_ARGUMENTS, null,
                    ToolHints.NONE));
        }
        this.tools = List.copyOf(list);
    }

    @Override
    public List<ToolDescriptor> tools() {
        return tools;
    }

    @Override
    public CallResult call(String name, ObjectNode arguments) throws Exception {
        for (ToolDescriptor tool : tools) {
            if (tool.name().equals(name)) {
                return CallResult.text(name);
            }
        }
        throw new UnknownToolException(name);
    }
}
