package dev.mcplet.server.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTTP header fields with case-insensitive names (RFC 9110 section 5.1) and any number of values
 * per name, in the order they were added. Names are stored lower-case, as HTTP/2 writes them.
 */
public final class Headers {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Adds one value for a name, after any values already there. Returns this. */
    public Headers add(String name, String value) {
        List<String> list = values.get(key(name));
        if (list == null) {
            list = new ArrayList<>(1);
            values.put(key(name), list);
        }
        list.add(value);
        return this;
    }

    /** Replaces every value of a name with this one. Returns this. */
    public Headers set(String name, String value) {
        List<String> list = new ArrayList<>(1);
        list.add(value);
        values.put(key(name), list);
        return this;
    }

    /** Removes every value of a name. Returns this. */
    public Headers remove(String name) {
        values.remove(key(name));
        return this;
    }

    /** The first value of a name, or null when absent. */
    public String first(String name) {
        List<String> list = values.get(key(name));
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** Every value of a name, in order; empty when absent. */
    public List<String> all(String name) {
        List<String> list = values.get(key(name));
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** Whether the name is present. */
    public boolean contains(String name) {
        return values.containsKey(key(name));
    }

    /** The lower-case names present, in the order first added. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Whether there is no header at all. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
