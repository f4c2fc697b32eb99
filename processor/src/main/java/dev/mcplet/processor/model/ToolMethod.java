package dev.mcplet.processor.model;

import java.util.List;

/**
 * One {@code @McpTool} method, validated.
 *
 * @param toolName the MCP tool name
 * @param methodName the Java method name
 * @param title the display title, or null
 * @param description the tool description, or null
 * @param hints the behaviour hints set explicitly on the annotation
 * @param isStatic whether the method is static (no instance needed to call it)
 * @param params its parameters in declaration order, but the {@code McpContext}
 * @param contextIndex the position of its {@code McpContext} parameter among all its parameters, or -1
 * @param inputSchema the author's own {@code @McpTool(inputSchema)} as compact JSON, or null when generated
 * @param argumentsIndex with an own input schema, the position of the {@code ObjectNode} parameter that
 *     takes the arguments as they are; else -1
 * @param result how its return value is sent
 * @param scopes the OAuth scopes a caller needs: the class's {@code @McpScopes}, then the tool's own
 */
public record ToolMethod(String toolName, String methodName, String title, String description, Hints hints,
        boolean isStatic, List<Property> params, int contextIndex, String inputSchema, int argumentsIndex,
        ResultShape result, List<String> scopes) {

    public ToolMethod {
        params = List.copyOf(params);
        scopes = List.copyOf(scopes);
    }

    /** A tool that anyone may call. */
    public ToolMethod(String toolName, String methodName, String title, String description, Hints hints,
            boolean isStatic, List<Property> params, int contextIndex, String inputSchema, int argumentsIndex,
            ResultShape result) {
        this(toolName, methodName, title, description, hints, isStatic, params, contextIndex, inputSchema,
                argumentsIndex, result, List.of());
    }

    /** The four MCP tool annotations, each null unless the author set it. */
    public record Hints(Boolean readOnly, Boolean destructive, Boolean idempotent, Boolean openWorld) {

        public static final Hints NONE = new Hints(null, null, null, null);

        public boolean isEmpty() {
            return readOnly == null && destructive == null && idempotent == null && openWorld == null;
        }
    }
}
