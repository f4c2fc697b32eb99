package dev.mcplet;

import java.util.List;
import java.util.Objects;

/**
 * The values a completion method offers. The server sends at most 100 of them; when there are
 * more, it sets {@code hasMore} and {@code total} (the list's size unless {@link #total} says
 * otherwise).
 *
 * @param values the values, best first
 * @param total the number of matching values in all, when larger than the list; null when unknown
 * @param hasMore whether more values exist than the list holds
 */
public record Completion(List<String> values, Integer total, boolean hasMore) {

    public Completion {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** Exactly these values. */
    public static Completion of(List<String> values) {
        return new Completion(values, null, false);
    }
}
