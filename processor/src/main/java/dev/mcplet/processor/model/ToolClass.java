package dev.mcplet.processor.model;

import java.util.List;
import java.util.Map;

/**
 * A class with {@code @McpTool} methods, validated: everything the code writer needs.
 *
 * @param type the annotated class
 * @param tools its tools in declaration order
 * @param objects every object type (record, class, sealed hierarchy, each instantiation of a generic
 *     one) its tools read or write, in the order first met
 */
public record ToolClass(ClassRef type, List<ToolMethod> tools, Map<JsonType.ObjectType, ObjectDef> objects) {

    public ToolClass {
        tools = List.copyOf(tools);
        objects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(objects));
    }

    /** {@code Calculator_McpTools} for {@code Calculator}, {@code Outer_Inner_McpTools} for a nested class. */
    public String generatedSimpleName() {
        return type.flatName() + "_McpTools";
    }

    /** Whether some tool is an instance method, so the generated class is built around an instance. */
    public boolean needsInstance() {
        for (ToolMethod tool : tools) {
            if (!tool.isStatic()) {
                return true;
            }
        }
        return false;
    }

    public ObjectDef object(JsonType.ObjectType type) {
        return objects.get(type);
    }
}
