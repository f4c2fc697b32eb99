package dev.mcplet;

import java.util.List;

/**
 * Optional hints on a content item: who it is for, how important it is, when it last changed.
 *
 * @param audience who the item is meant for ({@code USER}, {@code ASSISTANT}); empty for no hint
 * @param priority from 0 (entirely optional) to 1 (effectively required), or null
 * @param lastModified an ISO 8601 timestamp such as {@code 2025-01-12T15:00:58Z}, or null
 *     (sent to clients of MCP 2025-06-18 and later)
 */
public record ContentAnnotations(List<Role> audience, Double priority, String lastModified) {

    /** The audience of a content item. */
    public enum Role {
        USER, ASSISTANT
    }

    public ContentAnnotations {
        audience = audience == null ? List.of() : List.copyOf(audience);
        if (priority != null && !(priority >= 0.0 && priority <= 1.0)) {
            throw new IllegalArgumentException("priority must be between 0 and 1, was " + priority);
        }
    }

    /** Annotations that only name the audience. */
    public static ContentAnnotations audience(Role... roles) {
        return new ContentAnnotations(List.of(roles), null, null);
    }

    /** A copy with this priority, from 0 to 1. */
    public ContentAnnotations withPriority(double priority) {
        return new ContentAnnotations(audience, priority, lastModified);
    }

    /** A copy with this ISO 8601 last-modified timestamp. */
    public ContentAnnotations withLastModified(String lastModified) {
        return new ContentAnnotations(audience, priority, lastModified);
    }
}
