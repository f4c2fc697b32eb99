package dev.mcplet;

import java.util.List;
import java.util.Objects;

/**
 * What {@code prompts/get} returns: the messages and an optional description.
 *
 * @param description a description of this rendering of the prompt, or null
 * @param messages the messages, in order
 */
public record PromptResult(String description, List<PromptMessage> messages) {

    public PromptResult {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }

    /** The messages, without a description. */
    public static PromptResult of(PromptMessage... messages) {
        return new PromptResult(null, List.of(messages));
    }
}
