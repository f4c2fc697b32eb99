package dev.mcplet.processor.model;

import java.util.List;

/**
 * One property of a JSON object: a tool parameter, a record component, or a property of a class.
 *
 * @param jsonName the property name in JSON ({@code @McpParam(name)}, {@code @JsonProperty} or the Java name)
 * @param javaName the parameter name, the record component's or the class property's Java name
 * @param description from {@code @McpParam(description)}, the Javadoc, or {@code @JsonPropertyDescription}; or null
 * @param type its JSON type
 * @param nullable annotated {@code @Nullable} (any annotation of that simple name) on a reference type,
 *     or {@code @JsonInclude(NON_NULL)}
 * @param defaultJson the {@code @McpParam(defaultValue)} as compact JSON, checked against the type, or null
 * @param getter how a value is read from an instance ({@code id()}, {@code getId()}, field {@code id}); null
 *     when it is not (tool parameters, input-only properties)
 * @param setter for a JavaBean, the setter or public field that takes the value; else null
 * @param aliases other names accepted on input ({@code @JsonAlias})
 * @param access whether it is read, written or both ({@code @JsonProperty(access)})
 * @param requiredFlag whether it must be present, when fixed by its kind or {@code @JsonProperty(required)};
 *     null for the rule of {@link #required()}
 * @param header the {@code @McpParam(header)} ({@code x-mcp-header}) of a tool parameter, checked, or null
 */
public record Property(String jsonName, String javaName, String description, JsonType type, boolean nullable,
        String defaultJson, Member getter, Member setter, List<String> aliases, Access access, Boolean requiredFlag,
        String header) {

    public Property {
        aliases = List.copyOf(aliases);
    }

    /** A tool parameter or a plain record component. */
    public Property(String jsonName, String javaName, String description, JsonType type, boolean nullable,
            String defaultJson) {
        this(jsonName, javaName, description, type, nullable, defaultJson, null, null, List.of(), Access.BOTH, null,
                null);
    }

    /**
     * Whether the property must be present: as {@link #requiredFlag()} says, else unless it is
     * nullable, an {@code Optional}, or has a default value.
     */
    public boolean required() {
        if (requiredFlag != null) {
            return requiredFlag;
        }
        return !nullable && defaultJson == null && !(type instanceof JsonType.OptionalType);
    }

    /** Whether it is read from arguments. */
    public boolean input() {
        return access != Access.OUTPUT_ONLY;
    }

    /** Whether it is written in results. */
    public boolean output() {
        return access != Access.INPUT_ONLY && getter != null;
    }

    /** A method or field of a class. */
    public record Member(String name, boolean method) {

        /** {@code getId()} or {@code id}, to follow {@code value.}. */
        public String access() {
            return method ? name + "()" : name;
        }
    }

    /** Which way a property goes. */
    public enum Access {
        BOTH, INPUT_ONLY, OUTPUT_ONLY
    }
}
