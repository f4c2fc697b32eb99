package dev.mcplet.processor.model.prompt;

import dev.mcplet.processor.model.ClassRef;
import dev.mcplet.processor.model.completion.CompletionMethod;
import java.util.List;

/**
 * A class with {@code @McpPrompt} methods, validated: everything {@code PromptClassWriter} needs
 * to write {@code <Class>_McpPrompts}.
 *
 * @param type the annotated class
 * @param prompts its prompts, in declaration order
 * @param completions its {@code @McpCompletion} methods bound to prompt arguments
 */
public record PromptClass(ClassRef type, List<PromptMethod> prompts, List<CompletionMethod> completions) {

    public PromptClass {
        prompts = List.copyOf(prompts);
        completions = List.copyOf(completions);
    }

    /** {@code Reviews_McpPrompts} for {@code Reviews}. */
    public String generatedSimpleName() {
        return generatedSimpleName(type);
    }

    public static String generatedSimpleName(ClassRef type) {
        return type.flatName() + "_McpPrompts";
    }

    /** Whether a method is an instance method, so the generated class is built around an instance. */
    public boolean needsInstance() {
        for (PromptMethod prompt : prompts) {
            if (!prompt.isStatic()) {
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
