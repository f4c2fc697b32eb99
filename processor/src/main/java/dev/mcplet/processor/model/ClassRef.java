package dev.mcplet.processor.model;

import java.util.List;

/**
 * The name of a class as generated code needs it, without an {@code Element}: its package and its
 * simple names from the outermost class inwards ({@code ["Outer", "Inner"]}).
 */
public record ClassRef(String packageName, List<String> simpleNames) {

    public ClassRef {
        simpleNames = List.copyOf(simpleNames);
    }

    /** {@code Inner} */
    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    /** {@code Outer.Inner}, the name within the package. */
    public String nestedName() {
        return String.join(".", simpleNames);
    }

    /** {@code Outer_Inner}, a name without dots for a generated top-level class. */
    public String flatName() {
        return String.join("_", simpleNames);
    }

    /** {@code com.example.Outer.Inner} */
    public String canonicalName() {
        return packageName.isEmpty() ? nestedName() : packageName + "." + nestedName();
    }

    @Override
    public String toString() {
        return canonicalName();
    }
}
