package dev.mcplet.server.prompt;

import java.util.List;
import java.util.Objects;

/**
 * What {@code prompts/list} says about one prompt. Generated code creates these as constants.
 *
 * @param name the name
 * @param title display title, or null
 * @param description description, or null
 * @param arguments the arguments, in declaration order
 */
public record PromptDescriptor(String name, String title, String description, List<PromptArgument> arguments) {

    public PromptDescriptor {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }
}
