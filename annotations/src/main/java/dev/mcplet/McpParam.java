package dev.mcplet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what Javadoc cannot about a tool parameter or a record component: a description
 * override, a different JSON name, or a default value.
 *
 * <pre>{@code
 * @McpTool
 * public List<Hit> search(@McpParam(name = "q", description = "Search terms") String query,
 *                         @McpParam(defaultValue = "10") int limit) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface McpParam {

    /** The property name in the JSON arguments. Defaults to the Java name. */
    String name() default "";

    /** The description of the property. Defaults to the {@code @param} tag of the Javadoc. */
    String description() default "";

    /**
     * A default value, written as JSON ({@code "10"}, {@code "true"}, {@code "\"EUR\""},
     * {@code "[1, 2]"}). A parameter with a default is not required: when the argument is
     * absent the default is used, and the schema advertises it. The processor checks at compile
     * time that the value decodes to the parameter's type. Unset means no default.
     */
    String defaultValue() default "";

    /**
     * Mirrors this tool parameter into the HTTP header {@code Mcp-Param-<header>} for MCP
     * 2026-07-28 clients over Streamable HTTP ({@code x-mcp-header} in the input schema), so that
     * gateways and load balancers can route on it without reading the body; the server checks that
     * the header matches the argument. Only on a tool's own parameter of a string, boolean, enum or
     * {@code int}-sized integer type (or an {@code Optional} of one); the name is an HTTP token
     * ({@code A-Z a-z 0-9 ! # $ % & ' * + - . ^ _ ` | ~}), unique within the tool ignoring case.
     * Checked at compile time. Unset means no header.
     */
    String header() default "";
}
