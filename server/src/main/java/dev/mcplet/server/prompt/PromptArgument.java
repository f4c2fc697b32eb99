package dev.mcplet.server.prompt;

import java.util.Objects;

/**
 * One argument of a prompt.
 *
 * @param name the name
 * @param title display title, or null
 * @param description description, or null
 * @param required whether {@code prompts/get} must carry it
 */
public record PromptArgument(String name, String title, String description, boolean required) {

    public PromptArgument {
        Objects.requireNonNull(name, "name");
    }
}
