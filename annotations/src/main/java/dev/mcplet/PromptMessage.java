package dev.mcplet;

import java.util.Objects;

/**
 * One message of a prompt: a role and one content item (text, image, audio, resource link or
 * embedded resource).
 *
 * @param role who says it
 * @param content what is said
 */
public record PromptMessage(ContentAnnotations.Role role, Content content) {

    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /** A user message with this content. */
    public static PromptMessage user(Content content) {
        return new PromptMessage(ContentAnnotations.Role.USER, content);
    }

    /** A user text message. */
    public static PromptMessage user(String text) {
        return user(Content.text(text));
    }

    /** An assistant message with this content. */
    public static PromptMessage assistant(Content content) {
        return new PromptMessage(ContentAnnotations.Role.ASSISTANT, content);
    }

    /** An assistant text message. */
    public static PromptMessage assistant(String text) {
        return assistant(Content.text(text));
    }
}
