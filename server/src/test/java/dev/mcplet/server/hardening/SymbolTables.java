package dev.mcplet.server.hardening;

import com.fasterxml.jackson.core.JsonFactory;
import dev.mcplet.server.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Looks inside the JSON seam's factories (tests may use reflection): how many field names their
 * shared, process-wide symbol tables hold. Jackson merges what one parser saw into them, so a
 * request could shape what later requests meet.
 */
final class SymbolTables {

    private SymbolTables() {
    }

    static int sharedEntries() throws Exception {
        int total = 0;
        for (Field field : Json.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == JsonFactory.class) {
                field.setAccessible(true);
                JsonFactory factory = (JsonFactory) field.get(null);
                // Bodies are bytes; the char table only ever sees the server's own schema constants.
                total += size(factory, "_byteSymbolCanonicalizer");
            }
        }
        return total;
    }

    private static int size(JsonFactory factory, String name) throws Exception {
        Field field = JsonFactory.class.getDeclaredField(name);
        field.setAccessible(true);
        Object table = field.get(factory);
        return (Integer) table.getClass().getMethod("size").invoke(table);
    }
}
