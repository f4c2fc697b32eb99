package dev.mcplet.server.tool;

/** Thrown by {@link ToolSet#call} for a name that is not one of its tools. */
public final class UnknownToolException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String toolName;

    public UnknownToolException(String toolName) {
        super("Unknown tool: " + toolName);
        this.toolName = toolName;
    }

    /** The name that was asked for. */
    public String toolName() {
        return toolName;
    }
}
