package dev.mcplet.processor.model.resource;

import dev.mcplet.processor.model.ClassRef;
import dev.mcplet.processor.model.completion.CompletionMethod;
import java.util.List;

/**
 * A class with {@code @McpResource} methods, validated: everything {@code ResourceClassWriter}
 * needs to write {@code <Class>_McpResources}.
 *
 * @param type the annotated class
 * @param resources its resources and templates, in declaration order
 * @param completions its {@code @McpCompletion} methods bound to template variables
 */
public record ResourceClass(ClassRef type, List<ResourceMethod> resources, List<CompletionMethod> completions) {

    public ResourceClass {
        resources = List.copyOf(resources);
        completions = List.copyOf(completions);
    }

    /** {@code Files_McpResources} for {@code Files}. */
    public String generatedSimpleName() {
        return generatedSimpleName(type);
    }

    public static String generatedSimpleName(ClassRef type) {
        return type.flatName() + "_McpResources";
    }

    /** Whether a method is an instance method, so the generated class is built around an instance. */
    public boolean needsInstance() {
        for (ResourceMethod resource : resources) {
            if (!resource.isStatic()) {
                return true;
            }
        }
        for (CompletionMethod completion : completions) {
            if (!completion.isStatic()) {
                return true;
            }
        }
        return false;
    }
}
