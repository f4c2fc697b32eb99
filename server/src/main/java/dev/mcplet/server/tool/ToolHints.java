package dev.mcplet.server.tool;

/**
 * The behaviour hints of a tool ({@code ToolAnnotations} in the MCP schema). Each is null when
 * the author did not set it, so that clients apply the specification's defaults.
 */
public final class ToolHints {

    /** No hint set. */
    public static final ToolHints NONE = new ToolHints(null, null, null, null);

    private final Boolean readOnly;
    private final Boolean destructive;
    private final Boolean idempotent;
    private final Boolean openWorld;

    public ToolHints(Boolean readOnly, Boolean destructive, Boolean idempotent, Boolean openWorld) {
        this.readOnly = readOnly;
        this.destructive = destructive;
        this.idempotent = idempotent;
        this.openWorld = openWorld;
    }

    /** {@code readOnlyHint}, or null when unset. */
    public Boolean readOnly() {
        return readOnly;
    }

    /** {@code destructiveHint}, or null when unset. */
    public Boolean destructive() {
        return destructive;
    }

    /** {@code idempotentHint}, or null when unset. */
    public Boolean idempotent() {
        return idempotent;
    }

    /** {@code openWorldHint}, or null when unset. */
    public Boolean openWorld() {
        return openWorld;
    }

    /** Whether no hint is set. */
    public boolean isEmpty() {
        return readOnly == null && destructive == null && idempotent == null && openWorld == null;
    }
}
