package dev.mcplet.processor.model;

/**
 * One property of a JSON object: a tool parameter or a record component.
 *
 * @param jsonName the property name in JSON ({@code @McpParam(name)} or the Java name)
 * @param javaName the parameter name, or the record component's accessor name
 * @param description from {@code @McpParam(description)} or the Javadoc {@code @param} tag, or null
 * @param type its JSON type
 * @param nullable annotated {@code @Nullable} (any annotation of that simple name) on a reference type
 * @param defaultJson the {@code @McpParam(defaultValue)} as compact JSON, checked against the type, or null
 * @param header the {@code @McpParam(header)} ({@code x-mcp-header}), checked, or null
 */
public record Property(String jsonName, String javaName, String description, JsonType type, boolean nullable,
        String defaultJson, String header) {

    /**
     * Whether the property must be present: not when it is nullable, an {@code Optional}, or has a
     * default value.
     */
    public boolean required() {
        return !nullable && defaultJson == null && !(type instanceof JsonType.OptionalType);
    }
}
