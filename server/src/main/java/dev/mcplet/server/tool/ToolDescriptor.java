package dev.mcplet.server.tool;

import java.util.List;
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
    private final List<String> scopes;
    private final boolean wrapsResult;
    /** Whether mcplet's processor checked the schemas at compile time (see {@link #compileTimeChecked}). */
    private final boolean schemasChecked;

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
        this(name, title, description, inputSchema, outputSchema, hints, List.of());
    }

    /**
     * A tool that only callers with every one of {@code scopes} may call (see
     * {@code @McpTool(scopes)}); the other parameters as in the constructor without scopes.
     *
     * @param scopes the OAuth scopes a caller's access token must carry; empty for none
     */
    public ToolDescriptor(String name, String title, String description, String inputSchema, String outputSchema,
            ToolHints hints, List<String> scopes) {
        this(name, title, description, inputSchema, outputSchema, hints, scopes, false);
    }

    /**
     * A tool whose result is not a JSON object, so that its {@code outputSchema} describes the
     * wrapper {@code {"result": ...}} that carries it ({@link Encode#wrap}); the other parameters
     * as in the constructor with scopes.
     *
     * @param wrapsResult whether {@code outputSchema} is such a wrapper: an object with the one
     *     property {@code result}, required unless the result may be absent ({@code Optional});
     *     revisions that allow any JSON value (MCP 2026-07-28) are sent the schema of
     *     {@code result} itself (or of it or null)
     */
    public ToolDescriptor(String name, String title, String description, String inputSchema, String outputSchema,
            ToolHints hints, List<String> scopes, boolean wrapsResult) {
        this(name, title, description, inputSchema, outputSchema, hints, scopes, wrapsResult, false);
    }

    private ToolDescriptor(String name, String title, String description, String inputSchema, String outputSchema,
            ToolHints hints, List<String> scopes, boolean wrapsResult, boolean schemasChecked) {
        if (wrapsResult && outputSchema == null) {
            throw new IllegalArgumentException("tool " + name + " wraps its result but has no outputSchema to unwrap");
        }
        this.wrapsResult = wrapsResult;
        this.schemasChecked = schemasChecked;
        this.scopes = List.copyOf(scopes);
        this.name = Objects.requireNonNull(name, "name");
        this.title = title;
        this.description = description;
        this.inputSchema = Objects.requireNonNull(inputSchema, "inputSchema");
        this.outputSchema = outputSchema;
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    /**
     * A descriptor whose schemas mcplet's annotation processor wrote and checked at compile time
     * (JSON object schemas with {@code "type":"object"}), so that the server does not parse them
     * again at start-up: for generated code. A hand-written {@code ToolSet} should use the
     * constructors, whose schemas the server checks when it is built.
     *
     * @see #ToolDescriptor(String, String, String, String, String, ToolHints, List)
     */
    public static ToolDescriptor compileTimeChecked(String name, String title, String description, String inputSchema,
            String outputSchema, ToolHints hints, List<String> scopes) {
        return new ToolDescriptor(name, title, description, inputSchema, outputSchema, hints, scopes, false, true);
    }

    /**
     * As {@link #compileTimeChecked(String, String, String, String, String, ToolHints, List)}, for
     * a tool whose {@code outputSchema} wraps a result that is not an object (the wrapper's shape
     * checked at compile time too).
     *
     * @see #ToolDescriptor(String, String, String, String, String, ToolHints, List, boolean)
     */
    public static ToolDescriptor compileTimeChecked(String name, String title, String description, String inputSchema,
            String outputSchema, ToolHints hints, List<String> scopes, boolean wrapsResult) {
        return new ToolDescriptor(name, title, description, inputSchema, outputSchema, hints, scopes, wrapsResult, true);
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

    /** Whether {@link #outputSchema()} is the wrapper {@code {"result": ...}} of a value that is not an object. */
    public boolean wrapsResult() {
        return wrapsResult;
    }

    /** The OAuth scopes a caller needs to call this tool; empty when anyone may. */
    public List<String> scopes() {
        return scopes;
    }

    /** Whether the schemas were checked at compile time ({@link #compileTimeChecked}); the server checks the others. */
    public boolean schemasCheckedAtCompileTime() {
        return schemasChecked;
    }

    @Override
    public String toString() {
        return "ToolDescriptor[" + name + "]";
    }
}
