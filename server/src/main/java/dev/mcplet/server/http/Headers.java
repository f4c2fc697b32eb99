package dev.mcplet.server.http;

import dev.mcplet.server.protocol.RequestHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HTTP header fields with case-insensitive names (RFC 9110 section 5.1) and any number of values
 * per name, in the order they were added.
 *
 * <p>Stored as they arrive, one (name, value) pair after another, and compared ignoring ASCII
 * case on lookup. A Lambda event carries some twenty headers, many in Title-Case, of which the
 * server reads half a dozen: indexing them by lower-cased name cost more than the rest of a
 * {@code tools/call} (measured with {@code benchmarks/run.sh profile}), and even hashing each
 * name cost more than scanning a few dozen names that mostly differ in length.
 */
public final class Headers implements RequestHeaders {

    private String[] names = new String[16];
    private String[] values = new String[16];
    private int size;

    /** Adds one value for a name, after any values already there. Returns this. */
    public Headers add(String name, String value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return this;
    }

    /** Replaces every value of a name with this one. Returns this. */
    public Headers set(String name, String value) {
        remove(name);
        return add(name, value);
    }

    /** Removes every value of a name. Returns this. */
    public Headers remove(String name) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!(sameName(names[i], name))) {
                names[kept] = names[i];
                values[kept] = values[i];
                kept++;
            }
        }
        Arrays.fill(names, kept, size, null);
        Arrays.fill(values, kept, size, null);
        size = kept;
        return this;
    }

    /** The first value of a name, or null when absent. */
    public String first(String name) {
        for (int i = 0; i < size; i++) {
            if (sameName(names[i], name)) {
                return values[i];
            }
        }
        return null;
    }

    /** Every value of a name, in order; empty when absent. */
    public List<String> all(String name) {
        List<String> found = null;
        for (int i = 0; i < size; i++) {
            if (sameName(names[i], name)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(values[i]);
            }
        }
        return found == null ? List.of() : Collections.unmodifiableList(found);
    }

    /** Whether the name is present. */
    public boolean contains(String name) {
        for (int i = 0; i < size; i++) {
            if (sameName(names[i], name)) {
                return true;
            }
        }
        return false;
    }

    /** The names present, lower-case, in the order first added. */
    public Set<String> names() {
        Set<String> lower = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            lower.add(names[i].toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(lower);
    }

    /** The number of (name, value) pairs. */
    public int size() {
        return size;
    }

    /** The name of the {@code index}-th pair, as it was added. */
    public String name(int index) {
        checkIndex(index);
        return names[index];
    }

    /** The value of the {@code index}-th pair. */
    public String value(int index) {
        checkIndex(index);
        return values[index];
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("header index " + index + " of " + size);
        }
    }

    /** Whether there is no header at all. */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Whether two field names are the same, ignoring case. Field names are tokens (RFC 9110
     * section 5.1), so ASCII case folding is exact for them; anything else is compared as
     * {@link String#equalsIgnoreCase} does.
     */
    static boolean sameName(String a, String b) {
        int length = a.length();
        if (length != b.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0x80 || y >= 0x80) {
                    return a.equalsIgnoreCase(b);
                }
                // ASCII letters differ only in bit 0x20; any other pair that differs there is unequal.
                int folded = x | 0x20;
                if (folded != (y | 0x20) || folded < 'a' || folded > 'z') {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(size * 24).append('{');
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(names[i]).append('=').append(values[i]);
        }
        return out.append('}').toString();
    }
}
