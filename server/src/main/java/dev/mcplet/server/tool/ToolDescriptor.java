package dev.mcplet.server.tool;

import java.util.Objects;

/**
 * What {@code tools/list} says about one tool. Generated code creates these as constants; the
 * schemas are JSON text computed at compile time and written to the wire verbatim.
 */
public final class ToolDescriptor {

    private final String name;
    private final String title;
    private final String description;
    private final String inputSchema;
    private final String outputSchema;
    private final ToolHints hints;

    /**
     * @param name the tool's unique name
     * @param title display title, or null
     * @param description description for the model, or null
     * @param inputSchema the JSON Schema of the arguments, as compact JSON text (an object schema)
     * @param outputSchema the JSON Schema of {@code structuredContent}, as compact JSON text, or
     *     null when the tool returns no structured value
     * @param hints behaviour hints; {@link ToolHints#NONE} when none was set
     */
    public ToolDescriptor(String name, String title, String description, String inputSchema, String outputSchema,
            ToolHints hints) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = title;
        this.description = description;
        this.inputSchema = Objects.requireNonNull(inputSchema, "inputSchema");
        this.outputSchema = outputSchema;
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    public String name() {
        return name;
    }

    /** Display title, or null. */
    public String title() {
        return title;
    }

    /** Description for the model, or null. */
    public String description() {
        return description;
    }

    /** The input JSON Schema as compact JSON text. */
    public String inputSchema() {
        return inputSchema;
    }

    /** The output JSON Schema as compact JSON text, or null. */
    public String outputSchema() {
        return outputSchema;
    }

    public ToolHints hints() {
        return hints;
    }

    @Override
    public String toString() {
        return "ToolDescriptor[" + name + "]";
    }
}
